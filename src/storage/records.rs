//! The portfolio's records in localStorage (layout: [`crate::domain::records`]).
//!
//! Safety rules:
//! - a value is fully serialised before anything is written;
//! - before a record is overwritten or removed, its previous value is copied to
//!   `leerpad.bak:<key>`, so the recovery page can bring it back;
//! - `setItem` either stores the whole new value or throws and leaves the old one: a failed write
//!   never damages what was there, and the error says why.
//!
//! Every call goes through `web_sys::Storage` and turns every failure, including the exception
//! that merely reading `window.localStorage` throws when site data is blocked, into a
//! [`StorageError`]: nothing here panics.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{DomException, Storage};

use crate::domain::records::{META_KEY, PREFIX};

/// A copy of a record's previous value lives under this prefix plus the record's key.
pub const BACKUP_PREFIX: &str = "leerpad.bak:";

/// Why storage did not do what was asked. The interface words each case; none carries text for
/// a person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageError {
    /// No localStorage: disabled by a setting or policy, or a private window that forbids it.
    Unavailable,
    /// The browser's storage for this site is full.
    Quota,
    /// The browser refused for another reason; the exception's name, kept for debugging and
    /// never shown.
    Refused(String),
}

pub(super) fn area() -> Result<Storage, StorageError> {
    web_sys::window()
        .ok_or(StorageError::Unavailable)?
        .local_storage()
        .map_err(|_| StorageError::Unavailable)?
        .ok_or(StorageError::Unavailable)
}

pub(super) fn classify(error: JsValue) -> StorageError {
    match error.dyn_ref::<DomException>() {
        Some(e) if e.name() == "QuotaExceededError" || e.code() == 22 => StorageError::Quota,
        Some(e) if e.name() == "SecurityError" => StorageError::Unavailable,
        Some(e) => StorageError::Refused(e.name()),
        None => StorageError::Refused(error.as_string().unwrap_or_default()),
    }
}

/// Every key that starts with `prefix`, in no particular order.
fn keys_with_prefix(area: &Storage, prefix: &str) -> Result<Vec<String>, StorageError> {
    let len = area.length().map_err(classify)?;
    let mut keys = Vec::new();
    for i in 0..len {
        if let Some(key) = area.key(i).map_err(classify)?
            && key.starts_with(prefix)
        {
            keys.push(key);
        }
    }
    Ok(keys)
}

/// Every `(key, value)` whose key starts with `prefix`, in no particular order.
fn read_prefixed(prefix: &str) -> Result<Vec<(String, String)>, StorageError> {
    let area = area()?;
    let mut out = Vec::new();
    for key in keys_with_prefix(&area, prefix)? {
        if let Some(value) = area.get_item(&key).map_err(classify)? {
            out.push((key, value));
        }
    }
    Ok(out)
}

/// All portfolio records as stored.
pub fn read_all() -> Result<Vec<(String, String)>, StorageError> {
    read_prefixed(PREFIX)
}

/// The backup copies, keyed by the record key they belong to.
pub fn read_backups() -> Result<Vec<(String, String)>, StorageError> {
    Ok(read_prefixed(BACKUP_PREFIX)?
        .into_iter()
        .map(|(k, v)| (k[BACKUP_PREFIX.len()..].to_owned(), v))
        .collect())
}

fn backup_key(key: &str) -> String {
    format!("{BACKUP_PREFIX}{key}")
}

/// Keeps `current`, the value of `key` now, as its backup. Best effort: when there is no room
/// even for that, older backups are dropped first, because the participant's current data
/// matters more.
fn back_up(area: &Storage, key: &str, current: Option<&str>) -> Result<(), StorageError> {
    let Some(current) = current else { return Ok(()) };
    if area.set_item(&backup_key(key), current).is_err() {
        remove_backups()?;
        let _ = area.set_item(&backup_key(key), current);
    }
    Ok(())
}

/// Whether a key is present.
pub fn exists(key: &str) -> bool {
    area().ok().and_then(|a| a.get_item(key).ok().flatten()).is_some()
}

/// Writes one record, keeping its previous value as backup.
pub fn write(key: &str, value: &str) -> Result<(), StorageError> {
    let area = area()?;
    let current = area.get_item(key).map_err(classify)?;
    if current.as_deref() == Some(value) {
        return Ok(());
    }
    back_up(&area, key, current.as_deref())?;
    area.set_item(key, value).map_err(classify)
}

/// Removes one record (a deleted item), keeping its last value as backup.
pub fn remove(key: &str) -> Result<(), StorageError> {
    let area = area()?;
    let current = area.get_item(key).map_err(classify)?;
    back_up(&area, key, current.as_deref())?;
    area.remove_item(key).map_err(classify)
}

/// Puts the backup copy back for each of these record keys that has one. Returns how many.
pub fn restore_backups(keys: &[String]) -> Result<usize, StorageError> {
    let area = area()?;
    let mut restored = 0;
    for key in keys {
        if let Some(previous) = area.get_item(&backup_key(key)).map_err(classify)? {
            area.set_item(key, &previous).map_err(classify)?;
            restored += 1;
        }
    }
    Ok(restored)
}

/// Removes these records for good (the recovery page's "continue without them").
pub fn discard(keys: &[String]) -> Result<(), StorageError> {
    let area = area()?;
    keys.iter().try_for_each(|k| area.remove_item(k).map_err(classify))
}

fn remove_backups() -> Result<(), StorageError> {
    let area = area()?;
    for key in keys_with_prefix(&area, BACKUP_PREFIX)? {
        area.remove_item(&key).map_err(classify)?;
    }
    Ok(())
}

/// Every key Leerpad uses in this browser starts with this: records, their backup copies, the
/// restore point and the language choice.
const APP_PREFIX: &str = "leerpad";

/// Removes everything Leerpad keeps in this browser: the participant's own "delete everything".
/// The version record goes last, so that other tabs see the records disappear first and then
/// start over as on a first visit.
pub fn erase_all_traces() -> Result<(), StorageError> {
    let area = area()?;
    let mut keys = keys_with_prefix(&area, APP_PREFIX)?;
    keys.retain(|key| key != META_KEY);
    keys.push(META_KEY.to_owned());
    for key in keys {
        area.remove_item(&key).map_err(classify)?;
    }
    Ok(())
}

/// Bytes the portfolio takes in localStorage (UTF-16, keys and values, backups included).
pub fn used_bytes() -> Result<usize, StorageError> {
    let count = |v: Vec<(String, String)>| {
        v.iter().map(|(k, v)| 2 * (k.encode_utf16().count() + v.encode_utf16().count())).sum::<usize>()
    };
    Ok(count(read_prefixed(PREFIX)?) + count(read_prefixed(BACKUP_PREFIX)?))
}

/// Where the portfolio from just before a restore is kept, as a backup file's text.
const RESTORE_POINT_KEY: &str = "leerpad.before-restore";

pub fn save_restore_point(text: &str) -> Result<(), StorageError> {
    area()?.set_item(RESTORE_POINT_KEY, text).map_err(classify)
}

pub fn load_restore_point() -> Option<String> {
    area().ok()?.get_item(RESTORE_POINT_KEY).ok().flatten()
}

pub fn clear_restore_point() -> Result<(), StorageError> {
    area()?.remove_item(RESTORE_POINT_KEY).map_err(classify)
}
