//! The moments the whole portfolio changes at once: restoring a backup (with a restore point),
//! the recovery page's choices, and erasing everything on request.

use std::collections::BTreeSet;

use leptos::prelude::*;

use super::autosave::Pending;
use super::connection::Link;
use super::{Mode, SaveState, Store, StoreError};
use crate::domain::{archive, zip};
use crate::domain::{
    backup,
    pace::Pace,
    portfolio::{Millis, Portfolio},
    records::RecordKey,
    sealed::Inner,
};
use crate::storage::{
    StorageError,
    database::{Database, RESTORE_POINT},
    legacy,
};
use crate::ui::browser::{
    clock::{date_of, now},
    crypto::seal_blob,
    tasks::Slices,
};
use crate::ui::download::{blob_of, download, download_blob};

/// The local time of `ms` as a zip archive stores it.
fn dos_time(ms: Millis) -> zip::DosTime {
    let d = js_sys::Date::new(&(ms as f64).into());
    let part = |n: u32| u8::try_from(n).unwrap_or(0);
    zip::DosTime::new(
        u16::try_from(d.get_full_year()).unwrap_or(1980),
        part(d.get_month() + 1),
        part(d.get_date()),
        part(d.get_hours()),
        part(d.get_minutes()),
        part(d.get_seconds()),
    )
}

impl Store {
    /// The open database, for a change the participant asked for: without one, the reason.
    pub(super) fn database(self) -> Result<Database, StoreError> {
        self.link
            .with_value(Link::database)
            .map_err(|why| StoreError::Storage(why.unwrap_or(StorageError::Unavailable)))
    }

    /// Restores a checked backup: replaces the portfolio, or merges it in. The current portfolio is
    /// kept first as a restore point, and the backup's files (`(SHA-256, bytes)`, all in one
    /// transaction); if either cannot be stored, no record is changed. Resolves when the restored
    /// portfolio is saved.
    pub async fn restore(
        self,
        incoming: Portfolio,
        files: Vec<(String, web_sys::Blob)>,
        merge: bool,
    ) -> Result<(), StoreError> {
        if !self.can_edit_now() {
            return Err(StoreError::ReadOnly);
        }
        let db = self.database()?;
        self.save_now().await;
        let current = self.portfolio.get_untracked();
        let point = backup::create_paced(&current, now(), &mut Slices::new()).await;
        db.keep(RESTORE_POINT, Some(&point)).await?;
        if !files.is_empty() {
            db.keep_files(&files).await?;
        }
        let next = if merge { backup::merge(&current, &incoming) } else { incoming };
        self.replace_with(&current, next).await
    }

    /// When the restore point was made, if there is one.
    pub async fn restore_point(self) -> Option<Millis> {
        let text = self.database().ok()?.kept(RESTORE_POINT).await.ok()??;
        backup::made_at_paced(&text, &mut Slices::new()).await
    }

    /// Brings back the portfolio from before the last restore.
    pub async fn undo_restore(self) -> Result<(), StoreError> {
        let db = self.database()?;
        let text = db.kept(RESTORE_POINT).await?.ok_or(StoreError::NoRestorePoint)?;
        let (_, previous) = backup::read_paced(&text, &mut Slices::new())
            .await
            .map_err(|_| StoreError::RestorePointUnreadable)?;
        let current = self.portfolio.get_untracked();
        self.replace_with(&current, previous).await?;
        Ok(db.keep(RESTORE_POINT, None).await?)
    }

    /// Swaps the whole portfolio and writes every record that differs (removing the ones gone),
    /// in one transaction.
    async fn replace_with(self, current: &Portfolio, next: Portfolio) -> Result<(), StoreError> {
        if self.mode.get_untracked() == Mode::Fresh {
            self.create();
        }
        let keys: BTreeSet<RecordKey> = current.record_keys().into_iter().chain(next.record_keys()).collect();
        // The version each record has now becomes its previous version: a slice at a time.
        let keys: Vec<RecordKey> = keys.into_iter().collect();
        let mut pace = Slices::new();
        for slice in keys.chunks(200) {
            self.mark_dirty(slice.iter().cloned(), current);
            pace.breathe().await;
        }
        self.draft.set(None);
        self.portfolio.set(next);
        if self.save_now().await {
            Ok(())
        } else {
            Err(match self.save_state.get_untracked() {
                SaveState::Failed(e) => StoreError::Storage(e),
                _ => StoreError::Storage(StorageError::Refused("NotSaved".into())),
            })
        }
    }

    /// Downloads the full backup and remembers when (see [`Store::offer_backup`]).
    pub fn download_backup(self) {
        leptos::task::spawn_local(async move {
            self.offer_backup(None).await;
        });
    }

    /// Offers the full backup as a download and remembers when: a backup file, or with attached
    /// files a zip archive of it and the files ([`archive`]), encrypted with `passphrase` when one
    /// is given ([`crate::domain::sealed`]). A large portfolio is written a piece at a time, from
    /// a copy of it as it was at the call. Resolves to whether the file was offered.
    pub fn offer_backup(self, passphrase: Option<String>) -> impl Future<Output = bool> {
        let now = now();
        let portfolio = self.portfolio.get_untracked();
        async move {
            let (blob, inner) = if portfolio.attachments.is_empty() {
                let text = backup::create_paced(&portfolio, now, &mut Slices::new()).await;
                drop(portfolio);
                let parts: js_sys::Array = text
                    .as_bytes()
                    .chunks(1 << 20)
                    .map(|c| wasm_bindgen::JsValue::from(js_sys::Uint8Array::from(c)))
                    .collect();
                (blob_of(&parts, "application/json;charset=utf-8").ok(), Inner::Json)
            } else {
                (self.archive(portfolio, now).await, Inner::Zip)
            };
            let Some(blob) = blob else { return false };
            let date = date_of(now);
            let offered = match (passphrase, inner) {
                (Some(p), _) => match seal_blob(&p, &blob, inner).await {
                    Ok(sealed) => download_blob(&backup::sealed_file_name(&date), &sealed).is_ok(),
                    Err(_) => false,
                },
                (None, Inner::Json) => download_blob(&backup::file_name(&date), &blob).is_ok(),
                (None, Inner::Zip) => download_blob(&archive::file_name(&date), &blob).is_ok(),
            };
            if offered && self.alive() {
                self.edit(RecordKey::Settings, |p| p.settings.last_backup = Some(now));
            }
            offered
        }
    }

    /// The backup with files, as a zip assembled from the kept Blobs: no file's bytes pass
    /// through the app. A file whose bytes are not on this device any more is left out with its
    /// attachment, so that the archive restores as a whole.
    async fn archive(self, mut portfolio: Portfolio, now: Millis) -> Option<web_sys::Blob> {
        let db = self.database().ok()?;
        let mut kept = Vec::new();
        for sha256 in portfolio.kept_files().into_iter().map(str::to_owned).collect::<Vec<_>>() {
            if let Some(blob) = db.file(&sha256).await.ok()? {
                kept.push((sha256, blob));
            }
        }
        let blob_of_file = |sha256: &str| kept.iter().find(|(s, _)| s == sha256).map(|(_, b)| b);
        let missing: Vec<String> = portfolio
            .attachments
            .values()
            .filter(|a| blob_of_file(&a.sha256).is_none())
            .map(|a| a.id.clone())
            .collect();
        for id in missing {
            portfolio.attachments.remove(&id);
        }
        let files = archive::plan(&portfolio);
        let text =
            backup::create_with_files_paced(&portfolio, now, &archive::table(&files), &mut Slices::new())
                .await;
        drop(portfolio);
        let mut planned = vec![zip::Planned {
            name: archive::PORTFOLIO.to_owned(),
            size: u32::try_from(text.len()).ok()?,
            crc: zip::crc32(0, text.as_bytes()),
        }];
        planned.extend(files.iter().map(|f| zip::Planned { name: f.name.clone(), size: f.size, crc: f.crc }));
        let layout = zip::layout(&planned, dos_time(now))?;
        let parts = js_sys::Array::new();
        let mut locals =
            layout.locals.iter().map(|l| wasm_bindgen::JsValue::from(js_sys::Uint8Array::from(l.as_slice())));
        parts.push(&locals.next()?);
        for chunk in text.as_bytes().chunks(1 << 20) {
            parts.push(&js_sys::Uint8Array::from(chunk));
        }
        drop(text);
        for (file, local) in files.iter().zip(locals) {
            parts.push(&local);
            parts.push(blob_of_file(&file.sha256)?);
        }
        parts.push(&js_sys::Uint8Array::from(layout.central.as_slice()));
        blob_of(&parts, "application/zip").ok()
    }

    // Recovery choices.

    pub fn download_raw(self) {
        if let Mode::Recovery(r) = self.mode.get_untracked() {
            let now = now();
            let name = format!("leerpad-ruwe-gegevens-{}.json", date_of(now));
            let _ = download(&name, "application/json", &backup::raw_dump(&r.raw, now));
        }
    }

    /// Puts back the previous version of every damaged record that has one, and reads again.
    pub fn restore_backups(self) -> impl Future<Output = Result<(), StoreError>> {
        self.repair(true)
    }

    /// Drops the damaged records (after an explicit choice) and opens the rest.
    pub fn discard_damaged(self) -> impl Future<Output = Result<(), StoreError>> {
        self.repair(false)
    }

    /// The recovery page's repairs: the previous versions back, or the damaged records out; then
    /// this tab and the others read the portfolio again.
    async fn repair(self, restore: bool) -> Result<(), StoreError> {
        let Mode::Recovery(r) = self.mode.get_untracked() else { return Ok(()) };
        let db = self.database()?;
        if restore {
            db.restore_previous(&r.restorable).await?;
        } else {
            db.discard(&r.problems.into_iter().map(|p| p.key).collect::<Vec<_>>()).await?;
        }
        self.reload();
        self.tell_other_tabs_to_reread();
        Ok(())
    }

    /// Removes everything Leerpad stored on this device, on the participant's own request (on
    /// /gegevens, or "start fresh" on the recovery page); the app then starts as on a first
    /// visit. If removing fails, what is in memory is written back at the next save, so nothing
    /// is lost by halves.
    pub async fn erase_all(self) -> Result<(), StoreError> {
        // Edits not written yet go too: nothing may bring the data back afterwards.
        self.cancel_timer();
        let erased = match self.database() {
            Ok(db) => db.erase().await.map_err(StoreError::from),
            // Nothing in the database to erase (storage refused): this page's copy goes below.
            Err(StoreError::Storage(StorageError::Unavailable)) => Ok(()),
            Err(e) => Err(e),
        };
        if let Err(e) = erased.and_then(|()| Ok(legacy::erase()?)) {
            if self.mode.get_untracked() == Mode::Ready {
                self.mark_all_dirty();
                self.schedule();
            }
            return Err(e);
        }
        self.pending.set_value(Pending::default());
        self.deleted.set(None);
        self.draft.set(None);
        self.clash.set(None);
        self.portfolio.set(Portfolio::default());
        if !matches!(self.save_state.get_untracked(), SaveState::Failed(StorageError::Unavailable)) {
            self.save_state.set(SaveState::Idle);
        }
        self.mode.set(Mode::Fresh);
        self.tell_other_tabs_to_reread();
        Ok(())
    }
}
