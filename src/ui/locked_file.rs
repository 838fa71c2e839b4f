//! Opening a chosen or dropped conversation file (issue 16): read a slice at a time and, when it
//! is locked, opened with its passphrase first. The manager's request and the participant's reply
//! both open this way; what the plain text means is the caller's `take`.

use std::sync::Arc;

use leptos::prelude::*;
use web_sys::{DragEvent, File, HtmlInputElement};

use crate::domain::{
    conversation::{ConversationError, Kind},
    envelope::looks_encrypted,
};
use crate::ui::{
    I18n,
    browser::{crypto::unseal, files::read_text, tasks::Slices},
    document::focus_by_id,
    messages, use_i18n,
};

/// Where opening stands.
#[derive(Clone)]
enum Step {
    Choose,
    Reading,
    /// A locked file, waiting for its passphrase.
    Locked(Arc<String>),
    Unlocking,
}

/// What the caller does with a file's plain text and the passphrase that opened it (if it was
/// locked); `Err` is the sentence that says why it is not taken.
type Take = Arc<dyn Fn(&str, Option<String>) -> Result<(), String>>;

/// A file being opened. Copy it into the view's handlers.
#[derive(Clone, Copy)]
pub struct LockedFile {
    step: RwSignal<Step>,
    /// Why the file, or the passphrase typed, did not open.
    pub error: RwSignal<Option<String>>,
    take: StoredValue<Take, LocalStorage>,
    /// The largest file taken, and which kind of file is expected (for the words).
    limit: usize,
    kind: Kind,
    /// The passphrase field, which gets focus when a locked file is chosen.
    passphrase_id: &'static str,
    i18n: I18n,
}

pub fn use_locked_file(
    kind: Kind,
    limit: usize,
    passphrase_id: &'static str,
    take: impl Fn(&str, Option<String>) -> Result<(), String> + 'static,
) -> LockedFile {
    LockedFile {
        step: RwSignal::new(Step::Choose),
        error: RwSignal::new(None),
        take: StoredValue::new_local(Arc::new(take)),
        limit,
        kind,
        passphrase_id,
        i18n: use_i18n(),
    }
}

impl LockedFile {
    fn finish(self, text: &str, passphrase: Option<String>) {
        let take = self.take.get_value();
        self.step.set(Step::Choose);
        if let Err(why) = take(text, passphrase) {
            self.error.set(Some(why));
        }
    }

    /// Reads `file`: a plain one goes to `take` at once, a locked one waits for its passphrase.
    pub fn open(self, file: Option<File>) {
        let Some(file) = file else { return };
        let i18n = self.i18n;
        self.error.set(None);
        if file.size() > self.limit as f64 {
            let why = messages::conversation_error(i18n.t(), ConversationError::TooLarge, self.kind);
            return self.error.set(Some(why.to_owned()));
        }
        self.step.set(Step::Reading);
        leptos::task::spawn_local(async move {
            match read_text(&file, &mut Slices::new()).await {
                Some(text) => self.open_text(text),
                None => {
                    self.step.set(Step::Choose);
                    self.error.set(Some(i18n.t().conversation.unreadable.to_owned()));
                }
            }
        });
    }

    /// Opens a file's text (read already, or handed over from the home page).
    pub fn open_text(self, text: String) {
        if looks_encrypted(&text) {
            self.step.set(Step::Locked(Arc::new(text)));
            let id = self.passphrase_id;
            request_animation_frame(move || focus_by_id(id));
        } else {
            self.finish(&text, None);
        }
    }

    /// Opens the locked file with `passphrase`.
    pub fn unlock(self, passphrase: String) {
        let Step::Locked(text) = self.step.get_untracked() else { return };
        let i18n = self.i18n;
        self.step.set(Step::Unlocking);
        self.error.set(None);
        leptos::task::spawn_local(async move {
            match unseal(&text, &passphrase).await {
                Ok(plain) => self.finish(&plain, Some(passphrase)),
                Err(e) => {
                    self.step.set(Step::Locked(text));
                    self.error.set(Some(messages::open_error(i18n.t(), e).to_owned()));
                }
            }
        });
    }

    /// Back to choosing a file.
    pub fn reset(self) {
        self.step.set(Step::Choose);
        self.error.set(None);
    }

    /// Whether a locked file waits for its passphrase, or is being opened (tracked).
    pub fn locked(self) -> bool {
        matches!(self.step.get(), Step::Locked(_) | Step::Unlocking)
    }

    pub fn reading(self) -> bool {
        matches!(self.step.get(), Step::Reading)
    }

    pub fn unlocking(self) -> bool {
        matches!(self.step.get(), Step::Unlocking)
    }

    /// The file input's change handler.
    pub fn on_pick(self) -> impl Fn(leptos::ev::Event) + Copy {
        move |ev| {
            let input: HtmlInputElement = event_target(&ev);
            self.open(input.files().and_then(|f| f.get(0)));
            // The same file can be chosen again.
            input.set_value("");
        }
    }

    /// The drop zone's drop handler.
    pub fn on_drop(self) -> impl Fn(DragEvent) + Copy {
        move |ev| {
            ev.prevent_default();
            self.open(ev.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)));
        }
    }
}
