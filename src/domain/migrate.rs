//! Upgrading stored or exported portfolios from older schema versions.
//!
//! `STEPS[i]` turns a version `i + 1` document into version `i + 2`. A new schema version adds one
//! step here and a fixture `tests/fixtures/portfolio/v<N>.json` that must keep loading without loss.

use super::json::Value;
use super::pace::{Pace, Unpaced, at_once};

use super::portfolio::{Portfolio, SCHEMA_VERSION};
use super::records::{Collection, Fault, MAX_TEXT_CHARS, Problem, RecordKey};

/// One upgrade step; `None` when the document cannot be upgraded.
pub type Step = fn(&mut Value) -> Option<()>;

/// Version 1 is the first; no steps yet.
pub const STEPS: &[Step] = &[];

/// Brings a one-document JSON value of version `from` up to [`SCHEMA_VERSION`].
pub fn upgrade(doc: Value, from: u32) -> Result<Value, Vec<Problem>> {
    upgrade_with(STEPS, doc, from)
}

/// [`upgrade`] along any chain of steps (`steps[i]`: version `i + 1` to `i + 2`), so that the
/// tests run the upgrade machinery although the schema has had no second version yet.
pub fn upgrade_with(steps: &[Step], mut doc: Value, from: u32) -> Result<Value, Vec<Problem>> {
    let first = usize::try_from(from.saturating_sub(1)).unwrap_or(usize::MAX);
    for (i, step) in steps.iter().enumerate().skip(first) {
        let to = u32::try_from(i + 2).unwrap_or(u32::MAX);
        step(&mut doc).ok_or_else(|| vec![Problem::in_version(Fault::Upgrade(to))])?;
    }
    if let Some(obj) = doc.as_object_mut() {
        obj.insert("schema".into(), Value::from(steps.len() as u64 + 1));
    }
    Ok(doc)
}

/// Why a portfolio document (a fixture or backup file) could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocumentError {
    NotJson,
    NoSchema,
    Newer(u32),
    /// The first thing found wrong, and where.
    Invalid(Problem),
}

/// Every record of a document with its JSON value; `Err` names a section that is not an object.
fn records_of(doc: &Value) -> Result<Vec<(RecordKey, &Value)>, Problem> {
    let not_an_object = |record| Problem { key: String::new(), record: Some(record), fault: Fault::Shape };
    let mut out = Vec::new();
    // Section names are [`RecordKey::section`] and [`Collection::section`].
    for key in RecordKey::SINGLES {
        let Some(value) = doc.get(key.section()) else { continue };
        if !value.is_object() {
            return Err(not_an_object(key));
        }
        out.push((key, value));
    }
    for c in Collection::ALL {
        let Some(value) = doc.get(c.section()) else { continue };
        let Some(entries) = value.as_object() else {
            return Err(not_an_object(RecordKey::Item(c, String::new())));
        };
        out.extend(entries.iter().map(|(id, v)| (RecordKey::Item(c, id.clone()), v)));
    }
    Ok(out)
}

fn longest_text(value: &Value) -> usize {
    match value {
        Value::String(s) => s.chars().count(),
        Value::Array(items) => items.iter().map(longest_text).max().unwrap_or(0),
        Value::Object(map) => {
            map.iter().map(|(k, v)| k.chars().count().max(longest_text(v))).max().unwrap_or(0)
        }
        _ => 0,
    }
}

/// Reads an upgraded document record by record, the way stored records are read, so that the
/// first problem names its record.
pub(super) fn portfolio_from(doc: &Value) -> Result<Portfolio, Problem> {
    at_once(portfolio_from_paced(doc, &mut Unpaced))
}

/// [`portfolio_from`] with a breather from `pace` after each record.
async fn portfolio_from_paced(doc: &Value, pace: &mut impl Pace) -> Result<Portfolio, Problem> {
    let records = records_of(doc)?;
    // Checked before anything is read into the portfolio, so no giant text reaches the screen.
    if let Some((key, _)) = records.iter().find(|(_, v)| longest_text(v) > MAX_TEXT_CHARS) {
        return Err(Problem::in_record(key, Fault::TooLong));
    }
    let mut portfolio = Portfolio::default();
    for (key, value) in records {
        // The map key is the identity: an `id` field that disagrees is repaired, not trusted.
        portfolio
            .put_record(&key, Some(&value.to_json()))
            .map_err(|fault| Problem::in_record(&key, fault))?;
        pace.breathe().await;
    }
    Ok(portfolio)
}

/// Reads a whole-portfolio document of any known version.
pub fn read_document(text: &str) -> Result<Portfolio, DocumentError> {
    read_document_value(Value::parse(text).map_err(|_| DocumentError::NotJson)?)
}

/// Reads a whole-portfolio document that is already parsed.
pub fn read_document_value(value: Value) -> Result<Portfolio, DocumentError> {
    at_once(read_document_paced(value, &mut Unpaced))
}

/// [`read_document_value`] with a breather from `pace` after each record (a backup file's
/// `portfolio`, which may be large).
pub async fn read_document_paced(value: Value, pace: &mut impl Pace) -> Result<Portfolio, DocumentError> {
    let schema = value
        .get("schema")
        .and_then(Value::as_u64)
        .and_then(|s| u32::try_from(s).ok())
        .filter(|s| *s >= 1)
        .ok_or(DocumentError::NoSchema)?;
    if schema > SCHEMA_VERSION {
        return Err(DocumentError::Newer(schema));
    }
    let doc = upgrade(value, schema).map_err(|mut p| DocumentError::Invalid(p.remove(0)))?;
    let portfolio = portfolio_from_paced(&doc, pace).await.map_err(DocumentError::Invalid)?;
    super::records::validate(&portfolio).map_err(|mut p| DocumentError::Invalid(p.remove(0)))?;
    Ok(portfolio)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::json::json;

    #[test]
    fn one_step_per_older_version() {
        assert_eq!(STEPS.len(), SCHEMA_VERSION as usize - 1);
    }

    /// A pretend version 2 that renamed the profile's `naam` to `name`, and a pretend version 3
    /// that cannot be reached.
    const RENAME: Step = |doc| {
        let profile = doc.get_mut("profile")?.as_object_mut()?;
        if let Some(name) = profile.remove("naam") {
            profile.insert("name".into(), name);
        }
        Some(())
    };
    const IMPOSSIBLE: Step = |_| None;

    #[test]
    fn the_upgrade_chain_runs_each_step_from_the_documents_version_on() {
        let v1 = json!({ "schema": 1, "profile": { "naam": "Noor" } });
        let v2 = upgrade_with(&[RENAME], v1.clone(), 1).unwrap();
        assert_eq!(v2, json!({ "schema": 2, "profile": { "name": "Noor" } }));
        // A document already at version 2 skips the first step.
        let already = json!({ "schema": 2, "profile": { "naam": "blijft" } });
        let kept = upgrade_with(&[RENAME], already, 2).unwrap();
        assert_eq!(kept.get("profile").and_then(|p| p.get("naam")), Some(&Value::from("blijft")));
        // The upgraded document reads as a portfolio.
        assert_eq!(portfolio_from(&v2).unwrap().profile.name, "Noor");
        // A step that fails names the version it was upgrading to.
        let failed = upgrade_with(&[RENAME, IMPOSSIBLE], v1, 1).unwrap_err();
        assert_eq!(failed[0].fault, Fault::Upgrade(3));
    }

    #[test]
    fn documents_of_newer_versions_or_without_version_are_refused() {
        assert_eq!(read_document(r#"{"schema": 999}"#), Err(DocumentError::Newer(999)));
        assert_eq!(read_document(r#"{"profile": {}}"#), Err(DocumentError::NoSchema));
        assert_eq!(read_document(r#"{"schema": 0}"#), Err(DocumentError::NoSchema));
        assert_eq!(read_document("{"), Err(DocumentError::NotJson));
        assert!(matches!(read_document(r#"{"schema":1,"profile":[]}"#), Err(DocumentError::Invalid(_))));
    }
}
