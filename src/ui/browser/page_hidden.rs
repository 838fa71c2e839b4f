//! "The page goes out of sight or away": the last safe moment to write pending edits.

use leptos::prelude::*;
use web_sys::VisibilityState;

/// Calls `handler` when the page is hidden (another tab, the phone locks) or unloaded, for as
/// long as the current owner lives.
pub fn on_page_hidden(handler: impl Fn() + Clone + 'static) {
    let on_hide = handler.clone();
    let hide = window_event_listener(leptos::ev::pagehide, move |_| on_hide());
    // visibilitychange is fired at the document and bubbles to the window.
    let visibility = window_event_listener(leptos::ev::visibilitychange, move |_| {
        if document().visibility_state() == VisibilityState::Hidden {
            handler();
        }
    });
    on_cleanup(move || {
        hide.remove();
        visibility.remove();
    });
}
