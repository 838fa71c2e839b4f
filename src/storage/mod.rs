//! The only code that touches browser storage. Everything else asks these functions.

pub mod prefs;
