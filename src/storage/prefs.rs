//! Small interface preferences, kept apart from the participant's portfolio: the one thing
//! Leerpad keeps in localStorage (read synchronously, before the first text is shown).

use super::{StorageError, classify, local_storage};
use crate::i18n::Locale;

/// localStorage key of the chosen interface language.
pub const LOCALE_KEY: &str = "leerpad.locale";

/// The language chosen earlier on this device; Dutch when nothing (valid) was stored or the
/// browser refuses storage (reading `localStorage` throws when site data is blocked).
pub fn load_locale() -> Locale {
    local_storage()
        .ok()
        .and_then(|a| a.get_item(LOCALE_KEY).ok().flatten())
        // Stored as a JSON string (`"en"`), as every build has written it.
        .and_then(|json| Locale::from_code(json.strip_prefix('"')?.strip_suffix('"')?))
        .unwrap_or_default()
}

/// Remembers the language. A failure (storage refused, full) only means the choice is not
/// remembered next time; the switch itself still works, so the caller may ignore the error.
pub fn save_locale(locale: Locale) -> Result<(), StorageError> {
    local_storage()?.set_item(LOCALE_KEY, &format!("\"{}\"", locale.code())).map_err(|e| classify(&e))
}

/// localStorage key that says this device holds a portfolio: read by the start script before the
/// wasm loads, so that someone returning does not see the pre-rendered welcome meant for a first
/// visit (the portfolio itself is in IndexedDB, which cannot be read that early).
pub const RETURNING_KEY: &str = "leerpad.returning";

/// Notes whether this device holds a portfolio. Only a hint for the first paint: a failure is
/// ignored.
pub fn remember_portfolio(exists: bool) {
    let Ok(area) = local_storage() else { return };
    let _ = if exists { area.set_item(RETURNING_KEY, "1") } else { area.remove_item(RETURNING_KEY) };
}
