//! The interface language as reactive state, shared through context.
//!
//! The one pattern for words in a view, so that a language switch reaches every text at once:
//! - a fixed text: `{i18n.text(|t| t.save)}` (also as an attribute value);
//! - a text built from data or state: a closure that calls `i18n.t()` inside,
//!   `{move || (i18n.t().results)(count.get())}`, or a block that does so for its whole content;
//! - in an event handler: `i18n.t()` at the moment of the event.
//!
//! Never `let t = i18n.t();` in a component body outside such a closure: that text would stay
//! in the language of the moment the page was opened.

use leptos::prelude::*;

use crate::i18n::{Locale, Texts};
use crate::storage::prefs;

/// Handle to the current interface language. Cheap to copy into closures.
#[derive(Clone, Copy)]
pub struct I18n {
    locale: RwSignal<Locale>,
}

impl I18n {
    /// The current language (tracked: a closure that calls it re-runs when it changes).
    pub fn locale(self) -> Locale {
        self.locale.get()
    }

    /// The strings of the current language (tracked).
    pub fn t(self) -> &'static Texts {
        self.locale.get().texts()
    }

    /// One interface text that follows the language switch, for a view or an attribute:
    /// `{i18n.text(|t| t.save)}`. Every call site shares one closure type, so each costs the
    /// bundle only its small picker function.
    pub fn text(
        self,
        pick: fn(&'static Texts) -> &'static str,
    ) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
        move || pick(self.t())
    }

    /// Switches the language and remembers it on this device.
    pub fn set(self, locale: Locale) {
        self.locale.set(locale);
        // Not being able to remember the choice must not stop the switch.
        let _ = prefs::save_locale(locale);
    }
}

/// Creates the language state from what this device remembered, keeps `<html lang>` in step.
pub fn provide_i18n() -> I18n {
    let locale = prefs::load_locale();
    // The first localStorage access loads the origin's whole storage; `make bench` reports it.
    if let Some(perf) = window().performance() {
        let _ = perf.measure_with_start_mark("leerpad:first-storage-access", "leerpad:start");
    }
    let i18n = I18n { locale: RwSignal::new(locale) };
    provide_context(i18n);
    Effect::new(move |_| super::document::set_html_lang(i18n.locale().code()));
    i18n
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}
