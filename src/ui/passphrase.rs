//! Passphrases (issue 16): choosing one to lock a file with, and typing one to open a file.
//! The encryption itself is [`crate::ui::browser::crypto`].

use leptos::prelude::*;

use crate::domain::passphrase::{MIN_CHARS, Strength, strength};
use crate::ui::{document::focus_by_id, use_i18n};

/// The choice of a passphrase for a file about to be written: whether to lock it, and the
/// passphrase typed twice.
#[derive(Clone, Copy)]
pub struct NewPassphrase {
    pub on: RwSignal<bool>,
    first: RwSignal<String>,
    second: RwSignal<String>,
    /// Whether writing the file was tried: from then on what is missing shows.
    tried: RwSignal<bool>,
    id: &'static str,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum NotReady {
    TooShort,
    Different,
}

impl NewPassphrase {
    /// A choice that locks by default: a conversation file goes through mail.
    pub fn new(id: &'static str) -> NewPassphrase {
        NewPassphrase::starting(id, true)
    }

    /// A choice that does not lock until asked (a backup the participant keeps themselves).
    pub fn off(id: &'static str) -> NewPassphrase {
        NewPassphrase::starting(id, false)
    }

    fn starting(id: &'static str, on: bool) -> NewPassphrase {
        NewPassphrase {
            on: RwSignal::new(on),
            first: RwSignal::new(String::new()),
            second: RwSignal::new(String::new()),
            tried: RwSignal::new(false),
            id,
        }
    }

    /// What stops the passphrase from being used (tracked).
    fn not_ready(self) -> Option<NotReady> {
        if !self.on.get() {
            return None;
        }
        if strength(&self.first.get()) == Strength::TooShort {
            Some(NotReady::TooShort)
        } else if self.first.with(|a| self.second.with(|b| a != b)) {
            Some(NotReady::Different)
        } else {
            None
        }
    }

    /// The passphrase to lock with (`Some(None)`: no lock); `None` when it is not ready yet, and
    /// then what is missing shows and the field to fix has focus.
    pub fn take(self) -> Option<Option<String>> {
        self.tried.set(true);
        match self.not_ready() {
            None => Some(self.on.get_untracked().then(|| self.first.get_untracked())),
            Some(NotReady::TooShort) => {
                focus_by_id(&format!("{}-first", self.id));
                None
            }
            Some(NotReady::Different) => {
                focus_by_id(&format!("{}-second", self.id));
                None
            }
        }
    }

    /// Whether a passphrase was given (tracked).
    pub fn locks(self) -> bool {
        self.on.get()
    }
}

/// The fields of a [`NewPassphrase`]: the switch, the passphrase twice with its strength, and the
/// warning that a forgotten passphrase cannot be recovered. `backup`: for a backup (other words).
#[component]
pub fn PassphraseChoice(choice: NewPassphrase, #[prop(optional)] backup: bool) -> impl IntoView {
    let i18n = use_i18n();
    let id = choice.id;
    let (on_id, first_id, second_id) = (format!("{id}-on"), format!("{id}-first"), format!("{id}-second"));
    let (strength_id, problem_id) = (format!("{id}-strength"), format!("{id}-problem"));
    let level = Memo::new(move |_| choice.first.with(|p| strength(p)));
    let strength_text = move || {
        let t = &i18n.t().conversation;
        if choice.first.with(String::is_empty) {
            return (t.passphrase_min)(MIN_CHARS);
        }
        let (name, advice) = match level.get() {
            // Once tried, the error under the fields says it.
            Strength::TooShort if choice.tried.get() => (t.strength[0], String::new()),
            Strength::TooShort => (t.strength[0], (t.passphrase_min)(MIN_CHARS)),
            Strength::Weak => (t.strength[1], t.strength_advice.to_owned()),
            Strength::Fair => (t.strength[2], t.strength_advice.to_owned()),
            Strength::Strong => (t.strength[3], String::new()),
        };
        format!("{}: {name}. {advice}", t.strength_label).trim_end().to_owned()
    };
    let problem = move || {
        let t = &i18n.t().conversation;
        (choice.tried.get()).then(|| choice.not_ready()).flatten().map(|p| match p {
            NotReady::TooShort => (t.passphrase_min)(MIN_CHARS),
            NotReady::Different => t.passphrase_different.to_owned(),
        })
    };
    let invalid =
        move |which: NotReady| move || (choice.tried.get() && choice.not_ready() == Some(which)).to_string();
    let described = format!("{strength_id} {problem_id}");
    view! {
        <div class="passphrase">
            <div class="choice">
                <input type="checkbox" id=on_id.clone() prop:checked=choice.on
                    on:change=move |ev| choice.on.set(event_target_checked(&ev)) />
                <label for=on_id>{move || if backup { i18n.t().conversation.lock_backup } else { i18n.t().conversation.lock }}</label>
            </div>
            <div class="passphrase-fields" hidden=move || !choice.on.get()>
                <p class="hint">{move || if backup { i18n.t().conversation.lock_backup_hint } else { i18n.t().conversation.lock_hint }}</p>
                <div class="field">
                    <label for=first_id.clone()>{i18n.text(|t| t.conversation.passphrase)}</label>
                    <input type="password" id=first_id autocomplete="new-password" spellcheck="false"
                        aria-describedby=described aria-invalid=invalid(NotReady::TooShort)
                        prop:value=choice.first on:input=move |ev| choice.first.set(event_target_value(&ev)) />
                    <p class="hint strength" id=strength_id data-strength=move || level.get().code()>
                        {strength_text}
                    </p>
                </div>
                <div class="field">
                    <label for=second_id.clone()>{i18n.text(|t| t.conversation.passphrase_again)}</label>
                    <input type="password" id=second_id autocomplete="new-password" spellcheck="false"
                        aria-describedby=problem_id.clone() aria-invalid=invalid(NotReady::Different)
                        prop:value=choice.second on:input=move |ev| choice.second.set(event_target_value(&ev)) />
                </div>
                <p class="field-error" id=problem_id role="alert">{problem}</p>
                <p class="notice warning">{i18n.text(|t| t.conversation.unrecoverable)}</p>
            </div>
        </div>
    }
}

/// Asks for the passphrase of an encrypted file. `error` says why the last one did not open it.
#[component]
pub fn PassphrasePrompt(
    id: &'static str,
    #[prop(into)] on_open: Callback<String>,
    #[prop(into)] error: Signal<Option<String>>,
    #[prop(into)] busy: Signal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let value = RwSignal::new(String::new());
    let error_id = format!("{id}-error");
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if !busy.get_untracked() {
            on_open.run(value.get_untracked());
        }
    };
    view! {
        <form class="form passphrase-prompt" on:submit=submit>
            <div class="field">
                <label for=id>{i18n.text(|t| t.conversation.passphrase)}</label>
                <input type="password" id=id autocomplete="current-password" spellcheck="false"
                    aria-describedby=error_id.clone() aria-invalid=move || error.with(Option::is_some).to_string()
                    prop:value=value on:input=move |ev| value.set(event_target_value(&ev)) />
            </div>
            <p class="field-error" id=error_id role="alert">{move || error.get()}</p>
            <div class="actions">
                <button type="submit" class="button primary" aria-disabled=move || busy.get().to_string()>
                    {move || if busy.get() { i18n.t().conversation.opening } else { i18n.t().conversation.open }}
                </button>
            </div>
        </form>
    }
}
