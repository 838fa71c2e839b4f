//! Asking the browser to keep Leerpad's data when it clears storage under pressure
//! (`navigator.storage.persist()`), and reading whether it agreed.

use wasm_bindgen_futures::JsFuture;
use web_sys::StorageManager;

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
