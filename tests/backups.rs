//! Bad backup files never hurt: each file in `tests/fixtures/bad-backups/` is refused with its own
//! reason before anything is used. Restoring and merging good files loses nothing.

#![cfg(not(target_arch = "wasm32"))]
use std::{fs, path::PathBuf};

use leerpad::domain::{
    backup::{self, BackupError, MAX_BACKUP_BYTES},
    migrate::read_document,
    portfolio::Portfolio,
};

fn fixture(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name);
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn every_bad_file_is_refused_with_its_own_reason() {
    let expect = |name: &str, check: fn(&BackupError) -> bool| {
        let err = backup::read(&fixture(&format!("bad-backups/{name}"))).expect_err(name);
        assert!(check(&err), "{name}: unexpected {err:?}");
    };
    expect("not-json.txt", |e| *e == BackupError::NotJson);
    expect("empty.json", |e| *e == BackupError::NotJson);
    expect("html-page.html", |e| *e == BackupError::NotJson);
    expect("truncated.json", |e| *e == BackupError::Truncated);
    expect("wrong-format.json", |e| *e == BackupError::NotABackup);
    expect("plain-object.json", |e| *e == BackupError::NotABackup);
    expect("newer-schema.json", |e| *e == BackupError::Newer(99));
    expect("damaged-checksum.json", |e| *e == BackupError::Damaged);
    expect("wrong-types.json", |e| matches!(e, BackupError::Invalid(_)));
    expect("impossible-level.json", |e| matches!(e, BackupError::Invalid(_)));
    expect("array-sections.json", |e| matches!(e, BackupError::Invalid(_)));
    let every = fs::read_dir(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad-backups"))
        .unwrap()
        .count();
    assert_eq!(every, 11, "a new bad file needs its expectation here");
}

#[test]
fn huge_files_are_refused_before_parsing() {
    let huge = format!("{{\"format\":\"leerpad-backup\",\"x\":\"{}\"}}", "a".repeat(MAX_BACKUP_BYTES));
    assert_eq!(backup::read(&huge).unwrap_err(), BackupError::TooLarge);
}

#[test]
fn markup_in_a_good_backup_stays_text() {
    let (_, p) = backup::read(&fixture("backup-with-markup.json")).unwrap();
    assert_eq!(p.profile.name, "<img src=x onerror=alert(1)>Kim");
}

#[test]
fn export_then_import_gives_the_same_portfolio_for_the_v1_fixture() {
    let p = read_document(&fixture("portfolio/v1.json")).unwrap();
    let (_, back) = backup::read(&backup::create(&p, 1)).unwrap();
    assert_eq!(back, p);
}

#[test]
fn merging_keeps_both_sides_and_is_idempotent() {
    let original = read_document(&fixture("portfolio/v1.json")).unwrap();
    let mut current = Portfolio::default();
    current.profile.name = "Huidige naam".into();
    let once = backup::merge(&current, &original);
    assert_eq!(once.profile.name, "Huidige naam", "current values stay");
    assert_eq!(once.profile.manager, "Jeroen Bakker", "empty fields are filled");
    assert_eq!(once.journal.len(), 1);
    assert_eq!(once.moments.len(), 1);
    assert_eq!(backup::merge(&once, &original), once);
    assert_eq!(backup::merge(&original, &original), original);
}

mod properties {
    use leerpad::domain::{
        backup,
        html::escape,
        portfolio::{JournalEntry, ModuleStatus, Portfolio},
    };
    use proptest::prelude::*;

    fn portfolio() -> impl Strategy<Value = Portfolio> {
        let text = ".{0,40}";
        (
            text,
            text,
            proptest::collection::btree_map(
                "[a-z0-9-]{1,8}",
                (text, text, 0i64..2_000_000_000_000, any::<bool>()),
                0..6,
            ),
            proptest::collection::btree_map(
                "blg\\.m[1-5]",
                prop_oneof![Just(ModuleStatus::InProgress), Just(ModuleStatus::Done)],
                0..5,
            ),
        )
            .prop_map(|(name, manager, journal, progress)| {
                let mut p = Portfolio::default();
                p.profile.name = name;
                p.profile.manager = manager;
                p.progress = progress.into_iter().collect();
                p.journal = journal
                    .into_iter()
                    .map(|(id, (title, body, updated, shared))| {
                        (id.clone(), JournalEntry { id, title, body, updated, shared, ..Default::default() })
                    })
                    .collect();
                p
            })
    }

    proptest! {
        #[test]
        fn export_then_import_is_identical(p in portfolio(), now in 0i64..4_000_000_000_000) {
            let (file, back) = backup::read(&backup::create(&p, now)).unwrap();
            prop_assert_eq!(back, p);
            prop_assert_eq!(file.exported_at, now);
        }

        #[test]
        fn merge_is_idempotent(a in portfolio(), b in portfolio()) {
            let once = backup::merge(&a, &b);
            prop_assert_eq!(backup::merge(&once, &b), once.clone());
            for id in a.journal.keys().chain(b.journal.keys()) {
                prop_assert!(once.journal.contains_key(id), "no item is lost");
            }
        }

        #[test]
        fn escaping_leaves_no_markup(s in ".*") {
            let e = escape(&s);
            prop_assert!(!e.contains('<') && !e.contains('>'));
        }
    }
}

mod report_escaping {
    use leerpad::domain::{
        Catalog,
        items::{Action, FeedbackItem, Intervision, Question},
        portfolio::{JournalEntry, Moment, Portfolio, Rating},
        report::{self, Options},
    };
    use proptest::prelude::*;

    /// Every user-entered text field set to `text` (shared, so that the report includes it).
    fn everywhere(text: &str) -> Portfolio {
        let s = || text.to_owned();
        let mut p = Portfolio::default();
        p.profile.name = s();
        p.profile.role = s();
        p.profile.organisation = s();
        p.profile.manager = s();
        p.profile.programme = Some("blg".into());
        p.profile.cohort_start = Some(s());
        p.why = leerpad::domain::items::Why {
            drivers: s(),
            strengthens: s(),
            holds_back: s(),
            ambition_where: s(),
            ambition_impact: s(),
            ambition_role: s(),
            ambition_path: s(),
            shared: true,
        };
        p.journal.insert(
            "j".into(),
            JournalEntry {
                title: s(),
                body: s(),
                learned: s(),
                differently: s(),
                date: s(),
                shared: true,
                ..Default::default()
            },
        );
        p.feedback
            .insert("f".into(), FeedbackItem { title: s(), body: s(), shared: true, ..Default::default() });
        p.actions.insert(
            "a".into(),
            Action {
                title: s(),
                why: s(),
                with_whom: s(),
                due: s(),
                success: s(),
                happened: s(),
                learned: s(),
                shared: true,
                ..Default::default()
            },
        );
        p.questions.insert(
            "q".into(),
            Question {
                title: s(),
                body: s(),
                ask: s(),
                agreements: s(),
                discuss: true,
                ..Default::default()
            },
        );
        p.intervisions.insert(
            "i".into(),
            Intervision { title: s(), body: s(), learned: s(), shared: true, ..Default::default() },
        );
        for (id, level) in [("m1", 2), ("m2", 4)] {
            let mut m =
                Moment { id: id.into(), name: s(), date: s(), programme: "blg".into(), ..Default::default() };
            m.ratings
                .insert("blg.m1.g1".into(), Rating { level: Some(level), note: s(), ..Default::default() });
            p.moments.insert(id.into(), m);
        }
        p
    }

    proptest! {
        #[test]
        fn the_report_escapes_every_user_string(prefix in "[^<>]{0,12}", suffix in ".{0,12}") {
            let evil = format!("{prefix}<x-evil onload=\"a()\">{suffix}");
            let p = everywhere(&evil);
            let words = leerpad::i18n::Locale::Nl.texts().report_words();
            let fragment = report::fragment(&p, Catalog::embedded().programme("blg"), &Options { radar: true, ..Options::default() }, "2026-11-30", &words, report::Placement::Document);
            let html = report::document(&fragment, &evil, words.phrases.lang, "");
            prop_assert!(!html.contains("<x-evil"), "raw markup from user text");
            prop_assert!(html.matches("&lt;x-evil").count() >= 20, "the text itself is still there, escaped");
        }
    }
}
