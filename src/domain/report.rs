//! The report for the development conversation (ontwikkelgesprek) with the manager, as HTML.
//!
//! [`fragment`] is the report itself (shown in the app's preview and printed from there);
//! [`document`] wraps it into one self-contained HTML file: inline CSS, inline SVG, no scripts,
//! no external requests. Every user text goes through [`escape`]. Only what the participant
//! chose to share is included: items marked "delen met leidinggevende", and learning questions
//! marked for the conversation.

use std::fmt::Write;

use super::assessment::{GoalRow, goal_rows, highlights, moments_of};
use super::chart::{Series, SeriesStyle, radar_svg};
use super::content_model::Programme;
use super::dates::dutch_date;
use super::figures;
use super::html::escape;
use super::items::{ActionStatus, Column};
use super::portfolio::{Moment, Portfolio};

/// What goes into the report; the participant chooses in the preview.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    pub profile: bool,
    pub ratings: bool,
    pub highlights: bool,
    pub questions: bool,
    pub actions: bool,
    pub shared: bool,
    /// The moments to compare (IDs); the first and latest of the programme when `None`.
    pub first_moment: Option<String>,
    pub latest_moment: Option<String>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            profile: true,
            ratings: true,
            highlights: true,
            questions: true,
            actions: true,
            shared: true,
            first_moment: None,
            latest_moment: None,
        }
    }
}

/// The report's styles: linked by the app (`index.html`) and inlined in the downloaded file, so
/// both look and print the same.
pub const CSS: &str = include_str!("../../style/report.css");

fn levels(rows: &[&GoalRow], pick: fn(&GoalRow) -> Option<u8>) -> Vec<Option<u8>> {
    rows.iter().map(|r| pick(r)).collect()
}

fn paragraph(out: &mut String, label: &str, text: &str) {
    if !text.trim().is_empty() {
        let _ = write!(out, r#"<p><span class="label">{}:</span> {}</p>"#, escape(label), escape(text));
    }
}

/// The two moments the report compares.
pub fn compared<'a>(moments: &[&'a Moment], options: &Options) -> (Option<&'a Moment>, Option<&'a Moment>) {
    let find = |id: &Option<String>| id.as_ref().and_then(|id| moments.iter().copied().find(|m| &m.id == id));
    (
        find(&options.first_moment).or(moments.first().copied()),
        find(&options.latest_moment).or(moments.last().copied()),
    )
}

/// The report as an HTML fragment (an `<article>`), ready to show or to wrap in [`document`].
pub fn fragment(p: &Portfolio, programme: Option<&Programme>, options: &Options, today: &str) -> String {
    let mut out = String::new();
    let name = if p.profile.name.trim().is_empty() { "de deelnemer" } else { p.profile.name.trim() };
    let running = format!("Ontwikkelgesprek · {} · {}", escape(name), dutch_date(today));
    let _ = write!(
        out,
        r#"<article class="report" lang="nl"><table class="frame" role="presentation"><thead><tr><td class="running">{running}</td></tr></thead><tfoot><tr><td class="running">{running} · gemaakt met Leerpad</td></tr></tfoot><tbody><tr><td>"#
    );
    let _ = write!(
        out,
        r#"<p class="kicker">Ontwikkelgesprek · Gesprekscyclus Rijk</p><h1>Mijn ontwikkeling: {}</h1>"#,
        escape(name)
    );

    if options.profile {
        out.push_str(r#"<dl class="profile">"#);
        let mut row = |label: &str, value: &str| {
            if !value.trim().is_empty() {
                let _ = write!(out, "<dt>{}</dt><dd>{}</dd>", escape(label), escape(value));
            }
        };
        row("Naam", &p.profile.name);
        row("Functie", &p.profile.role);
        row("Organisatie", &p.profile.organisation);
        row("Leidinggevende", &p.profile.manager);
        if let Some(prog) = programme {
            row("Programma", &format!("{} ({})", prog.name, prog.code));
        }
        let period = match &p.profile.cohort_start {
            Some(start) => format!("{} tot en met {}", dutch_date(start), dutch_date(today)),
            None => format!("tot en met {}", dutch_date(today)),
        };
        row("Periode", &period);
        out.push_str("</dl>");
    }

    if let Some(prog) = programme {
        let all = moments_of(p, &prog.id);
        let (first, latest) = compared(&all, options);
        let chosen: Vec<&Moment> = match (first, latest) {
            (Some(a), Some(b)) if a.id != b.id => vec![a, b],
            (Some(a), _) => vec![a],
            _ => Vec::new(),
        };
        let rows = goal_rows(prog, &chosen);
        if options.ratings && !chosen.is_empty() {
            out.push_str("<section><h2>Rekenschap – mijn zelfbeoordeling per module</h2>");
            let label = |m: &Moment| format!("{} ({})", m.name, dutch_date(&m.date));
            let _ = write!(
                out,
                "<p>Schaal 1 (nog niet) tot 5 (vanzelfsprekend, ik help anderen). Vergeleken: {}.</p>",
                escape(&chosen.iter().map(|m| label(m)).collect::<Vec<_>>().join(" en "))
            );
            for module in &prog.modules {
                let mrows: Vec<&GoalRow> =
                    rows.iter().filter(|r| r.module == module.number && !r.removed()).collect();
                let first_label = first.map(label).unwrap_or_default();
                let latest_label = latest.map(label).unwrap_or_default();
                let series = [
                    Series {
                        label: &first_label,
                        style: SeriesStyle::First,
                        values: levels(&mrows, |r| r.first),
                    },
                    Series {
                        label: &latest_label,
                        style: SeriesStyle::Latest,
                        values: levels(&mrows, |r| r.latest),
                    },
                    Series {
                        label: "Ambitie",
                        style: SeriesStyle::Target,
                        values: levels(&mrows, |r| r.target),
                    },
                ];
                let labels: Vec<String> = mrows.iter().map(|r| r.number.to_string()).collect();
                let title = format!("Module {}: {}", module.number, module.title);
                let _ = write!(
                    out,
                    r#"<section class="module"><h3>{}</h3><div class="chart">{}</div><table><thead><tr><th>Leerdoel</th><th>Eerste</th><th>Laatste</th><th>Verandering</th><th>Ambitie</th></tr></thead><tbody>"#,
                    escape(&title),
                    radar_svg(
                        &format!("{title}: eerste meting, laatste meting en ambitie"),
                        &labels,
                        &series
                    )
                );
                for r in &mrows {
                    let latest =
                        if r.not_applicable { "n.v.t.".to_owned() } else { figures::level(r.latest) };
                    let change = figures::change(r.change);
                    let text = r.goal.map(|g| g.text.as_str()).unwrap_or("");
                    let _ = write!(
                        out,
                        r#"<tr><td>{}. {}</td><td class="n">{}</td><td class="n">{}</td><td class="n">{}</td><td class="n">{}</td></tr>"#,
                        r.number,
                        escape(text),
                        figures::level(r.first),
                        latest,
                        change,
                        figures::level(r.target)
                    );
                }
                out.push_str("</tbody></table></section>");
            }
            out.push_str("</section>");
        }
        if options.highlights && !chosen.is_empty() {
            let h = highlights(&rows);
            out.push_str("<section><h2>Resultaat – wat opvalt</h2>");
            for (title, list, growth) in [
                ("Sterkste leerdoelen", &h.strongest, false),
                ("Grootste groei", &h.growth, true),
                ("Mogelijke ontwikkelpunten", &h.development, false),
            ] {
                let _ = write!(out, "<h3>{title}</h3>");
                if list.is_empty() {
                    out.push_str("<p>Nog niet genoeg beoordeeld.</p>");
                } else {
                    out.push_str("<ul>");
                    for r in list.iter() {
                        let figure =
                            if growth { figures::change(r.change) } else { figures::level(r.latest) };
                        let _ = write!(
                            out,
                            "<li>{} – {}</li>",
                            figure,
                            escape(r.goal.map(|g| g.text.as_str()).unwrap_or(""))
                        );
                    }
                    out.push_str("</ul>");
                }
            }
            out.push_str("</section>");
        }
    }

    if options.questions {
        let questions: Vec<_> = p.questions.values().filter(|q| q.discuss || q.shared).collect();
        out.push_str("<section><h2>Richting – mijn leeropgaven voor dit gesprek</h2>");
        if questions.is_empty() {
            out.push_str("<p>Geen leeropgaven gemarkeerd voor het gesprek.</p>");
        }
        for q in questions {
            let _ = write!(out, r#"<div class="item"><p class="label">{}</p>"#, escape(&q.title));
            paragraph(&mut out, "Toelichting", &q.body);
            paragraph(&mut out, "Afspraken", &q.agreements);
            out.push_str("</div>");
        }
        out.push_str("</section>");
    }

    if options.actions {
        let actions: Vec<_> = p.actions.values().filter(|a| a.shared).collect();
        out.push_str("<section><h2>Resultaat – acties en experimenten</h2>");
        if actions.is_empty() {
            out.push_str("<p>Geen gedeelde acties.</p>");
        }
        for a in actions {
            let status = match a.status {
                ActionStatus::Planned => "gepland",
                ActionStatus::Doing => "bezig",
                ActionStatus::Done => "gedaan",
                ActionStatus::Stopped => "gestopt",
            };
            let _ = write!(out, r#"<div class="item"><p class="label">{} ({status})</p>"#, escape(&a.title));
            paragraph(&mut out, "Waarom", &a.why);
            paragraph(&mut out, "Met wie", &a.with_whom);
            if !a.due.is_empty() {
                paragraph(&mut out, "Klaar op", &dutch_date(&a.due));
            }
            paragraph(&mut out, "Hoe weet ik dat het werkt", &a.success);
            paragraph(&mut out, "Wat gebeurde er", &a.happened);
            paragraph(&mut out, "Wat leerde ik", &a.learned);
            out.push_str("</div>");
        }
        out.push_str("</section>");
    }

    if options.shared {
        out.push_str("<section><h2>Relatie en ruimte – wat ik met je deel</h2>");
        let mut any = false;
        if p.why.shared {
            any = true;
            out.push_str(r#"<h3>Mijn Why</h3><div class="item">"#);
            for (label, text) in [
                ("Drijfveren en waarden", &p.why.drivers),
                ("Wat mij versterkt", &p.why.strengthens),
                ("Wat mij belemmert", &p.why.holds_back),
                ("Waar wil ik naartoe", &p.why.ambition_where),
                ("Welke impact wil ik maken", &p.why.ambition_impact),
                ("In welke rol", &p.why.ambition_role),
                ("Welk pad", &p.why.ambition_path),
            ] {
                paragraph(&mut out, label, text);
            }
            out.push_str("</div>");
        }
        let feedback: Vec<_> = p.feedback.values().filter(|f| f.shared).collect();
        if !feedback.is_empty() {
            any = true;
            out.push_str("<h3>360-feedback in gedrag</h3>");
            for f in feedback {
                let column = match f.column {
                    Column::Continue => "voortzetten",
                    Column::Develop => "ontwikkelen",
                    Column::Dose => "doseren",
                    Column::LetGo => "loslaten",
                };
                let _ =
                    write!(out, r#"<div class="item"><p class="label">{} ({column})</p>"#, escape(&f.title));
                paragraph(&mut out, "Gedrag", &f.body);
                out.push_str("</div>");
            }
        }
        let reflections: Vec<_> = p.journal.values().filter(|j| j.shared).collect();
        if !reflections.is_empty() {
            any = true;
            out.push_str("<h3>Reflecties</h3>");
            for j in reflections {
                let _ = write!(out, r#"<div class="item"><p class="label">{}</p>"#, escape(&j.title));
                if !j.date.is_empty() {
                    paragraph(&mut out, "Datum", &dutch_date(&j.date));
                }
                paragraph(&mut out, "Wat gebeurde er", &j.body);
                paragraph(&mut out, "Wat leerde ik", &j.learned);
                paragraph(&mut out, "Wat ga ik anders doen", &j.differently);
                out.push_str("</div>");
            }
        }
        let intervisions: Vec<_> = p.intervisions.values().filter(|i| i.shared).collect();
        if !intervisions.is_empty() {
            any = true;
            out.push_str("<h3>Uit de intervisie</h3>");
            for i in intervisions {
                let _ = write!(out, r#"<div class="item"><p class="label">{}</p>"#, escape(&i.title));
                paragraph(&mut out, "Inzichten", &i.learned);
                out.push_str("</div>");
            }
        }
        if !any {
            out.push_str("<p>Niets gedeeld. Items deel je met de schakelaar ‘Delen met leidinggevende’.</p>");
        }
        out.push_str("</section>");
    }

    out.push_str(r#"<section class="agreements"><h2>Afspraken</h2><p>Wat spreken we af over richting, ruimte, resultaat, rekenschap en relatie?</p>"#);
    for _ in 0..6 {
        out.push_str(r#"<div class="lines"></div>"#);
    }
    out.push_str(r#"<div class="sign"><div><p>Datum:</p><div class="lines"></div></div><div><p>Paraaf deelnemer en leidinggevende:</p><div class="lines"></div></div></div></section>"#);
    let _ = write!(
        out,
        r#"<p class="foot">Gemaakt met Leerpad op {}. Dit overzicht bevat alleen wat {} heeft gekozen te delen.</p>"#,
        dutch_date(today),
        escape(name)
    );
    out.push_str("</td></tr></tbody></table></article>");
    out
}

/// The report as one self-contained HTML file: no scripts, no external requests.
pub fn document(fragment: &str, title: &str) -> String {
    format!(
        r#"<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"><title>{}</title><style>body{{margin:1.5rem;background:#fff}}@page{{size:A4;margin:16mm 15mm}}{CSS}</style></head><body>{fragment}</body></html>"#,
        escape(title)
    )
}

pub fn file_name(date: &str) -> String {
    format!("leerpad-ontwikkelgesprek-{date}.html")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{
        Catalog,
        items::{Action, Question},
        portfolio::{JournalEntry, Rating},
    };

    const HOSTILE: &str = "<script>alert('x')</script>&\"";

    fn sample() -> Portfolio {
        let mut p = Portfolio::default();
        p.profile.name = HOSTILE.into();
        p.profile.programme = Some("blg".into());
        for (id, date, level) in [("a", "2026-09-01", 2), ("b", "2026-11-01", 4)] {
            let mut m = Moment {
                id: id.into(),
                name: HOSTILE.into(),
                date: date.into(),
                programme: "blg".into(),
                ..Default::default()
            };
            m.ratings.insert(
                "blg.m1.g1".into(),
                Rating { level: Some(level), target: Some(5), ..Default::default() },
            );
            p.moments.insert(id.into(), m);
        }
        p.journal
            .insert("private".into(), JournalEntry { title: "GEHEIM privé".into(), ..Default::default() });
        p.journal.insert(
            "shared".into(),
            JournalEntry { title: HOSTILE.into(), body: HOSTILE.into(), shared: true, ..Default::default() },
        );
        p.actions.insert(
            "a1".into(),
            Action {
                title: "Gedeelde actie".into(),
                shared: true,
                happened: HOSTILE.into(),
                ..Default::default()
            },
        );
        p.actions.insert("a2".into(), Action { title: "GEHEIME actie".into(), ..Default::default() });
        p.questions.insert(
            "q1".into(),
            Question { title: "Bespreekvraag".into(), discuss: true, ..Default::default() },
        );
        p.questions.insert("q2".into(), Question { title: "GEHEIME vraag".into(), ..Default::default() });
        p.why.drivers = "GEHEIME drijfveer".into();
        p
    }

    fn build(options: &Options) -> String {
        let p = sample();
        let blg = Catalog::embedded().programme("blg");
        document(&fragment(&p, blg, options, "2026-11-30"), "Ontwikkelgesprek")
    }

    #[test]
    fn nothing_private_gets_in() {
        let html = build(&Options::default());
        for secret in ["GEHEIM", "GEHEIME"] {
            assert!(!html.contains(secret), "{secret} leaked");
        }
        for shared in ["Gedeelde actie", "Bespreekvraag", "Afspraken", "Module 1: Ik en mijzelf"] {
            assert!(html.contains(shared), "{shared} missing");
        }
        assert!(html.contains(
            "<td class=\"n\">2</td><td class=\"n\">4</td><td class=\"n\">+2</td><td class=\"n\">5</td>"
        ));
    }

    #[test]
    fn every_user_string_is_escaped_and_there_are_no_scripts_or_requests() {
        let html = build(&Options::default());
        assert!(!html.contains("<script"), "no script element at all");
        assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;&quot;"));
        for external in ["http://", "https://", "src=\"//", "url("] {
            let outside_svg_ns = html.replace("http://www.w3.org/2000/svg", "");
            assert!(!outside_svg_ns.contains(external), "external reference {external}");
        }
    }

    #[test]
    fn sections_can_be_left_out() {
        let html = build(&Options { ratings: false, actions: false, ..Options::default() });
        assert!(!html.contains("Rekenschap"));
        assert!(!html.contains("Gedeelde actie"));
        assert!(html.contains("Bespreekvraag"));
    }
}
