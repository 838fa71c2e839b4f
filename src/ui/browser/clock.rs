//! The device's clock and calendar: the one place that asks the browser what time and day it is.
//!
//! A calendar day is always the device's local day (Europe/Amsterdam for a participant in the
//! Netherlands), so "today", the dates shown and the dates in file names agree around midnight.

use crate::domain::{dates, portfolio::Millis};

/// Milliseconds since the Unix epoch.
pub fn now() -> Millis {
    js_sys::Date::now() as Millis
}

/// The local calendar date of the moment `ms`, `YYYY-MM-DD`.
pub fn date_of(ms: Millis) -> String {
    // getTimezoneOffset gives UTC minus local time in minutes, for that very moment (summer time).
    let offset = js_sys::Date::new(&(ms as f64).into()).get_timezone_offset() as i64;
    dates::local_date(ms, offset)
}

/// Today's local date, `YYYY-MM-DD`.
pub fn today() -> String {
    date_of(now())
}

/// A new item ID, unique on this device and very likely across devices (for merging backups):
/// the time and 32 random bits from the browser's cryptographic generator.
pub fn new_id(prefix: &str) -> String {
    let mut bytes = [0u8; 4];
    let random = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .and_then(|c| c.get_random_values_with_u8_array(&mut bytes).ok())
        .map(|_| u32::from_le_bytes(bytes))
        // No Web Crypto (never seen in a supported browser): the time alone still separates IDs
        // made on this device, because no two are made in the same millisecond by one click.
        .unwrap_or(0);
    format!("{prefix}-{:x}-{random:08x}", now())
}
