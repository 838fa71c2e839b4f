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

/// Why a conversation file is refused, when a file of kind `expected` was asked for.
pub fn conversation_error(
    t: &'static Texts,
    e: crate::domain::conversation::ConversationError,
    expected: crate::domain::conversation::Kind,
) -> &'static str {
    use crate::domain::conversation::{ConversationError as E, Kind};
    let c = &t.conversation.errors;
    match e {
        E::TooLarge => c.too_large,
        E::NotJson | E::Foreign => c.foreign,
        E::Truncated => c.truncated,
        E::Newer => c.newer,
        E::WrongKind(Kind::Reply) => c.reply_not_request,
        E::WrongKind(Kind::Request) => c.request_not_reply,
        E::Damaged => c.damaged,
        E::Invalid if expected == Kind::Reply => c.invalid_reply,
        E::Invalid => c.invalid_request,
        E::OtherConversation => c.other_conversation,
    }
}

/// Why a locked file did not open.
pub fn open_error(t: &'static Texts, e: crate::ui::browser::crypto::OpenError) -> &'static str {
    use crate::domain::envelope::EnvelopeError;
    use crate::ui::browser::crypto::{CryptoError, OpenError};
    let c = &t.conversation.errors;
    match e {
        OpenError::Crypto(CryptoError::WrongPassphrase) => c.wrong_passphrase,
        OpenError::Crypto(CryptoError::Unavailable) => c.no_crypto,
        OpenError::Envelope(EnvelopeError::UnsupportedVersion(_)) => c.newer,
        OpenError::Envelope(EnvelopeError::NotAnEnvelope | EnvelopeError::Damaged) | OpenError::NotText => {
            c.damaged_envelope
        }
    }
}
