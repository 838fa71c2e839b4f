//! Three-way merge of one record, for two tabs (or devices) that edited the same portfolio.
//!
//! `base` is the version both sides started from, `ours` the unsaved local one, `theirs` the one
//! the other side saved. Fields changed on one side only are taken from that side; a field both
//! changed differently is a conflict: ours is kept and the field is named, so the participant can
//! be told. An item deleted on one side but edited on the other is kept, never silently dropped.
//! The `updated` stamp changes with every edit on either side, so it is never a conflict: the later
//! one wins.

use super::json::{Map, Value};
use super::sorting::sort_dedup;

#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    /// The merged record; `None` when both sides agree it is deleted.
    pub value: Option<Value>,
    /// Fields (or `""` for the whole record) that both sides changed differently.
    pub conflicts: Vec<String>,
}

/// The field that stamps when a record was last changed (milliseconds).
const UPDATED: &str = "updated";

fn later<'a>(a: Option<&'a Value>, b: Option<&'a Value>) -> Option<&'a Value> {
    let stamp = |v: Option<&Value>| v.and_then(Value::as_i64).unwrap_or(i64::MIN);
    if stamp(b) > stamp(a) { b } else { a }
}

pub fn merge3(base: Option<&Value>, ours: Option<&Value>, theirs: Option<&Value>) -> Merged {
    let clean = |value: Option<&Value>| Merged { value: value.cloned(), conflicts: Vec::new() };
    if ours == theirs || theirs == base {
        return clean(ours);
    }
    if ours == base {
        return clean(theirs);
    }
    match (base, ours, theirs) {
        (base, Some(Value::Object(o)), Some(Value::Object(t))) => {
            let empty = Map::new();
            let b = match base {
                Some(Value::Object(b)) => b,
                _ => &empty,
            };
            let mut merged = Map::new();
            let mut conflicts = Vec::new();
            let mut fields: Vec<&String> = o.keys().chain(t.keys()).chain(b.keys()).collect();
            sort_dedup(&mut fields);
            for field in fields {
                let (bf, of, tf) = (b.get(field), o.get(field), t.get(field));
                let pick = if of == tf || tf == bf {
                    of
                } else if of == bf {
                    tf
                } else if field == UPDATED {
                    later(of, tf)
                } else {
                    conflicts.push(field.clone());
                    of.or(tf)
                };
                if let Some(v) = pick {
                    merged.insert(field.clone(), v.clone());
                }
            }
            Merged { value: Some(Value::Object(merged)), conflicts }
        }
        // Deleted on one side, changed on the other: keep the changed one and say so.
        (_, None, Some(t)) => Merged { value: Some(t.clone()), conflicts: vec![String::new()] },
        (_, Some(o), _) => Merged { value: Some(o.clone()), conflicts: vec![String::new()] },
        (_, None, None) => clean(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::json::json;

    #[test]
    fn one_sided_changes_are_taken() {
        let base = json!({"name": "A", "role": "x"});
        let ours = json!({"name": "B", "role": "x"});
        let theirs = json!({"name": "A", "role": "y"});
        let m = merge3(Some(&base), Some(&ours), Some(&theirs));
        assert_eq!(m.value, Some(json!({"name": "B", "role": "y"})));
        assert!(m.conflicts.is_empty());
    }

    #[test]
    fn both_sides_changing_a_field_keeps_ours_and_reports_it() {
        let base = json!({"body": "a", "title": "t"});
        let ours = json!({"body": "mine", "title": "t"});
        let theirs = json!({"body": "theirs", "title": "t2"});
        let m = merge3(Some(&base), Some(&ours), Some(&theirs));
        assert_eq!(m.value, Some(json!({"body": "mine", "title": "t2"})));
        assert_eq!(m.conflicts, ["body"]);
    }

    #[test]
    fn edits_to_different_fields_are_no_conflict_even_though_both_stamped_updated() {
        let base = json!({"title": "t", "body": "b", "updated": 1});
        let ours = json!({"title": "mine", "body": "b", "updated": 5});
        let theirs = json!({"title": "t", "body": "theirs", "updated": 7});
        let m = merge3(Some(&base), Some(&ours), Some(&theirs));
        assert_eq!(m.value, Some(json!({"title": "mine", "body": "theirs", "updated": 7})));
        assert!(m.conflicts.is_empty());
        let m = merge3(Some(&base), Some(&theirs), Some(&ours));
        assert_eq!(
            m.value.unwrap().get("updated").and_then(Value::as_i64),
            Some(7),
            "the later stamp wins from either side"
        );
    }

    #[test]
    fn map_records_merge_per_key() {
        // Module statuses: two tabs set different modules.
        let base = json!({"blg.m1": "done"});
        let ours = json!({"blg.m1": "done", "blg.m2": "in_progress"});
        let theirs = json!({"blg.m1": "done", "blg.m3": "done"});
        let m = merge3(Some(&base), Some(&ours), Some(&theirs));
        assert_eq!(m.value, Some(json!({"blg.m1": "done", "blg.m2": "in_progress", "blg.m3": "done"})));
        // One tab resets a module (the key disappears) while the other leaves it alone.
        let theirs = json!({});
        let m = merge3(Some(&base), Some(&base), Some(&theirs));
        assert_eq!(m.value, Some(json!({})));
    }

    #[test]
    fn deletion_against_an_edit_keeps_the_edit() {
        let base = json!({"title": "t"});
        let ours = json!({"title": "edited"});
        let m = merge3(Some(&base), Some(&ours), None);
        assert_eq!(m.value, Some(ours.clone()));
        assert_eq!(m.conflicts, [""]);
        let m = merge3(Some(&base), None, Some(&ours));
        assert_eq!(m.value, Some(ours));
        // Deleted on both sides, or deleted on one side without edits on the other: deleted.
        assert_eq!(merge3(Some(&base), None, None).value, None);
        assert_eq!(merge3(Some(&base), Some(&base), None).value, None);
    }

    #[test]
    fn merging_is_idempotent_and_agrees_with_identical_sides() {
        let base = json!({"a": 1, "b": 2});
        let ours = json!({"a": 5, "b": 2});
        let theirs = json!({"a": 1, "b": 7});
        let once = merge3(Some(&base), Some(&ours), Some(&theirs)).value.unwrap();
        let twice = merge3(Some(&base), Some(&once), Some(&theirs)).value.unwrap();
        assert_eq!(once, twice);
        assert_eq!(merge3(None, Some(&ours), Some(&ours)).value, Some(ours));
    }
}
