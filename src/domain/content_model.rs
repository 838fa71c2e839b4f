//! The shape of the programme content in `content/*.toml`, and the rules it must follow.
//!
//! This file is shared with `build.rs` (through `#[path]`), which checks the content while
//! building: a typo in an ID or a missing field stops the build with a readable message, so a
//! broken content file never reaches a participant. Keep it free of dependencies other than serde.
//! The app itself embeds the content as Rust data and never reads these files, so serde's derives
//! exist only where the build (or a native test) runs, never in the wasm.

use std::borrow::Cow;

#[cfg(not(target_arch = "wasm32"))]
use serde::{Deserialize, Serialize};

/// A text of the content: borrowed from the app's static data, owned when build.rs reads a file.
pub type Text = Cow<'static, str>;
/// A list of the content, likewise.
pub type List<T> = Cow<'static, [T]>;

/// One leadership programme (BLG or SMEC), as written in its content file.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize, Deserialize), serde(deny_unknown_fields))]
pub struct Programme {
    /// Stable ID, also the first part of the URL: `blg`, `smec`.
    pub id: Text,
    /// Short name as participants know it: `BLG`.
    pub code: Text,
    pub name: Text,
    /// Who the programme is for.
    pub target_group: Text,
    /// The line that introduces every list of learning goals ("De Deelnemer:").
    pub goals_lead: Text,
    /// The introduction for participants, one string per paragraph: what the programme is and
    /// how they go through it. Written by the programme office.
    pub welcome: List<Text>,
    /// The programme description's own introduction, word for word. It was written for the
    /// supplier, so the app shows it folded away under "Achtergrond: programmabeschrijving".
    pub introduction: Text,
    pub modules: List<Module>,
}

/// One module of a programme.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize, Deserialize), serde(deny_unknown_fields))]
pub struct Module {
    /// Stable ID: `<programme>.m<number>`, e.g. `blg.m3`.
    pub id: Text,
    /// Position in the track, starting at 1.
    pub number: u8,
    pub title: Text,
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "Option::is_none"))]
    pub subtitle: Option<Text>,
    /// The description, one string per paragraph.
    pub description: List<Text>,
    /// A remark for participants under the description (BLG module 4 has one).
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "Option::is_none"))]
    pub remark: Option<Text>,
    /// An extra remark of the programme description, word for word (BLG module 4 has one).
    /// Written for the supplier: shown folded away, like [`Programme::introduction`].
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "Option::is_none"))]
    pub note: Option<Text>,
    pub goals: List<Goal>,
}

/// One learning goal (leerdoel).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize, Deserialize), serde(deny_unknown_fields))]
pub struct Goal {
    /// Stable ID: `<module id>.g<n>`, e.g. `blg.m3.g2`. Ratings and notes refer to it, so it
    /// must never change once participants use the app, even when the text is reworded.
    pub id: Text,
    pub text: Text,
}

/// One of the statements a government app owes its users (`content/statements.toml`), in
/// both interface languages.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize, Deserialize), serde(deny_unknown_fields))]
pub struct Statement {
    /// Which statement, and its address: one of [`STATEMENT_IDS`].
    pub id: Text,
    pub nl: StatementText,
    pub en: StatementText,
}

/// The addresses of the statements the app links to from every page.
pub const STATEMENT_IDS: [&str; 2] = ["toegankelijkheid", "privacy"];

/// A statement in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize, Deserialize), serde(deny_unknown_fields))]
pub struct StatementText {
    pub title: Text,
    /// The point of the statement, in one or two sentences.
    pub lead: Text,
    pub sections: List<Section>,
}

/// A headed part of a statement.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize, Deserialize), serde(deny_unknown_fields))]
pub struct Section {
    pub heading: Text,
    /// One string per paragraph.
    pub paragraphs: List<Text>,
}

/// The form of `content/statements.toml`: a list of `[[statement]]` tables.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize, Deserialize), serde(deny_unknown_fields))]
pub struct StatementFile {
    pub statement: Vec<Statement>,
}

/// Checks the statements: each one the app links to is there once, complete in both languages,
/// with the same sections in each.
pub fn validate_statements(statements: &[Statement]) -> Result<(), Vec<String>> {
    let mut problems = Vec::new();
    for id in STATEMENT_IDS {
        match statements.iter().filter(|s| s.id == id).count() {
            1 => {}
            0 => problems.push(format!("verklaring `{id}` ontbreekt")),
            _ => problems.push(format!("verklaring `{id}` staat er meer dan één keer")),
        }
    }
    for s in statements {
        if !STATEMENT_IDS.contains(&&*s.id) {
            problems.push(format!(
                "verklaring `{}` is onbekend; bekend zijn: {}",
                s.id,
                STATEMENT_IDS.join(", ")
            ));
        }
        for (lang, t) in [("nl", &s.nl), ("en", &s.en)] {
            let at = format!("{}.{lang}", s.id);
            for (what, value) in [("title", &t.title), ("lead", &t.lead)] {
                if value.trim().is_empty() {
                    problems.push(format!("{at}: {what} is leeg"));
                }
            }
            if t.sections.is_empty() {
                problems.push(format!("{at}: heeft geen onderdelen"));
            }
            for (i, section) in t.sections.iter().enumerate() {
                if section.heading.trim().is_empty()
                    || section.paragraphs.iter().any(|p| p.trim().is_empty())
                    || section.paragraphs.is_empty()
                {
                    problems.push(format!("{at}: onderdeel {} heeft een lege kop of alinea", i + 1));
                }
            }
        }
        if s.nl.sections.len() != s.en.sections.len() {
            problems.push(format!("{}: nl en en hebben niet evenveel onderdelen", s.id));
        }
    }
    if problems.is_empty() { Ok(()) } else { Err(problems) }
}

/// Checks every rule the app relies on. Returns all problems at once, each naming the file's ID.
pub fn validate(programmes: &[Programme]) -> Result<(), Vec<String>> {
    let mut problems = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    let mut unique = |id: &str, problems: &mut Vec<String>| {
        if !seen.insert(id.to_owned()) {
            problems.push(format!("ID `{id}` komt meer dan één keer voor"));
        }
    };
    let blank = |what: &str, value: &str, problems: &mut Vec<String>| {
        if value.trim().is_empty() {
            problems.push(format!("{what} is leeg"));
        }
    };
    if programmes.is_empty() {
        problems.push("er is geen enkel programma".to_owned());
    }
    for p in programmes {
        unique(&p.id, &mut problems);
        if p.id.is_empty() || !p.id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()) {
            problems.push(format!("programma-ID `{}` mag alleen kleine letters en cijfers bevatten", p.id));
        }
        for (what, value) in [
            ("code", &p.code),
            ("name", &p.name),
            ("target_group", &p.target_group),
            ("goals_lead", &p.goals_lead),
            ("introduction", &p.introduction),
        ] {
            blank(&format!("{}: {what}", p.id), value, &mut problems);
        }
        if p.welcome.is_empty() {
            problems.push(format!("{}: welcome (de introductie voor deelnemers) ontbreekt", p.id));
        }
        for (i, paragraph) in p.welcome.iter().enumerate() {
            blank(&format!("{}: welcome, alinea {}", p.id, i + 1), paragraph, &mut problems);
        }
        if p.modules.is_empty() {
            problems.push(format!("{}: heeft geen modules", p.id));
        }
        for (index, m) in p.modules.iter().enumerate() {
            let expected_number = index + 1;
            if usize::from(m.number) != expected_number {
                problems.push(format!(
                    "{}: module {} staat op plaats {expected_number}; nummer de modules 1, 2, 3, …",
                    m.id, m.number
                ));
            }
            let expected_id = format!("{}.m{}", p.id, m.number);
            if m.id != expected_id {
                problems.push(format!("module-ID `{}` hoort `{expected_id}` te zijn", m.id));
            }
            unique(&m.id, &mut problems);
            blank(&format!("{}: title", m.id), &m.title, &mut problems);
            if let Some(subtitle) = &m.subtitle {
                blank(&format!("{}: subtitle", m.id), subtitle, &mut problems);
            }
            if let Some(note) = &m.note {
                blank(&format!("{}: note", m.id), note, &mut problems);
            }
            if let Some(remark) = &m.remark {
                blank(&format!("{}: remark", m.id), remark, &mut problems);
            }
            if m.description.is_empty() {
                problems.push(format!("{}: heeft geen beschrijving", m.id));
            }
            for (i, paragraph) in m.description.iter().enumerate() {
                blank(&format!("{}: alinea {}", m.id, i + 1), paragraph, &mut problems);
            }
            if m.goals.is_empty() {
                problems.push(format!("{}: heeft geen leerdoelen", m.id));
            }
            let prefix = format!("{}.g", m.id);
            for g in m.goals.iter() {
                unique(&g.id, &mut problems);
                let valid = g.id.strip_prefix(&prefix).is_some_and(|n| {
                    !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) && !n.starts_with('0')
                });
                if !valid {
                    problems.push(format!(
                        "leerdoel-ID `{}` hoort te beginnen met `{prefix}` en een nummer",
                        g.id
                    ));
                }
                blank(&format!("{}: text", g.id), &g.text, &mut problems);
            }
        }
    }
    if problems.is_empty() { Ok(()) } else { Err(problems) }
}

/// One worksheet of the programme's models (`content/worksheets/<id>.toml`): a form that the
/// participant fills in as often as they like, each time a dated record of its own.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize, Deserialize), serde(deny_unknown_fields))]
pub struct Sheet {
    /// Stable ID, also the file's name and the address: `gesprek-5r`. Filled-in worksheets refer
    /// to it, so it never changes once participants use the app.
    pub id: Text,
    pub title: Text,
    /// The modules it belongs to (`blg.m2`); from them follow the programmes that see it.
    pub modules: List<Text>,
    /// What the worksheet is for and how to use it, one string per paragraph.
    pub intro: List<Text>,
    /// The field whose answer names one filled-in worksheet in lists (the employee's initials,
    /// the conversation), if there is one.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "Option::is_none"))]
    pub name_field: Option<Text>,
    /// The picture it draws, if any.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "Option::is_none"))]
    pub chart: Option<SheetChart>,
    pub sections: List<SheetSection>,
}

/// A headed part of a worksheet.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize, Deserialize), serde(deny_unknown_fields))]
pub struct SheetSection {
    pub title: Text,
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "Option::is_none"))]
    pub intro: Option<Text>,
    pub fields: List<SheetField>,
}

/// How a worksheet field is filled in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize, Deserialize), serde(rename_all = "lowercase"))]
pub enum FieldType {
    /// One line of text.
    Text,
    /// Several lines of text.
    Long,
    /// One of the field's `choices`.
    Choice,
    /// 1 to 5, between the field's `low` and `high` words.
    Scale,
    /// A date.
    Date,
    /// A person, by initials or role only (the form says so).
    Initials,
    /// A table: a card per row, a field per column. Rows come from `rows` and/or the participant.
    Rows,
}

/// One question of a worksheet, or one column of a table.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize, Deserialize), serde(deny_unknown_fields))]
pub struct SheetField {
    /// Stable within its worksheet (within its table, for a column): answers are kept by it.
    pub id: Text,
    pub label: Text,
    #[cfg_attr(not(target_arch = "wasm32"), serde(rename = "type"))]
    pub kind: FieldType,
    /// A guiding question or example under the label.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "Option::is_none"))]
    pub hint: Option<Text>,
    /// For `choice`: the options.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "<[_]>::is_empty"))]
    pub choices: List<Choice>,
    /// For `scale`: the words at 1 and at 5.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "Option::is_none"))]
    pub low: Option<Text>,
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "Option::is_none"))]
    pub high: Option<Text>,
    /// For a `scale` column: a row scored below this (or not at all) is still open.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "Option::is_none"))]
    pub open_below: Option<u8>,
    /// For `rows`: the columns. The first names the row (text or initials).
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "<[_]>::is_empty"))]
    pub columns: List<SheetField>,
    /// For `rows`: the rows every worksheet starts with, named by the content.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "<[_]>::is_empty"))]
    pub rows: List<Choice>,
    /// For `rows`: only the content's rows; the participant adds none.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "is_false"))]
    pub fixed_rows: bool,
    /// For `rows` that the participant adds to: the button's words ("Stakeholder toevoegen").
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "Option::is_none"))]
    pub add: Option<Text>,
}

#[cfg(not(target_arch = "wasm32"))]
fn is_false(b: &bool) -> bool {
    !*b
}

/// An option of a choice, or a row a table starts with.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize, Deserialize), serde(deny_unknown_fields))]
pub struct Choice {
    /// Stable: answers keep it.
    pub id: Text,
    pub label: Text,
    /// For a row: only in these programmes (`smec`); every programme of the worksheet if empty.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "<[_]>::is_empty"))]
    pub programmes: List<Text>,
}

/// A worksheet's picture.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize, Deserialize), serde(deny_unknown_fields))]
pub struct SheetChart {
    pub kind: ChartKind,
    /// The `rows` field it draws.
    pub field: Text,
    /// `over-time`: the scale column followed over every filled-in worksheet of this kind.
    /// `grid`: the scale column across (x).
    pub x: Text,
    /// `grid`: the scale column upwards.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "Option::is_none"))]
    pub y: Option<Text>,
    /// `grid`: the choice column that gives each point its shape.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "Option::is_none"))]
    pub shape: Option<Text>,
}

/// The pictures a worksheet can draw.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize, Deserialize), serde(rename_all = "kebab-case"))]
pub enum ChartKind {
    /// A score per row, followed over time: one small line per row (the team scan).
    OverTime,
    /// Every row as a point on two scales (the stakeholder map).
    Grid,
}

/// Checks a worksheet (read from `file`) against the programmes: every problem at once, each
/// naming the file and the ID it is about, in Dutch for the programme office.
pub fn validate_sheet(file: &str, sheet: &Sheet, programmes: &[Programme]) -> Vec<String> {
    let mut problems = Vec::new();
    let mut problem = |text: String| problems.push(format!("{file}: {text}"));
    let id_ok = |id: &str| {
        !id.is_empty()
            && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !id.starts_with('-')
            && !id.ends_with('-')
    };
    if !id_ok(&sheet.id) {
        problem(format!(
            "werkblad-ID `{}` mag alleen kleine letters, cijfers en streepjes bevatten",
            sheet.id
        ));
    }
    if file.rsplit(['/', '\\']).next() != Some(&format!("{}.toml", sheet.id)) {
        problem(format!("het bestand hoort `{}.toml` te heten, naar het werkblad-ID", sheet.id));
    }
    if sheet.title.trim().is_empty() {
        problem(format!("werkblad `{}`: title is leeg", sheet.id));
    }
    if sheet.intro.is_empty() || sheet.intro.iter().any(|p| p.trim().is_empty()) {
        problem(format!("werkblad `{}`: intro ontbreekt of heeft een lege alinea", sheet.id));
    }
    if sheet.modules.is_empty() {
        problem(format!("werkblad `{}`: hoort bij geen enkele module (modules = [\"blg.m2\"])", sheet.id));
    }
    let sheet_programmes: Vec<&str> = sheet.modules.iter().filter_map(|m| m.split('.').next()).collect();
    for m in sheet.modules.iter() {
        if !programmes.iter().any(|p| p.modules.iter().any(|x| x.id == *m)) {
            problem(format!("werkblad `{}`: module `{m}` bestaat niet", sheet.id));
        }
    }
    if sheet.sections.is_empty() {
        problem(format!("werkblad `{}`: heeft geen onderdelen ([[sections]])", sheet.id));
    }
    let mut seen: Vec<&str> = Vec::new();
    for (s, section) in sheet.sections.iter().enumerate() {
        if section.title.trim().is_empty() {
            problem(format!("werkblad `{}`: onderdeel {} heeft geen title", sheet.id, s + 1));
        }
        if section.fields.is_empty() {
            problem(format!("werkblad `{}`: onderdeel `{}` heeft geen velden", sheet.id, section.title));
        }
        for field in section.fields.iter() {
            if seen.contains(&&*field.id) {
                problem(format!(
                    "werkblad `{}`: veld-ID `{}` komt meer dan één keer voor",
                    sheet.id, field.id
                ));
            }
            seen.push(&field.id);
            let at = format!("werkblad `{}`, veld `{}`", sheet.id, field.id);
            for p in check_field(&at, field, false, &sheet_programmes) {
                problem(p);
            }
        }
    }
    let field = |id: &str| sheet.sections.iter().flat_map(|s| s.fields.iter()).find(|f| f.id == id);
    if let Some(name) = &sheet.name_field
        && !field(name)
            .is_some_and(|f| matches!(f.kind, FieldType::Text | FieldType::Initials | FieldType::Date))
    {
        problem(format!(
            "werkblad `{}`: name_field `{name}` is geen veld van type text, initials of date",
            sheet.id
        ));
    }
    if let Some(chart) = &sheet.chart {
        let at = format!("werkblad `{}`, chart", sheet.id);
        match field(&chart.field).filter(|f| f.kind == FieldType::Rows) {
            None => problem(format!("{at}: field `{}` is geen veld van type rows", chart.field)),
            Some(table) => {
                let column =
                    |id: &str, kind: FieldType| table.columns.iter().any(|c| c.id == id && c.kind == kind);
                let mut need = vec![("x", Some(&chart.x), FieldType::Scale)];
                match chart.kind {
                    ChartKind::OverTime => {
                        if !table.fixed_rows || table.rows.is_empty() {
                            problem(format!(
                                "{at}: over-time volgt vaste rijen; zet rows en fixed_rows = true"
                            ));
                        }
                    }
                    ChartKind::Grid => {
                        need.push(("y", chart.y.as_ref(), FieldType::Scale));
                        if chart.shape.is_some() {
                            need.push(("shape", chart.shape.as_ref(), FieldType::Choice));
                        }
                    }
                }
                for (what, id, kind) in need {
                    match id {
                        Some(id) if column(id, kind) => {}
                        Some(id) => problem(format!(
                            "{at}: {what} `{id}` is geen kolom van `{}` van het juiste type",
                            chart.field
                        )),
                        None => problem(format!("{at}: {what} ontbreekt")),
                    }
                }
            }
        }
    }
    problems
}

/// The problems of one field (or column, when `in_table`), each starting with `at`.
fn check_field(at: &str, field: &SheetField, in_table: bool, programmes: &[&str]) -> Vec<String> {
    let mut problems = Vec::new();
    let id_ok = !field.id.is_empty()
        && field.id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
    if !id_ok {
        problems.push(format!("{at}: het ID mag alleen kleine letters, cijfers, - en _ bevatten"));
    }
    if field.label.trim().is_empty() {
        problems.push(format!("{at}: label is leeg"));
    }
    let is = |k: FieldType| field.kind == k;
    if !is(FieldType::Choice) && !field.choices.is_empty() {
        problems.push(format!("{at}: choices horen alleen bij type choice"));
    }
    if is(FieldType::Choice) && field.choices.len() < 2 {
        problems.push(format!("{at}: een keuzeveld heeft minstens twee choices"));
    }
    if !is(FieldType::Scale) && (field.low.is_some() || field.high.is_some() || field.open_below.is_some()) {
        problems.push(format!("{at}: low, high en open_below horen alleen bij type scale"));
    }
    if is(FieldType::Scale) && (field.low.is_none() || field.high.is_none()) {
        problems.push(format!("{at}: een schaal heeft low en high (de woorden bij 1 en 5)"));
    }
    if field.open_below.is_some_and(|n| !(2..=5).contains(&n)) {
        problems.push(format!("{at}: open_below ligt tussen 2 en 5"));
    }
    if !is(FieldType::Rows)
        && (!field.columns.is_empty() || !field.rows.is_empty() || field.fixed_rows || field.add.is_some())
    {
        problems.push(format!("{at}: columns, rows, fixed_rows en add horen alleen bij type rows"));
    }
    if field.fixed_rows && field.add.is_some() {
        problems.push(format!("{at}: add hoort niet bij fixed_rows (er valt niets toe te voegen)"));
    }
    if field.add.as_deref().is_some_and(|a| a.trim().is_empty()) {
        problems.push(format!("{at}: add is leeg"));
    }
    let mut choice_ids: Vec<&str> = Vec::new();
    for c in field.choices.iter().chain(field.rows.iter()) {
        if c.id.is_empty() || !c.id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            problems.push(format!(
                "{at}: keuze- of rij-ID `{}` mag alleen kleine letters, cijfers en streepjes bevatten",
                c.id
            ));
        }
        if choice_ids.contains(&&*c.id) {
            problems.push(format!("{at}: keuze- of rij-ID `{}` komt meer dan één keer voor", c.id));
        }
        choice_ids.push(&c.id);
        if c.label.trim().is_empty() {
            problems.push(format!("{at}: `{}` heeft geen label", c.id));
        }
        for p in c.programmes.iter() {
            if !programmes.contains(&&**p) {
                problems.push(format!(
                    "{at}: rij `{}` noemt programma `{p}`, maar het werkblad hoort daar niet bij",
                    c.id
                ));
            }
        }
    }
    if is(FieldType::Rows) {
        if in_table {
            problems.push(format!("{at}: een tabel kan geen tabel als kolom hebben"));
        }
        match field.columns.first() {
            None => problems.push(format!("{at}: een tabel heeft columns; de eerste noemt de rij")),
            Some(first) if !matches!(first.kind, FieldType::Text | FieldType::Initials) => {
                problems.push(format!("{at}: de eerste kolom noemt de rij en is van type text of initials"))
            }
            Some(_) => {}
        }
        if field.fixed_rows && field.rows.is_empty() {
            problems.push(format!("{at}: fixed_rows zonder rows laat geen enkele rij over"));
        }
        let mut ids: Vec<&str> = Vec::new();
        for column in field.columns.iter() {
            if ids.contains(&&*column.id) {
                problems.push(format!("{at}: kolom-ID `{}` komt meer dan één keer voor", column.id));
            }
            ids.push(&column.id);
            problems.extend(check_field(&format!("{at}, kolom `{}`", column.id), column, true, programmes));
        }
    }
    problems
}

/// Checks what worksheets must agree on between them: unique IDs.
pub fn validate_sheet_ids(sheets: &[Sheet]) -> Result<(), Vec<String>> {
    let mut problems = Vec::new();
    for (i, s) in sheets.iter().enumerate() {
        if sheets[..i].iter().any(|t| t.id == s.id) {
            problems.push(format!("werkblad-ID `{}` komt meer dan één keer voor", s.id));
        }
    }
    if problems.is_empty() { Ok(()) } else { Err(problems) }
}
