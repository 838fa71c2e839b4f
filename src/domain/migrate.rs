//! Upgrading stored or exported portfolios from older schema versions.
//!
//! `STEPS[i]` turns a version `i + 1` document into version `i + 2`. A new schema version adds one
//! step here and a fixture `tests/fixtures/portfolio/v<N>.json` that must keep loading without loss.

use serde_json::Value;

use super::portfolio::{Portfolio, SCHEMA_VERSION};
use super::records::{META_KEY, Problem};

type Step = fn(&mut Value) -> Result<(), String>;

/// Version 1 is the first; no steps yet.
const STEPS: &[Step] = &[];

/// Brings a one-document JSON value of version `from` up to [`SCHEMA_VERSION`].
pub fn upgrade(mut doc: Value, from: u32) -> Result<Value, Vec<Problem>> {
    let first = usize::try_from(from.saturating_sub(1)).unwrap_or(usize::MAX);
    for (i, step) in STEPS.iter().enumerate().skip(first) {
        step(&mut doc).map_err(|message| {
            vec![Problem {
                key: META_KEY.to_owned(),
                message: format!("bijwerken naar versie {}: {message}", i + 2),
            }]
        })?;
    }
    if let Some(obj) = doc.as_object_mut() {
        obj.insert("schema".into(), SCHEMA_VERSION.into());
    }
    Ok(doc)
}

/// Why a portfolio document (a fixture or backup file) could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocumentError {
    NotJson(String),
    NoSchema,
    Newer(u32),
    Invalid(String),
}

/// Reads a whole-portfolio document of any known version.
pub fn read_document(text: &str) -> Result<Portfolio, DocumentError> {
    let value: Value = serde_json::from_str(text).map_err(|e| DocumentError::NotJson(e.to_string()))?;
    let schema = value
        .get("schema")
        .and_then(Value::as_u64)
        .and_then(|s| u32::try_from(s).ok())
        .filter(|s| *s >= 1)
        .ok_or(DocumentError::NoSchema)?;
    if schema > SCHEMA_VERSION {
        return Err(DocumentError::Newer(schema));
    }
    let doc = upgrade(value, schema).map_err(|p| DocumentError::Invalid(p[0].message.clone()))?;
    let sections = [
        "profile",
        "progress",
        "settings",
        "why",
        "journal",
        "moments",
        "feedback",
        "actions",
        "questions",
        "intervisions",
    ];
    if let Some(bad) = sections.iter().find(|s| doc.get(**s).is_some_and(|v| !v.is_object())) {
        return Err(DocumentError::Invalid(format!("`{bad}` is geen JSON-object")));
    }
    let mut portfolio: Portfolio =
        serde_json::from_str(&doc.to_string()).map_err(|e| DocumentError::Invalid(e.to_string()))?;
    // The map key is the identity; an `id` field that disagrees is repaired, not trusted.
    fix_ids(&mut portfolio.journal);
    fix_ids(&mut portfolio.moments);
    fix_ids(&mut portfolio.feedback);
    fix_ids(&mut portfolio.actions);
    fix_ids(&mut portfolio.questions);
    fix_ids(&mut portfolio.intervisions);
    super::records::validate(&portfolio).map_err(|p| DocumentError::Invalid(p[0].message.clone()))?;
    Ok(portfolio)
}

fn fix_ids<T: super::records::Identified>(map: &mut std::collections::BTreeMap<String, T>) {
    for (id, item) in map.iter_mut() {
        item.set_id(id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_step_per_older_version() {
        assert_eq!(STEPS.len(), SCHEMA_VERSION as usize - 1);
    }

    #[test]
    fn documents_of_newer_versions_or_without_version_are_refused() {
        assert_eq!(read_document(r#"{"schema": 999}"#), Err(DocumentError::Newer(999)));
        assert_eq!(read_document(r#"{"profile": {}}"#), Err(DocumentError::NoSchema));
        assert_eq!(read_document(r#"{"schema": 0}"#), Err(DocumentError::NoSchema));
        assert!(matches!(read_document("{"), Err(DocumentError::NotJson(_))));
        assert!(matches!(read_document(r#"{"schema":1,"profile":[]}"#), Err(DocumentError::Invalid(_))));
    }
}
