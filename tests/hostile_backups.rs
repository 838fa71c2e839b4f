//! A generated corpus of malformed and hostile backup files: every value of a rich, valid backup
//! replaced in turn by wrong types, giant texts and markup, with the checksum made right again so
//! that the shape checks are what must catch them. Each file is refused with a message in the
//! interface language that says what is wrong and where, quotes nothing of the file, and carries
//! no parser detail.

#![cfg(not(target_arch = "wasm32"))]
use std::{fs, path::PathBuf};

use leerpad::domain::{
    backup::{self, BackupError},
    items::{Action, FeedbackItem, Intervision, Question},
    migrate::read_document,
    records::{Fault, RecordKey},
};
use leerpad::i18n::Locale;
use leerpad::ui::messages::backup_error;
use serde_json::{Value, json};

/// A valid backup with an item of every kind, as a JSON value.
fn rich_backup() -> Value {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/portfolio/v1.json");
    let mut p = read_document(&fs::read_to_string(path).unwrap()).unwrap();
    p.feedback.insert(
        "f-1".into(),
        FeedbackItem { id: "f-1".into(), title: "Luisteren".into(), ..Default::default() },
    );
    p.actions
        .insert("a-1".into(), Action { id: "a-1".into(), title: "Oefenen".into(), ..Default::default() });
    p.questions
        .insert("q-1".into(), Question { id: "q-1".into(), title: "Sturen".into(), ..Default::default() });
    p.intervisions
        .insert("i-1".into(), Intervision { id: "i-1".into(), title: "Casus".into(), ..Default::default() });
    p.why.drivers = "Mensen laten groeien".into();
    // A conversation with its reply: a rating, a comment, an agreed action taken over.
    p.add_conversation("c-1".into(), "2026-12-01".into(), 1);
    let mut reply = leerpad::domain::reply::Reply::new("c-1");
    reply.set_manager("Mira");
    reply.set_level("blg.m1.g1", Some(3));
    reply.set_comment(&RecordKey::Item(leerpad::domain::records::Collection::Action, "a-1".into()), "Mooi");
    reply.add_action("x".into());
    reply.edit_action("x", |a| a.due = "2027-01-31".into());
    p.read_in_reply(reply, 2).unwrap();
    p.mark_taken_over("c-1", "x", "a-1", 3);
    serde_json::from_str(&backup::create(&p, 1_795_996_800_000)).unwrap()
}

/// Every path (object keys) below `portfolio` that leads to a value, the sections included.
fn paths(value: &Value, prefix: Vec<String>, out: &mut Vec<Vec<String>>) {
    if let Value::Object(map) = value {
        for (key, child) in map {
            let mut path = prefix.clone();
            path.push(key.clone());
            out.push(path.clone());
            paths(child, path, out);
        }
    }
}

fn set(doc: &mut Value, path: &[String], value: Value) {
    let mut at = doc;
    for key in path {
        at = &mut at[key.as_str()];
    }
    *at = value;
}

/// The file's text after the change, with a checksum that matches again.
fn file_with(base: &Value, path: &[String], value: Value) -> String {
    let mut file = base.clone();
    set(&mut file["portfolio"], path, value);
    file["checksum"] = backup::checksum(&file["portfolio"].to_string()).into();
    file.to_string()
}

/// Text that must never reach a message: parser detail, Rust debug output, file content.
const FORBIDDEN: [&str; 12] = [
    "invalid type",
    "expected",
    "unknown variant",
    "missing field",
    "line ",
    "column",
    "EOF",
    "Other(",
    "Quota",
    "Invalid(",
    "AAAAAAAAAAAAAAAAAAAA",
    "<img",
];

fn assert_refused_in_words(name: &str, text: &str) -> BackupError {
    let error = backup::read(text).expect_err(name);
    for locale in Locale::ALL {
        let message = backup_error(locale.texts(), &error);
        assert!(message.chars().count() <= 400, "{name}: {} characters in {message:.200}", message.len());
        for bad in FORBIDDEN {
            assert!(!message.contains(bad), "{name} ({locale:?}): {bad:?} in {message}");
        }
    }
    error
}

#[test]
fn every_value_replaced_by_a_wrong_or_hostile_one_is_refused_in_words() {
    let base = rich_backup();
    let mut all = Vec::new();
    paths(&base["portfolio"], Vec::new(), &mut all);
    all.retain(|p| p[0] != "schema");
    let hostile = [
        json!(42),
        json!(-1.5),
        json!([1, 2]),
        json!(true),
        json!("A".repeat(200_000)),
        json!({ "<img src=x onerror=alert(1)>": "AAAAAAAAAAAAAAAAAAAAAAAA" }),
    ];
    let mut refused = 0;
    for path in &all {
        for value in &hostile {
            let name = format!("{} = {:.40}", path.join("."), value.to_string());
            let text = file_with(&base, path, value.clone());
            // Some replacements are still valid data (a number where any JSON is allowed, a text
            // where a text belongs); only those that Leerpad takes must also read back.
            match backup::read(&text) {
                Ok(_) => {}
                Err(_) => {
                    assert_refused_in_words(&name, &text);
                    refused += 1;
                }
            }
        }
    }
    assert!(all.len() > 40, "the corpus covers every field: {} paths", all.len());
    assert!(refused > 200, "most of the corpus is refused: {refused}");
    println!("{refused} of {} generated files refused", all.len() * hostile.len());
}

#[test]
fn a_giant_value_where_a_choice_belongs_is_named_not_echoed() {
    let base = rich_backup();
    let path = ["progress".to_owned(), "blg.m1".to_owned()];
    for (length, fault) in [(5_000_000, Fault::TooLong), (5_000, Fault::Shape)] {
        let error = assert_refused_in_words("status", &file_with(&base, &path, json!("A".repeat(length))));
        let BackupError::Invalid(problem) = &error else { panic!("{error:?}") };
        assert_eq!((problem.record.clone(), problem.fault), (Some(RecordKey::Progress), fault));
        let nl = backup_error(Locale::Nl.texts(), &error);
        assert!(nl.contains("in de voortgang per module"), "{nl}");
    }
}

#[test]
fn a_giant_multibyte_name_is_refused_before_it_reaches_the_screen() {
    let base = rich_backup();
    // 4.8 MB of text in characters of two, three and four bytes.
    let name = "é€😀".repeat(530_000);
    let path = ["profile".to_owned(), "name".to_owned()];
    let error = assert_refused_in_words("name", &file_with(&base, &path, json!(name)));
    let BackupError::Invalid(problem) = &error else { panic!("{error:?}") };
    assert_eq!((problem.record.clone(), problem.fault), (Some(RecordKey::Profile), Fault::TooLong));
}

#[test]
fn a_wrong_item_is_named_by_its_kind_and_a_shortened_id() {
    let base = rich_backup();
    let path = ["journal".to_owned(), "j-2026-09-08-a".to_owned(), "goals".to_owned()];
    let error = assert_refused_in_words("goals", &file_with(&base, &path, json!("blg.m1.g1")));
    let nl = backup_error(Locale::Nl.texts(), &error);
    assert!(nl.contains("reflectie ‘j-2026-09-08-a’"), "{nl}");
    let en = backup_error(Locale::En.texts(), &error);
    assert!(en.contains("reflection ‘j-2026-09-08-a’"), "{en}");
    let long_id = "j-".to_owned() + &"x".repeat(10_000);
    let mut file = base.clone();
    file["portfolio"]["journal"][&long_id] = json!({ "goals": 7 });
    file["checksum"] = backup::checksum(&file["portfolio"].to_string()).into();
    let error = assert_refused_in_words("long id", &file.to_string());
    assert!(backup_error(Locale::Nl.texts(), &error).contains("‘j-xxxxxxxxxxxxxx…’"));
}

#[test]
fn structural_damage_gets_its_own_message() {
    let base = rich_backup().to_string();
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    for (name, text) in [
        ("deeply nested", deep),
        ("NUL bytes", "\0\0\0{".to_owned()),
        ("cut off", base[..base.len() / 2].to_owned()),
        ("markup", "<html><script>alert(1)</script></html>".to_owned()),
        ("array", "[]".to_owned()),
        ("portfolio is text", base.replacen("\"portfolio\":{", "\"portfolio\":\"x\",\"y\":{", 1)),
    ] {
        assert_refused_in_words(name, &text);
    }
}

#[test]
fn a_backup_saved_with_a_byte_order_mark_still_restores() {
    let text = format!("\u{feff}{}", rich_backup());
    assert!(backup::read(&text).is_ok());
}
