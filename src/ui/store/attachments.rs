//! Attached files: adding one (checked, fingerprinted, its bytes kept before its record),
//! opening it, renaming it, leaving it out of sharing, and removing it (with undo, like every
//! deletion).

use leptos::prelude::*;
use web_sys::{Blob, File};

use super::{Store, StoreError};
use crate::domain::attachments::{Attachment, FileFacts, MAX_FILE_BYTES, Owner, named_files, renamed};
use crate::domain::decode::decode_record;
use crate::domain::records::{Collection, RecordKey};
use crate::storage::{StorageError, database::RESTORE_POINT, persist};
use crate::ui::browser::{
    clock::{new_id, now, today},
    digest,
};

/// Why a file was not attached. The interface words each case.
#[derive(Debug, Clone, PartialEq)]
pub enum AttachError {
    /// Larger than [`MAX_FILE_BYTES`].
    TooLarge,
    /// The browser's room for the site cannot hold it (its size in bytes).
    NoRoom(f64),
    /// The file could not be read (moved or changed on disk after it was chosen).
    Unreadable,
    /// The same file (the same bytes) is attached here already.
    AlreadyThere,
    Store(StoreError),
}

impl From<StoreError> for AttachError {
    fn from(e: StoreError) -> Self {
        AttachError::Store(e)
    }
}

impl From<StorageError> for AttachError {
    fn from(e: StorageError) -> Self {
        AttachError::Store(StoreError::Storage(e))
    }
}

fn key(id: &str) -> RecordKey {
    RecordKey::Item(Collection::Attachment, id.to_owned())
}

impl Store {
    /// Attaches `file` to `owner`. Nothing is written unless all is well: the size within the
    /// limit and the browser's room, the file readable; then its bytes are kept (once per
    /// content) and only after that its record is saved.
    pub async fn attach(self, owner: Owner, file: File) -> Result<String, AttachError> {
        if !self.can_edit_now() {
            return Err(StoreError::ReadOnly.into());
        }
        let size = file.size();
        if size > f64::from(MAX_FILE_BYTES) {
            return Err(AttachError::TooLarge);
        }
        if persist::room().await.is_some_and(|room| room.allowed - room.used < size) {
            return Err(AttachError::NoRoom(size));
        }
        let db = self.database()?;
        let fingerprint = digest::fingerprint(&file).await.ok_or(AttachError::Unreadable)?;
        let there = self
            .portfolio
            .with_untracked(|p| p.attachments_of(&owner).iter().any(|a| a.sha256 == fingerprint.sha256));
        if there {
            return Err(AttachError::AlreadyThere);
        }
        let blob: &Blob = &file;
        db.keep_files(&[(fingerprint.sha256.clone(), blob.clone())]).await?;
        if !self.alive() {
            return Err(StoreError::ReadOnly.into());
        }
        let facts = FileFacts {
            name: file.name(),
            media_type: file.type_(),
            size: size as u32,
            sha256: fingerprint.sha256,
            crc32: fingerprint.crc32,
        };
        let id = new_id("f");
        let attachment = Attachment::new(id.clone(), &owner, facts, now(), &today());
        // A new item that nothing was typed into yet becomes an item with its first file.
        let record = owner.record();
        if self.draft.with_untracked(|d| d.as_ref() == Some(&record)) {
            self.edit(record.clone(), |p| p.touch(&record, now()));
        }
        self.edit(key(&id), |p| drop(p.attachments.insert(id.clone(), attachment)));
        self.flush();
        Ok(id)
    }

    /// The kept bytes of attachment `id`; `None` when they are not on this device (any more).
    pub async fn file_of(self, id: &str) -> Result<Option<Blob>, StoreError> {
        let Some(sha256) = self.portfolio.with_untracked(|p| p.attachments.get(id).map(|a| a.sha256.clone()))
        else {
            return Ok(None);
        };
        Ok(self.database()?.file(&sha256).await?)
    }

    /// Applies `change` to attachment `id` and stamps it as changed now.
    fn change_attachment(self, id: &str, change: impl FnOnce(&mut Attachment)) {
        self.edit(key(id), |p| {
            if let Some(a) = p.attachments.get_mut(id) {
                change(a);
                a.updated = now();
            }
        });
    }

    /// Renames attachment `id` as typed (cleaned; the extension stays unless another is typed).
    pub fn rename_attachment(self, id: &str, typed: &str) {
        self.change_attachment(id, |a| a.name = renamed(&a.name, typed));
    }

    /// Leaves attachment `id` out of what is shared (or takes it back in).
    pub fn exclude_attachment(self, id: &str, excluded: bool) {
        self.change_attachment(id, |a| a.excluded = excluded);
    }

    /// Removes the kept files that nothing names any more (no attachment, no previous version of
    /// one, not the restore point), once they were kept longer than a day ago (see
    /// [`crate::storage::files`]).
    pub(super) fn tidy_files(self) {
        let Ok(db) = self.database() else { return };
        leptos::task::spawn_local(async move {
            // Without any kept file (most starts) nothing is read.
            if db.file_keys().await.is_ok_and(|keys| keys.is_empty()) {
                return;
            }
            let (Ok(records), Ok(previous)) = (db.records().await, db.previous().await) else { return };
            let Ok(point) = db.kept(RESTORE_POINT).await else { return };
            let point = point.unwrap_or_default();
            let mut named: Vec<&str> = records
                .iter()
                .chain(&previous)
                .filter(|(key, _)| {
                    matches!(RecordKey::parse(key), Some(RecordKey::Item(Collection::Attachment, _)))
                })
                .flat_map(|(_, text)| named_files(text))
                .collect();
            named.extend(named_files(&point));
            crate::domain::sorting::sort_dedup(&mut named);
            let _ = db.forget_files(|sha| named.binary_search(&sha).is_err()).await;
        });
    }

    /// The file removed last on its own (not with its item) while it can be brought back: its
    /// owner and name (tracked).
    pub fn removed_file(self) -> Option<(Owner, String)> {
        self.deleted.with(|d| {
            let [(RecordKey::Item(Collection::Attachment, _), json)] = d.as_deref()? else { return None };
            let a: Attachment = decode_record(json).ok()?;
            Some((a.owner()?, a.name))
        })
    }

    /// Removes attachment `id`; "Ongedaan maken" brings it back for a while (its bytes stay).
    pub fn remove_attachment(self, id: &str) {
        self.delete(key(id));
    }
}
