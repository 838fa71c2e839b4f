//! Small interface preferences, kept apart from the participant's portfolio.

use gloo_storage::{LocalStorage, Storage};

use crate::i18n::Locale;

/// localStorage key of the chosen interface language.
pub const LOCALE_KEY: &str = "leerpad.locale";

/// The language chosen earlier on this device; Dutch when nothing (valid) was stored or storage
/// is unavailable.
pub fn load_locale() -> Locale {
    LocalStorage::get::<String>(LOCALE_KEY).ok().and_then(|code| Locale::from_code(&code)).unwrap_or_default()
}

/// Remembers the language. A failure (storage disabled, quota) only means the choice is not
/// remembered next time; the switch itself still works, so the error is returned for the caller
/// to ignore or report.
pub fn save_locale(locale: Locale) -> Result<(), gloo_storage::errors::StorageError> {
    LocalStorage::set(LOCALE_KEY, locale.code())
}
