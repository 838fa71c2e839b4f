//! Short messages between the Leerpad tabs open in this browser (a `BroadcastChannel`).

use leptos::__reexports::send_wrapper::SendWrapper;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, closure::Closure};
use web_sys::{BroadcastChannel, MessageEvent};

/// A channel that other tabs of this origin hear. Copy it freely; it closes with its owner.
#[derive(Clone, Copy)]
pub struct Channel {
    inner: StoredValue<Option<BroadcastChannel>, LocalStorage>,
}

impl Channel {
    /// Sends `text` to every other tab listening on this channel. Without BroadcastChannel
    /// (very old browsers) nothing is sent; the tabs then simply know less of each other.
    pub fn post(self, text: &str) {
        self.inner.with_value(|c| {
            if let Some(c) = c {
                let _ = c.post_message(&text.into());
            }
        });
    }
}

/// Opens the channel `name` and calls `on_message` with every text another tab posts on it.
pub fn use_broadcast(name: &str, on_message: impl Fn(String) + 'static) -> Channel {
    let channel = BroadcastChannel::new(name).ok();
    let listener = Closure::<dyn Fn(MessageEvent)>::new(move |ev: MessageEvent| {
        if let Some(text) = ev.data().as_string() {
            on_message(text);
        }
    });
    if let Some(c) = &channel {
        c.set_onmessage(Some(listener.as_ref().unchecked_ref()));
    }
    let inner = StoredValue::new_local(channel.clone());
    let owned = SendWrapper::new((channel, listener));
    on_cleanup(move || {
        let (channel, _listener) = owned.take();
        if let Some(c) = channel {
            c.set_onmessage(None);
            c.close();
        }
    });
    Channel { inner }
}
