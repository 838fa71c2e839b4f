//! The only code that touches browser storage. Everything else asks these functions.
//!
//! - [`prefs`]: small interface preferences (language).
//! - [`records`]: the portfolio's records in localStorage, with a backup copy of each record's
//!   previous version and errors that say what went wrong (full, disabled, …).
//! - [`events`]: changes made by other tabs.
//! - [`persist`]: asking the browser to keep the data (`navigator.storage`).

pub mod events;
pub mod persist;
pub mod prefs;
pub mod records;
