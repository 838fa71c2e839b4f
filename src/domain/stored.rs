//! Reading back what storage holds: the records of any schema version into a portfolio, or what
//! is wrong with them (for the recovery page). Older schemas are upgraded through
//! [`super::migrate`]; the layout itself is [`super::records`].

use super::json::{Map, Value};

use super::migrate;
use super::portfolio::{Portfolio, SCHEMA_VERSION};
use super::records::{Fault, META_KEY, PREFIX, Problem, RecordKey, meta_schema, validate};
use super::sorting::sort_by;

/// What was found in storage.
#[derive(Debug, Clone, PartialEq)]
pub enum Loaded {
    /// Nothing stored: a first visit.
    Empty,
    Ready {
        portfolio: Box<Portfolio>,
        /// The older schema the data was upgraded from; it must be written back in the new form.
        migrated_from: Option<u32>,
    },
    /// Written by a newer Leerpad: show it read-only and never overwrite it.
    Newer { schema: u32 },
    /// Something could not be read. Nothing may be written until the participant chooses.
    Corrupt { problems: Vec<Problem> },
}

/// Reads a portfolio from stored `(key, text)` pairs at once. Keys without [`PREFIX`] are ignored.
pub fn load(stored: &[(String, String)]) -> Loaded {
    match begin(stored.to_vec()) {
        Begun::Done(loaded) => loaded,
        Begun::Reading(mut reading) => {
            reading.step(usize::MAX);
            reading.finish()
        }
    }
}

/// The start of reading stored records: either already decided, or records to read a number at
/// a time ([`Reading::step`]), so that a large portfolio never keeps the page busy for long.
pub enum Begun {
    Done(Loaded),
    Reading(Box<Reading>),
}

/// Records of the current schema being read into a portfolio.
pub struct Reading {
    /// In key order, the next one at `next`.
    records: Vec<(RecordKey, String)>,
    next: usize,
    portfolio: Portfolio,
    problems: Vec<Problem>,
}

/// Checks the version record and prepares the records for reading. Keys without [`PREFIX`] are
/// ignored.
pub fn begin(mut stored: Vec<(String, String)>) -> Begun {
    stored.retain(|(k, _)| k.starts_with(PREFIX));
    if stored.is_empty() {
        return Begun::Done(Loaded::Empty);
    }
    let Some((_, meta_text)) = stored.iter().find(|(k, _)| k == META_KEY) else {
        return Begun::Done(Loaded::Corrupt { problems: vec![Problem::in_version(Fault::NoVersion)] });
    };
    let schema = match meta_schema(meta_text) {
        Some(schema) if schema >= 1 => schema,
        _ => {
            return Begun::Done(Loaded::Corrupt {
                problems: vec![Problem::in_version(Fault::UnknownVersion)],
            });
        }
    };
    if schema > SCHEMA_VERSION {
        return Begun::Done(Loaded::Newer { schema });
    }
    let mut records: Vec<(RecordKey, String)> =
        stored.into_iter().filter_map(|(k, text)| Some((RecordKey::parse(&k)?, text))).collect();
    if schema != SCHEMA_VERSION {
        let records = records.iter().map(|(k, t)| (k.clone(), t.as_str())).collect();
        return Begun::Done(ready(upgrade(schema, records), Some(schema)));
    }
    // In key order, every item lands at the end of its collection (a `Keyed` is a sorted
    // vector): loading stays linear however the storage orders its keys.
    sort_by(&mut records, |a, b| a.0.cmp(&b.0));
    Begun::Reading(Box::new(Reading {
        records,
        next: 0,
        portfolio: Portfolio::default(),
        problems: Vec::new(),
    }))
}

impl Reading {
    /// Reads up to `count` more records; `true` once all are read.
    pub fn step(&mut self, count: usize) -> bool {
        let end = self.next.saturating_add(count).min(self.records.len());
        for (key, text) in &self.records[self.next..end] {
            if let Err(fault) = self.portfolio.put_record(key, Some(text)) {
                self.problems.push(Problem::in_record(key, fault));
            }
        }
        self.next = end;
        self.next == self.records.len()
    }

    /// What the records hold (call once [`Reading::step`] says all are read).
    pub fn finish(self) -> Loaded {
        let result = if self.problems.is_empty() { Ok(self.portfolio) } else { Err(self.problems) };
        ready(result, None)
    }
}

fn ready(result: Result<Portfolio, Vec<Problem>>, migrated_from: Option<u32>) -> Loaded {
    match result.and_then(|p| validate(&p).map(|()| p)) {
        Ok(portfolio) => Loaded::Ready { portfolio: Box::new(portfolio), migrated_from },
        Err(problems) => Loaded::Corrupt { problems },
    }
}

/// Older records: assembled into one document, upgraded step by step, then read.
fn upgrade(schema: u32, records: Vec<(RecordKey, &str)>) -> Result<Portfolio, Vec<Problem>> {
    upgrade_with(migrate::STEPS, schema, records)
}

/// [`upgrade`] along any chain of steps (the tests run it with a pretend second version).
fn upgrade_with(
    steps: &[migrate::Step],
    schema: u32,
    records: Vec<(RecordKey, &str)>,
) -> Result<Portfolio, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut values = Vec::new();
    for (key, text) in records {
        match Value::parse(text) {
            Ok(value) => values.push((key, value)),
            Err(_) => problems.push(Problem::in_record(&key, Fault::NotJson)),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let doc = migrate::upgrade_with(steps, assemble(schema, values), schema)?;
    migrate::portfolio_from(&doc).map_err(|p| vec![p])
}

/// Builds the one-document form of stored records (see `Portfolio::to_document_json`), for migration.
fn assemble(schema: u32, values: Vec<(RecordKey, Value)>) -> Value {
    let mut doc = Map::new();
    doc.insert("schema".into(), Value::from(u64::from(schema)));
    for (key, value) in values {
        let section = key.section();
        match key.id() {
            None => drop(doc.insert(section.into(), value)),
            Some(id) => {
                let items = doc.get_or_insert_with(section, || Value::Object(Map::new()));
                if let Value::Object(items) = items {
                    items.insert(id.to_owned(), value);
                }
            }
        }
    }
    Value::Object(doc)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::records::Collection;

    #[test]
    fn older_records_are_assembled_upgraded_and_read() {
        let rename: migrate::Step = |doc| {
            let profile = doc.get_mut("profile")?.as_object_mut()?;
            let name = profile.remove("naam")?;
            profile.insert("name".into(), name);
            Some(())
        };
        let records = vec![
            (RecordKey::Profile, r#"{"naam":"Noor"}"#),
            (RecordKey::Item(Collection::Journal, "j-1".into()), r#"{"title":"Eerste dag"}"#),
        ];
        let p = upgrade_with(&[rename], 1, records.clone()).unwrap();
        assert_eq!((p.profile.name.as_str(), p.journal["j-1"].title.as_str()), ("Noor", "Eerste dag"));
        let damaged = vec![(RecordKey::Profile, "{kapot")];
        assert_eq!(upgrade_with(&[rename], 1, damaged).unwrap_err()[0].fault, Fault::NotJson);
        let impossible: migrate::Step = |_| None;
        assert_eq!(upgrade_with(&[impossible], 1, records).unwrap_err()[0].fault, Fault::Upgrade(2));
    }

    #[test]
    fn reading_a_slice_at_a_time_gives_what_reading_at_once_gives() {
        use crate::domain::{portfolio::JournalEntry, records::all_records};
        let mut p = Portfolio::default();
        for i in 0..50 {
            let id = format!("j-{i:02}");
            p.journal.insert(
                id.clone(),
                JournalEntry { id, title: format!("Reflectie {i}"), ..Default::default() },
            );
        }
        let mut stored = all_records(&p);
        // In the order a browser may hand them over.
        stored.reverse();
        let whole = load(&stored);
        assert_eq!(whole, Loaded::Ready { portfolio: Box::new(p), migrated_from: None });
        let Begun::Reading(mut reading) = begin(stored.clone()) else { panic!("records to read") };
        let mut slices = 1;
        while !reading.step(7) {
            slices += 1;
        }
        assert_eq!(slices, 8, "55 records, 7 at a time");
        assert_eq!(reading.finish(), whole);

        stored.push(("leerpad:journal:j-99".into(), "{kapot".into()));
        let Begun::Reading(mut reading) = begin(stored.clone()) else { panic!() };
        while !reading.step(3) {}
        assert_eq!(reading.finish(), load(&stored), "a damaged record is found either way");
    }
}
