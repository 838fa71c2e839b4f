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

/// Reads a portfolio from stored `(key, text)` pairs. Keys without [`PREFIX`] are ignored.
pub fn load(stored: &[(String, String)]) -> Loaded {
    let records: Vec<&(String, String)> = stored.iter().filter(|(k, _)| k.starts_with(PREFIX)).collect();
    if records.is_empty() {
        return Loaded::Empty;
    }
    let Some((_, meta_text)) = records.iter().find(|(k, _)| k == META_KEY) else {
        return Loaded::Corrupt { problems: vec![Problem::in_version(Fault::NoVersion)] };
    };
    let schema = match meta_schema(meta_text) {
        Some(schema) if schema >= 1 => schema,
        _ => return Loaded::Corrupt { problems: vec![Problem::in_version(Fault::UnknownVersion)] },
    };
    if schema > SCHEMA_VERSION {
        return Loaded::Newer { schema };
    }
    let records: Vec<(RecordKey, &str)> =
        records.iter().filter_map(|(k, text)| Some((RecordKey::parse(k)?, text.as_str()))).collect();
    let result =
        if schema == SCHEMA_VERSION { from_current_records(records) } else { upgrade(schema, records) };
    match result.and_then(|p| validate(&p).map(|()| p)) {
        Ok(portfolio) => Loaded::Ready {
            portfolio: Box::new(portfolio),
            migrated_from: (schema != SCHEMA_VERSION).then_some(schema),
        },
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

fn from_current_records(mut records: Vec<(RecordKey, &str)>) -> Result<Portfolio, Vec<Problem>> {
    // In key order, every item lands at the end of its collection (a `Keyed` is a sorted
    // vector): loading stays linear however the browser orders its keys.
    sort_by(&mut records, |a, b| a.0.cmp(&b.0));
    let mut portfolio = Portfolio::default();
    let mut problems = Vec::new();
    for (key, text) in records {
        if let Err(fault) = portfolio.put_record(&key, Some(text)) {
            problems.push(Problem::in_record(&key, fault));
        }
    }
    if problems.is_empty() { Ok(portfolio) } else { Err(problems) }
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
}
