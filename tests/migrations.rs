//! Every schema version Leerpad ever wrote must keep loading without loss. Each version has a
//! fixture `tests/fixtures/portfolio/v<N>.json`; a new version adds one (and a migration step).

use std::{fs, path::PathBuf};

use leerpad::domain::{
    ModuleStatus,
    migrate::read_document,
    portfolio::SCHEMA_VERSION,
    records::META_KEY,
    stored::{self, Loaded},
};
use serde_json::Value;

fn fixture(version: u32) -> String {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures/portfolio/v{version}.json"));
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{} is missing: {e}", path.display()))
}

/// The fixture as it would sit in localStorage: one record per part, written by that version.
fn as_stored_records(version: u32, text: &str) -> Vec<(String, String)> {
    let doc: Value = serde_json::from_str(text).unwrap();
    let mut stored = vec![(META_KEY.to_owned(), format!(r#"{{"schema":{version}}}"#))];
    for section in ["profile", "progress", "settings"] {
        stored.push((format!("leerpad:{section}"), doc[section].to_string()));
    }
    for (section, kind) in [("journal", "journal"), ("moments", "moment")] {
        for (id, item) in doc[section].as_object().unwrap() {
            stored.push((format!("leerpad:{kind}:{id}"), item.to_string()));
        }
    }
    stored
}

#[test]
fn every_version_has_a_fixture_that_loads_both_as_file_and_as_stored_records() {
    for version in 1..=SCHEMA_VERSION {
        let text = fixture(version);
        let from_file = read_document(&text).unwrap_or_else(|e| panic!("v{version} as a file: {e:?}"));
        let Loaded::Ready { portfolio: from_storage, migrated_from } =
            stored::load(&as_stored_records(version, &text))
        else {
            panic!("v{version} as stored records did not load");
        };
        assert_eq!(*from_storage, from_file, "v{version}: both paths give the same portfolio");
        assert_eq!(migrated_from, (version != SCHEMA_VERSION).then_some(version));
    }
}

#[test]
fn v1_loads_without_loss() {
    let p = read_document(&fixture(1)).unwrap();
    assert_eq!(p.profile.name, "Fatima el Amrani");
    assert_eq!(p.profile.manager, "Jeroen Bakker");
    assert_eq!(p.profile.programme.as_deref(), Some("blg"));
    assert_eq!(p.profile.cohort_start.as_deref(), Some("2026-09-07"));
    assert_eq!(p.status("blg.m1"), ModuleStatus::Done);
    assert_eq!(p.status("blg.m2"), ModuleStatus::InProgress);
    assert_eq!(p.status("smec.m1"), ModuleStatus::Done);
    assert_eq!(p.settings.last_backup, Some(1_793_404_800_000));
    let entry = &p.journal["j-2026-09-08-a"];
    assert!(entry.body.ends_with("<em>niet vet</em> & \"citaat\""), "text kept verbatim");
    assert_eq!(entry.goals, ["blg.m1.g1", "blg.m1.g3"]);
    let moment = &p.moments["m-nulmeting"];
    assert_eq!(moment.ratings["blg.m1.g1"].level, Some(2));
    assert_eq!(moment.ratings["blg.m1.g1"].target, Some(4));
    assert!(moment.ratings["blg.m5.g4"].not_applicable);

    // Nothing in the fixture is dropped: written back, every value is still there.
    let original: Value = serde_json::from_str(&fixture(1)).unwrap();
    let written: Value = serde_json::from_str(&p.to_document_json()).unwrap();
    assert_contains(&written, &original, "$");
}

/// `actual` holds everything in `expected` (it may have more fields, with their defaults).
fn assert_contains(actual: &Value, expected: &Value, path: &str) {
    match (actual, expected) {
        (Value::Object(a), Value::Object(e)) => {
            for (k, v) in e {
                let inner = a.get(k).unwrap_or_else(|| panic!("{path}.{k} was dropped"));
                assert_contains(inner, v, &format!("{path}.{k}"));
            }
        }
        _ => assert_eq!(actual, expected, "{path} changed"),
    }
}

/// What a schema-1 build kept in localStorage for the v1 fixture, key for key: every record as
/// that build wrote it, a previous version and a restore point. The move to IndexedDB is tested
/// with it in the browser (tests/web.rs, tests/e2e/store.spec.mjs).
fn local_storage_fixture() -> (PathBuf, Vec<(String, String)>) {
    use leerpad::domain::{backup, legacy, records::all_records};
    let p = read_document(&fixture(1)).unwrap();
    let mut stored = all_records(&p);
    let mut earlier = p.clone();
    earlier.profile.role = "Senior adviseur".into();
    stored.push((
        format!("{}leerpad:profile", legacy::BACKUP_PREFIX),
        earlier.record_json(&leerpad::domain::records::RecordKey::Profile).unwrap(),
    ));
    stored.push((legacy::RESTORE_POINT_KEY.to_owned(), backup::create(&earlier, 1_793_404_800_000)));
    stored.push(("leerpad.locale".to_owned(), "\"nl\"".to_owned()));
    (PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/local-storage/v1.json"), stored)
}

#[test]
fn the_local_storage_fixture_is_what_schema_1_builds_kept() {
    use leerpad::domain::legacy::{self, Found};
    let (path, stored) = local_storage_fixture();
    let expected: serde_json::Map<String, Value> =
        stored.iter().map(|(k, v)| (k.clone(), Value::String(v.clone()))).collect();
    if std::env::var_os("LEERPAD_BLESS").is_some() {
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, serde_json::to_string_pretty(&expected).unwrap() + "\n").unwrap();
    }
    let file: serde_json::Map<String, Value> =
        serde_json::from_str(&fs::read_to_string(&path).expect("run once with LEERPAD_BLESS=1")).unwrap();
    assert_eq!(file, expected);
    let Found::Portfolio(snapshot) = legacy::find(stored) else { panic!("a portfolio to move") };
    let Loaded::Ready { portfolio, .. } = stored::load(&snapshot.records) else { panic!("it loads") };
    assert_eq!(*portfolio, read_document(&fixture(1)).unwrap());
    assert_eq!(snapshot.previous.len(), 1);
    assert!(snapshot.restore_point.is_some());
}
