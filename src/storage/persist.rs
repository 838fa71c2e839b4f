//! Asking the browser to keep Leerpad's data when it clears storage under pressure
//! (`navigator.storage.persist()`), whether it agreed, and how much room it gives
//! (`navigator.storage.estimate()`).

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{StorageEstimate, StorageManager};

fn manager() -> Option<StorageManager> {
    // Older browsers have no navigator.storage at all.
    let navigator = web_sys::window()?.navigator();
    js_sys::Reflect::has(&navigator, &"storage".into()).ok()?.then(|| navigator.storage())
}

async fn ask(promise: Option<js_sys::Promise>) -> Option<bool> {
    JsFuture::from(promise?).await.ok()?.as_bool()
}

/// Asks once for persistent storage. `None` when the browser cannot say.
pub async fn request() -> Option<bool> {
    ask(manager()?.persist().ok()).await
}

/// Whether storage is persistent now. `None` when the browser cannot say.
pub async fn is_persistent() -> Option<bool> {
    ask(manager()?.persisted().ok()).await
}

/// What this site uses and may use on this device, in bytes, as the browser estimates it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Room {
    pub used: f64,
    pub allowed: f64,
}

/// The browser's estimate; `None` when it gives none.
pub async fn room() -> Option<Room> {
    let estimate: StorageEstimate = JsFuture::from(manager()?.estimate().ok()?).await.ok()?.unchecked_into();
    Some(Room { used: estimate.get_usage()?, allowed: estimate.get_quota()? })
}
