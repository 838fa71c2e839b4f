//! Reading the portfolio's records back from JSON, by hand.
//!
//! A record is parsed into a [`Value`] (which every other JSON path uses too) and then taken
//! apart by [`Decode`]. That replaced serde's derived deserialisers, which compiled into a visitor
//! per type and per field (a fifth of the app's own code). The rules are those the derived code
//! had: every record is an object; a missing field takes its default; a field of the
//! wrong type, a value outside its type and an unknown choice are [`Fault::Shape`]; unknown
//! fields are ignored, so that data of a newer minor version still reads. One difference: a field
//! named twice in one object counts once, with its last value (as in JavaScript's `JSON.parse`),
//! where serde's derived code refused the record.

use super::items::{ActionStatus, Column, Source};
use super::json::{Map, Value};
use super::keyed::Keyed;
use super::portfolio::ModuleStatus;
use super::records::Fault;

/// A value that can be read from its JSON form.
pub trait Decode: Sized {
    fn decode(value: Value) -> Result<Self, Fault>;
}

impl Decode for String {
    fn decode(value: Value) -> Result<Self, Fault> {
        match value {
            Value::String(text) => Ok(text),
            _ => Err(Fault::Shape),
        }
    }
}

impl Decode for bool {
    fn decode(value: Value) -> Result<Self, Fault> {
        value.as_bool().ok_or(Fault::Shape)
    }
}

/// Times ([`super::dates::Millis`]): whole numbers only, as serde read them.
impl Decode for i64 {
    fn decode(value: Value) -> Result<Self, Fault> {
        value.as_i64().ok_or(Fault::Shape)
    }
}

impl Decode for u32 {
    fn decode(value: Value) -> Result<Self, Fault> {
        value.as_u64().and_then(|n| u32::try_from(n).ok()).ok_or(Fault::Shape)
    }
}

impl Decode for u8 {
    fn decode(value: Value) -> Result<Self, Fault> {
        value.as_u64().and_then(|n| u8::try_from(n).ok()).ok_or(Fault::Shape)
    }
}

/// `null` or missing is `None`.
impl<T: Decode> Decode for Option<T> {
    fn decode(value: Value) -> Result<Self, Fault> {
        match value {
            Value::Null => Ok(None),
            value => T::decode(value).map(Some),
        }
    }
}

impl<T: Decode> Decode for Vec<T> {
    fn decode(value: Value) -> Result<Self, Fault> {
        match value {
            Value::Array(items) => items.into_iter().map(T::decode).collect(),
            _ => Err(Fault::Shape),
        }
    }
}

impl<T: Decode> Decode for Keyed<T> {
    fn decode(value: Value) -> Result<Self, Fault> {
        match value {
            Value::Object(map) => map.into_iter().map(|(k, v)| Ok((k, T::decode(v)?))).collect(),
            _ => Err(Fault::Shape),
        }
    }
}

/// A choice, stored as its code.
macro_rules! decode_choice {
    ($($t:ty),*) => {$(
        impl Decode for $t {
            fn decode(value: Value) -> Result<Self, Fault> {
                value.as_str().and_then(<$t>::from_code).ok_or(Fault::Shape)
            }
        }
    )*};
}
decode_choice!(Source, Column, ActionStatus, ModuleStatus);

/// The member `key`, taken out of `map` without moving the others (a field is read once).
pub(super) fn take(map: &mut Map, key: &str) -> Option<Value> {
    map.get_mut(key).map(|v| std::mem::replace(v, Value::Null))
}

/// A record type, stored as an object with a field per Rust field (missing fields take the
/// type's default). The fields are listed once, in [`super::record_fields`].
macro_rules! decode_object {
    ($($t:ty { $($field:ident),* $(,)? })*) => {$(
        impl $crate::domain::decode::Decode for $t {
            fn decode(
                value: $crate::domain::json::Value,
            ) -> Result<Self, $crate::domain::records::Fault> {
                let $crate::domain::json::Value::Object(mut map) = value else {
                    return Err($crate::domain::records::Fault::Shape);
                };
                let mut record = <$t>::default();
                $(
                    if let Some(v) = $crate::domain::decode::take(&mut map, stringify!($field)) {
                        record.$field = $crate::domain::decode::Decode::decode(v)?;
                    }
                )*
                Ok(record)
            }
        }
    )*};
}
pub(super) use decode_object;

/// Reads one record: `json` must be a JSON object of the record's shape.
pub fn decode_record<T: Decode>(json: &str) -> Result<T, Fault> {
    match Value::parse(json) {
        Ok(value @ Value::Object(_)) => T::decode(value),
        Ok(_) => Err(Fault::Shape),
        Err(_) => Err(Fault::NotJson),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::encode::{Encode, to_json};
    use crate::domain::items::{Action, FeedbackItem, Intervision, Question, Why};
    use crate::domain::portfolio::{JournalEntry, Moment, Profile, Rating, Settings};

    /// Every field set to something other than its default survives writing and reading, so a
    /// field missing from `decode_object!` fails here.
    fn round_trip<T: Decode + Encode + Default + PartialEq + std::fmt::Debug>(full: T) {
        assert_ne!(full, T::default(), "the sample sets fields");
        let json = to_json(&full);
        let Ok(Value::Object(mut object)) = Value::parse(&json) else { panic!("{json} is an object") };
        assert_eq!(decode_record::<T>(&json).unwrap(), full);
        // Each field on its own matters: dropping it gives back something else, so a field
        // that is not written or not read fails here.
        for key in object.keys().cloned().collect::<Vec<_>>() {
            let mut without: Map = object.clone();
            let removed = without.remove(&key).unwrap();
            let back = decode_record::<T>(&Value::Object(without).to_json()).unwrap();
            assert_ne!(back, full, "field {key} = {} is not read", removed.to_json());
        }
        object.insert("unknown_later_field".into(), Value::from(1_u64));
        assert_eq!(decode_record::<T>(&Value::Object(object).to_json()).unwrap(), full);
    }

    fn goals() -> Vec<String> {
        vec!["blg.m1.g1".into(), "blg.m1.g2".into()]
    }

    #[test]
    fn every_field_of_every_record_reads_back() {
        round_trip(Profile {
            name: "Ada".into(),
            role: "teamleider".into(),
            organisation: "BZK".into(),
            manager: "Bea".into(),
            programme: Some("blg".into()),
            cohort_start: Some("2026-09-01".into()),
        });
        round_trip(Settings { last_backup: Some(1_700_000_000_000), persistence_requested: true });
        round_trip(Why {
            drivers: "a".into(),
            strengthens: "b".into(),
            holds_back: "c".into(),
            ambition_where: "d".into(),
            ambition_impact: "e".into(),
            ambition_role: "f".into(),
            ambition_path: "g".into(),
            shared: true,
        });
        round_trip(JournalEntry {
            id: "j1".into(),
            created: 1,
            updated: 2,
            module: Some("blg.m1".into()),
            title: "t".into(),
            body: "b".into(),
            goals: goals(),
            date: "2026-09-08".into(),
            learned: "l".into(),
            differently: "d".into(),
            source: Some(Source::Intervision),
            shared: true,
        });
        let mut ratings = Keyed::default();
        ratings.insert(
            "blg.m1.g1".into(),
            Rating { level: Some(3), not_applicable: true, note: "n".into(), target: Some(5) },
        );
        round_trip(Rating { level: Some(3), not_applicable: true, note: "n".into(), target: Some(5) });
        round_trip(Moment {
            id: "m1".into(),
            name: "Nulmeting".into(),
            date: "2026-09-01".into(),
            programme: "blg".into(),
            created: -5,
            closed: true,
            ratings,
        });
        round_trip(FeedbackItem {
            id: "f1".into(),
            created: 1,
            updated: 2,
            title: "t".into(),
            column: Column::LetGo,
            body: "b".into(),
            module: Some("blg.m2".into()),
            goals: goals(),
            shared: true,
        });
        round_trip(Action {
            id: "a1".into(),
            created: 1,
            updated: 2,
            title: "t".into(),
            why: "w".into(),
            with_whom: "ww".into(),
            due: "2026-10-01".into(),
            success: "s".into(),
            status: ActionStatus::Stopped,
            happened: "h".into(),
            learned: "l".into(),
            module: Some("blg.m3".into()),
            goals: goals(),
            shared: true,
            from_feedback: Some("f1".into()),
        });
        round_trip(Question {
            id: "q1".into(),
            created: 1,
            updated: 2,
            title: "t".into(),
            body: "b".into(),
            ask: "v".into(),
            discuss: true,
            agreements: "a".into(),
            module: Some("blg.m4".into()),
            goals: goals(),
            shared: true,
        });
        round_trip(Intervision {
            id: "i1".into(),
            created: 1,
            updated: 2,
            date: "2026-11-11".into(),
            title: "t".into(),
            body: "b".into(),
            learned: "l".into(),
            module: Some("blg.m5".into()),
            goals: goals(),
            shared: true,
        });
    }

    #[test]
    fn every_field_of_a_worksheet_reads_back() {
        use crate::domain::worksheet::{SheetRow, Worksheet};
        let cells: Keyed<String> = [("wie".to_owned(), "A.B.".to_owned())].into_iter().collect();
        round_trip(SheetRow { id: "r1".into(), cells: cells.clone() });
        round_trip(Worksheet {
            id: "w1".into(),
            created: 1,
            updated: 2,
            sheet: "teamscan".into(),
            date: "2026-12-07".into(),
            module: Some("blg.m3".into()),
            goals: goals(),
            shared: true,
            values: [("opvalt".to_owned(), "x".to_owned())].into_iter().collect(),
            tables: [("bouwstenen".to_owned(), vec![SheetRow { id: "vertrouwen".into(), cells }])]
                .into_iter()
                .collect(),
        });
    }

    #[test]
    fn every_choice_reads_its_written_code() {
        fn each<T: Decode + Encode + PartialEq + std::fmt::Debug + Copy>(all: &[T]) {
            for choice in all {
                let written = Value::parse(&to_json(choice)).unwrap();
                assert_eq!(T::decode(written), Ok(*choice));
            }
        }
        each(&Source::ALL);
        each(&Column::ALL);
        each(&ActionStatus::ALL);
        each(&ModuleStatus::ALL);
    }

    #[test]
    fn wrong_shapes_are_refused() {
        for json in
            [r#"{"name": 1}"#, r#"{"name": null}"#, r#"{"programme": 7}"#, r#"{"cohort_start": ["2026"]}"#]
        {
            assert_eq!(decode_record::<Profile>(json), Err(Fault::Shape), "{json}");
        }
        for json in [
            r#"{"level": 256}"#,
            r#"{"level": -1}"#,
            r#"{"level": 2.5}"#,
            r#"{"level": "3"}"#,
            r#"{"not_applicable": "ja"}"#,
        ] {
            assert_eq!(decode_record::<Rating>(json), Err(Fault::Shape), "{json}");
        }
        assert_eq!(decode_record::<JournalEntry>(r#"{"created": 1.5}"#), Err(Fault::Shape));
        assert_eq!(decode_record::<JournalEntry>(r#"{"created": 1e3}"#), Err(Fault::Shape));
        assert_eq!(decode_record::<JournalEntry>(r#"{"source": "cursus"}"#), Err(Fault::Shape));
        assert_eq!(decode_record::<JournalEntry>(r#"{"goals": "blg.m1.g1"}"#), Err(Fault::Shape));
        assert_eq!(decode_record::<JournalEntry>(r#"{"goals": [1]}"#), Err(Fault::Shape));
        assert_eq!(decode_record::<Moment>(r#"{"ratings": {"g": {"level": "x"}}}"#), Err(Fault::Shape));
        assert_eq!(decode_record::<Keyed<ModuleStatus>>(r#"{"blg.m1": "klaar"}"#), Err(Fault::Shape));
        assert_eq!(decode_record::<Profile>("[]"), Err(Fault::Shape));
        assert_eq!(decode_record::<Profile>("\"x\""), Err(Fault::Shape));
        assert_eq!(decode_record::<Profile>("{"), Err(Fault::NotJson));
        assert_eq!(decode_record::<Profile>("{} x"), Err(Fault::NotJson));
    }

    #[test]
    fn missing_fields_and_null_choices_take_their_defaults() {
        assert_eq!(decode_record::<Action>("{}"), Ok(Action::default()));
        assert_eq!(decode_record::<JournalEntry>(r#"{"source": null}"#), Ok(JournalEntry::default()));
        let progress: Keyed<ModuleStatus> =
            decode_record(r#"{"blg.m2": "done", "blg.m1": "in_progress"}"#).unwrap();
        assert_eq!(progress.keys().collect::<Vec<_>>(), ["blg.m1", "blg.m2"]);
        assert_eq!(progress["blg.m2"], ModuleStatus::Done);
    }
}
