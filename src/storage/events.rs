//! Changes to localStorage made by another tab or window of Leerpad (the `storage` event).

use wasm_bindgen::{JsCast, closure::Closure};
use web_sys::StorageEvent;

/// One change seen from another tab. `key: None` means the other tab cleared all storage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub key: Option<String>,
    pub new_value: Option<String>,
}

/// Calls `handler` for every change another tab makes to localStorage, for the page's lifetime.
pub fn on_other_tab_change(handler: impl Fn(Change) + 'static) {
    let Some(window) = web_sys::window() else { return };
    let closure = Closure::<dyn Fn(StorageEvent)>::new(move |ev: StorageEvent| {
        handler(Change { key: ev.key(), new_value: ev.new_value() });
    });
    let _ = window.add_event_listener_with_callback("storage", closure.as_ref().unchecked_ref());
    // The listener lives as long as the page.
    closure.forget();
}
