//! A worksheet as HTML: compact in the manager's report (only what is answered), whole on paper
//! (every question, with room to write under the empty ones), or empty, to fill in by hand on a
//! training day. The same renderer serves all three, for every worksheet. Every answer goes
//! through [`escape`]; the content's words do too.

use std::fmt::Write;

use super::content_model::{ChartKind, FieldType, Sheet, SheetField};
use super::html::escape;
use super::sheet_chart::{GridWords, grid_svg, over_time_svg};
use super::worksheet::{OverTime, Point, Worksheet, grid, open_rows, scale};

/// How much of a worksheet is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The answers only (the report).
    Answers,
    /// Every question, with room to write under the empty ones (printing one worksheet).
    Paper,
}

/// The interface words a worksheet's HTML uses (the content's words are its own, in Dutch).
pub struct SheetWords {
    /// A date (`YYYY-MM-DD`) as written in this language.
    pub format_date: fn(&str) -> String,
    pub date: &'static str,
    /// Above answers to questions the worksheet no longer has.
    pub removed: &'static str,
    /// Before the list of rows still open ("Nog open").
    pub still_open: &'static str,
    /// When no row is open.
    pub none_open: &'static str,
    /// For a point whose shape column is empty.
    pub no_shape: &'static str,
    /// The title of the over-time picture, from the worksheet's title.
    pub over_time: fn(&str) -> String,
    /// The heading of the number column that ties the grid's points to the table.
    pub number: &'static str,
}

/// What one call writes.
pub struct Render<'a> {
    pub sheet: &'a Sheet,
    /// `None`: an empty worksheet, on paper.
    pub worksheet: Option<&'a Worksheet>,
    pub programme: &'a str,
    pub mode: Mode,
    /// Every worksheet of this kind, for the over-time picture.
    pub history: Option<&'a OverTime>,
    /// The HTML level of the worksheet's title.
    pub level: u8,
}

/// "4 (1 = zwak, 5 = sterk)": a scale answer with its ends.
fn scale_text(field: &SheetField, answer: &str) -> String {
    format!(
        "{answer} (1 = {}, 5 = {})",
        field.low.as_deref().unwrap_or_default(),
        field.high.as_deref().unwrap_or_default()
    )
}

/// An answer as text for the page: a choice's label, a scale with its ends, a date written out.
fn answer_text(field: &SheetField, answer: &str, w: &SheetWords) -> String {
    match field.kind {
        FieldType::Scale if scale(answer).is_some() => scale_text(field, answer),
        FieldType::Date => (w.format_date)(answer),
        _ => field.shown(answer).to_owned(),
    }
}

/// Room to write an answer on paper: boxes for a scale, the options of a choice, lines for text.
fn room(out: &mut String, field: &SheetField) {
    match field.kind {
        FieldType::Scale => {
            let _ = write!(
                out,
                r#"<p class="s-scale">{} <span aria-hidden="true">☐ 1 ☐ 2 ☐ 3 ☐ 4 ☐ 5</span> {}</p>"#,
                escape(field.low.as_deref().unwrap_or_default()),
                escape(field.high.as_deref().unwrap_or_default())
            );
        }
        FieldType::Choice => {
            out.push_str(r#"<p class="s-choices">"#);
            for c in field.choices.iter() {
                let _ = write!(out, "<span>☐ {}</span> ", escape(&c.label));
            }
            out.push_str("</p>");
        }
        FieldType::Long => out
            .push_str(r#"<div class="r-lines"></div><div class="r-lines"></div><div class="r-lines"></div>"#),
        _ => out.push_str(r#"<div class="r-lines"></div>"#),
    }
}

fn heading(out: &mut String, level: u8, class: &str, html: &str) {
    let level = level.min(6);
    let _ = write!(out, r#"<h{level} class="{class}">{html}</h{level}>"#);
}

/// The worksheet as HTML (see [`Mode`]).
pub fn sheet_html(r: &Render, w: &SheetWords) -> String {
    let mut out = String::new();
    let Render { sheet, worksheet, programme, mode, history, level } = *r;
    let empty = Worksheet::default();
    let ws = worksheet.unwrap_or(&empty);
    let paper = mode == Mode::Paper;
    let name = ws.name(Some(sheet));
    let title = if name.is_empty() {
        escape(&sheet.title)
    } else {
        format!("{}: {}", escape(&sheet.title), escape(name))
    };
    let _ = write!(out, r#"<section class="r-sheet" lang="nl">"#);
    heading(&mut out, level, "r-sub-title", &title);
    if worksheet.is_some() && !ws.date.is_empty() {
        let _ = write!(
            out,
            r#"<p class="r-meta" lang="">{}: {}</p>"#,
            escape(w.date),
            escape(&(w.format_date)(&ws.date))
        );
    }
    for section in sheet.sections.iter() {
        let answered = |f: &SheetField| match f.kind {
            FieldType::Rows => ws.rows(f, programme).iter().any(|row| row.is_filled(f)),
            _ => !ws.value(&f.id).trim().is_empty(),
        };
        if !paper && !section.fields.iter().any(answered) {
            continue;
        }
        heading(&mut out, level + 1, "r-sheet-section", &escape(&section.title));
        if paper && let Some(intro) = &section.intro {
            let _ = write!(out, r#"<p class="r-note">{}</p>"#, escape(intro));
        }
        for field in section.fields.iter() {
            if field.kind == FieldType::Rows {
                let named = field.label != section.title;
                table(&mut out, r, ws, field, named, w);
                continue;
            }
            // The name is in the title already.
            if !paper && sheet.name_field.as_deref() == Some(&*field.id) {
                continue;
            }
            let answer = ws.value(&field.id);
            if answer.trim().is_empty() {
                if paper {
                    let _ = write!(
                        out,
                        r#"<div class="s-field"><p class="r-label">{}</p>"#,
                        escape(&field.label)
                    );
                    room(&mut out, field);
                    out.push_str("</div>");
                }
                continue;
            }
            let _ = write!(
                out,
                r#"<div class="s-field"><p class="r-label">{}</p><p class="s-answer">{}</p></div>"#,
                escape(&field.label),
                escape(&answer_text(field, answer, w))
            );
        }
    }
    if let (Some(chart), Some(history)) = (&sheet.chart, history)
        && chart.kind == ChartKind::OverTime
        && history.dates.len() > 1
    {
        over_time(&mut out, sheet, history, w);
    }
    let removed = ws.removed_answers(Some(sheet));
    if !removed.is_empty() {
        let _ =
            write!(out, r#"<div class="s-removed"><p class="r-label" lang="">{}</p><ul>"#, escape(w.removed));
        for (_, text) in &removed {
            let _ = write!(out, "<li>{}</li>", escape(text));
        }
        out.push_str("</ul></div>");
    }
    out.push_str("</section>");
    out
}

/// A table field: the grid picture when it has one, then a table of its rows (numbered as in
/// the picture), then what is still open. On paper, empty rows to write in.
fn table(out: &mut String, r: &Render, ws: &Worksheet, field: &SheetField, named: bool, w: &SheetWords) {
    let paper = r.mode == Mode::Paper;
    let rows = ws.rows(field, r.programme);
    let shown: Vec<_> = rows.iter().filter(|row| paper || row.is_filled(field)).collect();
    let points = r
        .sheet
        .chart
        .as_ref()
        .filter(|c| c.kind == ChartKind::Grid && c.field == field.id)
        .and_then(|_| grid(r.sheet, ws, r.programme))
        .filter(|points| !points.is_empty());
    out.push_str(r#"<div class="s-table">"#);
    if named {
        let _ = write!(out, r#"<p class="r-label">{}</p>"#, escape(&field.label));
    }
    if let Some(svg) = points.as_deref().and_then(|points| grid_picture(r.sheet, points, w)) {
        let _ = write!(out, r#"<div class="chart s-chart">{svg}</div>"#);
    }
    if shown.is_empty() && !paper {
        out.push_str("</div>");
        return;
    }
    // In the report a column nobody filled in is left out; on paper every column has room.
    let columns: Vec<(usize, &SheetField)> = field
        .columns
        .iter()
        .enumerate()
        .filter(|(i, c)| paper || *i == 0 || shown.iter().any(|row| !row.cell(&c.id).trim().is_empty()))
        .collect();
    out.push_str(r#"<table class="r-stack s-rows"><thead><tr>"#);
    if points.is_some() {
        let _ = write!(out, "<th>{}</th>", escape(w.number));
    }
    for (_, column) in &columns {
        let _ = write!(out, "<th>{}</th>", escape(&column_heading(column)));
    }
    out.push_str("</tr></thead><tbody>");
    for row in &shown {
        out.push_str(if paper && !row.is_filled(field) { r#"<tr class="s-write">"# } else { "<tr>" });
        if let Some(points) = &points {
            let number = points.iter().find(|p| p.row == row.id).map(|p| p.number.to_string());
            let _ =
                write!(out, r#"<td data-label="{}">{}</td>"#, escape(w.number), number.unwrap_or_default());
        }
        for &(i, column) in &columns {
            let value = if i == 0 { row.name(field).to_owned() } else { row.cell(&column.id).to_owned() };
            // A scale's ends are in the column's heading.
            let text = match column.kind {
                _ if value.is_empty() => String::new(),
                FieldType::Scale => value,
                _ => answer_text(column, &value, w),
            };
            let _ = write!(out, r#"<td data-label="{}">{}</td>"#, escape(&column.label), escape(&text));
        }
        out.push_str("</tr>");
    }
    if paper && !field.fixed_rows {
        for _ in 0..3 {
            out.push_str("<tr>");
            for _ in 0..columns.len() + usize::from(points.is_some()) {
                out.push_str(r#"<td class="s-empty"></td>"#);
            }
            out.push_str("</tr>");
        }
    }
    out.push_str("</tbody></table>");
    if r.worksheet.is_some()
        && let Some(open) = open_rows(ws, field, r.programme)
    {
        let list = if open.is_empty() { w.none_open.to_owned() } else { open.join(", ") };
        let _ = write!(
            out,
            r#"<p class="s-open"><span class="r-label" lang="">{}:</span> {}</p>"#,
            escape(w.still_open),
            escape(&list)
        );
    }
    out.push_str("</div>");
}

/// The grid picture of a worksheet (the stakeholder map) as SVG, from its [`grid`] points;
/// `None` when the worksheet has none or no row is scored on both scales yet.
pub fn grid_picture(sheet: &Sheet, points: &[Point], w: &SheetWords) -> Option<String> {
    let chart = sheet.chart.as_ref().filter(|c| c.kind == ChartKind::Grid)?;
    let field = sheet.field(&chart.field)?;
    if points.is_empty() {
        return None;
    }
    let column = |id: &str| field.columns.iter().find(|c| c.id == id);
    fn ends(c: Option<&SheetField>) -> (&str, &str, &str) {
        c.map_or(("", "", ""), |c| {
            (&*c.label, c.low.as_deref().unwrap_or(""), c.high.as_deref().unwrap_or(""))
        })
    }
    let shapes: Vec<&str> = chart
        .shape
        .as_deref()
        .and_then(column)
        .map(|c| c.choices.iter().map(|c| &*c.label).collect())
        .unwrap_or_default();
    let words = GridWords {
        title: &sheet.title,
        x: ends(column(&chart.x)),
        y: ends(chart.y.as_deref().and_then(column)),
        shapes: &shapes,
        no_shape: w.no_shape,
    };
    Some(grid_svg(&words, points))
}

/// A column's heading; a scale's says what its ends mean: "Belang (1 = laag, 5 = hoog)".
fn column_heading(column: &SheetField) -> String {
    match column.kind {
        FieldType::Scale => scale_text(column, &column.label),
        _ => column.label.to_string(),
    }
}

/// The over-time picture with its table: a row per date, a column per row of the worksheet.
pub fn over_time(out: &mut String, sheet: &Sheet, history: &OverTime, w: &SheetWords) {
    let title = (w.over_time)(&sheet.title);
    let _ = write!(
        out,
        r#"<div class="s-history"><p class="r-label" lang="">{}</p><div class="chart s-chart">{}</div><table class="r-stack s-rows"><thead><tr><th lang="">{}</th>"#,
        escape(&title),
        over_time_svg(&title, history),
        escape(w.date)
    );
    for line in &history.lines {
        let _ = write!(out, "<th>{}</th>", escape(&line.label));
    }
    out.push_str("</tr></thead><tbody>");
    for (i, date) in history.dates.iter().enumerate() {
        let _ = write!(out, "<tr><td>{}</td>", escape(&(w.format_date)(date)));
        for line in &history.lines {
            let value = line.values.get(i).copied().flatten().map(|v| v.to_string()).unwrap_or_default();
            let _ = write!(out, r#"<td data-label="{}">{value}</td>"#, escape(&line.label));
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table></div>");
}

/// One table of every worksheet of a kind as CSV (for a spreadsheet): a line per worksheet and
/// row, with the worksheet's date and name first. UTF-8 with BOM and `;`, as the ratings' CSV.
pub fn table_csv(sheet: &Sheet, field: &SheetField, worksheets: &[&Worksheet], programme: &str) -> String {
    let mut out = String::from("\u{feff}");
    let mut line = |cells: Vec<String>| {
        out.push_str(&cells.iter().map(|c| super::csv::cell(c)).collect::<Vec<_>>().join(";"));
        out.push_str("\r\n");
    };
    let mut header = vec!["Datum".to_owned(), "Werkblad".to_owned()];
    header.extend(field.columns.iter().map(|c| c.label.to_string()));
    line(header);
    for ws in super::worksheet::by_date(worksheets.iter().copied().filter(|w| w.sheet == sheet.id)) {
        for row in ws.rows(field, programme).iter().filter(|r| r.is_filled(field)) {
            let mut cells = vec![ws.date.clone(), super::worksheet::title(ws, Some(sheet))];
            cells.extend(field.columns.iter().enumerate().map(|(i, c)| {
                let value = if i == 0 { row.name(field) } else { row.cell(&c.id) };
                field_csv(c, value)
            }));
            line(cells);
        }
    }
    out
}

/// A cell of the CSV: a choice's label; a scale stays its number, so a spreadsheet can count.
fn field_csv(field: &SheetField, value: &str) -> String {
    field.shown(value).to_owned()
}

/// The CSV file's name: `leerpad-teamscan-bouwstenen-2026-12-07.csv`.
pub fn csv_file_name(sheet: &Sheet, field: &SheetField, date: &str) -> String {
    format!("leerpad-{}-{}-{date}.csv", sheet.id, field.id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::worksheet::{over_time, sheet};

    fn words() -> SheetWords {
        SheetWords {
            format_date: crate::domain::dates::dutch_date,
            date: "Datum",
            removed: "Niet meer in dit werkblad",
            still_open: "Nog open",
            none_open: "niets",
            no_shape: "houding niet ingevuld",
            over_time: |t| format!("Ontwikkeling: {t}"),
            number: "Nr.",
        }
    }

    fn render(sheet: &Sheet, ws: Option<&Worksheet>, mode: Mode) -> String {
        sheet_html(
            &Render { sheet, worksheet: ws, programme: "blg", mode, history: None, level: 3 },
            &words(),
        )
    }

    #[test]
    fn the_report_shows_only_answers_and_escapes_them() {
        let s = sheet("gesprek-5r").unwrap();
        let mut ws = Worksheet { sheet: s.id.to_string(), date: "2026-12-07".into(), ..Default::default() };
        ws.values.insert("medewerker".into(), "<b>A.B.</b>".into());
        ws.values.insert("ruimte".into(), "Ruimte & \"vrijheid\"".into());
        let html = render(s, Some(&ws), Mode::Answers);
        assert!(html.contains("&lt;b&gt;A.B.&lt;/b&gt;") && !html.contains("<b>A.B."));
        assert!(html.contains("Ruimte &amp; &quot;vrijheid&quot;"));
        assert!(!html.contains("Relatie"), "an unanswered question stays out of the report");
        assert!(html.contains("7 december 2026"));
        assert!(!html.contains("r-lines"));
    }

    #[test]
    fn an_empty_worksheet_on_paper_has_room_for_every_question() {
        let s = sheet("stakeholderkaart").unwrap();
        let html = render(s, None, Mode::Paper);
        for field in s.fields() {
            assert!(html.contains(&*escape(&field.label)), "{}", field.id);
        }
        assert!(
            html.contains("<th>Invloed (1 = laag, 5 = hoog)</th>"),
            "a scale column says what 1 and 5 mean"
        );
        assert!(html.contains("s-empty"), "rows to write in");
        assert!(!html.contains("<svg"), "no picture without points");
    }

    #[test]
    fn a_stakeholder_map_draws_its_points_and_numbers_the_table() {
        let s = sheet("stakeholderkaart").unwrap();
        let table = s.field("stakeholders").unwrap();
        let mut ws = Worksheet { sheet: s.id.to_string(), ..Default::default() };
        ws.add_row(table, "r1".into());
        for (c, v) in [("wie", "DG"), ("belang", "4"), ("invloed", "5"), ("houding", "kritisch")] {
            ws.set_cell(table, "r1", c, v);
        }
        let html = render(s, Some(&ws), Mode::Answers);
        assert!(html.contains("<svg") && html.contains(r#"<td data-label="Nr.">1</td>"#));
        assert!(
            html.contains(r#"<td data-label="Belang bij de opgave">4</td>"#) && html.contains("Kritisch")
        );
    }

    #[test]
    fn the_team_scan_shows_its_history_when_there_are_two() {
        let s = sheet("teamscan").unwrap();
        let table = s.field("bouwstenen").unwrap();
        let scan = |date: &str, v: &str| {
            let mut ws = Worksheet { sheet: "teamscan".into(), date: date.into(), ..Default::default() };
            ws.set_cell(table, "vertrouwen", "score", v);
            ws
        };
        let (a, b) = (scan("2026-10-01", "2"), scan("2027-01-10", "4"));
        let history = over_time(s, &[&a, &b], "blg").unwrap();
        let html = sheet_html(
            &Render {
                sheet: s,
                worksheet: Some(&b),
                programme: "blg",
                mode: Mode::Answers,
                history: Some(&history),
                level: 3,
            },
            &words(),
        );
        assert!(html.contains("Ontwikkeling: ") && html.contains("10 januari 2027"));
        let csv = table_csv(s, table, &[&b, &a], "blg");
        let lines: Vec<&str> = csv.lines().collect();
        assert!(lines[0].starts_with("\u{feff}Datum;Werkblad;"));
        assert!(lines[1].starts_with("2026-10-01;") && lines[1].contains(";Vertrouwen;2;"), "{}", lines[1]);
        assert_eq!(lines.len(), 3);
    }

    #[test]
    fn open_themes_are_listed_under_the_systems_table() {
        let s = sheet("systemen-contacten").unwrap();
        let table = s.field("themas").unwrap();
        let mut ws = Worksheet { sheet: s.id.to_string(), ..Default::default() };
        for row in table.rows_for("blg") {
            ws.set_cell(table, &row.id, "kennis", "5");
        }
        ws.set_cell(table, "integriteit", "kennis", "1");
        let html = render(s, Some(&ws), Mode::Answers);
        assert!(html.contains("Nog open:</span> Integriteit</p>"), "{html}");
    }
}
