//! A thin layer over web-sys' IndexedDB: opening a database, requests and transactions as
//! futures, and every failure as a [`StorageError`]. A few dozen lines instead of a crate: with
//! the `idb` crate (0.6, its default futures on tokio's sync primitives) one open, put, get-all
//! and commit alone made the first load 6.9 KB (brotli) larger, about three times what this whole
//! layer and the database on it cost (README, "How the portfolio is stored").
//!
//! The futures resolve in a microtask of the event that settled them, while the transaction is
//! still active, so a caller may read and then write within one transaction.

use js_sys::{Array, Function, Promise};
use wasm_bindgen::{JsCast, JsValue, closure::Closure};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Event, IdbDatabase, IdbFactory, IdbObjectStore, IdbOpenDbRequest, IdbRequest, IdbTransaction,
    IdbTransactionMode,
};

use super::{StorageError, classify};

/// The browser's IndexedDB, where it offers it (some private windows and policies do not).
fn factory() -> Result<IdbFactory, StorageError> {
    web_sys::window()
        .ok_or(StorageError::Unavailable)?
        .indexed_db()
        .map_err(|_| StorageError::Unavailable)?
        .ok_or(StorageError::Unavailable)
}

/// A promise that `settle(resolve, reject)` wires to the events that end an operation.
fn promise(settle: impl FnOnce(&Function, &Function)) -> JsFuture {
    let mut settle = Some(settle);
    JsFuture::from(Promise::new(&mut |resolve, reject| {
        if let Some(settle) = settle.take() {
            settle(&resolve, &reject);
        }
    }))
}

/// The error of a failed request: its `error`, or what was thrown.
fn request_error(request: &IdbRequest) -> StorageError {
    match request.error() {
        Ok(Some(e)) => classify(&e.into()),
        _ => StorageError::Refused("AbortError".into()),
    }
}

/// The request's result once it succeeds.
pub async fn request(request: IdbRequest) -> Result<JsValue, StorageError> {
    promise(|resolve, reject| {
        request.set_onsuccess(Some(resolve));
        request.set_onerror(Some(reject));
    })
    .await
    .map_err(|_| request_error(&request))?;
    request.result().map_err(|e| classify(&e))
}

/// Resolves once `tx` has committed; an aborted transaction gives the reason (a full quota, a
/// failed request, the connection closed).
pub fn finished(tx: &IdbTransaction) -> impl Future<Output = Result<(), StorageError>> + use<> {
    let done = promise(|resolve, reject| {
        tx.set_oncomplete(Some(resolve));
        tx.set_onabort(Some(reject));
    });
    let tx = tx.clone();
    async move {
        done.await.map(drop).map_err(|_| match tx.error() {
            Some(e) => classify(&e.into()),
            None => StorageError::Refused("AbortError".into()),
        })
    }
}

/// A transaction over `stores`.
pub fn transaction(
    db: &IdbDatabase,
    stores: &[&str],
    mode: IdbTransactionMode,
) -> Result<IdbTransaction, StorageError> {
    let names: Array = stores.iter().map(|s| JsValue::from_str(s)).collect();
    db.transaction_with_str_sequence_and_mode(&names, mode).map_err(|e| classify(&e))
}

/// One object store of `tx`.
pub fn store(tx: &IdbTransaction, name: &str) -> Result<IdbObjectStore, StorageError> {
    tx.object_store(name).map_err(|e| classify(&e))
}

/// Opens database `name`; `version: None` opens whatever version it has. `upgrade` runs when the
/// database is new or older than `version` (inside the upgrade transaction); `on_blocked` when
/// another tab holds an older version open and has not closed it yet.
pub async fn open(
    name: &str,
    version: Option<u32>,
    upgrade: impl Fn(&IdbDatabase) -> Result<(), JsValue> + 'static,
    on_blocked: impl Fn() + 'static,
) -> Result<IdbDatabase, StorageError> {
    let factory = factory()?;
    let opening: IdbOpenDbRequest = match version {
        Some(v) => factory.open_with_u32(name, v),
        None => factory.open(name),
    }
    .map_err(|e| classify(&e))?;
    let upgrading = {
        let opening = opening.clone();
        Closure::<dyn Fn(Event)>::new(move |_| {
            let Ok(db) = opening.result() else { return };
            if upgrade(db.unchecked_ref()).is_err()
                && let Some(tx) = opening.transaction()
            {
                // A failed upgrade must leave the database as it was.
                let _ = tx.abort();
            }
        })
    };
    let blocked = Closure::<dyn Fn(Event)>::new(move |_| on_blocked());
    opening.set_onupgradeneeded(Some(upgrading.as_ref().unchecked_ref()));
    opening.set_onblocked(Some(blocked.as_ref().unchecked_ref()));
    let result = request(opening.clone().unchecked_into()).await;
    opening.set_onupgradeneeded(None);
    opening.set_onblocked(None);
    Ok(result?.unchecked_into())
}

/// Commits `tx` now instead of when its last request is done: the browser then writes it even
/// when the page goes away. Older browsers lack it; there the transaction commits by itself.
pub fn commit(tx: &IdbTransaction) {
    // web-sys marks it deprecated after an old Gecko IDL; it is in the IndexedDB 3.0 standard.
    #[allow(deprecated)]
    let _ = tx.commit();
}
