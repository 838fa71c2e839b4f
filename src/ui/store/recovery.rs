//! Start-up, and the moments the whole portfolio changes at once: restoring a backup (with a
//! restore point), the recovery page's choices, and erasing everything on request.

use std::collections::BTreeSet;

use leptos::prelude::*;

use super::autosave::{Pending, performance_mark, performance_measure};
use super::{Mode, Recovery, SaveState, Store, StoreError};
use crate::domain::{
    backup,
    json::Value,
    portfolio::Portfolio,
    records::RecordKey,
    sorting,
    stored::{self as loading, Loaded},
};
use crate::storage::records::{self as stored, StorageError};
use crate::ui::browser::clock::{date_of, now};
use crate::ui::download::download;

/// How the app starts, from what storage holds.
pub(super) struct Boot {
    pub portfolio: Portfolio,
    pub mode: Mode,
    /// Read from an older schema: to be written back in the current form.
    pub migrated: bool,
    /// Whether storage can be used at all.
    pub storage: Result<(), StorageError>,
}

/// Reads storage and decides how the app starts.
pub(super) fn boot() -> Boot {
    let start = |portfolio, mode, migrated| Boot { portfolio, mode, migrated, storage: Ok(()) };
    performance_mark("leerpad:boot");
    let stored = stored::read_all();
    performance_measure("leerpad:read", "leerpad:boot");
    let stored = match stored {
        Ok(stored) => stored,
        // No storage at all: the app works in memory and says from the start that nothing is kept.
        Err(e) => return Boot { storage: Err(e), ..start(Portfolio::default(), Mode::Fresh, false) },
    };
    let loaded = loading::load(&stored);
    performance_measure("leerpad:load", "leerpad:boot");
    match loaded {
        Loaded::Empty => start(Portfolio::default(), Mode::Fresh, false),
        Loaded::Ready { portfolio, migrated_from } => start(*portfolio, Mode::Ready, migrated_from.is_some()),
        Loaded::Newer { schema } => start(Portfolio::default(), Mode::ReadOnly { schema }, false),
        Loaded::Corrupt { problems } => {
            let backups = stored::read_backups().unwrap_or_default();
            let readable = |key: &str| {
                backups.iter().any(|(k, v)| k == key && Value::parse(v).is_ok_and(|v| v.is_object()))
            };
            let restorable = problems.iter().map(|p| p.key.clone()).filter(|k| readable(k)).collect();
            let mut raw = stored;
            raw.extend(backups.into_iter().map(|(k, v)| (format!("{}{k}", stored::BACKUP_PREFIX), v)));
            sorting::sort_by(&mut raw, |a, b| a.cmp(b));
            start(Portfolio::default(), Mode::Recovery(Recovery { problems, raw, restorable }), false)
        }
    }
}

impl Store {
    /// Restores a checked backup: replaces the portfolio, or merges it in. The current portfolio is
    /// kept first as a restore point; if that cannot be stored, nothing is changed.
    pub fn restore(self, incoming: Portfolio, merge: bool) -> Result<(), StoreError> {
        if !matches!(self.mode.get_untracked(), Mode::Fresh | Mode::Ready) {
            return Err(StoreError::ReadOnly);
        }
        self.flush();
        let current = self.portfolio.get_untracked();
        stored::save_restore_point(&backup::create(&current, now()))?;
        let next = if merge { backup::merge(&current, &incoming) } else { incoming };
        self.replace_with(&current, next);
        Ok(())
    }

    /// Brings back the portfolio from before the last restore.
    pub fn undo_restore(self) -> Result<(), StoreError> {
        let text = stored::load_restore_point().ok_or(StoreError::NoRestorePoint)?;
        let (_, previous) = backup::read(&text).map_err(|_| StoreError::RestorePointUnreadable)?;
        let current = self.portfolio.get_untracked();
        self.replace_with(&current, previous);
        Ok(stored::clear_restore_point()?)
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
        self.draft.set(None);
        self.portfolio.set(next);
        self.flush();
    }

    /// Downloads the full backup file and remembers when.
    pub fn download_backup(self) {
        let now = now();
        let text = self.portfolio.with_untracked(|p| backup::create(p, now));
        if download(&backup::file_name(&date_of(now)), "application/json", &text).is_ok() {
            self.edit(RecordKey::Settings, |p| p.settings.last_backup = Some(now));
        }
    }

    // Recovery choices.

    pub fn download_raw(self) {
        if let Mode::Recovery(r) = self.mode.get_untracked() {
            let now = now();
            let name = format!("leerpad-ruwe-gegevens-{}.json", date_of(now));
            let _ = download(&name, "application/json", &backup::raw_dump(&r.raw, now));
        }
    }

    pub fn restore_backups(self) -> Result<(), StoreError> {
        if let Mode::Recovery(r) = self.mode.get_untracked() {
            stored::restore_backups(&r.restorable)?;
            self.reload();
        }
        Ok(())
    }

    /// Drops the damaged records (after an explicit choice) and opens the rest.
    pub fn discard_damaged(self) -> Result<(), StoreError> {
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
    pub fn erase_all(self) -> Result<(), StoreError> {
        // Edits not written yet go too: nothing may bring the data back afterwards.
        self.cancel_timer();
        if let Err(e) = stored::erase_all_traces() {
            self.mark_all_dirty();
            self.schedule();
            return Err(e.into());
        }
        self.pending.set_value(Pending::default());
        self.deleted.set(None);
        self.draft.set(None);
        self.clash.set(None);
        self.portfolio.set(Portfolio::default());
        self.save_state.set(SaveState::Idle);
        self.mode.set(Mode::Fresh);
        Ok(())
    }
}
