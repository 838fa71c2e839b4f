//! Worksheets: the programme's models (5R conversation, team scan, stakeholder map, …) as forms
//! that the content defines (`content/worksheets/*.toml`, see [`Sheet`]) and the participant
//! fills in as often as they like. One engine serves every worksheet: a new one is a content file.
//!
//! A filled-in worksheet is a portfolio item ([`Worksheet`], record `leerpad:worksheet:<id>`). It
//! keeps its answers by field ID, so a field the content drops keeps its answer: it is shown apart,
//! marked, as removed learning goals are. A table (`rows`) keeps its rows by row ID: a row the
//! content names has the content's ID, a row the participant adds has one of its own.

use super::content_model::{ChartKind, FieldType, Sheet, SheetField};
use super::dates::Millis;
use super::keyed::Keyed;

/// One filled-in worksheet.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Worksheet {
    pub id: String,
    pub created: Millis,
    pub updated: Millis,
    /// The worksheet it answers: a [`Sheet`] ID.
    pub sheet: String,
    /// The day it is about, `YYYY-MM-DD`.
    pub date: String,
    pub module: Option<String>,
    pub goals: Vec<String>,
    pub shared: bool,
    /// The answers to the fields that are not tables, by field ID. A scale is `"1"`–`"5"`, a
    /// choice its ID.
    pub values: Keyed<String>,
    /// The rows of each table, by field ID, in the order they were added.
    pub tables: Keyed<Vec<SheetRow>>,
}

/// One row of a table: its answers by column ID.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SheetRow {
    /// A content row's ID, or the participant's own row's.
    pub id: String,
    pub cells: Keyed<String>,
}

/// The worksheets of this build, as `build.rs` checked them.
static SHEETS: &[Sheet] = {
    use super::content_model::{ChartKind, Choice, FieldType, SheetChart, SheetField, SheetSection};
    use std::borrow::Cow;
    include!(concat!(env!("OUT_DIR"), "/sheets.rs"))
};

/// Every worksheet, in the order of their files.
pub fn sheets() -> &'static [Sheet] {
    SHEETS
}

pub fn sheet(id: &str) -> Option<&'static Sheet> {
    SHEETS.iter().find(|s| s.id == id)
}

/// The worksheets of module `module` (`blg.m2`).
pub fn sheets_of_module(module: &str) -> impl Iterator<Item = &'static Sheet> + '_ {
    SHEETS.iter().filter(move |s| s.modules.iter().any(|m| m == module))
}

/// The longest text an answer keeps (as any text in a record).
pub const MAX_ANSWER_CHARS: usize = super::records::MAX_TEXT_CHARS;

impl Sheet {
    /// Every field, in form order.
    pub fn fields(&self) -> impl Iterator<Item = &SheetField> {
        self.sections.iter().flat_map(|s| s.fields.iter())
    }

    pub fn field(&self, id: &str) -> Option<&SheetField> {
        self.fields().find(|f| f.id == id)
    }

    /// The module of this worksheet in `programme` (`blg`), if it belongs to one there.
    pub fn module_in(&self, programme: &str) -> Option<&str> {
        self.modules.iter().map(|m| &**m).find(|m| m.split('.').next() == Some(programme))
    }

    /// Whether participants of `programme` see it.
    pub fn is_for(&self, programme: &str) -> bool {
        self.module_in(programme).is_some()
    }
}

impl SheetField {
    /// What an answer means, in words: a choice's label, a scale's "4 (1 = laag, 5 = hoog)"
    /// form is left to the caller; other answers are themselves.
    pub fn shown<'a>(&'a self, answer: &'a str) -> &'a str {
        match self.kind {
            FieldType::Choice => self.choices.iter().find(|c| c.id == answer).map_or(answer, |c| &*c.label),
            _ => answer,
        }
    }

    /// Whether `answer` is one this field takes: a known choice, 1–5 on a scale, a date, or
    /// text within [`MAX_ANSWER_CHARS`]. Empty always is (it clears the answer).
    pub fn takes(&self, answer: &str) -> bool {
        answer.is_empty()
            || match self.kind {
                FieldType::Choice => self.choices.iter().any(|c| c.id == answer),
                FieldType::Scale => scale(answer).is_some(),
                FieldType::Date => is_date(answer),
                FieldType::Rows => false,
                FieldType::Text | FieldType::Long | FieldType::Initials => {
                    answer.chars().count() <= MAX_ANSWER_CHARS
                }
            }
    }

    /// The rows a worksheet of `programme` starts with.
    pub fn rows_for<'a>(
        &'a self,
        programme: &'a str,
    ) -> impl Iterator<Item = &'a super::content_model::Choice> {
        self.rows
            .iter()
            .filter(move |r| r.programmes.is_empty() || r.programmes.iter().any(|p| p == programme))
    }
}

/// A scale answer as its level.
pub fn scale(answer: &str) -> Option<u8> {
    match answer {
        "1" | "2" | "3" | "4" | "5" => answer.parse().ok(),
        _ => None,
    }
}

/// Whether `text` is a date as forms give it, `YYYY-MM-DD`.
pub fn is_date(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// One row of a table as the form and the report show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShownRow<'a> {
    pub id: String,
    /// The content's name for it; `None` for the participant's own rows (named in the first column).
    pub preset: Option<&'a str>,
    pub cells: Option<&'a SheetRow>,
}

impl ShownRow<'_> {
    pub fn cell(&self, column: &str) -> &str {
        self.cells.and_then(|r| r.cells.get(column)).map_or("", String::as_str)
    }

    /// The row's name: the content's, or what the participant wrote in the first column.
    pub fn name<'b>(&'b self, table: &'b SheetField) -> &'b str {
        match self.preset {
            Some(label) => label,
            None => table.columns.first().map_or("", |c| self.cell(&c.id)),
        }
    }

    /// Whether anything is filled in besides the name.
    pub fn is_filled(&self, table: &SheetField) -> bool {
        table.columns.iter().skip(1).any(|c| !self.cell(&c.id).trim().is_empty())
    }
}

impl Worksheet {
    /// The answer to field `id`, empty when there is none.
    pub fn value(&self, id: &str) -> &str {
        self.values.get(id).map_or("", String::as_str)
    }

    /// The rows of table `table` in a worksheet of `programme`: the content's rows first, in the
    /// content's order, then the participant's own, in the order they were added. A content row
    /// of another programme, or one the content no longer has, shows only when it holds answers.
    pub fn rows<'a>(&'a self, table: &'a SheetField, programme: &'a str) -> Vec<ShownRow<'a>> {
        let stored = self.tables.get(&table.id).map_or(&[][..], Vec::as_slice);
        let find = |id: &str| stored.iter().find(|r| r.id == id);
        let mut out: Vec<ShownRow> = table
            .rows_for(programme)
            .map(|r| ShownRow { id: r.id.to_string(), preset: Some(&r.label), cells: find(&r.id) })
            .collect();
        for row in stored {
            if out.iter().any(|r| r.id == row.id) {
                continue;
            }
            let preset = table.rows.iter().find(|r| r.id == row.id).map(|r| &*r.label);
            let shown = ShownRow { id: row.id.clone(), preset, cells: Some(row) };
            if preset.is_none() || shown.is_filled(table) {
                out.push(shown);
            }
        }
        out
    }

    /// Sets the answer to a field (not a table); an answer the field does not take is ignored.
    /// Returns whether anything changed.
    pub fn set_value(&mut self, field: &SheetField, answer: &str) -> bool {
        if field.kind == FieldType::Rows || !field.takes(answer) || self.value(&field.id) == answer {
            return false;
        }
        if answer.is_empty() {
            self.values.remove(&field.id);
        } else {
            self.values.insert(field.id.to_string(), answer.to_owned());
        }
        true
    }

    /// Sets the day the worksheet is about (`YYYY-MM-DD`, or empty); anything else is ignored.
    /// Returns whether anything changed.
    pub fn set_date(&mut self, date: &str) -> bool {
        if !(date.is_empty() || is_date(date)) || self.date == date {
            return false;
        }
        date.clone_into(&mut self.date);
        true
    }

    /// Sets one cell of row `row` of `table`, adding the row when it is a content row not yet
    /// kept. A content row also keeps its name in the first column, so that it keeps its name
    /// if the content ever drops it.
    pub fn set_cell(&mut self, table: &SheetField, row: &str, column: &str, answer: &str) -> bool {
        let Some(col) = table.columns.iter().find(|c| c.id == column) else { return false };
        if !col.takes(answer) {
            return false;
        }
        let preset = table.rows.iter().find(|r| r.id == row);
        let rows = self.tables.get_or_insert_with(&table.id, Vec::new);
        let at = match rows.iter().position(|r| r.id == row) {
            Some(at) => at,
            None => {
                let Some(preset) = preset else { return false };
                let mut cells = Keyed::new();
                if let Some(first) = table.columns.first() {
                    cells.insert(first.id.to_string(), preset.label.to_string());
                }
                rows.push(SheetRow { id: row.to_owned(), cells });
                rows.len() - 1
            }
        };
        let cells = &mut rows[at].cells;
        if cells.get(column).map_or("", String::as_str) == answer {
            return false;
        }
        if answer.is_empty() {
            cells.remove(column);
        } else {
            cells.insert(column.to_owned(), answer.to_owned());
        }
        true
    }

    /// Adds an empty own row `id` to `table` (when the table takes own rows).
    pub fn add_row(&mut self, table: &SheetField, id: String) -> bool {
        if table.fixed_rows || table.kind != FieldType::Rows {
            return false;
        }
        self.tables.get_or_insert_with(&table.id, Vec::new).push(SheetRow { id, cells: Keyed::new() });
        true
    }

    /// Removes the participant's own row `id` (content rows stay; their answers can be cleared).
    pub fn remove_row(&mut self, table: &SheetField, id: &str) -> bool {
        if table.rows.iter().any(|r| r.id == id) {
            return false;
        }
        let Some(rows) = self.tables.get_mut(&table.id) else { return false };
        let before = rows.len();
        rows.retain(|r| r.id != id);
        if rows.is_empty() {
            self.tables.remove(&table.id);
        }
        before != self.tables.get(&table.id).map_or(0, Vec::len)
    }

    /// What names this worksheet in lists: the answer to the sheet's name field (a date as given).
    pub fn name(&self, sheet: Option<&Sheet>) -> &str {
        sheet.and_then(|s| s.name_field.as_deref()).map_or("", |f| self.value(f).trim())
    }

    /// How many of the sheet's fields hold an answer, and how many there are.
    pub fn answered(&self, sheet: &Sheet) -> (usize, usize) {
        let answered = sheet
            .fields()
            .filter(|f| match f.kind {
                FieldType::Rows => self.tables.get(&f.id).is_some_and(|rows| {
                    rows.iter()
                        .any(|r| r.cells.iter().any(|(c, v)| c != &*f.columns[0].id && !v.trim().is_empty()))
                }),
                _ => !self.value(&f.id).trim().is_empty(),
            })
            .count();
        (answered, sheet.fields().count())
    }

    /// Every text of it, for searching.
    pub fn texts(&self) -> Vec<&str> {
        let mut out: Vec<&str> = self.values.values().map(String::as_str).collect();
        for rows in self.tables.values() {
            out.extend(rows.iter().flat_map(|r| r.cells.values().map(String::as_str)));
        }
        out
    }

    /// Answers to fields that the worksheet no longer has, as (field ID, text): kept, and shown
    /// apart. Cells of removed columns are listed as `field / row: text`.
    pub fn removed_answers(&self, sheet: Option<&Sheet>) -> Vec<(String, String)> {
        let field = |id: &str| sheet.and_then(|s| s.field(id));
        let mut out: Vec<(String, String)> = self
            .values
            .iter()
            .filter(|(id, v)| !v.trim().is_empty() && field(id).is_none_or(|f| f.kind == FieldType::Rows))
            .map(|(id, v)| (id.clone(), v.clone()))
            .collect();
        for (id, rows) in self.tables.iter() {
            let table = field(id).filter(|f| f.kind == FieldType::Rows);
            for row in rows {
                for (column, v) in row.cells.iter() {
                    let known = table.is_some_and(|t| t.columns.iter().any(|c| c.id == *column));
                    if !known && !v.trim().is_empty() {
                        out.push((format!("{id} / {} / {column}", row.id), v.clone()));
                    }
                }
            }
        }
        out
    }
}

/// How a worksheet is named in lists: the worksheet's title, with what names this one
/// ("Gesprek voorbereiden met het 5R-model: A.B.").
pub fn title(ws: &Worksheet, sheet: Option<&Sheet>) -> String {
    let name = ws.name(sheet);
    match sheet {
        Some(s) if name.is_empty() => s.title.to_string(),
        Some(s) => format!("{}: {name}", s.title),
        None => ws.sheet.clone(),
    }
}

/// The rows of a table whose `scale` column with `open_below` is below it or empty: what is
/// still open (the systems list). Names of the rows, in order.
pub fn open_rows<'a>(ws: &'a Worksheet, table: &'a SheetField, programme: &'a str) -> Option<Vec<String>> {
    let column = table.columns.iter().find(|c| c.open_below.is_some())?;
    let below = column.open_below?;
    Some(
        ws.rows(table, programme)
            .iter()
            .filter(|r| scale(r.cell(&column.id)).is_none_or(|l| l < below))
            .map(|r| r.name(table).to_owned())
            .filter(|n| !n.trim().is_empty())
            .collect(),
    )
}

/// One row's scores over time: a line of the team scan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub label: String,
    /// One per worksheet in [`OverTime::dates`] order.
    pub values: Vec<Option<u8>>,
}

/// A scale column followed over every filled-in worksheet of one kind, oldest first.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct OverTime {
    pub dates: Vec<String>,
    pub lines: Vec<Line>,
}

/// The over-time picture of `sheet` from `worksheets` (of that sheet, any order): the content's
/// rows in `programme`, each scored in every worksheet, by date.
pub fn over_time(sheet: &Sheet, worksheets: &[&Worksheet], programme: &str) -> Option<OverTime> {
    let chart = sheet.chart.as_ref().filter(|c| c.kind == ChartKind::OverTime)?;
    let table = sheet.field(&chart.field)?;
    let list = by_date(worksheets.iter().copied().filter(|w| w.sheet == sheet.id));
    let lines = table
        .rows_for(programme)
        .map(|row| Line {
            label: row.label.to_string(),
            values: list
                .iter()
                .map(|w| {
                    let rows = w.tables.get(&table.id)?;
                    scale(rows.iter().find(|r| r.id == *row.id)?.cells.get(&chart.x)?)
                })
                .collect(),
        })
        .collect();
    Some(OverTime { dates: list.iter().map(|w| w.date.clone()).collect(), lines })
}

/// `worksheets` by their date, oldest first (the same date: in the order they were made).
pub fn by_date<'a>(worksheets: impl Iterator<Item = &'a Worksheet>) -> Vec<&'a Worksheet> {
    let mut list: Vec<&Worksheet> = worksheets.collect();
    super::sorting::sort_by(&mut list, |a, b| (&a.date, a.created).cmp(&(&b.date, b.created)));
    list
}

/// One point of the grid picture (the stakeholder map).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Point {
    /// Its number in the picture and the table, from 1.
    pub number: usize,
    /// The row it stands for.
    pub row: String,
    pub label: String,
    pub x: u8,
    pub y: u8,
    /// The place of its choice in the shape column's choices.
    pub shape: Option<usize>,
}

/// The grid picture of one worksheet: every row scored on both scales.
pub fn grid(sheet: &Sheet, ws: &Worksheet, programme: &str) -> Option<Vec<Point>> {
    let chart = sheet.chart.as_ref().filter(|c| c.kind == ChartKind::Grid)?;
    let table = sheet.field(&chart.field)?;
    let y = chart.y.as_deref()?;
    let shapes = chart.shape.as_deref().and_then(|id| table.columns.iter().find(|c| c.id == id));
    let points = ws
        .rows(table, programme)
        .iter()
        .filter_map(|r| {
            let (x, y) = (scale(r.cell(&chart.x))?, scale(r.cell(y))?);
            let shape = shapes.and_then(|c| c.choices.iter().position(|choice| choice.id == r.cell(&c.id)));
            Some((r.id.clone(), r.name(table).to_owned(), x, y, shape))
        })
        .enumerate()
        .map(|(i, (row, label, x, y, shape))| Point { number: i + 1, row, label, x, y, shape })
        .collect();
    Some(points)
}

/// The programme whose rows a worksheet of `sheet` shows: the participant's when the worksheet
/// belongs to it, else the first the worksheet belongs to.
pub fn programme_for(sheet: &'static Sheet, mine: Option<&str>) -> &'static str {
    let first = sheet.modules.first().and_then(|m| m.split('.').next()).unwrap_or("");
    mine.and_then(|p| sheet.module_in(p)).and_then(|m| m.split('.').next()).unwrap_or(first)
}

/// A new worksheet of `sheet`, dated `today`, linked to its module in `programme`.
pub fn new_worksheet(
    sheet: &Sheet,
    id: String,
    now: Millis,
    today: String,
    programme: Option<&str>,
) -> Worksheet {
    Worksheet {
        id,
        created: now,
        updated: now,
        sheet: sheet.id.to_string(),
        date: today,
        module: programme.and_then(|p| sheet.module_in(p)).map(str::to_owned),
        ..Worksheet::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sheet_of(id: &str) -> &'static Sheet {
        sheet(id).unwrap_or_else(|| panic!("content has worksheet {id}"))
    }

    #[test]
    fn every_worksheet_of_the_content_is_embedded_and_belongs_to_a_module() {
        let catalog = super::super::catalog::Catalog::embedded();
        assert!(sheets().len() >= 9, "the programme's models are all there");
        for s in sheets() {
            for m in s.modules.iter() {
                assert!(catalog.module(m).is_some(), "{}: {m}", s.id);
            }
        }
        assert!(sheets_of_module("blg.m2").any(|s| s.id == "gesprek-5r"));
        assert!(sheet_of("systemen-contacten").is_for("smec"));
    }

    #[test]
    fn answers_are_checked_against_their_field() {
        let s = sheet_of("stakeholderkaart");
        let table = s.field("stakeholders").unwrap();
        let attitude = table.columns.iter().find(|c| c.id == "houding").unwrap();
        assert!(attitude.takes("steunend") && !attitude.takes("vijandig") && attitude.takes(""));
        let score = table.columns.iter().find(|c| c.id == "invloed").unwrap();
        assert!(score.takes("5") && !score.takes("6") && !score.takes("0") && !score.takes("x"));
        let mut ws = Worksheet::default();
        assert!(!ws.set_value(table, "tabel"), "a table has no single answer");
        let mut date = sheet_of("gesprek-5r").field("doel").unwrap().clone();
        date.kind = FieldType::Date;
        date.id = "datum".into();
        let date = &date;
        assert!(ws.set_value(date, "2026-12-07"));
        assert!(!ws.set_value(date, "7 december"));
        assert_eq!(ws.value("datum"), "2026-12-07");
        assert!(ws.set_value(date, ""));
        assert!(ws.values.is_empty(), "an emptied answer is not kept");
        assert!(ws.set_date("2026-12-07") && !ws.set_date("2026-12-07") && !ws.set_date("morgen"));
        assert_eq!(ws.date, "2026-12-07");
    }

    #[test]
    fn content_rows_come_first_and_own_rows_follow() {
        let s = sheet_of("systemen-contacten");
        let table = s.field("themas").unwrap();
        let mut ws = Worksheet::default();
        assert!(ws.add_row(table, "r1".into()));
        assert!(ws.set_cell(table, "r1", "thema", "Tijdregistratie"));
        assert!(ws.set_cell(table, "p-direkt", "kennis", "4"));
        let rows = ws.rows(table, "smec");
        assert_eq!(rows[0].id, "p-direkt");
        assert_eq!(rows[0].cell("kennis"), "4");
        assert_eq!(rows[0].cell("thema"), "P-Direkt", "a content row keeps its name");
        let last = rows.last().unwrap();
        assert_eq!((last.id.as_str(), last.name(table)), ("r1", "Tijdregistratie"));
        assert!(rows.iter().any(|r| r.id == "capaciteitsplanning"), "SMEC's own theme");
        assert!(!ws.rows(table, "blg").iter().any(|r| r.id == "capaciteitsplanning"));
        assert!(!ws.remove_row(table, "p-direkt"), "a content row stays");
        assert!(ws.remove_row(table, "r1"));
        assert!(!ws.set_cell(table, "nergens", "kennis", "3"), "no row of that ID");
    }

    #[test]
    fn open_themes_are_those_not_yet_known() {
        let s = sheet_of("systemen-contacten");
        let table = s.field("themas").unwrap();
        let mut ws = Worksheet::default();
        let all = open_rows(&ws, table, "blg").unwrap();
        for row in table.rows_for("blg") {
            ws.set_cell(table, &row.id, "kennis", "4");
        }
        ws.set_cell(table, "p-direkt", "kennis", "2");
        assert_eq!(open_rows(&ws, table, "blg").unwrap(), ["P-Direkt"]);
        assert!(all.len() > 10);
    }

    #[test]
    fn the_team_scan_follows_each_building_block_over_time() {
        let s = sheet_of("teamscan");
        let table = s.field("bouwstenen").unwrap();
        let scan = |date: &str, trust: &str| {
            let mut ws = Worksheet { sheet: "teamscan".into(), date: date.into(), ..Default::default() };
            ws.set_cell(table, "vertrouwen", "score", trust);
            ws
        };
        let (later, earlier) = (scan("2027-03-01", "4"), scan("2026-10-01", "2"));
        let t = over_time(s, &[&later, &earlier], "blg").unwrap();
        assert_eq!(t.dates, ["2026-10-01", "2027-03-01"]);
        let trust = t.lines.iter().find(|l| l.label == "Vertrouwen").unwrap();
        assert_eq!(trust.values, [Some(2), Some(4)]);
        assert_eq!(t.lines.len(), 5);
        assert!(t.lines.iter().filter(|l| l.label != "Vertrouwen").all(|l| l.values == [None, None]));
    }

    #[test]
    fn the_stakeholder_map_places_every_scored_row() {
        let s = sheet_of("stakeholderkaart");
        let table = s.field("stakeholders").unwrap();
        let mut ws = Worksheet::default();
        for (id, name, interest, power, attitude) in [
            ("a", "DG", "5", "5", "kritisch"),
            ("b", "Buurafdeling", "2", "", ""),
            ("c", "OR", "4", "2", "steunend"),
        ] {
            ws.add_row(table, id.into());
            ws.set_cell(table, id, "wie", name);
            ws.set_cell(table, id, "belang", interest);
            ws.set_cell(table, id, "invloed", power);
            ws.set_cell(table, id, "houding", attitude);
        }
        let points = grid(s, &ws, "blg").unwrap();
        assert_eq!(points.len(), 2, "a row without both scores is not drawn");
        assert_eq!((points[0].number, points[0].label.as_str(), points[0].x, points[0].y), (1, "DG", 5, 5));
        assert_eq!(points[0].shape, Some(2));
        assert_eq!((points[1].number, points[1].shape), (2, Some(0)));
    }

    #[test]
    fn answers_to_fields_the_content_dropped_are_kept_and_listed() {
        let s = sheet_of("gesprek-5r");
        let mut ws = Worksheet { sheet: s.id.to_string(), ..Default::default() };
        ws.values.insert("ruimte".into(), "Meer ruimte".into());
        ws.values.insert("oude-vraag".into(), "Mijn antwoord".into());
        ws.tables.insert(
            "oude-tabel".into(),
            vec![SheetRow {
                id: "r1".into(),
                cells: [("x".to_owned(), "cel".to_owned())].into_iter().collect(),
            }],
        );
        assert_eq!(
            ws.removed_answers(Some(s)),
            [
                ("oude-vraag".to_owned(), "Mijn antwoord".to_owned()),
                ("oude-tabel / r1 / x".to_owned(), "cel".to_owned())
            ]
        );
        assert_eq!(ws.answered(s).0, 1);
        assert_eq!(ws.removed_answers(None).len(), 3, "a worksheet the content dropped keeps every answer");
    }
}
