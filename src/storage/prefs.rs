//! Small interface preferences, kept apart from the participant's portfolio.

use super::records::{StorageError, area, classify};
use crate::i18n::Locale;

/// localStorage key of the chosen interface language.
pub const LOCALE_KEY: &str = "leerpad.locale";

/// The language chosen earlier on this device; Dutch when nothing (valid) was stored or the
/// browser refuses storage (reading `localStorage` throws when site data is blocked).
pub fn load_locale() -> Locale {
    area()
        .ok()
        .and_then(|a| a.get_item(LOCALE_KEY).ok().flatten())
        // Stored as a JSON string (`"en"`), as every build has written it.
        .and_then(|json| Locale::from_code(json.strip_prefix('"')?.strip_suffix('"')?))
        .unwrap_or_default()
}

/// Remembers the language. A failure (storage refused, full) only means the choice is not
/// remembered next time; the switch itself still works, so the caller may ignore the error.
pub fn save_locale(locale: Locale) -> Result<(), StorageError> {
    area()?.set_item(LOCALE_KEY, &format!("\"{}\"", locale.code())).map_err(classify)
}
