//! Backup files: the whole portfolio in one JSON file that a participant keeps somewhere safe,
//! and the raw dump the recovery page offers when stored data cannot be read.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::dates::iso_date;
use super::migrate::{self, DocumentError};
use super::portfolio::{Millis, Portfolio, SCHEMA_VERSION};

/// The `format` field that marks a Leerpad backup file.
pub const FORMAT: &str = "leerpad-backup";
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BackupFile {
    pub format: String,
    pub schema: u32,
    pub app_version: String,
    pub exported_at: Millis,
    /// FNV-1a 64 of the compact JSON of `portfolio`, in hex: catches a file damaged in transit.
    pub checksum: String,
    /// The portfolio as a schema-versioned document (see [`super::portfolio::Document`]).
    pub portfolio: Value,
}

/// FNV-1a, 64 bit, as 16 hex digits. An integrity check, not a signature.
pub fn checksum(text: &str) -> String {
    let hash =
        text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3));
    format!("{hash:016x}")
}

/// The backup file's text for this portfolio.
pub fn create(p: &Portfolio, now: Millis) -> String {
    let compact = serde_json::to_string(&p.to_document()).expect("portfolio serialises");
    let document: Value = serde_json::from_str(&compact).expect("own JSON parses");
    let file = BackupFile {
        format: FORMAT.to_owned(),
        schema: SCHEMA_VERSION,
        app_version: APP_VERSION.to_owned(),
        exported_at: now,
        checksum: checksum(&document.to_string()),
        portfolio: document,
    };
    serde_json::to_string_pretty(&file).expect("backup serialises")
}

pub fn file_name(now: Millis) -> String {
    format!("leerpad-backup-{}.json", iso_date(now))
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BackupError {
    NotABackup,
    Damaged,
    Document(DocumentError),
}

/// Reads a backup file back into a portfolio, checking format and checksum first.
pub fn read(text: &str) -> Result<(BackupFile, Portfolio), BackupError> {
    let file: BackupFile = serde_json::from_str(text).map_err(|_| BackupError::NotABackup)?;
    if file.format != FORMAT {
        return Err(BackupError::NotABackup);
    }
    if checksum(&file.portfolio.to_string()) != file.checksum {
        return Err(BackupError::Damaged);
    }
    let portfolio = migrate::read_document(&file.portfolio.to_string()).map_err(BackupError::Document)?;
    Ok((file, portfolio))
}

/// Everything Leerpad had stored, exactly as stored, for a participant whose data could not be
/// read: they can keep it, send it to the programme office, or restore it later by hand.
pub fn raw_dump(stored: &[(String, String)], now: Millis) -> String {
    let records: serde_json::Map<String, Value> =
        stored.iter().map(|(k, v)| (k.clone(), Value::String(v.clone()))).collect();
    let dump = serde_json::json!({
        "format": "leerpad-raw-storage",
        "app_version": APP_VERSION,
        "exported_at": now,
        "note": "Ruwe inhoud van de browseropslag van Leerpad, ongewijzigd.",
        "records": records,
    });
    serde_json::to_string_pretty(&dump).expect("dump serialises")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::portfolio::ModuleStatus;

    #[test]
    fn backup_round_trips_exactly() {
        let mut p = Portfolio::default();
        p.profile.name = "Ilse <script>alert(1)</script>".into();
        p.set_status("smec.m4", ModuleStatus::Done);
        let text = create(&p, 1_795_996_800_000);
        let (file, back) = read(&text).unwrap();
        assert_eq!(back, p);
        assert_eq!(
            (file.format.as_str(), file.schema, file.exported_at),
            (FORMAT, SCHEMA_VERSION, 1_795_996_800_000)
        );
        assert_eq!(file_name(file.exported_at), "leerpad-backup-2026-11-30.json");
    }

    #[test]
    fn a_changed_byte_is_detected() {
        let text = create(&Portfolio::default(), 0).replace("\"name\": \"\"", "\"name\": \"x\"");
        assert_eq!(read(&text).unwrap_err(), BackupError::Damaged);
        assert_eq!(read("{}").unwrap_err(), BackupError::NotABackup);
        assert_eq!(read("niet eens json").unwrap_err(), BackupError::NotABackup);
    }

    #[test]
    fn raw_dump_keeps_text_verbatim() {
        let stored = vec![("leerpad:profile".to_owned(), "{kapot".to_owned())];
        let dump: Value = serde_json::from_str(&raw_dump(&stored, 5)).unwrap();
        assert_eq!(dump["records"]["leerpad:profile"], "{kapot");
    }
}
