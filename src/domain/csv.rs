//! All ratings as CSV for a spreadsheet: one row per goal × moment, UTF-8 with BOM and `;` as
//! separator, so that Dutch Excel opens it with the right columns and accents.

use super::assessment::{goal_rows, moments_of, programme_of};
use super::catalog::Catalog;
use super::portfolio::Portfolio;
use super::sorting::sort_dedup;

const HEADER: [&str; 10] = [
    "Programma",
    "Module",
    "Leerdoel-ID",
    "Leerdoel",
    "Meetmoment",
    "Datum",
    "Niveau",
    "n.v.t.",
    "Ambitie",
    "Toelichting",
];

/// One CSV cell: quoted when needed, and never read by a spreadsheet as a formula.
pub(super) fn cell(text: &str) -> String {
    let text =
        if text.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{text}") } else { text.to_owned() };
    if text.contains([';', '"', '\n', '\r']) { format!("\"{}\"", text.replace('"', "\"\"")) } else { text }
}

pub fn file_name(date: &str) -> String {
    format!("leerpad-scores-{date}.csv")
}

pub fn ratings_csv(portfolio: &Portfolio, catalog: &Catalog) -> String {
    let mut out = String::from("\u{feff}");
    let mut row = |cells: &[String]| {
        out.push_str(&cells.iter().map(|c| cell(c)).collect::<Vec<_>>().join(";"));
        out.push_str("\r\n");
    };
    row(&HEADER.map(str::to_owned));
    let mut programmes: Vec<&str> = portfolio.moments.values().map(programme_of).collect();
    sort_dedup(&mut programmes);
    for id in programmes {
        let Some(programme) = catalog.programme(id) else { continue };
        let moments = moments_of(portfolio, id);
        // goal_rows gives every goal in track order, plus rated goals no longer in the programme.
        let goals = goal_rows(programme, &moments);
        for moment in &moments {
            for g in &goals {
                let rating = moment.ratings.get(&g.goal_id);
                let module = programme
                    .module(g.module)
                    .map(|m| format!("Module {}: {}", m.number, m.title))
                    .unwrap_or_else(|| format!("Module {}", g.module));
                let text = g
                    .goal
                    .map(|goal| goal.text.to_string())
                    .unwrap_or_else(|| "(niet meer in het programma)".to_owned());
                row(&[
                    programme.code.to_string(),
                    module,
                    g.goal_id.clone(),
                    text,
                    moment.name.clone(),
                    moment.date.clone(),
                    rating.and_then(|r| r.level).map(|l| l.to_string()).unwrap_or_default(),
                    if rating.is_some_and(|r| r.not_applicable) { "ja".to_owned() } else { String::new() },
                    rating.and_then(|r| r.target).map(|l| l.to_string()).unwrap_or_default(),
                    rating.map(|r| r.note.clone()).unwrap_or_default(),
                ]);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::portfolio::{Moment, Rating};

    #[test]
    fn one_row_per_goal_and_moment_with_bom_and_semicolons() {
        let mut p = Portfolio::default();
        for (id, date) in [("a", "2026-09-01"), ("b", "2026-11-01")] {
            let mut m = Moment {
                id: id.into(),
                name: format!("Meting {id}"),
                date: date.into(),
                programme: "smec".into(),
                ..Default::default()
            };
            m.ratings.insert(
                "smec.m1.g1".into(),
                Rating {
                    level: Some(3),
                    note: "Zei \"ja\"; daarna =SOM(A1)".into(),
                    target: Some(4),
                    ..Default::default()
                },
            );
            p.moments.insert(id.into(), m);
        }
        let csv = ratings_csv(&p, Catalog::embedded());
        assert!(csv.starts_with("\u{feff}Programma;Module;Leerdoel-ID;"));
        let lines: Vec<&str> = csv.trim_end().split("\r\n").collect();
        assert_eq!(lines.len(), 1 + 2 * 25, "header plus 25 goals × 2 moments");
        assert_eq!(
            lines[1],
            "SMEC;Module 1: Ik en mijzelf;smec.m1.g1;\"heeft verdiept zelfinzicht in gedrag, drijfveren en patronen;\";Meting a;2026-09-01;3;;4;\"Zei \"\"ja\"\"; daarna =SOM(A1)\"",
            "the goal text ends with ';' so it is quoted"
        );
        assert!(lines[2].ends_with(";Meting a;2026-09-01;;;;"), "unrated goals have empty cells");
    }

    #[test]
    fn cells_cannot_become_formulas() {
        assert_eq!(cell("=1+1"), "'=1+1");
        assert_eq!(cell("-3"), "'-3");
        assert_eq!(cell("gewoon"), "gewoon");
    }
}
