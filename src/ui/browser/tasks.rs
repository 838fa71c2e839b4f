//! Giving the browser a turn: long work (reading a large portfolio) runs in slices with
//! [`next_task`] between them, so a tap or a key never waits long.

use wasm_bindgen::{JsCast, closure::Closure};
use web_sys::MessageChannel;

/// Milliseconds on the page's monotonic clock.
pub fn elapsed_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

/// Resolves in a new task, after the browser has handled what waits (input, rendering). A message
/// to itself rather than a timer: timers nested this deep wait at least 4 ms each.
pub async fn next_task() {
    let Ok(channel) = MessageChannel::new() else { return };
    let mut resolve = None;
    let turn = js_sys::Promise::new(&mut |r, _| resolve = Some(r));
    let Some(resolve) = resolve else { return };
    let on_message = Closure::once_into_js(move || drop(resolve.call0(&wasm_bindgen::JsValue::UNDEFINED)));
    channel.port1().set_onmessage(Some(on_message.unchecked_ref()));
    let _ = channel.port2().post_message(&wasm_bindgen::JsValue::NULL);
    let _ = wasm_bindgen_futures::JsFuture::from(turn).await;
    channel.port1().set_onmessage(None);
}

/// Resolves after `ms` milliseconds (a timer).
pub async fn after_ms(ms: i32) {
    let Some(window) = web_sys::window() else { return };
    let mut resolve = None;
    let done = js_sys::Promise::new(&mut |r, _| resolve = Some(r));
    let Some(resolve) = resolve else { return };
    if window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms).is_ok() {
        let _ = wasm_bindgen_futures::JsFuture::from(done).await;
    }
}

/// The browser's pace for long work ([`crate::domain::pace`]): a new task once the current one
/// has run for a slice, so input and painting never wait longer than that.
pub struct Slices {
    started: f64,
    checks: u32,
}

/// How long one slice of work may keep the page busy.
pub const SLICE_MS: f64 = 8.0;

impl Slices {
    pub fn new() -> Slices {
        Slices { started: elapsed_ms(), checks: 0 }
    }
}

impl Default for Slices {
    fn default() -> Self {
        Slices::new()
    }
}

impl crate::domain::pace::Pace for Slices {
    async fn breathe(&mut self) {
        // The clock costs a call into the browser: read it every few pieces.
        self.checks += 1;
        if self.checks.is_multiple_of(8) && elapsed_ms() - self.started > SLICE_MS {
            next_task().await;
            self.started = elapsed_ms();
        }
    }
}
