//! The store's connection to the database: opening it (moving a portfolio that an earlier build
//! kept in localStorage into it first), reading the portfolio in slices, and what happens when
//! the connection ends under the app or cannot be had at all.

use leptos::prelude::*;

use super::autosave::{performance_mark, performance_measure};
use super::{Mode, Recovery, SaveState, Store};
use crate::domain::pace::Pace;
use crate::domain::{
    json::Value,
    legacy::{self, Found},
    portfolio::Portfolio,
    records::Problem,
    sorting,
    stored::{self, Begun, Loaded},
};
use crate::storage::{
    StorageError,
    database::{Database, Early, Ended},
    legacy as old_place, migration, prefs,
};
use crate::ui::browser::tasks::{Slices, after_ms};

/// The pauses before each attempt at opening a lost database again (see [`Store::retry`]).
const REOPEN_PAUSES_MS: [i32; 3] = [0, 250, 1_000];

/// The database connection, or why there is none.
pub(super) enum Link {
    /// Being opened.
    Opening,
    Open(Database),
    /// No storage at all (the reason): the portfolio lives in this page only, until a reload
    /// with storage allowed.
    None(StorageError),
    /// Lost (closed under the app) or not had (the move from localStorage failed), for the
    /// reason given: [`Store::retry`] opens it again and writes the whole portfolio.
    Broken(StorageError),
}

impl Link {
    /// The open connection, or why there is none (`None` while opening).
    pub fn database(&self) -> Result<Database, Option<StorageError>> {
        match self {
            Link::Open(db) => Ok(db.clone()),
            Link::Broken(e) | Link::None(e) => Err(Some(e.clone())),
            Link::Opening => Err(None),
        }
    }

    /// No connection, for `e`: broken (a retry may help) or none (a reload is needed).
    fn lost(e: StorageError) -> Link {
        match e {
            StorageError::Unavailable | StorageError::Superseded => Link::None(e),
            e => Link::Broken(e),
        }
    }
}

/// What reading storage found.
struct Boot {
    portfolio: Portfolio,
    mode: Mode,
    /// Read from an older schema: to be written back in the current form.
    migrated: bool,
}

impl Boot {
    fn new(portfolio: Portfolio, mode: Mode) -> Boot {
        Boot { portfolio, mode, migrated: false }
    }
}

/// Reads stored records, a slice at a time.
async fn read_records(records: Vec<(String, String)>) -> Loaded {
    match stored::begin(records) {
        Begun::Done(loaded) => loaded,
        Begun::Reading(mut reading) => {
            let mut pace = Slices::new();
            while !reading.step(4) {
                pace.breathe().await;
            }
            reading.finish()
        }
    }
}

/// How the app starts from what was read, unless the recovery page is needed: then the problems.
fn boot_from(loaded: Loaded) -> Result<Boot, Vec<Problem>> {
    Ok(match loaded {
        Loaded::Empty => Boot::new(Portfolio::default(), Mode::Fresh),
        Loaded::Ready { portfolio, migrated_from } => {
            Boot { portfolio: *portfolio, mode: Mode::Ready, migrated: migrated_from.is_some() }
        }
        Loaded::Newer { schema } => Boot::new(Portfolio::default(), Mode::ReadOnly { schema }),
        Loaded::Corrupt { problems } => return Err(problems),
    })
}

/// The recovery page for `problems`, given everything as stored: the records and the previous
/// versions (which may repair them).
fn recovery(problems: Vec<Problem>, mut raw: Vec<(String, String)>, previous: Vec<(String, String)>) -> Boot {
    let readable =
        |key: &str| previous.iter().any(|(k, v)| k == key && Value::parse(v).is_ok_and(|v| v.is_object()));
    let restorable = problems.iter().map(|p| p.key.clone()).filter(|k| readable(k)).collect();
    // The raw download: everything as stored, the previous versions under the names earlier
    // builds gave them.
    raw.extend(previous.into_iter().map(|(k, v)| (format!("{}{k}", legacy::BACKUP_PREFIX), v)));
    sorting::sort_by(&mut raw, |a, b| a.cmp(b));
    Boot::new(Portfolio::default(), Mode::Recovery(Recovery { problems, restorable, raw }))
}

impl Store {
    /// Opens the database and reads the portfolio; until then pages that show it wait.
    pub(super) async fn boot(self) {
        performance_mark("leerpad:boot");
        match self.connect().await {
            Ok(db) => {
                // Usually read already by the start script while the wasm loaded.
                let early = db.prefetched().await;
                self.read(db, early).await
            }
            Err(e) => {
                // Without the database: what an earlier build kept in localStorage is shown (it
                // stays where it is), and the participant works in this page.
                let boot = match old_place::find() {
                    Ok(Found::Portfolio(snapshot)) => {
                        match boot_from(read_records(snapshot.records.clone()).await) {
                            Ok(boot) => boot,
                            Err(problems) => recovery(problems, snapshot.records, snapshot.previous),
                        }
                    }
                    _ => Boot::new(Portfolio::default(), Mode::Fresh),
                };
                if self.alive() {
                    self.link.set_value(Link::lost(e.clone()));
                    self.apply_boot(boot, Err(e));
                }
            }
        }
        performance_measure("leerpad:load", "leerpad:boot");
    }

    /// Reads the portfolio from `db` (unless `early` holds its records already) and shows it.
    async fn read(self, db: Database, early: Option<Early>) {
        let packed = early.as_ref().is_some_and(|e| e.packed);
        let records = match early {
            Some(early) => Ok(early.records),
            None => db.records().await,
        };
        performance_measure("leerpad:read", "leerpad:boot");
        if !self.alive() {
            // The app went while the portfolio was read: nobody uses this connection.
            return db.close();
        }
        let records = match records {
            Ok(records) => records,
            Err(e) => {
                // Nothing is shown, so nothing may be written either.
                self.link.set_value(Link::None(e));
                return self.apply_boot(Boot::new(Portfolio::default(), Mode::Unreadable), Ok(()));
            }
        };
        let mut boot = match boot_from(read_records(records).await) {
            Ok(boot) => boot,
            Err(problems) => {
                let (records, previous) = (db.records().await, db.previous().await);
                recovery(problems, records.unwrap_or_default(), previous.unwrap_or_default())
            }
        };
        if !self.alive() {
            return db.close();
        }
        // A draft open here was never stored: keep it open.
        if let Some(draft) = self.draft.get_untracked() {
            let json = self.portfolio.with_untracked(|p| p.record_json(&draft));
            let _ = boot.portfolio.put_record(&draft, json.as_deref());
        }
        self.link.set_value(Link::Open(db));
        self.packed.set_value(packed);
        self.apply_boot(boot, Ok(()));
        if !packed {
            // The next start reads one pack instead of every record; made once the page is quiet.
            set_timeout(move || self.pack(), std::time::Duration::from_secs(3));
        }
        // Files nothing names any more go, once the page is quiet.
        set_timeout(
            move || {
                if self.alive() {
                    self.tidy_files();
                }
            },
            std::time::Duration::from_secs(10),
        );
    }

    /// Writes the pack of what is stored, unless it is current already (as far as this tab knows:
    /// another tab's save makes it stale too, which the next start notices by its token).
    pub(super) fn pack(self) {
        if !self.alive() || self.packed.get_value() {
            return;
        }
        let Ok(db) = self.link.with_value(Link::database) else { return };
        self.packed.set_value(true);
        leptos::task::spawn_local(async move {
            if db.pack().await.is_err() && self.alive() {
                self.packed.set_value(false);
            }
        });
    }

    /// Opens the database and moves an old localStorage portfolio into it.
    async fn connect(self) -> Result<Database, StorageError> {
        let db = Database::open(
            move |ended| self.ended(ended),
            move || {
                let _ = self.blocked.try_set(true);
            },
        )
        .await;
        let _ = self.blocked.try_set(false);
        let db = db?;
        performance_measure("leerpad:open", "leerpad:boot");
        performance_mark("leerpad:move:start");
        let moved = migration::run(&db).await;
        if moved == Ok(migration::Outcome::Moved) {
            performance_measure("leerpad:move", "leerpad:move:start");
        }
        if let Err(e) = moved {
            db.close();
            return Err(e);
        }
        Ok(db)
    }

    fn apply_boot(self, boot: Boot, storage: Result<(), StorageError>) {
        if storage.is_ok() {
            prefs::remember_portfolio(boot.mode != Mode::Fresh);
        }
        self.portfolio.set(boot.portfolio);
        self.mode.set(boot.mode);
        // With storage refused the participant must know from the start that nothing is kept.
        if let Err(e) = storage {
            self.save_state.set(SaveState::Failed(e));
        }
        if boot.migrated {
            // Upgraded from an older schema: write it back in the current form straight away.
            self.mark_all_dirty();
            self.flush();
        }
        self.release_held_messages();
    }

    /// Reads storage again after another tab created, repaired or erased the portfolio.
    pub(super) fn reload(self) {
        if self.pending.with_value(|p| !p.dirty.is_empty()) {
            // Unsaved edits here win over whatever happened elsewhere: write them back.
            self.pending.update_value(|p| p.meta = true);
            self.schedule();
            return;
        }
        let Ok(db) = self.link.with_value(Link::database) else { return };
        self.hold_messages();
        leptos::task::spawn_local(self.read(db, None));
    }

    /// The connection ended under the app.
    fn ended(self, why: Ended) {
        if !self.alive() {
            // The app is gone already; the connection closes all the same.
            return;
        }
        match why {
            Ended::NewerVersion => {
                // Place what is pending now: the connection closes once it is written.
                self.flush();
                self.link.set_value(Link::None(StorageError::Superseded));
                self.superseded.set(true);
            }
            Ended::Closed => {
                self.link.set_value(Link::Broken(StorageError::Closed));
                if self.mode.get_untracked() == Mode::Ready && !self.superseded.get_untracked() {
                    self.save_state.set(SaveState::Failed(StorageError::Closed));
                }
            }
        }
    }

    /// The participant's "try again" after a failed save: opens the database again if it was
    /// lost, and writes what is pending. Never done without asking: a participant who cleared the
    /// site's data on purpose must not find it written back by a tab left open.
    pub fn retry(self) {
        if self.link.with_value(|l| matches!(l, Link::Broken(_))) { self.reconnect() } else { self.flush() }
    }

    /// Opens the database again after it was lost, and writes the whole portfolio into it: it may
    /// have been emptied, and this page holds the only copy now.
    fn reconnect(self) {
        self.link.set_value(Link::Opening);
        self.save_state.set(SaveState::Pending);
        leptos::task::spawn_local(async move {
            let connected = self.reopen().await;
            if !self.alive() {
                return connected.iter().for_each(Database::close);
            }
            match connected {
                Ok(db) => {
                    self.link.set_value(Link::Open(db));
                    self.mark_all_dirty();
                    self.flush();
                }
                Err(e) => {
                    self.link.set_value(Link::lost(e.clone()));
                    self.save_state.set(SaveState::Failed(e));
                }
            }
        });
    }

    /// Opens the database again and checks the new connection, a few times a moment apart while
    /// it ends straight away: right after the site's data was cleared the browser may still be
    /// deleting the old database, and closes a connection opened meanwhile too.
    async fn reopen(self) -> Result<Database, StorageError> {
        let mut outcome = Err(StorageError::Closed);
        for pause in REOPEN_PAUSES_MS {
            if pause > 0 {
                after_ms(pause).await;
            }
            if !self.alive() {
                break;
            }
            outcome = match self.connect().await {
                Ok(db) => match db.check().await {
                    Ok(()) => return Ok(db),
                    Err(e) => {
                        db.close();
                        Err(e)
                    }
                },
                Err(e) => Err(e),
            };
            if !matches!(outcome, Err(StorageError::Closed)) {
                break;
            }
        }
        outcome
    }

    /// Closes the connection when the app goes (its owner is disposed).
    pub(super) fn disconnect(self) {
        if let Some(Ok(db)) = self.link.try_with_value(Link::database) {
            db.close();
        }
        self.link.try_set_value(Link::None(StorageError::Closed));
    }
}
