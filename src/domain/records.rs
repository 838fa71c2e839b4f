//! How a portfolio is laid out in key–value storage, and how it is read back.
//!
//! Every part that changes on its own is its own record, so that an edit writes only a few
//! hundred bytes however large the portfolio grows, and two tabs editing different parts never
//! collide:
//!
//! | key                      | holds                                  |
//! |--------------------------|----------------------------------------|
//! | `leerpad:meta`           | `{"schema": N}`, written before others |
//! | `leerpad:profile`        | [`Profile`](super::portfolio::Profile) |
//! | `leerpad:progress`       | module statuses                        |
//! | `leerpad:settings`       | backup date, persistence asked         |
//! | `leerpad:journal:<id>`   | one reflection                         |
//! | `leerpad:moment:<id>`    | one self-assessment moment             |
//! | `leerpad:feedback:<id>` … | one item of each other collection     |
//! | `leerpad:file:<id>`      | one attached file's description        |
//! | `leerpad:worksheet:<id>` | one filled-in worksheet                |
//!
//! This module is pure: the storage layer hands it `(key, text)` pairs and writes what it returns.

use super::decode::{Decode, decode_record};
use super::encode::to_json;
use super::json::Value;

use super::attachments::Attachment;
use super::conversations::Conversation;
pub use super::items::Collection;
use super::items::{Action, FeedbackItem, Intervision, Question};
use super::portfolio::{JournalEntry, Moment, Portfolio, SCHEMA_VERSION};
use super::worksheet::Worksheet;

/// Every record key starts with this; other keys (preferences, backups) are not records.
pub const PREFIX: &str = "leerpad:";
pub const META_KEY: &str = "leerpad:meta";

/// One record of the portfolio: a single record, or one item of a collection.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RecordKey {
    Profile,
    Progress,
    Settings,
    Why,
    Item(Collection, String),
}

/// `$body` with `$map` bound to the map of collection `$c` in portfolio `$p` (`ref` or `mut`):
/// the one place that knows which field holds which collection.
macro_rules! with_items {
    (ref $p:expr, $c:expr, $map:ident => $body:expr) => {
        $crate::domain::records::with_items!(@[&] $p, $c, $map => $body)
    };
    (mut $p:expr, $c:expr, $map:ident => $body:expr) => {
        $crate::domain::records::with_items!(@[&mut] $p, $c, $map => $body)
    };
    (@[$($borrow:tt)+] $p:expr, $c:expr, $map:ident => $body:expr) => {
        match $c {
            $crate::domain::records::Collection::Journal => {
                let $map = $($borrow)+ $p.journal;
                $body
            }
            $crate::domain::records::Collection::Moment => {
                let $map = $($borrow)+ $p.moments;
                $body
            }
            $crate::domain::records::Collection::Feedback => {
                let $map = $($borrow)+ $p.feedback;
                $body
            }
            $crate::domain::records::Collection::Action => {
                let $map = $($borrow)+ $p.actions;
                $body
            }
            $crate::domain::records::Collection::Question => {
                let $map = $($borrow)+ $p.questions;
                $body
            }
            $crate::domain::records::Collection::Intervision => {
                let $map = $($borrow)+ $p.intervisions;
                $body
            }
            $crate::domain::records::Collection::Attachment => {
                let $map = $($borrow)+ $p.attachments;
                $body
            }
            $crate::domain::records::Collection::Worksheet => {
                let $map = $($borrow)+ $p.worksheets;
                $body
            }
            $crate::domain::records::Collection::Conversation => {
                let $map = $($borrow)+ $p.conversations;
                $body
            }
        }
    };
}
pub(crate) use with_items;

/// What every collection item has: an ID that must agree with its record key.
pub trait Identified {
    fn set_id(&mut self, id: &str);

    /// Brings what an older Leerpad wrote into today's meaning, once it is read.
    fn settle(&mut self) {}
}

macro_rules! identified {
    ($($t:ty),*) => {$(
        impl Identified for $t {
            fn set_id(&mut self, id: &str) {
                id.clone_into(&mut self.id);
            }
        }
    )*};
}
identified!(JournalEntry, Moment, FeedbackItem, Action, Intervision, Attachment, Worksheet, Conversation);

impl Identified for Question {
    fn set_id(&mut self, id: &str) {
        id.clone_into(&mut self.id);
    }

    /// A leeropgave once had two switches, "bespreken" and "delen"; both meant: in the report.
    /// Now sharing is the one switch, so a question marked for discussion reads as shared.
    fn settle(&mut self) {
        self.shared |= std::mem::take(&mut self.discuss);
    }
}

/// Reads `json` into the collection item `id` (or removes it when `None`).
fn put_item<T: Identified + Decode>(
    map: &mut super::keyed::Keyed<T>,
    id: &str,
    json: Option<&str>,
) -> Result<(), Fault> {
    match json {
        None => drop(map.remove(id)),
        Some(json) => {
            let mut item: T = decode_record(json)?;
            item.set_id(id);
            item.settle();
            map.insert(id.to_owned(), item);
        }
    }
    Ok(())
}

/// The meta record for this build's schema: `{"schema":N}`.
pub fn current_meta_json() -> String {
    format!("{{\"schema\":{SCHEMA_VERSION}}}")
}

/// The schema version a meta record names; `None` when it is not a meta record.
pub fn meta_schema(json: &str) -> Option<u32> {
    Value::parse(json).ok()?.get("schema")?.as_u64()?.try_into().ok()
}

impl RecordKey {
    /// The records that exist once per portfolio, in the order of a document; the collections
    /// follow ([`Collection::ALL`]).
    pub const SINGLES: [RecordKey; 4] =
        [RecordKey::Profile, RecordKey::Progress, RecordKey::Settings, RecordKey::Why];

    /// The item ID of a collection record; `None` for the single records.
    pub fn id(&self) -> Option<&str> {
        match self {
            RecordKey::Item(_, id) => Some(id),
            _ => None,
        }
    }

    /// The section of the one-document form (backups, fixtures) this record belongs to: the
    /// whole section for single records, one entry of it for collection items.
    pub fn section(&self) -> &'static str {
        match self {
            RecordKey::Profile => "profile",
            RecordKey::Progress => "progress",
            RecordKey::Settings => "settings",
            RecordKey::Why => "why",
            RecordKey::Item(c, _) => c.section(),
        }
    }

    pub fn storage_key(&self) -> String {
        match self {
            RecordKey::Item(c, id) => format!("{PREFIX}{}:{id}", c.segment()),
            single => format!("{PREFIX}{}", single.section()),
        }
    }

    /// The record a storage key names; `None` for the meta key and for keys this build does not know.
    pub fn parse(storage_key: &str) -> Option<RecordKey> {
        let rest = storage_key.strip_prefix(PREFIX)?;
        if let Some(single) = RecordKey::SINGLES.into_iter().find(|k| k.section() == rest) {
            return Some(single);
        }
        let (segment, id) = rest.split_once(':')?;
        if id.is_empty() {
            return None;
        }
        Some(RecordKey::Item(Collection::from_segment(segment)?, id.to_owned()))
    }
}

impl Portfolio {
    /// Whether the one-document form leaves out collection `c`: attached files, worksheets and
    /// conversations came later within the same schema, and a portfolio without them reads as
    /// before.
    pub fn omits(&self, c: Collection) -> bool {
        match c {
            Collection::Attachment => self.attachments.is_empty(),
            Collection::Worksheet => self.worksheets.is_empty(),
            Collection::Conversation => self.conversations.is_empty(),
            _ => false,
        }
    }

    /// Every record this portfolio consists of.
    pub fn record_keys(&self) -> Vec<RecordKey> {
        let mut keys = RecordKey::SINGLES.to_vec();
        for c in Collection::ALL {
            with_items!(ref self, c, items => keys.extend(items.keys().map(|id| RecordKey::Item(c, id.clone()))));
        }
        keys
    }

    /// Whether the record exists (single records always do), without serialising it.
    pub fn contains(&self, key: &RecordKey) -> bool {
        match key {
            RecordKey::Item(c, id) => with_items!(ref self, *c, items => items.contains_key(id)),
            _ => true,
        }
    }

    /// A record as compact JSON, or `None` when the item does not exist (it was deleted).
    pub fn record_json(&self, key: &RecordKey) -> Option<String> {
        Some(match key {
            RecordKey::Profile => to_json(&self.profile),
            RecordKey::Progress => to_json(&self.progress),
            RecordKey::Settings => to_json(&self.settings),
            RecordKey::Why => to_json(&self.why),
            RecordKey::Item(c, id) => with_items!(ref self, *c, items => to_json(items.get(id)?)),
        })
    }

    /// A record as a JSON value, for merging.
    pub fn record_value(&self, key: &RecordKey) -> Option<Value> {
        self.record_json(key).map(|json| Value::parse(&json).expect("own JSON parses"))
    }

    /// Replaces one record with stored or received JSON; `None` deletes the item.
    pub fn put_record(&mut self, key: &RecordKey, json: Option<&str>) -> Result<(), Fault> {
        match key {
            RecordKey::Profile => self.profile = json.map(decode_record).transpose()?.unwrap_or_default(),
            RecordKey::Progress => self.progress = json.map(decode_record).transpose()?.unwrap_or_default(),
            RecordKey::Settings => self.settings = json.map(decode_record).transpose()?.unwrap_or_default(),
            RecordKey::Why => self.why = json.map(decode_record).transpose()?.unwrap_or_default(),
            RecordKey::Item(c, id) => with_items!(mut self, *c, items => put_item(items, id, json)?),
        }
        Ok(())
    }
}

/// What is wrong with a record or a file. Data, not words: the interface says it in the
/// participant's language, and no message ever quotes the data itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// The version record is missing.
    NoVersion,
    /// The version is not one Leerpad ever wrote (0, or not a number).
    UnknownVersion,
    /// The text is not (valid) JSON.
    NotJson,
    /// JSON of the wrong shape: wrong types, missing parts, values Leerpad does not know.
    Shape,
    /// A score or target outside the 1–5 scale.
    LevelOutOfRange,
    /// A text longer than Leerpad keeps ([`MAX_TEXT_CHARS`]).
    TooLong,
    /// Upgrading the data to this schema version failed.
    Upgrade(u32),
}

/// One record that could not be read, and why (for the recovery page and restore messages).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The storage key (what the recovery page restores or discards).
    pub key: String,
    /// The record, to say where the problem is; `None` for the version or the file as a whole.
    pub record: Option<RecordKey>,
    pub fault: Fault,
}

impl Problem {
    pub fn in_record(record: &RecordKey, fault: Fault) -> Problem {
        Problem { key: record.storage_key(), record: Some(record.clone()), fault }
    }

    pub fn in_version(fault: Fault) -> Problem {
        Problem { key: META_KEY.to_owned(), record: None, fault }
    }

    /// A problem with a file as a whole (its envelope, not one of its records).
    pub fn in_file(fault: Fault) -> Problem {
        Problem { key: String::new(), record: None, fault }
    }
}

/// The longest text Leerpad takes from a file: far more than anyone writes in one field (about
/// 30 pages), and short enough that showing it never keeps the page busy.
pub const MAX_TEXT_CHARS: usize = 100_000;

/// The rules serde cannot check: levels on the 1–5 scale, IDs that match their record.
pub fn validate(p: &Portfolio) -> Result<(), Vec<Problem>> {
    let mut problems = Vec::new();
    let level_ok = |l: Option<u8>| l.is_none_or(|l| (1..=5).contains(&l));
    for (id, moment) in &p.moments {
        if moment.ratings.values().any(|r| !level_ok(r.level) || !level_ok(r.target)) {
            problems.push(Problem::in_record(
                &RecordKey::Item(Collection::Moment, id.clone()),
                Fault::LevelOutOfRange,
            ));
        }
    }
    for (id, file) in &p.attachments {
        if !file.is_valid() {
            problems
                .push(Problem::in_record(&RecordKey::Item(Collection::Attachment, id.clone()), Fault::Shape));
        }
    }
    if problems.is_empty() { Ok(()) } else { Err(problems) }
}

/// Every record of a portfolio as `(storage key, JSON)`, meta first: what a full write stores.
pub fn all_records(p: &Portfolio) -> Vec<(String, String)> {
    let mut out = vec![(META_KEY.to_owned(), current_meta_json())];
    out.extend(p.record_keys().iter().filter_map(|k| Some((k.storage_key(), p.record_json(k)?))));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::portfolio::{ModuleStatus, Rating};
    use crate::domain::stored::{Loaded, load};

    fn sample() -> Portfolio {
        let mut p = Portfolio::default();
        p.profile.name = "Noor".into();
        p.profile.programme = Some("blg".into());
        p.set_status("blg.m2", ModuleStatus::InProgress);
        p.journal.insert(
            "j-1".into(),
            JournalEntry {
                id: "j-1".into(),
                title: "Feedback".into(),
                body: "\"quotes\" & <tags>".into(),
                ..Default::default()
            },
        );
        let mut m = Moment {
            id: "m-1".into(),
            name: "Nulmeting".into(),
            date: "2026-09-01".into(),
            ..Default::default()
        };
        m.ratings.insert("blg.m1.g1".into(), Rating { level: Some(3), ..Default::default() });
        p.moments.insert("m-1".into(), m);
        p.feedback.insert(
            "f-1".into(),
            FeedbackItem { id: "f-1".into(), title: "Luistert goed".into(), ..Default::default() },
        );
        p.actions.insert(
            "a-1".into(),
            Action { id: "a-1".into(), title: "Delegeren".into(), shared: true, ..Default::default() },
        );
        p.questions.insert("q-1".into(), Question { id: "q-1".into(), shared: true, ..Default::default() });
        p.intervisions.insert(
            "i-1".into(),
            Intervision { id: "i-1".into(), learned: "x".into(), ..Default::default() },
        );
        p.why.drivers = "Vertrouwen".into();
        p
    }

    #[test]
    fn keys_round_trip() {
        for key in sample().record_keys() {
            assert_eq!(RecordKey::parse(&key.storage_key()), Some(key));
        }
        assert_eq!(RecordKey::parse(META_KEY), None);
        assert_eq!(RecordKey::parse("leerpad:journal:"), None);
        assert_eq!(RecordKey::parse("leerpad.locale"), None);
        assert_eq!(RecordKey::parse("leerpad:onbekend"), None);
    }

    #[test]
    fn records_round_trip() {
        let p = sample();
        assert_eq!(load(&all_records(&p)), Loaded::Ready { portfolio: Box::new(p), migrated_from: None });
    }

    #[test]
    fn nothing_stored_is_empty_and_foreign_keys_are_ignored() {
        assert_eq!(load(&[]), Loaded::Empty);
        assert_eq!(load(&[("leerpad.locale".into(), "\"en\"".into())]), Loaded::Empty);
    }

    #[test]
    fn newer_schema_is_never_read_as_current() {
        let stored = vec![(META_KEY.to_owned(), r#"{"schema":99}"#.to_owned())];
        assert_eq!(load(&stored), Loaded::Newer { schema: 99 });
    }

    #[test]
    fn bad_records_are_reported_by_key() {
        let mut stored = all_records(&sample());
        stored.push(("leerpad:journal:j-2".into(), "{\"title\": \"afgebroken".into()));
        stored.push(("leerpad:moment:m-2".into(), r#"{"ratings":{"g":{"level":9}}}"#.into()));
        let Loaded::Corrupt { problems } = load(&stored) else { panic!("expected corrupt") };
        assert_eq!(problems.len(), 1, "unreadable records are reported first: {problems:?}");
        assert_eq!(problems[0].key, "leerpad:journal:j-2");

        stored.retain(|(k, _)| k != "leerpad:journal:j-2");
        let Loaded::Corrupt { problems } = load(&stored) else { panic!("expected corrupt") };
        assert_eq!(problems[0].key, "leerpad:moment:m-2");
        assert_eq!(problems[0].fault, Fault::LevelOutOfRange);
    }

    #[test]
    fn wrong_types_and_missing_meta_are_corrupt() {
        let mut stored = all_records(&sample());
        stored.retain(|(k, _)| k != META_KEY);
        assert!(matches!(load(&stored), Loaded::Corrupt { .. }));
        for bad_profile in [r#"{"name": 42}"#, "[]", r#""tekst""#] {
            let mut stored = all_records(&sample());
            stored.push(("leerpad:profile".into(), bad_profile.into()));
            stored.swap_remove(1);
            assert!(matches!(load(&stored), Loaded::Corrupt { .. }), "{bad_profile}");
        }
        let stored = vec![(META_KEY.into(), r#"{"schema":"1"}"#.into())];
        assert!(matches!(load(&stored), Loaded::Corrupt { .. }));
    }

    #[test]
    fn storage_keys_round_trip_and_kinds_agree() {
        for c in Collection::ALL {
            let key = RecordKey::Item(c, "x-1".into());
            assert_eq!(RecordKey::parse(&key.storage_key()), Some(key));
            if let Some(kind) = c.kind() {
                assert_eq!(Collection::from(kind), c);
            }
        }
        for single in RecordKey::SINGLES {
            assert_eq!(RecordKey::parse(&single.storage_key()), Some(single));
        }
    }

    #[test]
    fn a_question_once_marked_for_discussion_reads_as_shared() {
        let mut p = Portfolio::default();
        let key = RecordKey::Item(Collection::Question, "q1".into());
        p.put_record(&key, Some(r#"{"title":"Delegeren","discuss":true}"#)).unwrap();
        assert!(p.questions["q1"].shared);
        assert!(!p.questions["q1"].discuss);
        assert!(!p.record_json(&key).unwrap().contains(r#""discuss":true"#));
    }

    #[test]
    fn put_record_deletes_and_takes_the_id_from_the_key() {
        let mut p = sample();
        p.put_record(
            &RecordKey::Item(Collection::Journal, "j-9".into()),
            Some(r#"{"id": "other", "title": "x"}"#),
        )
        .unwrap();
        assert_eq!(p.journal["j-9"].id, "j-9");
        p.put_record(&RecordKey::Item(Collection::Journal, "j-9".into()), None).unwrap();
        assert!(!p.journal.contains_key("j-9"));
        assert!(p.put_record(&RecordKey::Progress, Some(r#"{"blg.m1": "klaar"}"#)).is_err());
        assert!(p.put_record(&RecordKey::Profile, Some("[]")).is_err());
    }

    #[test]
    fn contains_agrees_with_record_json() {
        let p = sample();
        let keys = p.record_keys().into_iter().chain([
            RecordKey::Item(Collection::Journal, "none".into()),
            RecordKey::Item(Collection::Moment, "x".into()),
        ]);
        for key in keys {
            assert_eq!(p.contains(&key), p.record_json(&key).is_some(), "{key:?}");
        }
    }
}
