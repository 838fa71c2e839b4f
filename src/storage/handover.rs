//! Handing a conversation file dropped on the home page to manager mode (issue 16), which is
//! loaded anew as an app of its own: the file's text waits in this tab's sessionStorage for that
//! one step and is removed when taken, so it never outlives the tab and never reaches the
//! participant's portfolio.

use super::{StorageError, classify};

const KEY: &str = "leerpad.handover";

fn session() -> Result<web_sys::Storage, StorageError> {
    web_sys::window()
        .ok_or(StorageError::Unavailable)?
        .session_storage()
        .map_err(|_| StorageError::Unavailable)?
        .ok_or(StorageError::Unavailable)
}

/// Keeps `text` for the next page of this tab.
pub fn put(text: &str) -> Result<(), StorageError> {
    session()?.set_item(KEY, text).map_err(|e| classify(&e))
}

/// The text handed over, if any; it is gone afterwards.
pub fn take() -> Option<String> {
    let area = session().ok()?;
    let text = area.get_item(KEY).ok().flatten();
    let _ = area.remove_item(KEY);
    text
}
