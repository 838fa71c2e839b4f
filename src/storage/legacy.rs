//! The portfolio that Leerpad builds before the IndexedDB store kept in localStorage: read once
//! to be moved ([`super::migration`]), then retired. The layout and its rules are
//! [`crate::domain::legacy`].

use web_sys::Storage;

use super::{StorageError, classify, local_storage};
use crate::domain::{
    legacy::{self, Found, Snapshot},
    records::META_KEY,
};

/// Every key Leerpad ever used in localStorage starts with this.
const APP_PREFIX: &str = "leerpad";

fn leerpad_keys(area: &Storage) -> Result<Vec<String>, StorageError> {
    let len = area.length().map_err(|e| classify(&e))?;
    let mut keys = Vec::new();
    for i in 0..len {
        if let Some(key) = area.key(i).map_err(|e| classify(&e))?
            && key.starts_with(APP_PREFIX)
        {
            keys.push(key);
        }
    }
    Ok(keys)
}

/// What the old layout holds now.
pub fn find() -> Result<Found, StorageError> {
    let area = local_storage()?;
    let mut stored = Vec::new();
    for key in leerpad_keys(&area)? {
        if let Some(text) = area.get_item(&key).map_err(|e| classify(&e))? {
            stored.push((key, text));
        }
    }
    Ok(legacy::find(stored))
}

/// Marks the portfolio as moved, then removes its old records (once the copy is checked).
pub fn retire(snapshot: &Snapshot) -> Result<(), StorageError> {
    let area = local_storage()?;
    area.set_item(META_KEY, legacy::MOVED_META).map_err(|e| classify(&e))?;
    remove(&snapshot.keys())
}

/// Removes these keys.
pub fn remove(keys: &[String]) -> Result<(), StorageError> {
    let area = local_storage()?;
    keys.iter().try_for_each(|key| area.remove_item(key).map_err(|e| classify(&e)))
}

/// Removes everything Leerpad ever kept in localStorage (the participant's "delete
/// everything"), the language choice and the moved marker included.
pub fn erase() -> Result<(), StorageError> {
    // No localStorage at all: nothing of Leerpad can be in it either.
    let Ok(area) = local_storage() else { return Ok(()) };
    remove(&leerpad_keys(&area)?)
}
