//! The only code that touches browser storage. Everything else asks these modules.
//!
//! - [`database`]: the portfolio in IndexedDB (database `leerpad`): one transaction per save, the
//!   previous version of every changed record, the restore point, room for files.
//! - [`migration`]: moving the portfolio that earlier builds kept in localStorage
//!   ([`legacy`]) into the database, once, safely.
//! - [`prefs`]: small interface preferences (language), the one thing left in localStorage.
//! - [`persist`]: asking the browser to keep the data, and how much room it gives.
//! - [`idb`]: the thin layer over web-sys' IndexedDB that the others use; [`lock`]: Web Locks.
//!
//! Every failure becomes a [`StorageError`]: nothing here panics, and no error carries text for
//! a person (the interface words each case, `ui::messages`).

pub mod database;
pub mod files;
pub mod handover;
mod idb;
pub mod legacy;
mod lock;
pub mod migration;
pub mod persist;
pub mod prefs;

use wasm_bindgen::{JsCast, JsValue};
use web_sys::DomException;

/// Why storage did not do what was asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageError {
    /// No storage at all: IndexedDB missing or refused (a setting, a policy, some private
    /// windows). Allowing storage and reloading is the way back.
    Unavailable,
    /// The browser's storage for this site is full.
    Quota,
    /// The database was closed under the app, for instance because the site's data was cleared.
    /// Opening it again and writing everything is the way back.
    Closed,
    /// Another tab opened a newer Leerpad, which needs the database to itself: this page must be
    /// reloaded.
    Superseded,
    /// The browser refused for another reason (a disk error, an aborted transaction); the
    /// exception's name, kept for debugging and never shown.
    Refused(String),
}

/// The error a browser storage call threw or reported.
pub(crate) fn classify(error: &JsValue) -> StorageError {
    match error.dyn_ref::<DomException>() {
        Some(e) if e.name() == "QuotaExceededError" || e.code() == 22 => StorageError::Quota,
        Some(e) if matches!(e.name().as_str(), "SecurityError" | "InvalidAccessError") => {
            StorageError::Unavailable
        }
        // Starting a transaction on a connection that is closing or closed.
        Some(e) if e.name() == "InvalidStateError" => StorageError::Closed,
        Some(e) => StorageError::Refused(e.name()),
        None => StorageError::Refused(error.as_string().unwrap_or_default()),
    }
}

/// The site's localStorage, where the browser offers it (reading `window.localStorage` throws
/// when site data is blocked).
pub(crate) fn local_storage() -> Result<web_sys::Storage, StorageError> {
    web_sys::window()
        .ok_or(StorageError::Unavailable)?
        .local_storage()
        .map_err(|_| StorageError::Unavailable)?
        .ok_or(StorageError::Unavailable)
}
