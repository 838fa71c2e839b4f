//! One tab at a time: the Web Locks API (`navigator.locks`), for work that two tabs starting
//! together must not both do. A browser without it runs the work unguarded; the database's own
//! transactions still keep the data consistent there.

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue, closure::Closure};
use wasm_bindgen_futures::JsFuture;

/// Runs `work` while holding the lock `name` in this browser: a tab that asks for it meanwhile
/// waits until `work` is done (or its tab is closed, which releases the lock too).
pub async fn exclusive<T>(name: &str, work: impl Future<Output = T>) -> T {
    let mut release = None;
    let held = Promise::new(&mut |resolve, _| release = Some(resolve));
    let mut grant = None;
    let granted = Promise::new(&mut |resolve, _| grant = Some(resolve));
    let (Some(release), Some(grant)) = (release, grant) else { return work.await };
    let on_granted = Closure::once_into_js(move |_lock: JsValue| -> JsValue {
        let _ = grant.call0(&JsValue::UNDEFINED);
        held.into()
    });
    let asked = web_sys::window()
        .and_then(|w| Reflect::get(&w.navigator(), &"locks".into()).ok())
        .filter(|locks| locks.is_object())
        .and_then(|locks| {
            let request: Function = Reflect::get(&locks, &"request".into()).ok()?.dyn_into().ok()?;
            request.call2(&locks, &JsValue::from_str(name), &on_granted).ok()
        });
    if asked.is_some() {
        let _ = JsFuture::from(granted).await;
    }
    let out = work.await;
    let _ = release.call0(&JsValue::UNDEFINED);
    out
}
