//! What a person reads when something did not work: one sentence with the way out, in the
//! interface language, for every typed error the store and storage report.

use crate::domain::backup::BackupError;
use crate::domain::zip::ZipError;
use crate::i18n::Texts;
use crate::storage::StorageError;
use crate::ui::store::StoreError;

pub fn storage_error(t: &'static Texts, e: &StorageError) -> &'static str {
    match e {
        StorageError::Quota => t.save_failed_quota,
        StorageError::Unavailable => t.save_failed_unavailable,
        StorageError::Closed => t.save_failed_closed,
        StorageError::Superseded => t.superseded_body,
        StorageError::Refused(_) => t.save_failed_other,
    }
}

pub fn store_error(t: &'static Texts, e: &StoreError) -> &'static str {
    match e {
        StoreError::Storage(e) => storage_error(t, e),
        StoreError::ReadOnly => t.store_read_only,
        StoreError::NoRestorePoint => t.no_restore_point,
        StoreError::RestorePointUnreadable => t.restore_point_unreadable,
    }
}

/// Why a chosen file is not restored.
pub fn backup_error(t: &Texts, e: &BackupError) -> String {
    let r = &t.restore_errors;
    match e {
        BackupError::TooLarge => r.too_large.to_owned(),
        BackupError::NotJson => r.not_json.to_owned(),
        BackupError::Truncated => r.truncated.to_owned(),
        BackupError::NotABackup => r.not_a_backup.to_owned(),
        BackupError::Newer(v) => (r.newer)(*v),
        BackupError::Damaged => r.damaged.to_owned(),
        BackupError::Invalid(detail) => (r.invalid)(detail),
        BackupError::Archive(ZipError::NotZip) => r.not_a_backup.to_owned(),
        BackupError::Archive(ZipError::Truncated) => r.truncated.to_owned(),
        BackupError::Archive(ZipError::Damaged) => r.damaged.to_owned(),
        BackupError::Archive(_) => r.archive_refused.to_owned(),
        BackupError::MissingFile => r.missing_file.to_owned(),
        BackupError::FileDamaged => r.file_damaged.to_owned(),
        BackupError::UnexpectedFile => r.unexpected_file.to_owned(),
    }
}

/// `text` with a capital first letter, to stand on its own (in a list). The texts are Leerpad's
/// own, which start with a plain letter; ASCII rules keep Unicode's case tables out of the build.
pub fn sentence(mut text: String) -> String {
    if let Some(first) = text.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    text
}
