//! The participant's portfolio as reactive state, saved automatically.
//!
//! Pages read [`Store::portfolio`] and change it only through the `Store` methods, each of which
//! names the record it touches. Changes are written a moment after the last edit (debounced),
//! and at once when the page is hidden or closed; only changed records are written. What the
//! storage layer reports becomes [`SaveState`], which the header shows and announces.

use std::collections::{BTreeMap, BTreeSet};

use leptos::prelude::*;
use serde_json::Value;
use wasm_bindgen::{JsCast, closure::Closure};

use crate::domain::{
    backup,
    merge::merge3,
    portfolio::{Millis, ModuleStatus, Moment, Portfolio, Profile},
    records::{self, Loaded, META_KEY, Problem, RecordKey},
};
use crate::storage::{
    events::{self, Change},
    persist,
    records::{self as stored, StorageError},
};

/// How long after the last keystroke the portfolio is written.
const SAVE_DELAY_MS: u64 = 300;

#[derive(Debug, Clone, PartialEq)]
pub enum Mode {
    /// Nothing stored yet: a first visit. The first edit creates the portfolio.
    Fresh,
    Ready,
    /// The stored data was written by a newer Leerpad: shown read-only, never overwritten.
    ReadOnly {
        schema: u32,
    },
    /// Stored data could not be read; nothing is written until the participant chooses.
    Recovery(Recovery),
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

/// Edits not yet written, with the version each started from (the base for merging).
#[derive(Default)]
struct Pending {
    meta: bool,
    dirty: BTreeSet<RecordKey>,
    base: BTreeMap<RecordKey, Option<Value>>,
    timer: Option<TimeoutHandle>,
}

#[derive(Clone, Copy)]
pub struct Store {
    portfolio: RwSignal<Portfolio>,
    mode: RwSignal<Mode>,
    save_state: RwSignal<SaveState>,
    /// A message about edits made in another tab that clashed with edits here.
    conflict: RwSignal<Option<Vec<String>>>,
    /// The record deleted last, with its JSON, while it can still be brought back.
    deleted: RwSignal<Option<(RecordKey, String)>>,
    pending: StoredValue<Pending>,
}

pub fn now() -> Millis {
    js_sys::Date::now() as Millis
}

/// A new item ID, unique on this device and very likely across devices (for merging backups).
pub fn new_id(prefix: &str) -> String {
    let random = (js_sys::Math::random() * f64::from(u32::MAX)) as u32;
    format!("{prefix}-{:x}-{random:08x}", now())
}

/// Today's date on this device, `YYYY-MM-DD`.
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date())
}

fn performance_mark(name: &str) {
    if let Some(perf) = window().performance() {
        let _ = perf.mark(name);
    }
}

/// Records the time since mark `start` as a User Timing measure (read by `make bench`).
fn performance_measure(name: &str, start: &str) {
    if let Some(perf) = window().performance() {
        let _ = perf.measure_with_start_mark(name, start);
    }
}

/// Reads storage and decides how the app starts.
fn boot() -> (Portfolio, Mode, bool) {
    performance_mark("leerpad:boot");
    let stored = stored::read_all();
    performance_measure("leerpad:read", "leerpad:boot");
    let Ok(stored) = stored else {
        // No storage at all: the app works, and the first save explains why it cannot keep data.
        return (Portfolio::default(), Mode::Fresh, false);
    };
    let loaded = records::load(&stored);
    performance_measure("leerpad:load", "leerpad:boot");
    match loaded {
        Loaded::Empty => (Portfolio::default(), Mode::Fresh, false),
        Loaded::Ready { portfolio, migrated_from } => (*portfolio, Mode::Ready, migrated_from.is_some()),
        Loaded::Newer { schema } => (Portfolio::default(), Mode::ReadOnly { schema }, false),
        Loaded::Corrupt { problems } => {
            let backups = stored::read_backups().unwrap_or_default();
            let readable = |key: &str| {
                backups
                    .iter()
                    .any(|(k, v)| k == key && serde_json::from_str::<Value>(v).is_ok_and(|v| v.is_object()))
            };
            let restorable = problems.iter().map(|p| p.key.clone()).filter(|k| readable(k)).collect();
            let mut raw = stored;
            raw.extend(backups.into_iter().map(|(k, v)| (format!("{}{k}", stored::BACKUP_PREFIX), v)));
            raw.sort();
            (Portfolio::default(), Mode::Recovery(Recovery { problems, raw, restorable }), false)
        }
    }
}

impl Store {
    fn open() -> Store {
        let (portfolio, mode, migrated) = boot();
        let store = Store {
            portfolio: RwSignal::new(portfolio),
            mode: RwSignal::new(mode),
            save_state: RwSignal::new(SaveState::Idle),
            conflict: RwSignal::new(None),
            deleted: RwSignal::new(None),
            pending: StoredValue::new(Pending::default()),
        };
        if migrated {
            // Upgraded from an older schema: write it back in the current form straight away.
            store.mark_all_dirty();
            store.flush();
        }
        store
    }

    /// Reads storage again (another tab created, upgraded, repaired or erased the data).
    fn reload(self) {
        if self.pending.with_value(|p| !p.dirty.is_empty()) {
            // Unsaved edits here win over whatever happened elsewhere: write them back.
            self.pending.update_value(|p| p.meta = true);
            self.schedule();
            return;
        }
        let (portfolio, mode, migrated) = boot();
        self.portfolio.set(portfolio);
        self.mode.set(mode);
        if migrated {
            self.mark_all_dirty();
            self.flush();
        }
    }

    fn mark_all_dirty(self) {
        let keys = self.portfolio.with_untracked(Portfolio::record_keys);
        self.pending.update_value(|p| {
            p.meta = true;
            p.dirty.extend(keys);
        });
    }

    pub fn portfolio(self) -> RwSignal<Portfolio> {
        self.portfolio
    }

    pub fn mode(self) -> Mode {
        self.mode.get()
    }

    /// Whether edits are waiting to be written (or failed to be).
    pub fn has_unsaved(self) -> bool {
        self.pending.with_value(|p| p.meta || !p.dirty.is_empty())
    }

    pub fn save_state(self) -> SaveState {
        self.save_state.get()
    }

    pub fn conflict(self) -> Option<Vec<String>> {
        self.conflict.get()
    }

    pub fn dismiss_conflict(self) {
        self.conflict.set(None);
    }

    /// Whether edits are possible now (not while read-only or recovering).
    pub fn can_edit(self) -> bool {
        matches!(self.mode.get(), Mode::Fresh | Mode::Ready)
    }

    /// Applies `change` to the record `key` and schedules the save.
    fn edit(self, key: RecordKey, change: impl FnOnce(&mut Portfolio)) {
        match self.mode.get_untracked() {
            Mode::Ready => {}
            Mode::Fresh => self.create(),
            Mode::ReadOnly { .. } | Mode::Recovery(_) => return,
        }
        let portfolio = self.portfolio;
        self.pending.update_value(|p| {
            if p.dirty.insert(key.clone()) {
                p.base.insert(key.clone(), portfolio.with_untracked(|pf| pf.record_value(&key)));
            }
        });
        self.portfolio.update(change);
        self.schedule();
    }

    /// Turns a first visit into a stored portfolio: all base records, and the persistence request.
    fn create(self) {
        self.mode.set(Mode::Ready);
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
        self.edit(RecordKey::Moment(id.clone()), |p| drop(p.moments.insert(id, moment)));
    }

    pub fn edit_moment(self, id: &str, change: impl FnOnce(&mut Moment)) {
        self.edit(RecordKey::Moment(id.to_owned()), |p| {
            if let Some(m) = p.moments.get_mut(id) {
                change(m);
            }
        });
    }

    pub fn delete_moment(self, id: &str) {
        self.edit(RecordKey::Moment(id.to_owned()), |p| drop(p.moments.remove(id)));
        self.flush();
    }

    /// Creates a portfolio item from its JSON (a new entry, or one brought back).
    pub fn put(self, key: RecordKey, json: String) {
        self.edit(key.clone(), |p| {
            let _ = p.put_record(&key, Some(&json));
        });
    }

    /// Sets one field of a record to a JSON value and stamps `updated` where the record has it.
    /// Generic editors use this; the domain types check the value when it is read back.
    pub fn set_field(self, key: &RecordKey, field: &'static str, value: Value) {
        let key = key.clone();
        self.edit(key.clone(), move |p| {
            let Some(Value::Object(mut record)) = p.record_value(&key) else { return };
            record.insert(field.to_owned(), value);
            if record.contains_key("updated") {
                record.insert("updated".to_owned(), now().into());
            }
            let _ = p.put_record(&key, Some(&Value::Object(record).to_string()));
        });
    }

    /// Deletes a record; it can be brought back with [`Store::undo_delete`] for ten seconds.
    pub fn delete(self, key: RecordKey) {
        let Some(json) = self.portfolio.with_untracked(|p| p.record_json(&key)) else { return };
        self.edit(key.clone(), |p| {
            let _ = p.put_record(&key, None);
        });
        self.flush();
        self.deleted.set(Some((key.clone(), json)));
        let deleted = self.deleted;
        set_timeout(
            move || {
                if deleted.get_untracked().is_some_and(|(k, _)| k == key) {
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
        if let Some((key, json)) = self.deleted.get_untracked() {
            self.deleted.set(None);
            self.put(key, json);
            self.flush();
        }
    }

    /// Restores a checked backup: replaces the portfolio, or merges it in. The current portfolio is
    /// kept first as a restore point; if that cannot be stored, nothing is changed.
    pub fn restore(self, incoming: Portfolio, merge: bool) -> Result<(), StorageError> {
        if !matches!(self.mode.get_untracked(), Mode::Fresh | Mode::Ready) {
            return Err(StorageError::Other("alleen lezen".to_owned()));
        }
        self.flush();
        let current = self.portfolio.get_untracked();
        stored::save_restore_point(&backup::create(&current, now()))?;
        let next = if merge { backup::merge(&current, &incoming) } else { incoming };
        self.replace_with(&current, next);
        Ok(())
    }

    /// Brings back the portfolio from before the last restore.
    pub fn undo_restore(self) -> Result<(), StorageError> {
        let text = stored::load_restore_point().ok_or(StorageError::Other("geen herstelpunt".to_owned()))?;
        let (_, previous) = backup::read(&text).map_err(|e| StorageError::Other(format!("{e:?}")))?;
        let current = self.portfolio.get_untracked();
        self.replace_with(&current, previous);
        stored::clear_restore_point()
    }

    /// Swaps the whole portfolio and writes every record that differs (removing the ones gone).
    fn replace_with(self, current: &Portfolio, next: Portfolio) {
        if self.mode.get_untracked() == Mode::Fresh {
            self.create();
        }
        let keys: BTreeSet<RecordKey> = current.record_keys().into_iter().chain(next.record_keys()).collect();
        self.pending.update_value(|p| {
            p.meta = true;
            for key in keys {
                if p.dirty.insert(key.clone()) {
                    p.base.insert(key.clone(), current.record_value(&key));
                }
            }
        });
        self.portfolio.set(next);
        self.flush();
    }

    /// Downloads the full backup file and remembers when.
    pub fn download_backup(self) {
        let now = now();
        let text = self.portfolio.with_untracked(|p| backup::create(p, now));
        if super::download::download(&backup::file_name(now), "application/json", &text).is_ok() {
            self.edit(RecordKey::Settings, |p| p.settings.last_backup = Some(now));
        }
    }

    fn schedule(self) {
        self.save_state.set(SaveState::Pending);
        if let Some(timer) = self.pending.try_update_value(|p| p.timer.take()).flatten() {
            timer.clear();
        }
        let timer =
            set_timeout_with_handle(move || self.flush(), std::time::Duration::from_millis(SAVE_DELAY_MS))
                .ok();
        self.pending.update_value(|p| p.timer = timer);
    }

    /// Writes every pending change now. Stops at the first failure, keeping the rest pending.
    pub fn flush(self) {
        if self.mode.get_untracked() != Mode::Ready {
            return;
        }
        if let Some(timer) = self.pending.try_update_value(|p| p.timer.take()).flatten() {
            timer.clear();
        }
        if self.pending.with_value(|p| p.meta || !p.dirty.is_empty()) && !stored::exists(META_KEY) {
            // Storage was emptied behind our back (devtools, another program): this page holds
            // the only copy now, so write all of it, not just the latest change.
            self.mark_all_dirty();
        }
        let (meta, dirty) = self.pending.with_value(|p| (p.meta, p.dirty.clone()));
        if !meta && dirty.is_empty() {
            return;
        }
        performance_mark("leerpad:save:start");
        // The version record goes first: records without it would read as damaged.
        if meta {
            if let Err(e) = stored::write(META_KEY, &records::current_meta_json()) {
                self.save_state.set(SaveState::Failed(e));
                return;
            }
            self.pending.update_value(|p| p.meta = false);
        }
        for key in dirty {
            // Serialised completely before anything is written.
            let json = self.portfolio.with_untracked(|p| p.record_json(&key));
            let storage_key = key.storage_key();
            let result = match json {
                Some(json) => stored::write(&storage_key, &json),
                None => stored::remove(&storage_key),
            };
            if let Err(e) = result {
                self.save_state.set(SaveState::Failed(e));
                return;
            }
            self.pending.update_value(|p| {
                p.dirty.remove(&key);
                p.base.remove(&key);
            });
        }
        performance_mark("leerpad:save:end");
        if let Some(perf) = window().performance() {
            let _ = perf.measure_with_start_mark_and_end_mark(
                "leerpad:save",
                "leerpad:save:start",
                "leerpad:save:end",
            );
        }
        self.save_state.set(SaveState::Saved);
    }

    /// Takes in a change another tab saved, merging it with unsaved edits here.
    fn take_change(self, change: Change) {
        let Some(key) = change.key else { return self.reload() };
        if key == META_KEY {
            return self.reload();
        }
        let Some(record) = RecordKey::parse(&key) else { return };
        match self.mode.get_untracked() {
            Mode::Ready => {}
            Mode::Fresh => return self.reload(),
            Mode::ReadOnly { .. } | Mode::Recovery(_) => return,
        }
        if !self.pending.with_value(|p| p.dirty.contains(&record)) {
            // Unreadable text is left alone; the next start-up shows the recovery page if it stays so.
            self.portfolio.update(|p| {
                let _ = p.put_record(&record, change.new_value.as_deref());
            });
            return;
        }
        let theirs = match change.new_value.as_deref().map(serde_json::from_str::<Value>) {
            None => None,
            Some(Ok(value)) => Some(value),
            Some(Err(_)) => return,
        };
        let base = self.pending.with_value(|p| p.base.get(&record).cloned().flatten());
        let ours = self.portfolio.with_untracked(|p| p.record_value(&record));
        let merged = merge3(base.as_ref(), ours.as_ref(), theirs.as_ref());
        self.portfolio.update(|p| {
            let _ = p.put_record(&record, merged.value.map(|v| v.to_string()).as_deref());
        });
        // What the other tab saved is the new common ground; the merge result is written next.
        self.pending.update_value(|p| drop(p.base.insert(record.clone(), theirs)));
        if !merged.conflicts.is_empty() {
            self.conflict.set(Some(merged.conflicts));
        }
        self.schedule();
    }

    // Recovery choices.

    pub fn download_raw(self) {
        if let Mode::Recovery(r) = self.mode.get_untracked() {
            let now = now();
            let name = format!("leerpad-ruwe-gegevens-{}.json", crate::domain::dates::iso_date(now));
            let _ = super::download::download(&name, "application/json", &backup::raw_dump(&r.raw, now));
        }
    }

    pub fn restore_backups(self) -> Result<(), StorageError> {
        if let Mode::Recovery(r) = self.mode.get_untracked() {
            stored::restore_backups(&r.restorable)?;
            self.reload();
        }
        Ok(())
    }

    /// Drops the damaged records (after an explicit choice) and opens the rest.
    pub fn discard_damaged(self) -> Result<(), StorageError> {
        if let Mode::Recovery(r) = self.mode.get_untracked() {
            let keys: Vec<String> = r.problems.iter().map(|p| p.key.clone()).collect();
            stored::discard(&keys)?;
            self.reload();
        }
        Ok(())
    }

    /// Removes everything Leerpad stored on this device, on the participant's own request (on
    /// /gegevens, or "start fresh" on the recovery page); the app then starts as on a first
    /// visit. If removing fails, what is in memory is written back at the next save, so nothing
    /// is lost by halves.
    pub fn erase_all(self) -> Result<(), StorageError> {
        // Edits not written yet go too: nothing may bring the data back afterwards.
        if let Some(timer) = self.pending.try_update_value(|p| p.timer.take()).flatten() {
            timer.clear();
        }
        if let Err(e) = stored::erase_all_traces() {
            self.mark_all_dirty();
            self.schedule();
            return Err(e);
        }
        self.pending.set_value(Pending::default());
        self.deleted.set(None);
        self.conflict.set(None);
        self.portfolio.set(Portfolio::default());
        self.save_state.set(SaveState::Idle);
        self.mode.set(Mode::Fresh);
        Ok(())
    }
}

/// Opens the store, listens to other tabs and saves when the page goes away.
pub fn provide_store() -> Store {
    let store = Store::open();
    provide_context(store);
    events::on_other_tab_change(move |change| store.take_change(change));
    let flush = Closure::<dyn Fn()>::new(move || store.flush());
    let _ = window().add_event_listener_with_callback("pagehide", flush.as_ref().unchecked_ref());
    let _ = document().add_event_listener_with_callback("visibilitychange", flush.as_ref().unchecked_ref());
    flush.forget();
    store
}

pub fn use_store() -> Store {
    expect_context::<Store>()
}
