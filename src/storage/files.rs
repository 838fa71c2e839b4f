//! The bytes of attached files, in the database's `files` store: each content once, as a Blob
//! under its SHA-256, with the time it was kept. The attachment records
//! ([`crate::domain::attachments`]) say which files a portfolio uses; a file no record names any
//! more is removed by [`Database::forget_files`], never sooner than a day after it was kept (so a
//! file kept by another tab just before its record is saved stays).

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, IdbTransactionMode};

use super::database::{Database, FILES};
use super::{StorageError, classify, idb};

/// How long an unused file stays before [`Database::forget_files`] may remove it.
pub const GRACE_MS: f64 = 24.0 * 60.0 * 60.0 * 1000.0;

/// The stored form: `{blob, kept}`.
fn entry(blob: &Blob) -> Result<JsValue, StorageError> {
    let entry = Object::new();
    let set = |key: &str, value: &JsValue| Reflect::set(&entry, &JsValue::from_str(key), value);
    set("blob", blob)
        .and_then(|_| set("kept", &JsValue::from_f64(js_sys::Date::now())))
        .map_err(|e| classify(&e))?;
    Ok(entry.into())
}

fn field(value: &JsValue, key: &str) -> Option<JsValue> {
    Reflect::get(value, &JsValue::from_str(key)).ok().filter(|v| !v.is_undefined())
}

impl Database {
    /// Keeps each `(SHA-256, Blob)` in one transaction: all of them, or (on a full disk, a lost
    /// connection) none. A content kept already is kept again, unchanged.
    pub async fn keep_files(&self, files: &[(String, Blob)]) -> Result<(), StorageError> {
        let tx = idb::transaction(self.connection(), &[FILES], IdbTransactionMode::Readwrite)?;
        let done = idb::finished(&tx);
        let store = idb::store(&tx, FILES)?;
        for (sha256, blob) in files {
            if let Err(e) = store.put_with_key(&entry(blob)?, &JsValue::from_str(sha256)) {
                let _ = tx.abort();
                return Err(classify(&e));
            }
        }
        done.await
    }

    /// The file kept under `sha256`; `None` when there is none (removed, or the site's data
    /// was cleared).
    pub async fn file(&self, sha256: &str) -> Result<Option<Blob>, StorageError> {
        let tx = idb::transaction(self.connection(), &[FILES], IdbTransactionMode::Readonly)?;
        let found = idb::store(&tx, FILES)?.get(&JsValue::from_str(sha256)).map_err(|e| classify(&e))?;
        let value = idb::request(found).await?;
        Ok(field(&value, "blob").and_then(|b| b.dyn_into::<Blob>().ok()))
    }

    /// The SHA-256 of every kept file.
    pub async fn file_keys(&self) -> Result<Vec<String>, StorageError> {
        let tx = idb::transaction(self.connection(), &[FILES], IdbTransactionMode::Readonly)?;
        let keys = idb::store(&tx, FILES)?.get_all_keys().map_err(|e| classify(&e))?;
        let keys: Array = idb::request(keys).await?.unchecked_into();
        Ok(keys.iter().filter_map(|k| k.as_string()).collect())
    }

    /// Removes the kept files for which `unused` says so, given their SHA-256, if they were kept
    /// longer than [`GRACE_MS`] ago; returns how many went. One transaction.
    pub async fn forget_files(&self, unused: impl Fn(&str) -> bool) -> Result<usize, StorageError> {
        let tx = idb::transaction(self.connection(), &[FILES], IdbTransactionMode::Readwrite)?;
        let done = idb::finished(&tx);
        let store = idb::store(&tx, FILES)?;
        let (keys, values) =
            (store.get_all_keys().map_err(|e| classify(&e))?, store.get_all().map_err(|e| classify(&e))?);
        // The values hold Blobs: handles, not the bytes, so reading them all is cheap.
        let keys: Array = idb::request(keys).await?.unchecked_into();
        let values: Array = idb::request(values).await?.unchecked_into();
        let old = |value: &JsValue| {
            field(value, "kept")
                .and_then(|k| k.as_f64())
                .is_none_or(|kept| js_sys::Date::now() - kept > GRACE_MS)
        };
        let mut gone = 0;
        for (key, value) in keys.iter().zip(values.iter()) {
            let Some(sha256) = key.as_string() else { continue };
            if unused(&sha256) && old(&value) {
                store.delete(&key).map_err(|e| classify(&e))?;
                gone += 1;
            }
        }
        done.await?;
        Ok(gone)
    }
}
