//! Files attached to the portfolio as evidence: the 360 report, a photo of a flip-over, the team
//! plan. Each attachment is a record of its own (`leerpad:file:<id>`) that names its owner and
//! describes the file; the bytes are kept beside the records, once per content, under their
//! SHA-256 (in the browser a Blob in the database, see `storage::files`).
//!
//! An attachment belongs to one owner: a portfolio item, the "Why", or one rating (a goal in a
//! moment). It is shared when its owner is, unless the participant left that one file out.
//! File names and types come from the participant's computer: they are data, shown as text and
//! never used to decide that Leerpad renders a file itself (see [`Attachment::opens_in_tab`]).

use super::items::Collection;
use super::portfolio::{Millis, Portfolio};
use super::records::RecordKey;

/// The largest file Leerpad keeps: a scanned 360 report or a phone photo is far smaller, and a
/// backup of many such files still fits in a browser tab.
pub const MAX_FILE_BYTES: u32 = 25 * 1000 * 1000;

/// The longest file name kept; longer ones are shortened (keeping the extension).
pub const MAX_NAME_CHARS: usize = 120;

/// What an attachment belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Owner {
    /// A portfolio item (not a moment: files of a self-assessment belong to one of its ratings).
    Item(Collection, String),
    Why,
    /// The rating of `goal` in moment `moment`.
    Rating {
        moment: String,
        goal: String,
    },
}

impl Owner {
    /// The owner of the record `key`; `None` for records that have no files.
    pub fn of_record(key: &RecordKey) -> Option<Owner> {
        match key {
            RecordKey::Why => Some(Owner::Why),
            RecordKey::Item(c, id) if c.kind().is_some() => Some(Owner::Item(*c, id.clone())),
            _ => None,
        }
    }

    /// The record whose deletion takes this owner's files along.
    pub fn record(&self) -> RecordKey {
        match self {
            Owner::Item(c, id) => RecordKey::Item(*c, id.clone()),
            Owner::Why => RecordKey::Why,
            Owner::Rating { moment, .. } => RecordKey::Item(Collection::Moment, moment.clone()),
        }
    }
}

/// One attached file, as its record stores it. The owner is kept in three plain fields (`of`:
/// a collection's segment, `why` or `rating`; `of_id`; `goal` for a rating) so that the record
/// reads like every other.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Attachment {
    pub id: String,
    pub of: String,
    pub of_id: String,
    pub goal: String,
    /// The file name to show and to download under (see [`clean_name`]).
    pub name: String,
    /// The media type the browser reported (`application/pdf`), possibly empty.
    pub media_type: String,
    pub size: u32,
    pub added: Millis,
    /// The local day it was added, `YYYY-MM-DD` (as shown, and in the report).
    pub date: String,
    pub updated: Millis,
    /// SHA-256 of the bytes, 64 lowercase hex digits: where the bytes are kept, and the check
    /// that they are still the same.
    pub sha256: String,
    /// CRC-32 of the bytes, as a zip archive lists it (see [`super::archive`]).
    pub crc32: u32,
    /// Left out of what is shared, although its owner is shared.
    pub excluded: bool,
}

/// How the participant opens a file from Leerpad.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opening {
    /// In a new tab, shown by the browser's own viewer: PDFs and photos.
    Tab,
    /// Downloaded: everything else, also HTML and SVG, which would run in Leerpad's origin.
    Download,
}

impl Attachment {
    /// A new attachment of `owner`, added at `now` on the local day `today`.
    pub fn new(id: String, owner: &Owner, file: FileFacts, now: Millis, today: &str) -> Attachment {
        let (of, of_id, goal) = match owner {
            Owner::Item(c, id) => (c.segment().to_owned(), id.clone(), String::new()),
            Owner::Why => ("why".to_owned(), String::new(), String::new()),
            Owner::Rating { moment, goal } => ("rating".to_owned(), moment.clone(), goal.clone()),
        };
        Attachment {
            id,
            of,
            of_id,
            goal,
            name: clean_name(&file.name),
            media_type: file.media_type.trim().to_ascii_lowercase(),
            size: file.size,
            added: now,
            date: today.to_owned(),
            updated: now,
            sha256: file.sha256,
            crc32: file.crc32,
            excluded: false,
        }
    }

    /// Whether it belongs to `owner` (without building its owner).
    pub fn belongs_to(&self, owner: &Owner) -> bool {
        match owner {
            Owner::Item(c, id) => self.of == c.segment() && self.of_id == *id,
            Owner::Why => self.of == "why",
            Owner::Rating { moment, goal } => {
                self.of == "rating" && self.of_id == *moment && self.goal == *goal
            }
        }
    }

    /// Its owner; `None` when the record names none Leerpad knows.
    pub fn owner(&self) -> Option<Owner> {
        match self.of.as_str() {
            "why" => Some(Owner::Why),
            "rating" if !self.of_id.is_empty() && !self.goal.is_empty() => {
                Some(Owner::Rating { moment: self.of_id.clone(), goal: self.goal.clone() })
            }
            segment => {
                let c = Collection::from_segment(segment).filter(|c| c.kind().is_some())?;
                (!self.of_id.is_empty()).then(|| Owner::Item(c, self.of_id.clone()))
            }
        }
    }

    /// Whether the record is whole: an owner, a name, a size within the limit and a SHA-256.
    pub fn is_valid(&self) -> bool {
        self.owner().is_some()
            && !self.name.is_empty()
            && self.size <= MAX_FILE_BYTES
            && is_sha256(&self.sha256)
    }

    /// A photo the browser shows as it is (no SVG: an SVG is a document that can run script).
    pub fn is_image(&self) -> bool {
        matches!(self.media_type.as_str(), "image/jpeg" | "image/png" | "image/gif" | "image/webp")
    }

    pub fn is_pdf(&self) -> bool {
        self.media_type == "application/pdf"
    }

    /// What kind of file it is, as the word lists name kinds: 0 a PDF, 1 a photo, 2 anything else.
    pub fn kind(&self) -> usize {
        if self.is_pdf() {
            0
        } else if self.is_image() {
            1
        } else {
            2
        }
    }

    pub fn opening(&self) -> Opening {
        if self.is_image() || self.is_pdf() { Opening::Tab } else { Opening::Download }
    }

    /// The type to give the bytes when they are opened: the reported one for PDFs and photos,
    /// else a neutral one, so that no HTML or SVG is ever rendered as such from Leerpad.
    pub fn safe_media_type(&self) -> &str {
        match self.opening() {
            Opening::Tab => &self.media_type,
            Opening::Download => "application/octet-stream",
        }
    }
}

/// What the browser tells about a chosen file, and its SHA-256.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileFacts {
    pub name: String,
    pub media_type: String,
    pub size: u32,
    pub sha256: String,
    pub crc32: u32,
}

/// Whether `text` is a SHA-256 as Leerpad writes it: 64 lowercase hex digits.
pub fn is_sha256(text: &str) -> bool {
    text.len() == 64 && text.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// Every SHA-256 that `text` (attachment records, a backup file) names as a `"sha256"` member:
/// the files it may still need, found without reading the text as JSON.
pub fn named_files(text: &str) -> Vec<&str> {
    text.match_indices("\"sha256\"")
        .filter_map(|(at, key)| {
            let rest =
                text[at + key.len()..].trim_start().strip_prefix(':')?.trim_start().strip_prefix('"')?;
            rest.get(..64).filter(|sha| is_sha256(sha))
        })
        .collect()
}

/// A file name as Leerpad keeps it: the last part of a path only, without control characters
/// and the characters Windows refuses in names, trimmed, and at most [`MAX_NAME_CHARS`] long
/// (shortened before the extension). An empty result becomes "bestand".
pub fn clean_name(name: &str) -> String {
    tidy(name.rsplit(['/', '\\']).next().unwrap_or_default())
}

/// [`clean_name`] of a name that is not a path: a slash is just a character that cannot stay.
fn tidy(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| {
            let refused = c.is_control() || matches!(c, '<' | '>' | ':' | '"' | '|' | '?' | '*' | '/' | '\\');
            if refused { '_' } else { c }
        })
        .collect();
    let cleaned = cleaned.trim().trim_start_matches('.').trim();
    if cleaned.is_empty() {
        return "bestand".to_owned();
    }
    if cleaned.chars().count() <= MAX_NAME_CHARS {
        return cleaned.to_owned();
    }
    let (stem, extension) = match cleaned.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() && ext.chars().count() <= 8 => (stem, Some(ext)),
        _ => (cleaned, None),
    };
    let room = MAX_NAME_CHARS - extension.map_or(0, |e| e.chars().count() + 1);
    let mut short: String = stem.chars().take(room).collect::<String>().trim_end().to_owned();
    if let Some(ext) = extension {
        short.push('.');
        short.push_str(ext);
    }
    short
}

/// A rename as typed: cleaned, keeping the old extension when the new name has none.
pub fn renamed(old: &str, typed: &str) -> String {
    let typed = tidy(typed);
    match old.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() && !typed.contains('.') => tidy(&format!("{typed}.{ext}")),
        _ => typed,
    }
}

impl Portfolio {
    /// The files of `owner`, in the order they were added.
    pub fn attachments_of(&self, owner: &Owner) -> Vec<&Attachment> {
        let mut files: Vec<&Attachment> = self.attachments.values().filter(|a| a.belongs_to(owner)).collect();
        super::sorting::sort_by(&mut files, |a, b| a.added.cmp(&b.added).then_with(|| a.id.cmp(&b.id)));
        files
    }

    /// The files of `owner` that are shared: the owner is (an item or the Why, switched to
    /// shared), and the file was not left out. A rating's files stay on the device.
    pub fn shared_attachments(&self, owner: &Owner) -> Vec<&Attachment> {
        if !self.is_shared(owner) {
            return Vec::new();
        }
        self.attachments_of(owner).into_iter().filter(|a| !a.excluded).collect()
    }

    /// Whether `owner` is shared: an item or the Why switched to shared (a rating never is).
    pub fn is_shared(&self, owner: &Owner) -> bool {
        !matches!(owner, Owner::Rating { .. }) && self.links(&owner.record()).is_some_and(|l| l.shared)
    }

    /// Every shared photo (each content once): what a downloaded report may hold itself.
    pub fn shared_images(&self) -> Vec<&Attachment> {
        let mut out: Vec<&Attachment> = Vec::new();
        for a in self.attachments.values().filter(|a| a.is_image() && !a.excluded) {
            if !out.iter().any(|b| b.sha256 == a.sha256) && a.owner().is_some_and(|o| self.is_shared(&o)) {
                out.push(a);
            }
        }
        out
    }

    /// How many files `owner` has.
    pub fn attachment_count(&self, owner: &Owner) -> usize {
        self.attachments.values().filter(|a| a.belongs_to(owner)).count()
    }

    /// The attachment records that go when the record `key` is deleted (an item's files, or the
    /// files of every rating in a moment).
    pub fn attachments_under(&self, key: &RecordKey) -> Vec<RecordKey> {
        self.attachments
            .values()
            .filter(|a| a.owner().is_some_and(|o| o.record() == *key))
            .map(|a| RecordKey::Item(Collection::Attachment, a.id.clone()))
            .collect()
    }

    /// The SHA-256 of every file an attachment names, each once and in order: the bytes that
    /// must be kept.
    pub fn kept_files(&self) -> Vec<&str> {
        let mut kept: Vec<&str> = self.attachments.values().map(|a| a.sha256.as_str()).collect();
        super::sorting::sort_dedup(&mut kept);
        kept
    }

    /// The total size of the distinct files (each content counted once, as it is kept).
    pub fn files_size(&self) -> u64 {
        let kept = self.kept_files();
        kept.iter()
            .filter_map(|sha| self.attachments.values().find(|a| a.sha256 == *sha))
            .map(|a| u64::from(a.size))
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HASH: &str = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    fn facts(name: &str, media_type: &str) -> FileFacts {
        FileFacts { name: name.into(), media_type: media_type.into(), size: 4, sha256: HASH.into(), crc32: 7 }
    }

    #[test]
    fn the_files_a_text_names_are_found_in_records_and_backups() {
        let record = format!(r#"{{"id":"f","sha256":"{HASH}","crc32":1}}"#);
        let backup = format!("{{\n  \"sha256\": \"{HASH}\",\n  \"sha256\": \"kort\", \"name\": \"sha256\"}}");
        assert_eq!(named_files(&record), [HASH]);
        assert_eq!(named_files(&backup), [HASH]);
        assert!(named_files("").is_empty());
    }

    #[test]
    fn owners_round_trip_through_the_record() {
        for owner in [
            Owner::Item(Collection::Journal, "j-1".into()),
            Owner::Item(Collection::Intervision, "i:2".into()),
            Owner::Why,
            Owner::Rating { moment: "m-1".into(), goal: "blg.m1.g3".into() },
        ] {
            let a = Attachment::new("f-1".into(), &owner, facts("a.pdf", "application/pdf"), 5, "2026-12-07");
            assert_eq!(a.owner(), Some(owner));
            assert!(a.is_valid());
        }
    }

    #[test]
    fn records_that_name_no_owner_or_no_hash_are_not_valid() {
        let good = Attachment::new("f".into(), &Owner::Why, facts("a.pdf", ""), 1, "2026-12-07");
        let bad = [
            Attachment { of: "moment".into(), of_id: "m".into(), ..good.clone() },
            Attachment { of: "journal".into(), of_id: String::new(), ..good.clone() },
            Attachment { of: "rating".into(), of_id: "m".into(), goal: String::new(), ..good.clone() },
            Attachment { of: "iets".into(), ..good.clone() },
            Attachment { sha256: HASH.to_uppercase(), ..good.clone() },
            Attachment { sha256: HASH[1..].into(), ..good.clone() },
            Attachment { size: MAX_FILE_BYTES + 1, ..good.clone() },
            Attachment { name: String::new(), ..good.clone() },
        ];
        for a in bad {
            assert!(!a.is_valid(), "{a:?}");
        }
    }

    #[test]
    fn only_pdfs_and_photos_open_in_a_tab() {
        let open = |t: &str| Attachment::new("f".into(), &Owner::Why, facts("x", t), 1, "2026-12-07");
        for t in ["application/pdf", "image/jpeg", "IMAGE/PNG ", "image/webp"] {
            assert_eq!(open(t).opening(), Opening::Tab, "{t}");
        }
        for t in ["text/html", "image/svg+xml", "application/xhtml+xml", "", "application/msword"] {
            assert_eq!(open(t).opening(), Opening::Download, "{t}");
            assert_eq!(open(t).safe_media_type(), "application/octet-stream");
        }
        assert!(open("image/svg+xml").media_type == "image/svg+xml", "the reported type is kept as data");
    }

    #[test]
    fn names_are_cleaned_and_shortened_keeping_the_extension() {
        assert_eq!(clean_name("C:\\Users\\ilse\\360 rapport.pdf"), "360 rapport.pdf");
        assert_eq!(clean_name("../../etc/passwd"), "passwd");
        assert_eq!(clean_name("a<b>:c\"|?*\u{7}.txt"), "a_b__c_____.txt");
        assert_eq!(clean_name("  .verborgen "), "verborgen");
        assert_eq!(clean_name(""), "bestand");
        assert_eq!(clean_name("/"), "bestand");
        let long = format!("{}.pdf", "é".repeat(300));
        let short = clean_name(&long);
        assert_eq!(short.chars().count(), MAX_NAME_CHARS);
        assert!(short.ends_with(".pdf"));
        assert_eq!(clean_name(&"x".repeat(500)).chars().count(), MAX_NAME_CHARS);
    }

    #[test]
    fn a_rename_keeps_the_extension_unless_one_is_typed() {
        assert_eq!(renamed("scan 1.pdf", "360-rapport"), "360-rapport.pdf");
        assert_eq!(renamed("scan 1.pdf", "rapport.PDF"), "rapport.PDF");
        assert_eq!(renamed("zonder", "nieuw"), "nieuw");
        assert_eq!(renamed("scan.pdf", "  "), "bestand.pdf");
        assert_eq!(
            renamed("scan.pdf", "Rapport <b>vet</b>"),
            "Rapport _b_vet__b_.pdf",
            "a slash is no path here"
        );
    }

    #[test]
    fn files_are_found_per_owner_and_go_with_their_record() {
        let mut p = Portfolio::default();
        let journal = Owner::Item(Collection::Journal, "j1".into());
        let rating = Owner::Rating { moment: "m1".into(), goal: "blg.m1.g1".into() };
        for (id, owner, added) in [("f2", &journal, 2), ("f1", &journal, 1), ("f3", &rating, 3)] {
            p.attachments
                .insert(id.into(), Attachment::new(id.into(), owner, facts("a", ""), added, "2026-12-07"));
        }
        let ids = |files: Vec<&Attachment>| files.iter().map(|a| a.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(p.attachments_of(&journal)), ["f1", "f2"]);
        assert_eq!(p.attachment_count(&rating), 1);
        let under = p.attachments_under(&RecordKey::Item(Collection::Moment, "m1".into()));
        assert_eq!(under, [RecordKey::Item(Collection::Attachment, "f3".into())]);
        assert!(p.attachments_under(&RecordKey::Why).is_empty());
        assert_eq!(p.kept_files().len(), 1, "one content, kept once");
        assert_eq!(p.files_size(), 4);
    }

    #[test]
    fn files_are_kept_as_records_and_in_backups_and_only_when_there_are_any() {
        use crate::domain::{backup, records::all_records, stored};
        let mut p = Portfolio::default();
        assert!(!p.to_document_json().contains("attachments"), "as before files existed");
        let owner = Owner::Rating { moment: "m1".into(), goal: "blg.m1.g1".into() };
        p.attachments.insert(
            "f-1".into(),
            Attachment::new("f-1".into(), &owner, facts("<b>.pdf", "application/pdf"), 9, "2026-12-07"),
        );
        let (_, back) = backup::read(&backup::create(&p, 1)).unwrap();
        assert_eq!(back, p);
        let records = all_records(&p);
        assert!(records.iter().any(|(key, _)| key == "leerpad:file:f-1"));
        let stored::Loaded::Ready { portfolio, .. } = stored::load(&records) else { panic!("it loads") };
        assert_eq!(*portfolio, p);
    }

    #[test]
    fn a_file_record_without_its_hash_is_a_problem_like_any_damaged_record() {
        use crate::domain::{records::all_records, stored};
        let mut p = Portfolio::default();
        let broken = Attachment {
            sha256: "kapot".into(),
            ..Attachment::new("f".into(), &Owner::Why, facts("a", ""), 1, "2026-12-07")
        };
        p.attachments.insert("f".into(), broken);
        let stored::Loaded::Corrupt { problems } = stored::load(&all_records(&p)) else { panic!("refused") };
        assert_eq!(problems[0].key, "leerpad:file:f");
    }
}
