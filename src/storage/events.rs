//! Changes to localStorage made by another tab or window of Leerpad (the `storage` event).

use leptos::prelude::{WindowListenerHandle, window_event_listener};
use web_sys::StorageEvent;

/// One change seen from another tab. `key: None` means the other tab cleared all storage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub key: Option<String>,
    pub new_value: Option<String>,
}

/// Calls `handler` for every change another tab makes to localStorage, until the returned handle
/// is removed.
pub fn on_other_tab_change(handler: impl Fn(Change) + 'static) -> WindowListenerHandle {
    window_event_listener(leptos::ev::storage, move |ev: StorageEvent| {
        handler(Change { key: ev.key(), new_value: ev.new_value() });
    })
}
