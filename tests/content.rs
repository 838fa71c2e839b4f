//! The programme content must carry the seed text (Bijlage 5) word for word.

use std::{fs, path::Path};

use leerpad::domain::{Catalog, Programme, content_model};

const SEED: &str = include_str!("fixtures/modules-blg-smec.md");

/// A module as the seed writes it.
#[derive(Debug, Default)]
struct SeedModule {
    heading: String,
    paragraphs: Vec<String>,
    goals: Vec<String>,
}

/// Reads the seed's two programme sections: their opening paragraph and their modules.
fn seed_programmes() -> Vec<(String, Vec<SeedModule>)> {
    let mut programmes: Vec<(String, Vec<SeedModule>)> = Vec::new();
    for raw in SEED.lines() {
        let line = raw.trim();
        if line.is_empty() || line == "---" || line == "De Deelnemer:" {
            continue;
        }
        if let Some(heading) = line.strip_prefix('#') {
            let heading = heading.trim_start_matches('#').replace("**", "");
            let heading = heading.trim();
            if heading.starts_with("Modules programma") {
                programmes.push((String::new(), Vec::new()));
            } else if heading.starts_with("Module ") {
                let modules = &mut programmes.last_mut().expect("module inside a programme").1;
                modules.push(SeedModule { heading: heading.to_owned(), ..SeedModule::default() });
            }
            continue;
        }
        let Some((intro, modules)) = programmes.last_mut() else { continue };
        match modules.last_mut() {
            None => *intro = line.to_owned(),
            Some(m) => match line.strip_prefix("- ") {
                Some(goal) => m.goals.push(goal.to_owned()),
                None => m.paragraphs.push(line.to_owned()),
            },
        }
    }
    programmes
}

fn blg() -> &'static Programme {
    Catalog::embedded().programme("blg").expect("BLG is in the catalog")
}

fn smec() -> &'static Programme {
    Catalog::embedded().programme("smec").expect("SMEC is in the catalog")
}

#[test]
fn fixture_is_the_shared_seed() {
    // CI and developers have the read-only seed beside the repository; the fixture must not drift.
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seed/modules-blg-smec.md");
    if let Ok(text) = fs::read_to_string(&shared) {
        assert_eq!(text, SEED, "tests/fixtures/modules-blg-smec.md differs from {}", shared.display());
    }
}

#[test]
fn both_programmes_in_order() {
    let ids: Vec<_> = Catalog::embedded().programmes().iter().map(|p| &*p.id).collect();
    assert_eq!(ids, ["blg", "smec"]);
}

#[test]
fn module_and_goal_counts() {
    let counts = |p: &Programme| p.modules.iter().map(|m| m.goals.len()).collect::<Vec<_>>();
    assert_eq!(counts(blg()), [6, 6, 6, 5, 5]);
    assert_eq!(blg().goal_count(), 28);
    assert_eq!(counts(smec()), [5, 5, 5, 5, 5]);
    assert_eq!(smec().goal_count(), 25);
}

#[test]
fn content_passes_validation() {
    content_model::validate(Catalog::embedded().programmes()).expect("content is valid");
}

#[test]
fn ids_are_stable_and_follow_the_scheme() {
    let m3 = blg().module(3).unwrap();
    assert_eq!(m3.id, "blg.m3");
    let goal_ids: Vec<_> = m3.goals.iter().map(|g| &*g.id).collect();
    assert_eq!(goal_ids, ["blg.m3.g1", "blg.m3.g2", "blg.m3.g3", "blg.m3.g4", "blg.m3.g5", "blg.m3.g6"]);
    assert_eq!(smec().module(5).unwrap().goals[4].id, "smec.m5.g5");
}

#[test]
fn every_seed_text_is_present_word_for_word() {
    let seed = seed_programmes();
    let ours = [blg(), smec()];
    assert_eq!(seed.len(), ours.len(), "the seed has two programmes");
    let mut goals_checked = 0;
    for ((intro, seed_modules), programme) in seed.iter().zip(ours) {
        assert_eq!(&programme.introduction, intro, "{}: introduction", programme.id);
        assert_eq!(seed_modules.len(), programme.modules.len(), "{}: module count", programme.id);
        for (s, m) in seed_modules.iter().zip(programme.modules.iter()) {
            let expected_heading = format!("Module {}: {}", m.number, m.title);
            assert!(s.heading.starts_with(&expected_heading), "{}: heading {:?}", m.id, s.heading);
            match &m.subtitle {
                Some(sub) => assert!(s.heading.ends_with(&format!(" {sub}")), "{}: subtitle", m.id),
                None => assert_eq!(s.heading, expected_heading, "{}: no subtitle in the seed", m.id),
            }
            let mut paragraphs: Vec<String> = m.description.iter().map(|d| d.to_string()).collect();
            if let Some(note) = &m.note {
                paragraphs.push(format!("*{note}*"));
            }
            assert_eq!(s.paragraphs, paragraphs, "{}: description paragraphs", m.id);
            let goals: Vec<String> = m.goals.iter().map(|g| g.text.to_string()).collect();
            assert_eq!(s.goals, goals, "{}: learning goals", m.id);
            goals_checked += goals.len();
        }
    }
    assert_eq!(goals_checked, 53, "all learning goals of the seed were compared");
    assert!(blg().module(4).unwrap().note.as_deref().unwrap().starts_with("Aanvullend bij module 4:"));
}

#[test]
fn programme_header_fields() {
    assert_eq!(blg().code, "BLG");
    assert_eq!(blg().name, "Programma voor Beginnend Leidinggevenden");
    assert!(smec().target_group.contains("coördinatoren zonder personeelsverantwoordelijkheid"));
    for p in [blg(), smec()] {
        assert_eq!(p.goals_lead, "De Deelnemer:");
    }
}

#[test]
fn validation_reports_broken_content() {
    let mut broken = Catalog::embedded().programmes().to_vec();
    broken[0].modules.to_mut()[1].goals.to_mut()[0].id = "blg.m1.g1".into(); // duplicate, and in the wrong module
    broken[0].modules.to_mut()[2].goals.to_mut()[1].text = "  ".into();
    broken[1].modules.to_mut()[0].number = 7;
    let problems = content_model::validate(&broken).unwrap_err();
    let all = problems.join("\n");
    assert!(all.contains("`blg.m1.g1` komt meer dan één keer voor"), "{all}");
    assert!(all.contains("leerdoel-ID `blg.m1.g1` hoort te beginnen met `blg.m2.g`"), "{all}");
    assert!(all.contains("blg.m3.g2: text is leeg"), "{all}");
    assert!(all.contains("module 7 staat op plaats 1"), "{all}");
}

#[test]
fn participants_get_their_own_introduction_and_the_tender_text_stays_word_for_word() {
    for p in [blg(), smec()] {
        assert!(!p.welcome.is_empty(), "{}", p.id);
        assert!(
            p.welcome.iter().all(|w| !w.contains("Opdrachtnemer")),
            "{}: welcome is for participants",
            p.id
        );
        assert!(p.introduction.contains("Van de Opdrachtnemer wordt verwacht"), "{}", p.id);
    }
    let m4 = blg().module(4).unwrap();
    assert!(m4.remark.as_deref().is_some_and(|r| !r.contains("inschrijver")));
    let mut broken = Catalog::embedded().programmes().to_vec();
    broken[1].welcome = Vec::new().into();
    let all = content_model::validate(&broken).unwrap_err().join("\n");
    assert!(all.contains("smec: welcome (de introductie voor deelnemers) ontbreekt"), "{all}");
}

#[test]
fn both_statements_are_there_in_both_languages() {
    for id in content_model::STATEMENT_IDS {
        let s = leerpad::domain::catalog::statement(id).unwrap_or_else(|| panic!("{id}"));
        assert_eq!(s.nl.sections.len(), s.en.sections.len(), "{id}");
        assert!(!s.nl.title.is_empty() && !s.en.title.is_empty(), "{id}");
    }
    let s = leerpad::domain::catalog::statement("toegankelijkheid").unwrap();
    let headings: Vec<&str> = s.nl.sections.iter().map(|s| &*s.heading).collect();
    assert_eq!(headings, ["Status", "Hoe we het controleren", "Wat nog niet goed is", "Een probleem melden"]);
}

#[test]
fn statement_validation_names_what_is_missing_or_uneven() {
    let mut statements: Vec<_> = content_model::STATEMENT_IDS
        .iter()
        .filter_map(|id| leerpad::domain::catalog::statement(id))
        .cloned()
        .collect();
    statements[0].en.sections.to_mut().pop();
    statements[0].nl.lead = " ".into();
    statements.pop();
    let all = content_model::validate_statements(&statements).unwrap_err().join("\n");
    assert!(all.contains("verklaring `privacy` ontbreekt"), "{all}");
    assert!(all.contains("toegankelijkheid: nl en en hebben niet evenveel onderdelen"), "{all}");
    assert!(all.contains("toegankelijkheid.nl: lead is leeg"), "{all}");
}
