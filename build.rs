//! Turns the human-editable programme files in `content/` into Rust data that the app embeds
//! (nothing to parse at start, no deserialiser in the bundle), and refuses to build when a file
//! breaks the rules in `src/domain/content_model.rs`.

#[path = "src/domain/content_model.rs"]
#[allow(dead_code)]
mod content_model;

use std::{env, fs, path::Path};

/// The programmes in the order the app shows them.
const FILES: [&str; 2] = ["blg.toml", "smec.toml"];

fn main() {
    // `LEERPAD_CONTENT_DIR` builds from another copy of content/ (the update test builds a second,
    // changed version of the app this way: scripts/build-next.sh).
    let dir = env::var("LEERPAD_CONTENT_DIR").unwrap_or_else(|_| "content".to_owned());
    println!("cargo::rerun-if-env-changed=LEERPAD_CONTENT_DIR");
    println!("cargo::rerun-if-changed={dir}");
    println!("cargo::rerun-if-changed=src/domain/content_model.rs");
    let mut programmes = Vec::new();
    for name in FILES {
        let path = Path::new(&dir).join(name);
        let file = path.display();
        let text =
            fs::read_to_string(&path).unwrap_or_else(|e| panic!("{file} kan niet worden gelezen: {e}"));
        let programme: content_model::Programme =
            toml::from_str(&text).unwrap_or_else(|e| panic!("\n{file} bevat een fout:\n{e}\n"));
        programmes.push(programme);
    }
    if let Err(problems) = content_model::validate(&programmes) {
        panic!("\nDe inhoud in content/ klopt niet:\n  - {}\n", problems.join("\n  - "));
    }
    let out_dir = env::var("OUT_DIR").expect("OUT_DIR is set by cargo");
    fs::write(Path::new(&out_dir).join("content.rs"), rust_data(&programmes)).expect("OUT_DIR is writable");

    let path = Path::new(&dir).join("statements.toml");
    let file = path.display();
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{file} kan niet worden gelezen: {e}"));
    let statements: content_model::StatementFile =
        toml::from_str(&text).unwrap_or_else(|e| panic!("\n{file} bevat een fout:\n{e}\n"));
    if let Err(problems) = content_model::validate_statements(&statements.statement) {
        panic!("\n{file} klopt niet:\n  - {}\n", problems.join("\n  - "));
    }
    fs::write(Path::new(&out_dir).join("statements.rs"), statements_data(&statements.statement))
        .expect("OUT_DIR is writable");

    let sheets = read_sheets(&Path::new(&dir).join("worksheets"), &programmes);
    fs::write(Path::new(&out_dir).join("sheets.rs"), sheets_data(&sheets)).expect("OUT_DIR is writable");
}

/// Every worksheet in `content/worksheets/*.toml`, in the order of their file names, checked.
fn read_sheets(dir: &Path, programmes: &[content_model::Programme]) -> Vec<content_model::Sheet> {
    let mut paths: Vec<_> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{} kan niet worden gelezen: {e}", dir.display()))
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "toml"))
        .collect();
    paths.sort();
    let mut sheets = Vec::new();
    let mut problems = Vec::new();
    for path in paths {
        let file = path.display().to_string();
        let text =
            fs::read_to_string(&path).unwrap_or_else(|e| panic!("{file} kan niet worden gelezen: {e}"));
        match toml::from_str::<content_model::Sheet>(&text) {
            Ok(sheet) => {
                problems.extend(content_model::validate_sheet(&file, &sheet, programmes));
                sheets.push(sheet);
            }
            Err(e) => problems.push(format!("{file} bevat een fout:\n{e}")),
        }
    }
    if let Err(more) = content_model::validate_sheet_ids(&sheets) {
        problems.extend(more);
    }
    if !problems.is_empty() {
        panic!("\nDe werkbladen in content/worksheets/ kloppen niet:\n  - {}\n", problems.join("\n  - "));
    }
    sheets
}

/// The worksheets as one constant Rust expression of type `&[Sheet]`.
fn sheets_data(sheets: &[content_model::Sheet]) -> String {
    use content_model::{Choice, SheetField};
    let text = |s: &str| format!("Cow::Borrowed({s:?})");
    let optional = |s: &Option<content_model::Text>| {
        s.as_deref().map_or("None".to_owned(), |s| format!("Some({})", text(s)))
    };
    let list = |items: Vec<String>| format!("Cow::Borrowed(&[{}])", items.join(", "));
    let choice = |c: &Choice| {
        format!(
            "Choice {{ id: {}, label: {}, programmes: {} }}",
            text(&c.id),
            text(&c.label),
            list(c.programmes.iter().map(|p| text(p)).collect())
        )
    };
    fn field(f: &SheetField, text: &dyn Fn(&str) -> String, choice: &dyn Fn(&Choice) -> String) -> String {
        let list = |items: Vec<String>| format!("Cow::Borrowed(&[{}])", items.join(", "));
        let optional = |s: &Option<content_model::Text>| {
            s.as_deref().map_or("None".to_owned(), |s| format!("Some({})", text(s)))
        };
        format!(
            "SheetField {{ id: {}, label: {}, kind: FieldType::{:?}, hint: {}, choices: {}, low: {}, high: {}, open_below: {:?}, columns: {}, rows: {}, fixed_rows: {}, add: {} }}",
            text(&f.id),
            text(&f.label),
            f.kind,
            optional(&f.hint),
            list(f.choices.iter().map(choice).collect()),
            optional(&f.low),
            optional(&f.high),
            f.open_below,
            list(f.columns.iter().map(|c| field(c, text, choice)).collect()),
            list(f.rows.iter().map(choice).collect()),
            f.fixed_rows,
            optional(&f.add),
        )
    }
    let items = sheets.iter().map(|s| {
        let sections = s.sections.iter().map(|section| {
            format!(
                "SheetSection {{ title: {}, intro: {}, fields: {} }}",
                text(&section.title),
                optional(&section.intro),
                list(section.fields.iter().map(|f| field(f, &text, &choice)).collect())
            )
        });
        let chart = s.chart.as_ref().map_or("None".to_owned(), |c| {
            format!(
                "Some(SheetChart {{ kind: ChartKind::{:?}, field: {}, x: {}, y: {}, shape: {} }})",
                c.kind,
                text(&c.field),
                text(&c.x),
                optional(&c.y),
                optional(&c.shape)
            )
        });
        format!(
            "Sheet {{ id: {}, title: {}, modules: {}, intro: {}, name_field: {}, chart: {}, sections: {} }}",
            text(&s.id),
            text(&s.title),
            list(s.modules.iter().map(|m| text(m)).collect()),
            list(s.intro.iter().map(|p| text(p)).collect()),
            optional(&s.name_field),
            chart,
            list(sections.collect()),
        )
    });
    format!("&[{}]", items.collect::<Vec<_>>().join(", "))
}

/// The statements as one constant Rust expression of type `&[Statement]`.
fn statements_data(statements: &[content_model::Statement]) -> String {
    let text = |s: &str| format!("Cow::Borrowed({s:?})");
    let list = |items: Vec<String>| format!("Cow::Borrowed(&[{}])", items.join(", "));
    let one = |t: &content_model::StatementText| {
        let sections = t.sections.iter().map(|s| {
            format!(
                "Section {{ heading: {}, paragraphs: {} }}",
                text(&s.heading),
                list(s.paragraphs.iter().map(|p| text(p)).collect())
            )
        });
        format!(
            "StatementText {{ title: {}, lead: {}, sections: {} }}",
            text(&t.title),
            text(&t.lead),
            list(sections.collect())
        )
    };
    let items = statements
        .iter()
        .map(|s| format!("Statement {{ id: {}, nl: {}, en: {} }}", text(&s.id), one(&s.nl), one(&s.en)))
        .collect::<Vec<_>>();
    format!("&[{}]", items.join(", "))
}

/// The programmes as one constant Rust expression of type `&[Programme]`: static data, nothing
/// to build or parse at start.
fn rust_data(programmes: &[content_model::Programme]) -> String {
    let text = |s: &str| format!("Cow::Borrowed({s:?})");
    let optional = |s: &Option<content_model::Text>| {
        s.as_deref().map_or("None".to_owned(), |s| format!("Some({})", text(s)))
    };
    let list = |items: Vec<String>| format!("Cow::Borrowed(&[{}])", items.join(", "));
    list(
        programmes
            .iter()
            .map(|p| {
                let modules = p.modules.iter().map(|m| {
                    let goals = m.goals.iter().map(|g| format!("Goal {{ id: {}, text: {} }}", text(&g.id), text(&g.text)));
                    format!(
                        "Module {{ id: {}, number: {}, title: {}, subtitle: {}, description: {}, remark: {}, note: {}, goals: {} }}",
                        text(&m.id),
                        m.number,
                        text(&m.title),
                        optional(&m.subtitle),
                        list(m.description.iter().map(|d| text(d)).collect()),
                        optional(&m.remark),
                        optional(&m.note),
                        list(goals.collect()),
                    )
                });
                format!(
                    "Programme {{ id: {}, code: {}, name: {}, target_group: {}, goals_lead: {}, welcome: {}, introduction: {}, modules: {} }}",
                    text(&p.id),
                    text(&p.code),
                    text(&p.name),
                    text(&p.target_group),
                    text(&p.goals_lead),
                    list(p.welcome.iter().map(|w| text(w)).collect()),
                    text(&p.introduction),
                    list(modules.collect()),
                )
            })
            .collect(),
    )
    .replacen("Cow::Borrowed(", "(", 1)
}
