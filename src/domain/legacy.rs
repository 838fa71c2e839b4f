//! What Leerpad builds before the IndexedDB store kept in localStorage, and the rules for moving
//! it into the database exactly once (the browser side is `storage::migration`).
//!
//! The old layout: every record under its record key (`leerpad:profile`, `leerpad:journal:<id>`
//! …, the same keys the database uses), the previous version of each under
//! `leerpad.bak:<record key>`, and the portfolio from before a restore under
//! `leerpad.before-restore`.
//!
//! The move: copy everything into the database in one transaction that also keeps the snapshot's
//! [`Snapshot::fingerprint`]; read it back and compare; then write [`MOVED_META`] over the old
//! version record, and only then remove the old records. A tab closed at any point leaves a state
//! the next start recognises: the fingerprint says "copied, not yet checked", the moved version
//! record says "checked, maybe not all removed".

use super::backup::checksum;
use super::records::{META_KEY, PREFIX};

/// Prefix of the old previous-version copies.
pub const BACKUP_PREFIX: &str = "leerpad.bak:";
/// The old restore point.
pub const RESTORE_POINT_KEY: &str = "leerpad.before-restore";

/// What the old version record says once the portfolio has moved. A build that still reads
/// localStorage takes schema 2 for data of a newer Leerpad: it shows it read-only, never writes,
/// and asks for a reload, which brings the new build. Never removed by the move itself.
pub const MOVED_META: &str = r#"{"moved_to":"indexeddb","schema":2}"#;

/// Whether a version record is [`MOVED_META`].
pub fn is_moved(meta: &str) -> bool {
    super::json::Value::parse(meta)
        .is_ok_and(|v| v.get("moved_to").and_then(|m| m.as_str()) == Some("indexeddb"))
}

/// Everything of the portfolio the old layout holds, as stored, sorted by key.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Snapshot {
    /// `(record key, text)`, the version record included.
    pub records: Vec<(String, String)>,
    /// `(record key, text)` of the previous versions.
    pub previous: Vec<(String, String)>,
    pub restore_point: Option<String>,
}

/// What the old layout holds now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// No portfolio: never used, or erased.
    Nothing,
    /// Moved already; these keys are left over from a move that was cut off, to be removed.
    Moved { leftovers: Vec<String> },
    /// A portfolio to move.
    Portfolio(Snapshot),
}

/// Sorts what localStorage holds (`(key, text)` for every key) into the old layout.
pub fn find(stored: Vec<(String, String)>) -> Found {
    let mut snapshot = Snapshot::default();
    let mut keys = Vec::new();
    let mut moved = false;
    for (key, text) in stored {
        if key == META_KEY && is_moved(&text) {
            moved = true;
            continue;
        }
        if let Some(record) = key.strip_prefix(BACKUP_PREFIX) {
            keys.push(key.clone());
            snapshot.previous.push((record.to_owned(), text));
        } else if key.starts_with(PREFIX) {
            keys.push(key.clone());
            snapshot.records.push((key, text));
        } else if key == RESTORE_POINT_KEY {
            keys.push(key);
            snapshot.restore_point = Some(text);
        }
    }
    if moved {
        super::sorting::sort_by(&mut keys, |a, b| a.cmp(b));
        return Found::Moved { leftovers: keys };
    }
    if snapshot.records.is_empty() {
        // Previous versions or a restore point without a single record: nothing of a portfolio
        // left to show (an erase that was cut off); they stay where they are.
        return Found::Nothing;
    }
    super::sorting::sort_by(&mut snapshot.records, |a, b| a.cmp(b));
    super::sorting::sort_by(&mut snapshot.previous, |a, b| a.cmp(b));
    Found::Portfolio(snapshot)
}

impl Snapshot {
    /// Identifies this exact content: kept with the copy, so a later start knows the copy is of
    /// this snapshot and not of an older one.
    pub fn fingerprint(&self) -> String {
        let mut text = String::new();
        let mut add = |part: &str| {
            text.push_str(&part.len().to_string());
            text.push(':');
            text.push_str(part);
        };
        for (section, pairs) in [("records", &self.records), ("previous", &self.previous)] {
            add(section);
            for (key, value) in pairs {
                add(key);
                add(value);
            }
        }
        add(self.restore_point.as_deref().unwrap_or("-"));
        format!("{}-{}", self.records.len(), checksum(&text))
    }

    /// Whether a copy holds all of this snapshot, text for text: its records and previous
    /// versions (as stored, in any order) and its restore point.
    pub fn is_in(
        &self,
        mut records: Vec<(String, String)>,
        mut previous: Vec<(String, String)>,
        restore_point: Option<&str>,
    ) -> bool {
        let holds = |stored: &mut Vec<(String, String)>, expected: &[(String, String)]| {
            super::sorting::sort_by(stored, |a, b| a.cmp(b));
            expected.iter().all(|pair| stored.binary_search(pair).is_ok())
        };
        holds(&mut records, &self.records)
            && holds(&mut previous, &self.previous)
            && (self.restore_point.is_none() || self.restore_point.as_deref() == restore_point)
    }

    /// Every localStorage key of this snapshot, the version record last: removing in this order
    /// after [`MOVED_META`] is written leaves nothing that reads as a portfolio.
    pub fn keys(&self) -> Vec<String> {
        let mut keys: Vec<String> = self
            .records
            .iter()
            .map(|(k, _)| k.clone())
            .filter(|k| k != META_KEY)
            .chain(self.previous.iter().map(|(k, _)| format!("{BACKUP_PREFIX}{k}")))
            .collect();
        if self.restore_point.is_some() {
            keys.push(RESTORE_POINT_KEY.to_owned());
        }
        keys
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
        items.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
    }

    #[test]
    fn the_old_layout_is_sorted_into_records_previous_versions_and_the_restore_point() {
        let found = find(pairs(&[
            ("leerpad:profile", r#"{"name":"Noor"}"#),
            ("leerpad.locale", r#""en""#),
            ("leerpad:meta", r#"{"schema":1}"#),
            ("leerpad.bak:leerpad:profile", r#"{"name":"Oud"}"#),
            ("leerpad.before-restore", "{}"),
            ("andere-app", "x"),
        ]));
        let Found::Portfolio(snapshot) = found else { panic!("{found:?}") };
        assert_eq!(
            snapshot.records,
            pairs(&[("leerpad:meta", r#"{"schema":1}"#), ("leerpad:profile", r#"{"name":"Noor"}"#)])
        );
        assert_eq!(snapshot.previous, pairs(&[("leerpad:profile", r#"{"name":"Oud"}"#)]));
        assert_eq!(snapshot.restore_point.as_deref(), Some("{}"));
        assert_eq!(
            snapshot.keys(),
            vec!["leerpad:profile", "leerpad.bak:leerpad:profile", "leerpad.before-restore"],
            "the version record is not removed: it becomes MOVED_META"
        );
    }

    #[test]
    fn a_moved_portfolio_is_not_moved_again_and_its_leftovers_are_named() {
        assert_eq!(
            find(pairs(&[("leerpad:meta", MOVED_META), ("leerpad.locale", "\"nl\"")])),
            Found::Moved { leftovers: vec![] }
        );
        assert_eq!(
            find(pairs(&[("leerpad:journal:j1", "{}"), ("leerpad:meta", MOVED_META)])),
            Found::Moved { leftovers: vec!["leerpad:journal:j1".to_owned()] }
        );
        assert!(is_moved(MOVED_META));
        assert!(!is_moved(r#"{"schema":1}"#));
        assert!(!is_moved("{kapot"));
        assert_eq!(
            super::super::records::meta_schema(MOVED_META),
            Some(2),
            "older builds read it as newer data"
        );
    }

    #[test]
    fn nothing_to_move_without_records() {
        assert_eq!(find(vec![]), Found::Nothing);
        assert_eq!(
            find(pairs(&[("leerpad.locale", "\"en\""), ("leerpad.bak:leerpad:profile", "{}")])),
            Found::Nothing
        );
    }

    #[test]
    fn damaged_records_are_moved_as_they_are() {
        let Found::Portfolio(s) = find(pairs(&[("leerpad:profile", "{kapot")])) else { panic!() };
        assert_eq!(s.records, pairs(&[("leerpad:profile", "{kapot")]));
    }

    #[test]
    fn a_copy_holds_the_snapshot_only_with_every_text_the_same() {
        let snapshot = Snapshot {
            records: pairs(&[("leerpad:meta", "{}"), ("leerpad:profile", "ab")]),
            previous: pairs(&[("leerpad:profile", "a")]),
            restore_point: Some("punt".into()),
        };
        let records =
            pairs(&[("leerpad:profile", "ab"), ("leerpad:journal:j1", "later"), ("leerpad:meta", "{}")]);
        let previous = pairs(&[("leerpad:profile", "a")]);
        assert!(snapshot.is_in(records.clone(), previous.clone(), Some("punt")));
        assert!(!snapshot.is_in(records.clone(), previous.clone(), None), "the restore point is missing");
        assert!(
            !snapshot.is_in(records[..2].to_vec(), previous.clone(), Some("punt")),
            "a record is missing"
        );
        assert!(!snapshot.is_in(
            pairs(&[("leerpad:meta", "{}"), ("leerpad:profile", "ac")]),
            previous,
            Some("punt")
        ));
        assert!(!snapshot.is_in(records, vec![], Some("punt")), "a previous version is missing");
    }

    #[test]
    fn the_fingerprint_changes_with_any_byte_and_with_where_text_stands() {
        let base = Snapshot {
            records: pairs(&[("leerpad:meta", "{}"), ("leerpad:profile", "ab")]),
            ..Default::default()
        };
        let mut changed = base.clone();
        changed.records[1].1 = "ac".into();
        let mut moved = base.clone();
        moved.records[1] = ("leerpad:profilea".into(), "b".into());
        let mut with_point = base.clone();
        with_point.restore_point = Some(String::new());
        let prints = [&base, &changed, &moved, &with_point].map(Snapshot::fingerprint);
        for (i, a) in prints.iter().enumerate() {
            for b in &prints[i + 1..] {
                assert_ne!(a, b);
            }
        }
        assert_eq!(base.fingerprint(), base.clone().fingerprint());
    }
}
