//! The participant's portfolio as reactive state, saved automatically.
//!
//! Pages read the portfolio through [`Store`] and change it only through its named edit methods.
//! The parts: this file (state and edits), [`connection`] (opening the database, reading the
//! portfolio in slices, what happens when the connection ends), [`autosave`] (debounced saves,
//! one transaction each), [`other_tabs`] (merging what another open tab saved), [`recovery`]
//! (restore, recovery choices and erasing everything), [`attachments`] (files).

mod attachments;
mod autosave;
mod connection;
mod conversations;
mod other_tabs;
mod recovery;
mod worksheets;

use leptos::prelude::*;

use crate::domain::{
    forms::{self, Field, NewItem},
    items::{Column, Kind},
    portfolio::{ModuleStatus, Moment, Portfolio, Profile},
    records::{Collection, Problem, RecordKey},
};
use crate::storage::{StorageError, persist};
use crate::ui::browser::{
    broadcast::Channel,
    clock::{new_id, now, today},
};
use autosave::Pending;
use connection::Link;

pub use attachments::AttachError;
pub use other_tabs::Clash;

#[derive(Debug, Clone, PartialEq)]
pub enum Mode {
    /// The portfolio is being read; pages that show it wait (content pages do not).
    Loading,
    /// Nothing stored yet: a first visit. The first edit creates the portfolio.
    Fresh,
    Ready,
    /// The stored data was written by a newer Leerpad: shown read-only, never overwritten.
    ReadOnly {
        schema: u32,
    },
    /// Stored data could not be read; nothing is written until the participant chooses.
    Recovery(Recovery),
    /// The browser would not hand over what is stored (a failing disk, an internal error): nothing
    /// is shown or written; a reload is the way out.
    Unreadable,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Recovery {
    pub problems: Vec<Problem>,
    /// Everything Leerpad had stored, untouched, for the download.
    pub raw: Vec<(String, String)>,
    /// Damaged record keys that have a readable backup copy.
    pub restorable: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum SaveState {
    /// Nothing changed in this visit yet.
    Idle,
    Pending,
    Saved,
    Failed(StorageError),
}

/// Why a store action did not happen. The interface words each case (`ui::messages`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    Storage(StorageError),
    /// The data is read-only (written by a newer Leerpad) or being recovered.
    ReadOnly,
    /// "Undo the restore" without a kept restore point.
    NoRestorePoint,
    /// The kept restore point cannot be read any more.
    RestorePointUnreadable,
}

impl From<StorageError> for StoreError {
    fn from(e: StorageError) -> Self {
        StoreError::Storage(e)
    }
}

#[derive(Clone, Copy)]
pub struct Store {
    portfolio: RwSignal<Portfolio>,
    mode: RwSignal<Mode>,
    save_state: RwSignal<SaveState>,
    /// This tab's text that another tab replaced in a simultaneous edit, to tell the participant.
    clash: RwSignal<Option<Clash>>,
    /// The records deleted last (an item and its files), with their JSON, while they can still
    /// be brought back.
    deleted: RwSignal<Option<Vec<(RecordKey, String)>>>,
    /// A new item nothing has been typed into yet: shown in its editor, never written, and gone
    /// when the editor closes (see [`Store::add_item`]).
    draft: RwSignal<Option<RecordKey>>,
    pending: StoredValue<Pending>,
    /// Tells the other open tabs about saves and clashes (see [`other_tabs`]).
    tabs: StoredValue<Option<Channel>>,
    /// The database connection, or why there is none.
    link: StoredValue<Link, LocalStorage>,
    /// A newer Leerpad opened in another tab took the database over: this page must reload.
    superseded: RwSignal<bool>,
    /// Opening waits for a tab with an older Leerpad that holds the database.
    blocked: RwSignal<bool>,
    /// Messages from other tabs that arrived while the portfolio was being read (see
    /// [`other_tabs`]); `None` when none are held back.
    held: StoredValue<Option<Vec<String>>>,
    /// Whether the database's pack holds what this tab last read or saved (see [`connection`]).
    packed: StoredValue<bool>,
}

impl Store {
    /// The store, loading: the portfolio is read in the background ([`connection`]).
    fn open() -> Store {
        let store = Store {
            portfolio: RwSignal::new(Portfolio::default()),
            mode: RwSignal::new(Mode::Loading),
            save_state: RwSignal::new(SaveState::Idle),
            clash: RwSignal::new(None),
            deleted: RwSignal::new(None),
            draft: RwSignal::new(None),
            pending: StoredValue::new(Pending::default()),
            tabs: StoredValue::new(None),
            link: StoredValue::new_local(Link::Opening),
            superseded: RwSignal::new(false),
            blocked: RwSignal::new(false),
            held: StoredValue::new(None),
            packed: StoredValue::new(false),
        };
        leptos::task::spawn_local(store.boot());
        store
    }

    /// Whether the app that owns this store still runs: work that finishes later (a read, a
    /// save) leaves a store that is gone alone.
    fn alive(self) -> bool {
        self.mode.try_with_untracked(|_| ()).is_some()
    }

    /// Read access to the whole portfolio (tracked). Changes go through the edit methods.
    pub fn portfolio(self) -> ReadSignal<Portfolio> {
        self.portfolio.read_only()
    }

    pub fn mode(self) -> Mode {
        self.mode.get()
    }

    /// `f` of the mode, without copying it (tracked).
    pub fn with_mode<T>(self, f: impl FnOnce(&Mode) -> T) -> T {
        self.mode.with(f)
    }

    pub fn save_state(self) -> SaveState {
        self.save_state.get()
    }

    pub fn clash(self) -> Option<Clash> {
        self.clash.get()
    }

    pub fn dismiss_clash(self) {
        self.clash.set(None);
    }

    /// Whether edits are possible now (not while loading, read-only or recovering, nor once a
    /// newer Leerpad in another tab has taken over).
    pub fn can_edit(self) -> bool {
        matches!(self.mode.get(), Mode::Fresh | Mode::Ready) && !self.superseded.get()
    }

    /// [`Store::can_edit`], untracked: for work started by a click (a restore, a file).
    fn can_edit_now(self) -> bool {
        self.mode.with_untracked(|m| matches!(m, Mode::Fresh | Mode::Ready))
            && !self.superseded.get_untracked()
    }

    /// Whether the portfolio is still being read (tracked).
    pub fn loading(self) -> bool {
        self.mode.with(|m| *m == Mode::Loading)
    }

    /// Whether another tab runs a newer Leerpad and this page must be reloaded (tracked).
    pub fn superseded(self) -> bool {
        self.superseded.get()
    }

    /// Whether opening the database waits for a tab with an older Leerpad (tracked).
    pub fn blocked(self) -> bool {
        self.blocked.get()
    }

    /// Applies `change` to the record `key` and schedules the save.
    fn edit(self, key: RecordKey, change: impl FnOnce(&mut Portfolio)) {
        if self.superseded.get_untracked() {
            return;
        }
        match self.mode.get_untracked() {
            Mode::Ready => {}
            Mode::Fresh => self.create(),
            Mode::Loading | Mode::ReadOnly { .. } | Mode::Recovery(_) | Mode::Unreadable => return,
        }
        // The first change to a draft makes it an item; it was never stored, so it has no base.
        let was_draft = self.draft.with_untracked(|d| d.as_ref() == Some(&key));
        if was_draft {
            self.draft.set(None);
        }
        let portfolio = self.portfolio;
        self.pending.update_value(|p| {
            if !p.base.contains_key(&key) {
                let base = if was_draft { None } else { portfolio.with_untracked(|pf| pf.record_json(&key)) };
                p.base.insert(key.clone(), base);
            }
            p.touch(key.clone());
        });
        self.portfolio.update(change);
        self.schedule();
    }

    /// Turns a first visit into a stored portfolio: all base records, and the persistence request.
    fn create(self) {
        self.mode.set(Mode::Ready);
        crate::storage::prefs::remember_portfolio(true);
        self.mark_all_dirty();
        self.portfolio.update(|p| p.settings.persistence_requested = true);
        leptos::task::spawn_local(async {
            let _ = persist::request().await;
        });
    }

    /// Onboarding: stores the profile (possibly empty, when skipped).
    pub fn start(self, profile: Profile) {
        self.edit(RecordKey::Profile, |p| p.profile = profile);
        self.flush();
    }

    pub fn edit_profile(self, change: impl FnOnce(&mut Profile)) {
        self.edit(RecordKey::Profile, |p| change(&mut p.profile));
    }

    pub fn set_status(self, module_id: &str, status: ModuleStatus) {
        self.edit(RecordKey::Progress, |p| p.set_status(module_id, status));
    }

    pub fn add_moment(self, moment: Moment) {
        let id = moment.id.clone();
        self.edit(RecordKey::Item(Collection::Moment, id.clone()), |p| drop(p.moments.insert(id, moment)));
    }

    pub fn edit_moment(self, id: &str, change: impl FnOnce(&mut Moment)) {
        self.edit(RecordKey::Item(Collection::Moment, id.to_owned()), |p| {
            if let Some(m) = p.moments.get_mut(id) {
                change(m);
            }
        });
    }

    pub fn delete_moment(self, id: &str) {
        self.edit(RecordKey::Item(Collection::Moment, id.to_owned()), |p| drop(p.moments.remove(id)));
        self.flush();
    }

    /// Brings back a record from its JSON (the undo of a delete).
    fn put(self, key: RecordKey, json: String) {
        self.edit(key.clone(), |p| {
            let _ = p.put_record(&key, Some(&json));
        });
    }

    /// Starts a new, empty item of `kind` as a draft and returns its key (see
    /// [`Portfolio::add_item`]). The draft becomes an item with the first change made to it; one
    /// left untouched is dropped by [`Store::discard_draft`], so opening "Nieuw …" and leaving
    /// leaves nothing behind. A draft left open before is dropped first.
    pub fn add_item(self, kind: Kind, module: Option<String>, column: Column) -> RecordKey {
        if let Some(old) = self.draft.get_untracked() {
            self.discard_draft(&old);
        }
        let new = NewItem { id: new_id(&kind.segment()[..1]), now: now(), today: today(), module, column };
        let key = forms::record_key(kind, new.id.clone());
        if self.can_edit() {
            self.portfolio.update(|p| drop(p.add_item(kind, new)));
            self.draft.set(Some(key.clone()));
        }
        key
    }

    /// Whether `key` is a draft nothing has been typed into (tracked).
    pub fn is_draft(self, key: &RecordKey) -> bool {
        self.draft.with(|d| d.as_ref() == Some(key))
    }

    /// Drops the draft `key` if it is still untouched; returns whether it did.
    pub fn discard_draft(self, key: &RecordKey) -> bool {
        if !self.draft.with_untracked(|d| d.as_ref() == Some(key)) {
            return false;
        }
        self.draft.set(None);
        self.portfolio.update(|p| {
            let _ = p.put_record(key, None);
        });
        true
    }

    /// Makes a new action from a 360-feedback item, or returns the one made from it before;
    /// `None` when the item is gone.
    pub fn add_action_from_feedback(self, feedback_id: &str) -> Option<RecordKey> {
        if !self.portfolio.with_untracked(|p| p.feedback.contains_key(feedback_id)) {
            return None;
        }
        if let Some(existing) =
            self.portfolio.with_untracked(|p| p.action_of_feedback(feedback_id).map(|a| a.id.clone()))
        {
            return Some(RecordKey::Item(Collection::Action, existing));
        }
        let id = new_id("a");
        let key = RecordKey::Item(Collection::Action, id.clone());
        self.edit(key.clone(), |p| drop(p.add_action_from_feedback(feedback_id, id, now())));
        Some(key)
    }

    /// Applies a typed change to an item and stamps it as changed now.
    fn change_item(self, key: &RecordKey, change: impl FnOnce(&mut Portfolio)) {
        self.edit(key.clone(), |p| {
            change(p);
            p.touch(key, now());
        });
    }

    /// Sets one field of a record (see [`crate::domain::forms`]).
    pub fn set_field(self, key: &RecordKey, field: Field, value: String) {
        self.change_item(key, |p| (field.set)(p, key, value));
    }

    pub fn set_module(self, key: &RecordKey, module: &str) {
        self.change_item(key, |p| p.set_module(key, module));
    }

    pub fn link_goal(self, key: &RecordKey, goal: &str, on: bool) {
        self.change_item(key, |p| p.link_goal(key, goal, on));
    }

    pub fn set_shared(self, key: &RecordKey, on: bool) {
        self.change_item(key, |p| p.set_shared(key, on));
    }

    /// Deletes a record, and the files attached to it; they can be brought back with
    /// [`Store::undo_delete`] for ten seconds.
    pub fn delete(self, key: RecordKey) {
        if self.discard_draft(&key) {
            return;
        }
        let mut keys = vec![key.clone()];
        keys.extend(self.portfolio.with_untracked(|p| p.attachments_under(&key)));
        let gone: Vec<(RecordKey, String)> = self.portfolio.with_untracked(|p| {
            keys.into_iter().filter_map(|k| Some((k.clone(), p.record_json(&k)?))).collect()
        });
        if gone.is_empty() {
            return;
        }
        for (k, _) in &gone {
            self.edit(k.clone(), |p| {
                let _ = p.put_record(k, None);
            });
        }
        self.flush();
        self.deleted.set(Some(gone));
        let deleted = self.deleted;
        set_timeout(
            move || {
                if deleted.with_untracked(|d| d.as_ref().is_some_and(|d| d[0].0 == key)) {
                    deleted.set(None);
                }
            },
            std::time::Duration::from_secs(10),
        );
    }

    pub fn recently_deleted(self) -> bool {
        self.deleted.with(Option::is_some)
    }

    pub fn undo_delete(self) {
        if let Some(gone) = self.deleted.get_untracked() {
            self.deleted.set(None);
            for (key, json) in gone {
                self.put(key, json);
            }
            self.flush();
        }
    }
}

/// Opens the store, listens to other tabs and saves when the page goes away.
pub fn provide_store() -> Store {
    let store = Store::open();
    provide_context(store);
    other_tabs::listen(store);
    crate::ui::browser::page_hidden::on_page_hidden(move || {
        store.flush();
        store.pack();
    });
    on_cleanup(move || store.disconnect());
    store
}

pub fn use_store() -> Store {
    expect_context::<Store>()
}
