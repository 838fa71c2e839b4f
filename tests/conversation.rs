//! Conversation files (issue 16): what the participant sends is exactly what the report shows,
//! the manager's reply is bound to its conversation, and every damaged, foreign or hostile file
//! is refused with its own reason.
#![cfg(not(target_arch = "wasm32"))]
// The rich portfolio is built item by item, each with its own sharing flag.
#![allow(clippy::needless_range_loop)]

use std::{fs, path::PathBuf};

use leerpad::domain::{
    Catalog, Programme,
    attachments::{Attachment, FileFacts, Owner},
    backup,
    conversation::{self, ConversationError as E, Kind, read_reply, read_request, reply_file, request_file},
    conversations::ReplyRefused,
    disclosure::disclosed,
    encode::to_json,
    items::{Action, FeedbackItem, Intervision, Question},
    migrate::read_document,
    portfolio::{JournalEntry, Moment, Portfolio, Rating},
    records::{Collection, RecordKey},
    reply::{Agreement, MAX_TEXT, Reply},
    report::{Options, Placement, fragment},
    worksheet::Worksheet,
};
use leerpad::i18n::Locale;
use proptest::prelude::*;

const HOSTILE: &str = "<img src=x onerror=alert(1)>\"&'";
const NOW: i64 = 1_796_601_600_000;

fn blg() -> &'static Programme {
    Catalog::embedded().programme("blg").unwrap()
}

/// Which items of the rich portfolio are shared, one flag per item (ten items).
type Sharing = [bool; 10];

/// A portfolio with something of every kind, half of it shared (as `sharing` says): three
/// moments with every goal rated and explained, files shared, private and left out.
fn rich(sharing: Sharing) -> Portfolio {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/portfolio/v1.json");
    let mut p = read_document(&fs::read_to_string(path).unwrap()).unwrap();
    p.moments = Default::default();
    let goals: Vec<String> =
        blg().modules.iter().flat_map(|m| m.goals.iter().map(|g| g.id.to_string())).collect();
    for (n, (id, date)) in
        [("m1", "2026-09-07"), ("m2", "2026-10-20"), ("m3", "2026-12-01")].into_iter().enumerate()
    {
        let mut m = Moment {
            id: id.into(),
            name: format!("Meting {n}"),
            date: date.into(),
            programme: "blg".into(),
            ..Default::default()
        };
        for (i, g) in goals.iter().enumerate() {
            let level = ((i + n * 2) % 5 + 1) as u8;
            let rating = Rating {
                level: Some(level),
                target: (i % 3 == 0).then_some(5),
                note: format!("PRIVÉ-TOELICHTING {id} {g}: {HOSTILE}"),
                not_applicable: i == 7,
            };
            m.ratings.insert(g.clone(), rating);
        }
        p.moments.insert(id.into(), m);
    }
    let title = |what: &str, i: usize| {
        format!("{} {what} {i} {HOSTILE}", if sharing[i] { "GEDEELD" } else { "PRIVÉ" })
    };
    p.journal = Default::default();
    for i in 0..2 {
        let id = format!("j{i}");
        p.journal.insert(
            id.clone(),
            JournalEntry {
                id,
                title: title("reflectie", i),
                body: "tekst".into(),
                date: "2026-10-01".into(),
                shared: sharing[i],
                ..Default::default()
            },
        );
    }
    for i in 2..4 {
        let id = format!("a{i}");
        p.actions.insert(
            id.clone(),
            Action {
                id,
                title: title("actie", i),
                why: "omdat".into(),
                shared: sharing[i],
                ..Default::default()
            },
        );
    }
    for i in 4..6 {
        let id = format!("q{i}");
        p.questions.insert(
            id.clone(),
            Question {
                id,
                title: title("vraag", i),
                ask: "steun".into(),
                shared: sharing[i],
                ..Default::default()
            },
        );
    }
    p.feedback.insert(
        "f6".into(),
        FeedbackItem {
            id: "f6".into(),
            title: title("feedback", 6),
            shared: sharing[6],
            ..Default::default()
        },
    );
    p.intervisions.insert(
        "i7".into(),
        Intervision {
            id: "i7".into(),
            title: title("intervisie", 7),
            date: "2026-11-02".into(),
            shared: sharing[7],
            ..Default::default()
        },
    );
    let mut sheet = Worksheet {
        id: "w8".into(),
        sheet: "teamplan".into(),
        date: "2026-11-05".into(),
        shared: sharing[8],
        ..Default::default()
    };
    sheet.values.insert("missie".into(), title("werkblad", 8));
    p.worksheets.insert("w8".into(), sheet);
    p.why.drivers = title("why", 9);
    p.why.shared = sharing[9];
    let file = |name: &str, c: char| FileFacts {
        name: name.into(),
        media_type: "application/pdf".into(),
        size: 1000,
        sha256: c.to_string().repeat(64),
        crc32: 1,
    };
    let files = [
        ("b1", Owner::Item(Collection::Journal, "j0".into()), "BIJLAGE-j0.pdf", 'a', false),
        ("b2", Owner::Item(Collection::Journal, "j0".into()), "UITGESLOTEN-j0.pdf", 'b', true),
        ("b3", Owner::Item(Collection::Action, "a2".into()), "BIJLAGE-a2.pdf", 'c', false),
        ("b4", Owner::Why, "BIJLAGE-why.pdf", 'd', false),
        (
            "b5",
            Owner::Rating { moment: "m3".into(), goal: "blg.m1.g1".into() },
            "BEWIJS-rating.pdf",
            'e',
            false,
        ),
    ];
    for (id, owner, name, c, excluded) in files {
        let mut a = Attachment::new(id.into(), &owner, file(name, c), NOW, "2026-12-01");
        a.excluded = excluded;
        p.attachments.insert(id.into(), a);
    }
    // Two conversations with replies: page 1 recalls the agreements of the latest; the manager's
    // ratings and comments stay with the participant.
    for (id, date, agreed) in
        [("c-old", "2026-09-20", "OUDE AFSPRAAK"), ("c-new", "2026-11-20", "NIEUWE AFSPRAAK")]
    {
        p.add_conversation(id.into(), date.into(), NOW);
        let mut reply = Reply::new(id);
        reply.set_manager("Jeroen");
        reply.set_level("blg.m1.g1", Some(2));
        reply.set_comment(&RecordKey::Item(Collection::Journal, "j0".into()), "GEHEIME-REACTIE");
        reply.set_agreement(Agreement::WentWell, agreed);
        reply.add_action("x".into());
        reply.edit_action("x", |a| a.title = format!("{agreed} ACTIE"));
        p.read_in_reply(reply, NOW).unwrap();
    }
    p
}

fn options() -> impl Strategy<Value = Options> {
    (any::<[bool; 7]>(), proptest::sample::subsequence(vec![1u8, 2, 3, 4, 5], 0..3), 0..4usize).prop_map(
        |(on, notes_left_out, moments)| {
            let ids = [None, Some("m1"), Some("m2"), Some("m3")];
            Options {
                profile: on[0],
                questions: on[1],
                highlights: on[2],
                actions: on[3],
                ratings: on[4],
                radar: on[5],
                shared: on[6],
                notes_left_out,
                first_moment: ids[moments].map(String::from),
                latest_moment: ids[3 - moments].map(String::from),
            }
        },
    )
}

fn report(p: &Portfolio, options: &Options, locale: Locale) -> String {
    fragment(p, Some(blg()), options, "2026-12-07", &locale.texts().report_words(), Placement::Document)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// The manager's Leerpad draws the report from the part sent: it must be the very report.
    #[test]
    fn the_part_sent_draws_the_very_report(sharing in any::<Sharing>(), options in options()) {
        let p = rich(sharing);
        let part = disclosed(&p, Some(blg()), &options);
        for locale in [Locale::Nl, Locale::En] {
            prop_assert_eq!(report(&part, &options, locale), report(&p, &options, locale));
        }
    }

    /// Nothing the report leaves out travels: no private item, no file left out, no rating's
    /// file, no explanation the report does not print, no moment it does not compare.
    #[test]
    fn nothing_the_report_leaves_out_travels(sharing in any::<Sharing>(), options in options()) {
        let p = rich(sharing);
        let shown = report(&p, &options, Locale::Nl);
        let file = request_file(&p, Some(blg()), &options, "gesprek-1", NOW, "2026-12-07");
        prop_assert!(!file.contains("PRIVÉ "), "a private item travelled");
        prop_assert!(!file.contains("UITGESLOTEN") && !file.contains("BEWIJS"), "a file left out travelled");
        prop_assert!(!file.contains("persistence_requested\": true") && !file.contains("last_backup\": 1"));
        prop_assert!(!file.contains("GEHEIME-REACTIE") && !file.contains("OUDE AFSPRAAK"));
        prop_assert!(shown.contains("NIEUWE AFSPRAAK ACTIE"), "page 1 recalls the latest agreements");
        for m in ["m1", "m2", "m3"] {
            // A moment's explanations travel only when the report prints some of them.
            if file.contains(&format!("PRIVÉ-TOELICHTING {m}")) {
                prop_assert!(shown.contains(&format!("PRIVÉ-TOELICHTING {m}")), "explanations of {} travelled unseen", m);
            }
        }
        let part = read_request(&file).unwrap().portfolio;
        prop_assert!(part.moments.len() <= 2);
        for g in ["GEDEELD reflectie 0", "GEDEELD actie 2", "GEDEELD vraag 4", "GEDEELD werkblad 8"] {
            if file.contains(g) {
                prop_assert!(shown.contains(g), "{} travelled but the report does not show it", g);
            }
        }
    }
}

#[test]
fn a_request_reads_back_as_sent() {
    let p = rich([true; 10]);
    let options = Options { radar: true, notes_left_out: vec![2], ..Options::default() };
    let text = request_file(&p, Some(blg()), &options, "c-42", NOW, "2026-12-07");
    assert!(
        text.starts_with("{\n  \"format\": \"leerpad-gesprek\",\n  \"version\": 1,\n  \"kind\": \"request\"")
    );
    assert_eq!(conversation::kind_of(&text), Some(Kind::Request));
    let request = read_request(&text).unwrap();
    assert_eq!(request.conversation, "c-42");
    assert_eq!((request.made, request.date.as_str()), (NOW, "2026-12-07"));
    assert_eq!(request.participant, "Fatima el Amrani");
    assert_eq!(request.programme.as_deref(), Some("blg"));
    assert_eq!(request.options, options);
    assert_eq!(request.portfolio, disclosed(&p, Some(blg()), &options));
}

fn sample_reply(id: &str) -> Reply {
    let mut r = Reply::new(id);
    assert!(r.is_empty());
    assert!(r.set_manager("Jeroen Bakker"));
    assert!(r.set_level("blg.m1.g1", Some(4)));
    assert!(r.set_rating_note("blg.m1.g1", HOSTILE));
    assert!(r.set_level("blg.m2.g3", Some(2)));
    assert!(r.set_comment(&RecordKey::Item(Collection::Journal, "j0".into()), "Mooi gezien."));
    assert!(r.set_comment(&RecordKey::Why, HOSTILE));
    assert!(r.set_agreement(Agreement::WentWell, "Het teamoverleg."));
    assert!(r.set_agreement(Agreement::Support, "Coaching op de werkvloer."));
    assert!(r.set_date(false, "2026-12-10") && r.set_date(true, "2027-03-01"));
    assert!(r.add_action("x1".into()));
    assert!(r.edit_action("x1", |a| {
        a.title = "Feedback vragen aan twee collega's".into();
        a.due = "2027-01-31".into();
        a.goal = "blg.m1.g2".into();
    }));
    r.updated = NOW;
    assert!(!r.is_empty());
    r
}

#[test]
fn a_reply_reads_back_only_for_its_own_conversation() {
    let reply = sample_reply("c-42");
    let text = reply_file(&reply, NOW);
    assert_eq!(conversation::kind_of(&text), Some(Kind::Reply));
    assert_eq!(read_reply(&text, "c-42"), Ok(reply));
    assert_eq!(read_reply(&text, "c-43"), Err(E::OtherConversation));
}

#[test]
fn the_reply_keeps_to_its_rules() {
    let mut r = Reply::new("c");
    assert!(!r.set_level("blg.m1.g1", Some(6)) && !r.set_level("blg.m1.g1", Some(0)));
    assert!(r.set_level("blg.m1.g1", Some(3)) && !r.set_level("blg.m1.g1", Some(3)));
    assert!(r.set_level("blg.m1.g1", None));
    assert!(r.ratings.is_empty(), "a goal with neither level nor explanation is not kept");
    assert!(!r.set_date(true, "1 maart"));
    assert!(!r.set_agreement(Agreement::Develop, &"x".repeat(MAX_TEXT + 1)));
    assert!(r.set_comment(&RecordKey::Why, "ok") && r.set_comment(&RecordKey::Why, " "));
    assert!(r.comments.is_empty(), "an emptied comment goes");
    assert!(r.add_action("a".into()) && !r.edit_action("a", |a| a.due = "morgen".into()));
    assert!(r.remove_action("a") && r.actions.is_empty());
    assert!(r.is_empty());
}

/// `text` with the checksum made right again, so that what follows the checksum is checked.
fn resealed(text: &str) -> String {
    let mut v: serde_json::Value = serde_json::from_str(text).unwrap();
    let map = v.as_object_mut().unwrap();
    map.remove("checksum");
    // The checksum is over compact JSON with sorted members, as the app's own JSON writes it.
    let sorted: std::collections::BTreeMap<_, _> = map.clone().into_iter().collect();
    let compact =
        leerpad::domain::json::Value::parse(&serde_json::to_string(&sorted).unwrap()).unwrap().to_json();
    map.insert("checksum".into(), backup::checksum(&compact).into());
    serde_json::to_string_pretty(&v).unwrap()
}

fn edited(text: &str, edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut v: serde_json::Value = serde_json::from_str(text).unwrap();
    edit(&mut v);
    resealed(&serde_json::to_string(&v).unwrap())
}

#[test]
fn every_bad_request_is_refused_with_its_own_reason() {
    let p = rich([true; 10]);
    let good = request_file(&p, Some(blg()), &Options::default(), "c-1", NOW, "2026-12-07");
    let reply = reply_file(&sample_reply("c-1"), NOW);
    let a_backup = backup::create(&p, NOW);
    let cases: Vec<(&str, String, E)> = vec![
        ("empty", String::new(), E::NotJson),
        ("html", "<!doctype html><p>hallo</p>".into(), E::NotJson),
        ("truncated", good[..good.len() / 2].to_owned(), E::Truncated),
        ("a backup", a_backup, E::Foreign),
        ("an array", "[1,2]".into(), E::Foreign),
        ("a reply", reply, E::WrongKind(Kind::Reply)),
        ("newer", edited(&good, |v| v["version"] = 2.into()), E::Newer),
        ("damaged", good.replacen("GEDEELD", "VERANDERD", 1), E::Damaged),
        ("no checksum", good.replacen("\"checksum\"", "\"checksom\"", 1), E::Invalid),
        ("hostile ID", edited(&good, |v| v["conversation"] = HOSTILE.into()), E::Invalid),
        ("bad date", edited(&good, |v| v["date"] = "gisteren".into()), E::Invalid),
        ("options of the wrong type", edited(&good, |v| v["options"]["ratings"] = "ja".into()), E::Invalid),
        (
            "a record of the wrong shape",
            edited(&good, |v| v["portfolio"]["journal"]["j0"]["shared"] = 7.into()),
            E::Invalid,
        ),
        ("a newer portfolio", edited(&good, |v| v["portfolio"]["schema"] = 99.into()), E::Newer),
        ("no portfolio", edited(&good, |v| drop(v.as_object_mut().unwrap().remove("portfolio"))), E::Invalid),
    ];
    for (name, text, expected) in cases {
        assert_eq!(read_request(&text).map(|_| ()), Err(expected), "{name}");
    }
    let huge = format!(
        "{{\"format\":\"leerpad-gesprek\",\"pad\":\"{}\"}}",
        "x".repeat(conversation::MAX_REQUEST_BYTES)
    );
    assert_eq!(read_request(&huge).map(|_| ()), Err(E::TooLarge));
}

#[test]
fn every_bad_reply_is_refused_with_its_own_reason() {
    let good = reply_file(&sample_reply("c-1"), NOW);
    let request = request_file(&rich([true; 10]), Some(blg()), &Options::default(), "c-1", NOW, "2026-12-07");
    let cases: Vec<(&str, String, E)> = vec![
        ("truncated", good[..good.len() - 3].to_owned(), E::Truncated),
        ("the request itself", request, E::WrongKind(Kind::Request)),
        ("damaged", good.replacen("Jeroen", "Jaap", 1), E::Damaged),
        ("another conversation", edited(&good, |v| v["conversation"] = "c-2".into()), E::OtherConversation),
        (
            "body of another conversation",
            edited(&good, |v| v["reply"]["conversation"] = "c-2".into()),
            E::Invalid,
        ),
        (
            "level off the scale",
            edited(&good, |v| v["reply"]["ratings"]["blg.m1.g1"]["level"] = 9.into()),
            E::Invalid,
        ),
        (
            "level of the wrong type",
            edited(&good, |v| v["reply"]["ratings"]["blg.m1.g1"]["level"] = "4".into()),
            E::Invalid,
        ),
        (
            "bad due date",
            edited(&good, |v| v["reply"]["actions"][0]["due"] = "<b>morgen</b>".into()),
            E::Invalid,
        ),
        (
            "giant text",
            edited(&good, |v| v["reply"]["went_well"] = "x".repeat(MAX_TEXT + 1).into()),
            E::Invalid,
        ),
        (
            "a comment on no item",
            edited(&good, |v| v["reply"]["comments"]["elders"] = "x".into()),
            E::Invalid,
        ),
        (
            "too many actions",
            edited(&good, |v| {
                v["reply"]["actions"] = serde_json::Value::Array(vec![v["reply"]["actions"][0].clone(); 51])
            }),
            E::Invalid,
        ),
        ("no reply", edited(&good, |v| drop(v.as_object_mut().unwrap().remove("reply"))), E::Invalid),
    ];
    for (name, text, expected) in cases {
        assert_eq!(read_reply(&text, "c-1").map(|_| ()), Err(expected), "{name}");
    }
    let huge = "x".repeat(conversation::MAX_REPLY_BYTES + 1);
    assert_eq!(read_reply(&huge, "c-1").map(|_| ()), Err(E::TooLarge));
}

#[test]
fn markup_in_a_reply_stays_text_in_the_record() {
    let reply = read_reply(&reply_file(&sample_reply("c-1"), NOW), "c-1").unwrap();
    assert_eq!(reply.comment(&RecordKey::Why), HOSTILE);
    assert!(to_json(&reply).contains("\\\"&'"), "stored as JSON text");
}

#[test]
fn a_reply_is_read_in_only_for_a_conversation_sent_from_here() {
    let mut p = rich([true; 10]);
    let stranger = Reply::new("c-elders");
    assert_eq!(p.read_in_reply(stranger, NOW), Err(ReplyRefused::NotSentFromHere));
    assert_eq!(p.conversations.len(), 2, "nothing changed");
    p.add_conversation("c-3".into(), "2026-12-07".into(), NOW);
    assert!(p.conversations["c-3"].reply.is_none());
    let mut reply = sample_reply("c-3");
    reply.set_comment(&RecordKey::Item(Collection::Journal, "j0".into()), "Derde reactie");
    p.read_in_reply(reply, NOW + 1).unwrap();
    let (latest, r) = p.latest_reply().unwrap();
    assert_eq!(
        (latest.id.as_str(), latest.held()),
        ("c-3", "2026-12-10"),
        "held on the day the manager gave"
    );
    assert_eq!(r.manager, "Jeroen Bakker");
    let comments = p.comments_on(&RecordKey::Item(Collection::Journal, "j0".into()));
    let texts: Vec<&str> = comments.iter().map(|(_, _, text)| *text).collect();
    assert_eq!(texts, ["GEHEIME-REACTIE", "GEHEIME-REACTIE", "Derde reactie"], "oldest first");
}

#[test]
fn an_agreed_action_is_taken_over_once_with_its_goal_and_module() {
    let mut p = rich([true; 10]);
    p.add_conversation("c-3".into(), "2026-12-07".into(), NOW);
    p.read_in_reply(sample_reply("c-3"), NOW).unwrap();
    let action = p.agreed_action("c-3", "x1", "a-new".into(), NOW).unwrap();
    assert_eq!(action.title, "Feedback vragen aan twee collega's");
    assert_eq!((action.due.as_str(), action.module.as_deref()), ("2027-01-31", Some("blg.m1")));
    assert_eq!(action.goals, ["blg.m1.g2"]);
    assert!(action.shared);
    p.actions.insert(action.id.clone(), action);
    p.mark_taken_over("c-3", "x1", "a-new", NOW);
    assert_eq!(p.agreed_action("c-3", "x1", "a-other".into(), NOW), None, "once");
    assert_eq!(p.agreed_action("c-3", "nope", "a-other".into(), NOW), None);
}

#[test]
fn the_gaps_compare_the_latest_own_rating_with_the_managers() {
    use leerpad::domain::conversations::self_and_manager;
    let p = rich([true; 10]);
    let (_, reply) = p.latest_reply().unwrap();
    // The latest moment rates blg.m1.g1 at 5 ((0 + 2 * 2) % 5 + 1); the manager at 2.
    let gaps = self_and_manager(&p, blg(), reply, 5);
    assert!(gaps.manager_higher.is_empty());
    assert_eq!(gaps.own_higher.len(), 1);
    assert_eq!(
        (gaps.own_higher[0].goal.as_str(), gaps.own_higher[0].own, gaps.own_higher[0].manager),
        ("blg.m1.g1", 5, 2)
    );
}

#[test]
fn conversations_travel_in_backups_and_merge_by_last_change() {
    let p = rich([true; 10]);
    let (_, back) = backup::read(&backup::create(&p, NOW)).unwrap();
    assert_eq!(back.conversations, p.conversations);
    let mut newer = p.clone();
    newer.add_conversation("c-9".into(), "2026-12-07".into(), NOW + 5);
    let merged = backup::merge(&p, &newer);
    assert_eq!(merged.conversations.len(), 3);
    // A portfolio without conversations writes no section for them: older builds read it as before.
    let mut none = p.clone();
    none.conversations = Default::default();
    assert!(!none.to_document_json().contains("conversations"));
}

/// A portfolio with conversations, as a backup holds it: one answered (a rating, a comment, an
/// agreed action taken over) and one still waiting for its reply.
const FIXTURE: &str = include_str!("fixtures/portfolio/v1-conversations.json");

#[test]
fn the_conversation_fixture_loads_as_file_and_as_stored_records_without_loss() {
    use leerpad::domain::stored::{self, Loaded};
    let p = read_document(FIXTURE).unwrap();
    assert_eq!(p.conversations.len(), 2);
    let (c, reply) = p.latest_reply().unwrap();
    assert_eq!((c.id.as_str(), c.held(), reply.level("blg.m1.g1")), ("gesprek-1", "2026-12-10", Some(4)));
    assert_eq!(c.taken_over["x1"], "a-overgenomen");
    assert!(p.conversations["gesprek-2"].reply.is_none());
    assert_eq!(
        p.comments_on(&RecordKey::Item(Collection::Journal, "j1".into()))[0].2,
        "Goed dat je dit gesprek aanging."
    );
    let Loaded::Ready { portfolio, migrated_from } = stored::load(&leerpad::domain::records::all_records(&p))
    else {
        panic!("the records load");
    };
    assert_eq!((*portfolio == p, migrated_from), (true, None));
    assert_eq!(read_document(&p.to_document_json()).unwrap(), p, "written again, read again");
    assert_eq!(
        RecordKey::Item(Collection::Conversation, "gesprek-1".into()).storage_key(),
        "leerpad:conversation:gesprek-1"
    );
}
