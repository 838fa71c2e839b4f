//! Reading a backup the participant chose: a backup file (JSON), or a backup with files (a zip
//! archive, [`crate::domain::archive`]). Everything is checked before anything is used: the
//! archive's structure a piece at a time from the file itself (it is never read whole into the
//! app), `portfolio.json` by its CRC-32 and checksum, and every attached file by its size, CRC-32
//! and SHA-256.

use js_sys::Uint8Array;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Blob;

use crate::domain::{
    archive::{self, MAX_ARCHIVE_BYTES},
    backup::{self, BackupError, MAX_BACKUP_BYTES, Preview},
    portfolio::Portfolio,
    sealed,
    zip::{self, ZipError},
};
use crate::storage::persist;
use crate::ui::browser::{digest, files::read_text, tasks::Slices};

/// A chosen backup, from reading it to what it holds.
#[derive(Clone)]
pub enum Loaded {
    /// Being read and checked (a large file takes a moment).
    Reading,
    /// Checked: what it holds, and the files to keep (`(SHA-256, bytes)`).
    Ready(Preview, Box<Portfolio>, Vec<(String, Blob)>),
    Refused(BackupError),
    /// An encrypted backup ([`crate::domain::sealed`]): its passphrase is asked first.
    Locked(Blob),
    /// Larger than the room the browser still gives Leerpad (both in bytes).
    NoRoom {
        file: f64,
        room: f64,
    },
    Unreadable,
}

/// Why reading stopped: the file itself could not be read, or it is refused.
enum Failed {
    Unreadable,
    Refused(BackupError),
}

impl From<BackupError> for Failed {
    fn from(e: BackupError) -> Self {
        Failed::Refused(e)
    }
}

impl From<ZipError> for Failed {
    fn from(e: ZipError) -> Self {
        Failed::Refused(BackupError::Archive(e))
    }
}

/// Bytes `start..end` of `blob`.
async fn bytes(blob: &Blob, start: f64, end: f64) -> Result<Vec<u8>, Failed> {
    let slice = blob.slice_with_f64_and_f64(start, end).map_err(|_| Failed::Unreadable)?;
    let buffer = JsFuture::from(slice.array_buffer()).await.map_err(|_| Failed::Unreadable)?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

/// Reads and checks the chosen `file` (or the backup inside an encrypted one).
pub async fn read(file: Blob) -> Loaded {
    let size = file.size();
    let start = bytes(&file, 0.0, sealed::MAGIC.len() as f64).await.unwrap_or_default();
    if sealed::is_sealed(&start) {
        // Encrypted blocks hold at most the largest archive, and a tag per 4 MB.
        return if size > MAX_ARCHIVE_BYTES as f64 * 1.01 + 4096.0 {
            Loaded::Refused(BackupError::TooLarge)
        } else {
            Loaded::Locked(file)
        };
    }
    // A zip archive starts with a local header, or (without entries) with its end record.
    let head = start.get(..4).map(<[u8]>::to_vec).unwrap_or_default();
    let zip = head.starts_with(b"PK\x03\x04") || head.starts_with(b"PK\x05\x06");
    let limit = if zip { MAX_ARCHIVE_BYTES as f64 } else { MAX_BACKUP_BYTES as f64 };
    if size > limit {
        return Loaded::Refused(BackupError::TooLarge);
    }
    if let Some(r) = persist::room().await
        && size > r.allowed - r.used
    {
        return Loaded::NoRoom { file: size, room: r.allowed - r.used };
    }
    let read = if zip { read_archive(&file, &head).await } else { read_json(&file).await };
    match read {
        Ok((file, portfolio, files)) => {
            Loaded::Ready(backup::preview(&file, &portfolio), Box::new(portfolio), files)
        }
        Err(Failed::Unreadable) => Loaded::Unreadable,
        Err(Failed::Refused(e)) => Loaded::Refused(e),
    }
}

type Read = (backup::BackupFile, Portfolio, Vec<(String, Blob)>);

/// A backup file on its own: it holds no files, so it may attach none.
async fn read_json(file: &Blob) -> Result<Read, Failed> {
    let mut pace = Slices::new();
    // Read in slices: a file of many megabytes never freezes the page.
    let text = read_text(file, &mut pace).await.ok_or(Failed::Unreadable)?;
    let (file, portfolio) = backup::read_paced(&text, &mut pace).await?;
    archive::without_files(&portfolio)?;
    Ok((file, portfolio, Vec::new()))
}

/// A backup with files; `head` is its first four bytes.
async fn read_archive(blob: &Blob, head: &[u8]) -> Result<Read, Failed> {
    let size = blob.size();
    let tail = bytes(blob, (size - zip::END_LEN as f64).max(0.0), size).await?;
    let dir = zip::end_record(&tail, size as u64, head)?;
    let central = bytes(blob, f64::from(dir.at), f64::from(dir.at) + f64::from(dir.len)).await?;
    let listed = zip::entries(&central, &dir)?;
    let mut data_at = Vec::with_capacity(listed.len());
    for entry in &listed {
        let at = f64::from(entry.local_at);
        let header = bytes(blob, at, (at + zip::local_header_len(entry) as f64).min(size)).await?;
        data_at.push(zip::check_local(&header, entry)?);
    }
    zip::check_places(&listed, &data_at, &dir)?;
    // The backup file inside: its bytes must be the ones the archive lists.
    let at = archive::find_portfolio(&listed)?;
    let start = data_at[at] as f64;
    let json = blob
        .slice_with_f64_and_f64(start, start + f64::from(listed[at].size))
        .map_err(|_| Failed::Unreadable)?;
    let mut pace = Slices::new();
    let text = read_text(&json, &mut pace).await.ok_or(Failed::Unreadable)?;
    if zip::crc32(0, text.as_bytes()) != listed[at].crc {
        return Err(ZipError::Damaged.into());
    }
    let (file, portfolio) = backup::read_paced(&text, &mut pace).await?;
    drop(text);
    // Exactly the files it names, each of the right size and CRC-32, then of the right SHA-256.
    let contents = archive::match_files(&portfolio, &file.files, &listed)?;
    let mut files = Vec::with_capacity(contents.files.len());
    for (sha256, i) in contents.files {
        let start = data_at[i] as f64;
        let part = blob
            .slice_with_f64_and_f64(start, start + f64::from(listed[i].size))
            .map_err(|_| Failed::Unreadable)?;
        let buffer = JsFuture::from(part.array_buffer()).await.map_err(|_| Failed::Unreadable)?;
        let found = digest::sha256(buffer.unchecked_ref()).await.ok_or(Failed::Unreadable)?;
        if found != sha256 {
            return Err(BackupError::FileDamaged.into());
        }
        files.push((sha256, part));
    }
    Ok((file, portfolio, files))
}
