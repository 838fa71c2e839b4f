//! Worksheets as content and as records: every content file passes the rules, a broken one is
//! named by file and ID, and a filled-in worksheet survives backups, merges and dropped fields.

use std::borrow::Cow;

use leerpad::domain::{
    Catalog, backup,
    content_model::{ChartKind, FieldType, Sheet, SheetField, validate_sheet},
    keyed::Keyed,
    migrate::read_document,
    portfolio::Portfolio,
    records::{Collection, RecordKey},
    worksheet::{SheetRow, Worksheet, sheet, sheets},
};

fn problems(sheet: &Sheet) -> Vec<String> {
    validate_sheet(&format!("content/worksheets/{}.toml", sheet.id), sheet, Catalog::embedded().programmes())
}

#[test]
fn every_worksheet_of_the_content_passes_the_rules() {
    assert!(sheets().len() >= 10);
    for s in sheets() {
        assert_eq!(problems(s), Vec::<String>::new(), "{}", s.id);
    }
    let charts: Vec<_> = sheets().iter().filter_map(|s| s.chart.as_ref().map(|c| (&*s.id, c.kind))).collect();
    assert!(
        charts.contains(&("teamscan", ChartKind::OverTime))
            && charts.contains(&("stakeholderkaart", ChartKind::Grid))
    );
}

/// `sheet` with every section's fields changed by `change`.
fn edited(id: &str, mut change: impl FnMut(&mut Vec<SheetField>)) -> Sheet {
    let mut s = sheet(id).unwrap().clone();
    let mut sections = s.sections.to_vec();
    for section in &mut sections {
        let mut fields = section.fields.to_vec();
        change(&mut fields);
        section.fields = Cow::Owned(fields);
    }
    s.sections = Cow::Owned(sections);
    s
}

#[test]
fn a_broken_worksheet_is_named_by_its_file_and_id() {
    let mut s = edited("stakeholderkaart", |fields| {
        if let Some(opgave) = fields.iter().find(|f| f.id == "opgave").cloned() {
            fields.push(opgave);
        }
        for table in fields.iter_mut().filter(|f| f.kind == FieldType::Rows) {
            table.columns = Cow::Owned(table.columns.iter().filter(|c| c.id != "invloed").cloned().collect());
        }
    });
    s.modules = Cow::Owned(vec!["blg.m9".into()]);
    let found = problems(&s).join("\n");
    for expected in [
        "content/worksheets/stakeholderkaart.toml: werkblad `stakeholderkaart`: module `blg.m9` bestaat niet",
        "content/worksheets/stakeholderkaart.toml: werkblad `stakeholderkaart`: veld-ID `opgave` komt meer dan één keer voor",
        "werkblad `stakeholderkaart`, chart: y `invloed` is geen kolom van `stakeholders`",
    ] {
        assert!(found.contains(expected), "missing {expected:?} in\n{found}");
    }
    let wrong_name = validate_sheet(
        "content/worksheets/andere-naam.toml",
        sheet("teamscan").unwrap(),
        Catalog::embedded().programmes(),
    );
    assert!(wrong_name[0].contains("hoort `teamscan.toml` te heten"), "{wrong_name:?}");
}

#[test]
fn a_scale_without_its_words_and_a_choice_of_one_are_refused() {
    let s = edited("situationeel-leidinggeven", |fields| {
        for f in fields {
            match f.kind {
                FieldType::Scale => f.low = None,
                FieldType::Choice => f.choices = Cow::Owned(f.choices[..1].to_vec()),
                _ => {}
            }
        }
    });
    let found = problems(&s).join("\n");
    assert!(found.contains("veld `competentie`: een schaal heeft low en high"), "{found}");
    assert!(found.contains("veld `passende-stijl`: een keuzeveld heeft minstens twee choices"), "{found}");
}

fn with_worksheet() -> Portfolio {
    let mut p = Portfolio::default();
    let mut cells = Keyed::new();
    cells.insert("wie".to_owned(), "DG \"<b>\"".to_owned());
    cells.insert("belang".to_owned(), "5".to_owned());
    let mut tables = Keyed::new();
    tables.insert("stakeholders".to_owned(), vec![SheetRow { id: "r1".into(), cells }]);
    let mut values = Keyed::new();
    values.insert("opgave".to_owned(), "Nieuwe werkwijze".to_owned());
    values.insert("vraag-van-vroeger".to_owned(), "blijft".to_owned());
    p.worksheets.insert(
        "w1".into(),
        Worksheet {
            id: "w1".into(),
            created: 1,
            updated: 2,
            sheet: "stakeholderkaart".into(),
            date: "2026-12-07".into(),
            module: Some("blg.m5".into()),
            goals: vec!["blg.m5.g4".into()],
            shared: true,
            values,
            tables,
        },
    );
    p
}

#[test]
fn a_worksheet_survives_a_backup_and_its_record_round_trips() {
    let p = with_worksheet();
    let (_, back) = backup::read(&backup::create(&p, 1)).unwrap();
    assert_eq!(back, p);
    assert_eq!(read_document(&p.to_document_json()).unwrap(), p);
    let key = RecordKey::Item(Collection::Worksheet, "w1".into());
    assert_eq!(key.storage_key(), "leerpad:worksheet:w1");
    let json = p.record_json(&key).unwrap();
    let mut other = Portfolio::default();
    other.put_record(&key, Some(&json)).unwrap();
    assert_eq!(other.worksheets["w1"], p.worksheets["w1"], "the answer to a dropped question is kept too");
}

#[test]
fn a_portfolio_without_worksheets_is_written_as_before() {
    let p = Portfolio::default();
    assert!(!p.to_document_json().contains("worksheets"));
    assert!(with_worksheet().to_document_json().contains(r#""worksheets":{"w1":"#));
}

#[test]
fn merging_keeps_the_worksheet_changed_last() {
    let theirs = with_worksheet();
    let mut mine = with_worksheet();
    mine.worksheets.get_mut("w1").unwrap().updated = 1;
    mine.worksheets.get_mut("w1").unwrap().values.insert("opgave".into(), "ouder".into());
    let merged = backup::merge(&mine, &theirs);
    assert_eq!(merged.worksheets["w1"].value("opgave"), "Nieuwe werkwijze");
    assert_eq!(backup::merge(&merged, &theirs), merged);
}

#[test]
fn the_report_holds_shared_worksheets_only_with_their_text_escaped() {
    use leerpad::domain::report::{Options, Placement, fragment};
    let words = leerpad::i18n::Locale::Nl.texts().report_words();
    let blg = Catalog::embedded().programme("blg");
    let mut p = with_worksheet();
    let html = fragment(&p, blg, &Options::default(), "2026-12-07", &words, Placement::InPage);
    assert!(html.contains("Werkbladen") && html.contains("Stakeholderkaart: Nieuwe werkwijze"));
    assert!(html.contains("DG &quot;&lt;b&gt;&quot;") && !html.contains("<b>"));
    assert!(html.contains("blijft"), "an answer to a dropped question is shown, marked");
    p.worksheets.get_mut("w1").unwrap().shared = false;
    let html = fragment(&p, blg, &Options::default(), "2026-12-07", &words, Placement::InPage);
    assert!(!html.contains("Stakeholderkaart"), "a private worksheet stays out");
}

/// A portfolio with worksheets, as a backup holds it: a team scan, a 5R conversation with an
/// answer to a question the content dropped, and a worksheet the content no longer has.
const FIXTURE: &str = include_str!("fixtures/portfolio/v1-worksheets.json");

#[test]
fn the_worksheet_fixture_loads_as_file_and_as_stored_records_without_loss() {
    use leerpad::domain::stored::{self, Loaded};
    let p = read_document(FIXTURE).unwrap();
    assert_eq!(p.worksheets.len(), 3);
    let scan = &p.worksheets["w-scan-1"];
    let table = sheet("teamscan").unwrap().field("bouwstenen").unwrap();
    assert_eq!(scan.rows(table, "blg")[0].cell("score"), "2");
    assert_eq!(
        p.worksheets["w-5r-1"].removed_answers(sheet("gesprek-5r")),
        [("een-vraag-van-vroeger".to_owned(), "Dit antwoord blijft bewaard.".to_owned())]
    );
    assert_eq!(
        p.worksheets["w-weg"].removed_answers(None),
        [("vraag".to_owned(), "Ook dit blijft.".to_owned())]
    );
    // The same portfolio as the records a device holds.
    let Loaded::Ready { portfolio, migrated_from } = stored::load(&leerpad::domain::records::all_records(&p))
    else {
        panic!("the records load");
    };
    assert_eq!((*portfolio == p, migrated_from), (true, None));
    assert_eq!(read_document(&p.to_document_json()).unwrap(), p, "written again, read again");
}
