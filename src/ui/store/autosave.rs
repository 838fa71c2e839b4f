//! Writing edits: a moment after the last one (debounced), at once when the page is hidden, and
//! only the records that changed. What the storage layer reports becomes [`SaveState`].

use std::collections::{BTreeMap, BTreeSet};

use leptos::prelude::*;

use super::{Mode, SaveState, Store};
use crate::domain::{
    json::Value,
    portfolio::Portfolio,
    records::{self, META_KEY, RecordKey},
};
use crate::storage::records as stored;

/// How long after the last keystroke the portfolio is written.
const SAVE_DELAY_MS: u64 = 300;

/// Edits not yet written, with the version each started from (the base for merging).
#[derive(Default)]
pub(super) struct Pending {
    pub meta: bool,
    pub dirty: BTreeSet<RecordKey>,
    pub base: BTreeMap<RecordKey, Option<Value>>,
    pub timer: Option<TimeoutHandle>,
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
            p.dirty.extend(keys);
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

    /// Writes every pending change now. Stops at the first failure, keeping the rest pending.
    pub fn flush(self) {
        if self.mode.get_untracked() != Mode::Ready {
            return;
        }
        self.cancel_timer();
        if self.has_unsaved() && !stored::exists(META_KEY) {
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
}
