//! Writing edits: a moment after the last one (debounced), at once when the page is hidden, and
//! only the records that changed, all in one transaction together with the version each replaces.
//! What the database reports becomes [`SaveState`].
//!
//! A save takes the changed records as they are when it starts; an edit made while it is under
//! way is written by the next one. Saves that overlap are committed in the order they started (the
//! database orders transactions on the same stores), so the newest text always ends up stored.

use std::collections::BTreeMap;

use leptos::prelude::*;

use super::connection::Link;
use super::{Mode, SaveState, Store};
use crate::domain::pace::Pace;
use crate::domain::{
    portfolio::Portfolio,
    records::{self, META_KEY, RecordKey},
};
use crate::storage::{StorageError, database::Write};
use crate::ui::browser::tasks::Slices;

/// A save of up to this many records places all its requests at once; a larger one (a restore)
/// a slice at a time.
const PLACED_AT_ONCE: usize = 200;

/// How long after the last keystroke the portfolio is written.
const SAVE_DELAY_MS: u64 = 300;

/// Edits not yet written, with the version each started from (the base for merging).
#[derive(Default)]
pub(super) struct Pending {
    /// The version record must be written (a new or upgraded portfolio).
    pub meta: bool,
    /// Changed records, each with the number of its last change.
    pub dirty: BTreeMap<RecordKey, u64>,
    /// The JSON each changed record had when it was last stored (`None`: new), kept as the
    /// previous version by the save and as the common ground when another tab saved it too.
    pub base: BTreeMap<RecordKey, Option<String>>,
    /// Numbers changes, so that a save knows whether a record changed again while it ran.
    changes: u64,
    pub timer: Option<TimeoutHandle>,
    /// Saves under way.
    saving: u32,
    /// [`Store::save_now`] callers waiting for the saves under way.
    waiting: Vec<js_sys::Function>,
}

impl Pending {
    /// Marks `key` as changed now.
    pub fn touch(&mut self, key: RecordKey) {
        self.changes += 1;
        self.dirty.insert(key, self.changes);
    }
}

pub(super) fn performance_mark(name: &str) {
    if let Some(perf) = window().performance() {
        let _ = perf.mark(name);
    }
}

/// Records the time since mark `start` as a User Timing measure (read by `make bench`).
pub(super) fn performance_measure(name: &str, start: &str) {
    if let Some(perf) = window().performance() {
        let _ = perf.measure_with_start_mark(name, start);
    }
}

impl Store {
    pub(super) fn mark_all_dirty(self) {
        let mut keys = self.portfolio.with_untracked(Portfolio::record_keys);
        if let Some(draft) = self.draft.get_untracked() {
            keys.retain(|k| *k != draft);
        }
        self.pending.update_value(|p| {
            p.meta = true;
            for key in keys {
                p.touch(key);
            }
        });
    }

    /// Whether edits are waiting to be written (or failed to be).
    pub fn has_unsaved(self) -> bool {
        self.pending.with_value(|p| p.meta || !p.dirty.is_empty())
    }

    pub(super) fn cancel_timer(self) {
        if let Some(timer) = self.pending.try_update_value(|p| p.timer.take()).flatten() {
            timer.clear();
        }
    }

    pub(super) fn schedule(self) {
        self.save_state.set(SaveState::Pending);
        self.cancel_timer();
        let timer =
            set_timeout_with_handle(move || self.flush(), std::time::Duration::from_millis(SAVE_DELAY_MS))
                .ok();
        self.pending.update_value(|p| p.timer = timer);
    }

    /// Starts writing every pending change now. The requests are placed before this returns, so
    /// a save started as the page goes away still reaches the disk.
    pub fn flush(self) {
        if self.mode.get_untracked() != Mode::Ready {
            return;
        }
        self.cancel_timer();
        let db = match self.link.with_value(Link::database) {
            Ok(db) => db,
            Err(why) => {
                // No database (yet): the edits stay pending; once it is open they are written.
                if let Some(e) = why
                    && self.has_unsaved()
                {
                    self.save_failed(e);
                }
                return;
            }
        };
        let (meta, batch) = self.pending.with_value(|p| (p.meta, p.dirty.clone()));
        if !meta && batch.is_empty() {
            return;
        }
        performance_mark("leerpad:save:start");
        self.pending.update_value(|p| p.saving += 1);
        self.save_state.set(SaveState::Pending);
        if batch.len() <= PLACED_AT_ONCE {
            // Every record is serialised, and every request placed, before this returns.
            let writes = self.writes(meta, batch.keys());
            match db.save(&writes) {
                Ok(done) => leptos::task::spawn_local(async move {
                    let result = done.await;
                    self.finish_save(meta, batch, writes, result);
                }),
                Err(e) => self.finish_save(meta, batch, writes, Err(e)),
            }
        } else {
            // Many records (a restore, a repair): serialised and placed a slice at a time, in one
            // transaction all the same.
            leptos::task::spawn_local(async move {
                let mut pace = Slices::new();
                let mut writes = Vec::with_capacity(batch.len() + 1);
                for chunk in batch.keys().collect::<Vec<_>>().chunks(PLACED_AT_ONCE) {
                    writes.extend(self.writes(meta && writes.is_empty(), chunk.iter().copied()));
                    pace.breathe().await;
                }
                let result = db.save_in_steps(&writes).await;
                self.finish_save(meta, batch, writes, result);
            });
        }
    }

    /// What a save writes: the version record if `meta`, then each of `keys` as it is now, with
    /// the version it replaces.
    fn writes<'k>(self, meta: bool, keys: impl Iterator<Item = &'k RecordKey>) -> Vec<Write> {
        let mut writes = Vec::new();
        if meta {
            writes.push(Write {
                key: META_KEY.to_owned(),
                value: Some(records::current_meta_json()),
                previous: None,
            });
        }
        self.portfolio.with_untracked(|p| {
            self.pending.with_value(|pending| {
                for key in keys {
                    let previous = pending.base.get(key).cloned().flatten();
                    writes.push(Write { key: key.storage_key(), value: p.record_json(key), previous });
                }
            });
        });
        writes
    }

    /// A save ended, written or not.
    fn finish_save(
        self,
        meta: bool,
        batch: BTreeMap<RecordKey, u64>,
        writes: Vec<Write>,
        result: Result<(), StorageError>,
    ) {
        if !self.alive() {
            return;
        }
        self.pending.update_value(|p| p.saving -= 1);
        match result {
            Ok(()) => self.saved(meta, batch, writes),
            Err(e) => self.save_failed(e),
        }
        if self.pending.with_value(|p| p.saving == 0) {
            for waiter in
                self.pending.try_update_value(|p| std::mem::take(&mut p.waiting)).unwrap_or_default()
            {
                let _ = waiter.call0(&wasm_bindgen::JsValue::UNDEFINED);
            }
        }
    }

    /// A save committed: what it wrote is no longer pending, unless changed again meanwhile.
    fn saved(self, meta: bool, batch: BTreeMap<RecordKey, u64>, writes: Vec<Write>) {
        // The records follow the version record, in the order of `batch`.
        let written: Vec<(String, Option<String>)> = writes.into_iter().map(|w| (w.key, w.value)).collect();
        self.packed.set_value(false);
        self.pending.update_value(|p| {
            p.meta &= !meta;
            for ((key, change), (_, stored)) in batch.iter().zip(&written[usize::from(meta)..]) {
                if p.dirty.get(key) == Some(change) {
                    p.dirty.remove(key);
                    p.base.remove(key);
                } else {
                    // Changed again while this save ran: what is stored now is the new base.
                    p.base.insert(key.clone(), stored.clone());
                }
            }
        });
        performance_mark("leerpad:save:end");
        if let Some(perf) = window().performance() {
            let _ = perf.measure_with_start_mark_and_end_mark(
                "leerpad:save",
                "leerpad:save:start",
                "leerpad:save:end",
            );
        }
        self.tell_other_tabs(written);
        let done = self.pending.with_value(|p| p.dirty.is_empty() && !p.meta);
        self.save_state.set(if done { SaveState::Saved } else { SaveState::Pending });
    }

    /// A save failed and nothing of it was written: the edits stay pending and on screen.
    pub(super) fn save_failed(self, e: StorageError) {
        if e == StorageError::Closed {
            self.link.set_value(Link::Broken(StorageError::Closed));
        }
        if !self.superseded.get_untracked() {
            self.save_state.set(SaveState::Failed(e));
        }
    }

    /// Writes what is pending and waits until every save under way is done; `true` when nothing
    /// is left unsaved (an update or a restore may go ahead).
    pub async fn save_now(self) -> bool {
        self.flush();
        if self.pending.with_value(|p| p.saving > 0) {
            let mut resolve = None;
            let done = js_sys::Promise::new(&mut |r, _| resolve = Some(r));
            if let Some(resolve) = resolve {
                self.pending.update_value(|p| p.waiting.push(resolve));
            }
            let _ = wasm_bindgen_futures::JsFuture::from(done).await;
        }
        self.alive() && !self.has_unsaved()
    }

    /// Marks `keys` as changed, each with its version in `base_of` as the base (a whole new portfolio).
    pub(super) fn mark_dirty(self, keys: impl IntoIterator<Item = RecordKey>, base_of: &Portfolio) {
        self.pending.update_value(|p| {
            p.meta = true;
            for key in keys {
                if !p.base.contains_key(&key) {
                    p.base.insert(key.clone(), base_of.record_json(&key));
                }
                p.touch(key);
            }
        });
    }
}
