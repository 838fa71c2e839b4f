//! A short confirmation that something is finished ("Reflectie bewaard."), shown for a few
//! seconds on the page the participant lands on and read out by screen readers.

use std::time::Duration;

use leptos::prelude::*;

use crate::domain::{items::Kind, records::RecordKey};
use crate::i18n::Texts;
use crate::ui::{store::use_store, use_i18n};

/// What was finished. Kept as a fact, not as text, so that it follows the language switch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confirmed {
    /// An item of this kind was saved and its editor closed.
    Saved(Kind),
    /// An editor closed with nothing in it: no item was made.
    NothingSaved,
}

impl Confirmed {
    fn text(self, t: &'static Texts) -> &'static str {
        match self {
            Confirmed::Saved(kind) => t.kind_saved[kind.position()],
            Confirmed::NothingSaved => t.draft_empty,
        }
    }
}

/// How long a confirmation stays in view.
const SHOWN_FOR: Duration = Duration::from_secs(6);

#[derive(Clone, Copy)]
pub struct Confirmation {
    /// The confirmation in view, numbered so that a newer one outlives the timer of the older.
    shown: RwSignal<Option<(u32, Confirmed)>>,
}

impl Confirmation {
    pub fn show(self, what: Confirmed) {
        let n = self.shown.with_untracked(|s| s.map_or(0, |(n, _)| n.wrapping_add(1)));
        self.shown.set(Some((n, what)));
        let shown = self.shown;
        set_timeout(
            move || {
                if shown.with_untracked(|s| s.is_some_and(|(m, _)| m == n)) {
                    shown.set(None);
                }
            },
            SHOWN_FOR,
        );
    }
}

pub fn provide_confirmation() {
    provide_context(Confirmation { shown: RwSignal::new(None) });
}

pub fn use_confirmation() -> Confirmation {
    expect_context()
}

/// "Klaar" in an editor of `kind`: an untouched draft is dropped, anything else is saved now, and
/// the participant is told which.
pub fn finish_editing(key: &RecordKey, kind: Kind) {
    let store = use_store();
    let confirmed = if store.discard_draft(key) {
        Confirmed::NothingSaved
    } else {
        store.flush();
        Confirmed::Saved(kind)
    };
    use_confirmation().show(confirmed);
}

/// The confirmation in view, if any, in a polite live region that is always in the page.
#[component]
pub fn ConfirmationToast() -> impl IntoView {
    let i18n = use_i18n();
    let shown = use_confirmation().shown;
    view! {
        <div role="status" class="toast-region">
            {move || shown.get().map(|(_, what)| view! { <p class="notice info toast">{what.text(i18n.t())}</p> })}
        </div>
    }
}
