//! Backup files: the whole portfolio in one JSON file that a participant keeps somewhere safe,
//! and the raw dump the recovery page offers when stored data cannot be read.

use super::json::{self, ParseError, Value};
use super::migrate::{self, DocumentError};
use super::pace::{Pace, Unpaced, at_once};
use super::portfolio::{Millis, Portfolio, SCHEMA_VERSION};
use super::records::{Fault, Problem};

/// The `format` field that marks a Leerpad backup file.
pub const FORMAT: &str = "leerpad-backup";
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// A backup file's fields, in the order it is written.
#[derive(Debug, Clone, PartialEq)]
pub struct BackupFile {
    pub format: String,
    pub schema: u32,
    pub app_version: String,
    pub exported_at: Millis,
    /// FNV-1a 64 of the compact JSON of `portfolio` (the schema-versioned document, see
    /// [`Portfolio::to_document_json`]), in hex: catches a file damaged in transit.
    pub checksum: String,
    /// In a backup with files ([`super::archive`]): which archive entry holds each file, as
    /// `(SHA-256, entry name)`. Empty in a backup without files.
    pub files: Vec<(String, String)>,
}

/// FNV-1a, 64 bit, over text given in pieces. An integrity check, not a signature.
struct Fnv(u64);

impl Fnv {
    fn new() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }

    fn write(&mut self, text: &str) {
        self.0 = text.bytes().fold(self.0, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3));
    }

    /// As 16 hex digits.
    fn hex(&self) -> String {
        format!("{:016x}", self.0)
    }
}

/// FNV-1a, 64 bit, as 16 hex digits. An integrity check, not a signature.
pub fn checksum(text: &str) -> String {
    let mut fnv = Fnv::new();
    fnv.write(text);
    fnv.hex()
}

/// [`checksum`] of the compact JSON of a portfolio document, written a record at a time with a
/// breather from `pace` after each (the document sits one level into the file).
async fn checksum_paced(document: &Value, pace: &mut impl Pace) -> String {
    let mut fnv = Fnv::new();
    document.write_paced(None, 1, &mut |piece| fnv.write(piece), pace).await;
    fnv.hex()
}

/// The backup file's text for this portfolio.
pub fn create(p: &Portfolio, now: Millis) -> String {
    at_once(create_paced(p, now, &mut Unpaced))
}

/// [`create`] a record at a time, with a breather from `pace` after each.
pub async fn create_paced(p: &Portfolio, now: Millis, pace: &mut impl Pace) -> String {
    create_with_files_paced(p, now, &[], pace).await
}

/// [`create_paced`] for a backup with files: `files` says which archive entry holds each file,
/// as `(SHA-256, entry name)`; none, and it is an ordinary backup file.
pub async fn create_with_files_paced(
    p: &Portfolio,
    now: Millis,
    files: &[(String, String)],
    pace: &mut impl Pace,
) -> String {
    let document = document_paced(p, pace).await;
    let checksum = checksum_paced(&document, pace).await;
    let table: json::Map =
        files.iter().map(|(sha, name)| (sha.clone(), Value::from(name.as_str()))).collect();
    let table = Value::Object(table);
    let (format, schema, version, at, checksum) = (
        Value::from(FORMAT),
        Value::from(u64::from(SCHEMA_VERSION)),
        Value::from(APP_VERSION),
        Value::from(now),
        // Over the document as read back, the way [`read`] checks it.
        Value::from(checksum),
    );
    let mut fields: Vec<(&str, &Value)> = vec![
        ("format", &format),
        ("schema", &schema),
        ("app_version", &version),
        ("exported_at", &at),
        ("checksum", &checksum),
    ];
    if !files.is_empty() {
        fields.push(("files", &table));
    }
    fields.push(("portfolio", &document));
    json::pretty_object_paced(&fields, pace).await
}

/// The portfolio as the schema-versioned document of a backup file (what
/// [`Portfolio::to_document_json`] writes, read back), built a record at a time.
async fn document_paced(p: &Portfolio, pace: &mut impl Pace) -> Value {
    use super::records::Collection;
    let mut document = json::Map::new();
    document.insert("schema".into(), Value::from(u64::from(SCHEMA_VERSION)));
    // As [`Portfolio::to_document_json`] writes it: no section of files or worksheets without any.
    for c in Collection::ALL.into_iter().filter(|c| !p.omits(*c)) {
        document.insert(c.section().into(), Value::Object(json::Map::new()));
    }
    for key in p.record_keys() {
        let Some(record) = p.record_json(&key).and_then(|json| Value::parse(&json).ok()) else { continue };
        match (key.id(), document.get_mut(key.section())) {
            (Some(id), Some(Value::Object(items))) => drop(items.insert(id.to_owned(), record)),
            _ => drop(document.insert(key.section().into(), record)),
        }
        pace.breathe().await;
    }
    Value::Object(document)
}

/// The backup file's name for the participant's local date `YYYY-MM-DD`.
pub fn file_name(date: &str) -> String {
    format!("leerpad-backup-{date}.json")
}

/// The name of an encrypted backup (with or without files: [`super::sealed`]).
pub fn sealed_file_name(date: &str) -> String {
    format!("leerpad-backup-{date}-versleuteld.leerpad")
}

/// The largest backup file Leerpad reads: ten times the largest portfolio tested (20 MB), and
/// about what a browser tab can take into memory as text and parse. Below it, what the device has
/// room for decides (see `ui::pages::data`).
pub const MAX_BACKUP_BYTES: usize = 200 * 1000 * 1000;

/// Why a file cannot be restored. Each has its own Dutch message in the interface.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BackupError {
    /// Larger than [`MAX_BACKUP_BYTES`].
    TooLarge,
    /// Empty, or not JSON at all (an HTML page, a script, a document …).
    NotJson,
    /// JSON that ends too early: the file was cut off while copying or downloading.
    Truncated,
    /// JSON, but not a Leerpad backup (no or another `format`).
    NotABackup,
    /// Made by a newer Leerpad than this one.
    Newer(u32),
    /// The contents do not match the checksum: changed or damaged after it was made.
    Damaged,
    /// A Leerpad backup whose contents have the wrong shape (wrong types, impossible values):
    /// the first problem found, and where.
    Invalid(Problem),
    /// A zip that is not a backup Leerpad can read (see [`super::zip::ZipError`]).
    Archive(super::zip::ZipError),
    /// An attached file the backup names is not in it.
    MissingFile,
    /// An attached file in the backup is not the file that was attached (size, CRC or SHA-256).
    FileDamaged,
    /// The archive holds files the backup does not name.
    UnexpectedFile,
}

/// Reads a backup file back into a portfolio, checking everything before anything is used.
pub fn read(text: &str) -> Result<(BackupFile, Portfolio), BackupError> {
    at_once(read_paced(text, &mut Unpaced))
}

/// [`read`] a piece at a time, with a breather from `pace` after each: the way to read a large
/// file without keeping the page busy.
pub async fn read_paced(text: &str, pace: &mut impl Pace) -> Result<(BackupFile, Portfolio), BackupError> {
    if text.len() > MAX_BACKUP_BYTES {
        return Err(BackupError::TooLarge);
    }
    // Some editors put a byte order mark in front when a file is saved again.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value = Value::parse_paced(text, pace).await.map_err(|e| match e {
        ParseError::Eof if text.trim_start().starts_with('{') => BackupError::Truncated,
        _ => BackupError::NotJson,
    })?;
    if value.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(BackupError::NotABackup);
    }
    if let Some(schema) =
        value.get("schema").and_then(Value::as_u64).filter(|s| *s > u64::from(SCHEMA_VERSION))
    {
        return Err(BackupError::Newer(u32::try_from(schema).unwrap_or(u32::MAX)));
    }
    let (file, document) = envelope(value).ok_or(BackupError::Invalid(Problem::in_file(Fault::Shape)))?;
    let whole = |fault| BackupError::Invalid(Problem::in_file(fault));
    if checksum_paced(&document, pace).await != file.checksum {
        return Err(BackupError::Damaged);
    }
    let portfolio = migrate::read_document_paced(document, pace).await.map_err(|e| match e {
        DocumentError::Newer(v) => BackupError::Newer(v),
        DocumentError::NotJson | DocumentError::NoSchema => whole(Fault::Shape),
        DocumentError::Invalid(problem) => BackupError::Invalid(problem),
    })?;
    Ok((file, portfolio))
}

/// When a backup file was made, without checking the rest (the restore point's date).
pub async fn made_at_paced(text: &str, pace: &mut impl Pace) -> Option<Millis> {
    Value::parse_paced(text, pace).await.ok()?.get("exported_at")?.as_i64()
}

/// The portfolio of a backup file made at `exported_at`, as it is restored: that file exists, so
/// what it holds counts as backed up then (a restore is never followed by "no backup yet").
pub fn as_restored(mut portfolio: Portfolio, exported_at: Millis) -> Portfolio {
    portfolio.settings.last_backup = portfolio.settings.last_backup.max(Some(exported_at));
    portfolio
}

/// The envelope of a backup file, and the portfolio document it holds; `None` when a field is
/// missing or of the wrong type. Fields a later Leerpad may add are ignored.
fn envelope(value: Value) -> Option<(BackupFile, Value)> {
    let Value::Object(mut map) = value else { return None };
    let mut text = |key: &str| match map.remove(key) {
        Some(Value::String(s)) => Some(s),
        _ => None,
    };
    let (format, app_version, checksum) = (text("format")?, text("app_version")?, text("checksum")?);
    let files = match map.remove("files") {
        None => Vec::new(),
        Some(Value::Object(table)) => table
            .into_iter()
            .map(|(sha, name)| match name {
                Value::String(name) => Some((sha, name)),
                _ => None,
            })
            .collect::<Option<_>>()?,
        Some(_) => return None,
    };
    let file = BackupFile {
        format,
        app_version,
        checksum,
        schema: map.get("schema")?.as_u64()?.try_into().ok()?,
        exported_at: map.get("exported_at")?.as_i64()?,
        files,
    };
    Some((file, map.remove("portfolio")?))
}

/// What a backup holds, for the preview before restoring.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Preview {
    pub exported_at: Millis,
    pub app_version: String,
    pub name: String,
    pub counts: super::portfolio::Counts,
    /// How many attached files it holds, and their size together (each content once, as kept).
    pub files: usize,
    pub files_size: u64,
}

pub fn preview(file: &BackupFile, portfolio: &Portfolio) -> Preview {
    Preview {
        exported_at: file.exported_at,
        app_version: file.app_version.clone(),
        name: super::text::excerpt(&portfolio.profile.name, 80),
        counts: portfolio.counts(),
        files: portfolio.attachments.len(),
        files_size: portfolio.files_size(),
    }
}

/// Combines a restored portfolio with the current one, item by item, without losing either.
///
/// - Items with the same ID: the one changed last wins (the current one on a tie).
/// - Moments with the same ID: ratings are combined per goal, the current rating wins.
/// - Module statuses: the furthest status wins.
/// - Profile, Why and settings: current values stay; empty ones are filled from the file.
///
/// Merging the same file twice gives the same result as merging it once.
pub fn merge(current: &Portfolio, incoming: &Portfolio) -> Portfolio {
    use super::keyed::Keyed;
    use super::portfolio::ModuleStatus;

    fn newest<T: Clone>(a: &Keyed<T>, b: &Keyed<T>, updated: fn(&T) -> Millis) -> Keyed<T> {
        let mut out = a.clone();
        for (id, item) in b {
            match out.get(id) {
                Some(mine) if updated(mine) >= updated(item) => {}
                _ => drop(out.insert(id.clone(), item.clone())),
            }
        }
        out
    }
    fn fill(mine: &mut String, theirs: &str) {
        if mine.trim().is_empty() {
            theirs.clone_into(mine);
        }
    }
    let rank = |s: ModuleStatus| match s {
        ModuleStatus::NotStarted => 0,
        ModuleStatus::InProgress => 1,
        ModuleStatus::Done => 2,
    };

    let mut out = current.clone();
    let (p, q) = (&mut out.profile, &incoming.profile);
    fill(&mut p.name, &q.name);
    fill(&mut p.role, &q.role);
    fill(&mut p.organisation, &q.organisation);
    fill(&mut p.manager, &q.manager);
    if p.programme.is_none() {
        p.programme.clone_from(&q.programme);
    }
    if p.cohort_start.is_none() {
        p.cohort_start.clone_from(&q.cohort_start);
    }
    let (w, v) = (&mut out.why, &incoming.why);
    for (mine, theirs) in [
        (&mut w.drivers, &v.drivers),
        (&mut w.strengthens, &v.strengthens),
        (&mut w.holds_back, &v.holds_back),
        (&mut w.ambition_where, &v.ambition_where),
        (&mut w.ambition_impact, &v.ambition_impact),
        (&mut w.ambition_role, &v.ambition_role),
        (&mut w.ambition_path, &v.ambition_path),
    ] {
        fill(mine, theirs);
    }
    w.shared |= v.shared;
    out.settings.last_backup = out.settings.last_backup.max(incoming.settings.last_backup);
    for (module, status) in &incoming.progress {
        if rank(*status) > rank(out.status(module)) {
            out.set_status(module, *status);
        }
    }
    out.journal = newest(&current.journal, &incoming.journal, |e| e.updated);
    out.feedback = newest(&current.feedback, &incoming.feedback, |e| e.updated);
    out.actions = newest(&current.actions, &incoming.actions, |e| e.updated);
    out.questions = newest(&current.questions, &incoming.questions, |e| e.updated);
    out.intervisions = newest(&current.intervisions, &incoming.intervisions, |e| e.updated);
    out.attachments = newest(&current.attachments, &incoming.attachments, |a| a.updated);
    out.worksheets = newest(&current.worksheets, &incoming.worksheets, |w| w.updated);
    out.conversations = newest(&current.conversations, &incoming.conversations, |c| c.updated);
    for (id, moment) in &incoming.moments {
        match out.moments.get_mut(id) {
            None => drop(out.moments.insert(id.clone(), moment.clone())),
            Some(mine) => {
                for (goal, rating) in &moment.ratings {
                    mine.ratings.get_or_insert_with(goal, || rating.clone());
                }
                mine.closed |= moment.closed;
            }
        }
    }
    out
}

/// Everything Leerpad had stored, exactly as stored, for a participant whose data could not be
/// read: they can keep it, send it to the programme office, or restore it later by hand.
pub fn raw_dump(stored: &[(String, String)], now: Millis) -> String {
    let records: json::Map = stored.iter().map(|(k, v)| (k.clone(), Value::from(v.as_str()))).collect();
    json::pretty_object(&[
        ("format", &Value::from("leerpad-raw-storage")),
        ("app_version", &Value::from(APP_VERSION)),
        ("exported_at", &Value::from(now)),
        ("note", &Value::from("Ruwe inhoud van de browseropslag van Leerpad, ongewijzigd.")),
        ("records", &Value::Object(records)),
    ])
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
        assert_eq!(file_name("2026-11-30"), "leerpad-backup-2026-11-30.json");
    }

    #[test]
    fn the_document_built_a_record_at_a_time_is_the_one_written_at_once() {
        let fixture = include_str!("../../tests/fixtures/portfolio/v1.json");
        let full = crate::domain::migrate::read_document(fixture).unwrap();
        for p in [Portfolio::default(), full] {
            let document = at_once(document_paced(&p, &mut Unpaced));
            assert_eq!(document, Value::parse(&p.to_document_json()).unwrap());
        }
    }

    #[test]
    fn a_restored_portfolio_counts_as_backed_up_when_its_file_was_made() {
        let p = Portfolio::default();
        assert_eq!(as_restored(p.clone(), 5).settings.last_backup, Some(5));
        let mut older = p;
        older.settings.last_backup = Some(9);
        assert_eq!(as_restored(older, 5).settings.last_backup, Some(9), "never earlier than it was");
    }

    #[test]
    fn a_changed_byte_is_detected() {
        let text = create(&Portfolio::default(), 0).replace("\"name\": \"\"", "\"name\": \"x\"");
        assert_eq!(read(&text).unwrap_err(), BackupError::Damaged);
        assert_eq!(read("{}").unwrap_err(), BackupError::NotABackup);
        assert_eq!(read("niet eens json").unwrap_err(), BackupError::NotJson);
    }

    #[test]
    fn raw_dump_keeps_text_verbatim() {
        let stored = vec![("leerpad:profile".to_owned(), "{kapot".to_owned())];
        let dump: serde_json::Value = serde_json::from_str(&raw_dump(&stored, 5)).unwrap();
        assert_eq!(dump["records"]["leerpad:profile"], "{kapot");
    }
}
