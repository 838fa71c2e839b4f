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
use super::figures;
use super::html::escape;
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

/// The words only the report uses, one set in each language's table (`crate::i18n::Texts::report`).
pub struct Phrases {
    /// BCP 47 tag of the report.
    pub lang: &'static str,
    pub participant: &'static str,
    pub conversation: &'static str,
    pub made_with: &'static str,
    pub kicker: &'static str,
    pub title: &'static str,
    pub role: &'static str,
    pub manager: &'static str,
    pub period: &'static str,
    /// "{start} tot en met {end}"
    pub from_to: fn(start: &str, end: &str) -> String,
    /// "tot en met {end}"
    pub until: fn(end: &str) -> String,
    pub ratings: &'static str,
    pub scale: &'static str,
    pub compared: &'static str,
    pub and: &'static str,
    pub chart_title: &'static str,
    pub highlights: &'static str,
    pub not_enough_rated: &'static str,
    pub questions: &'static str,
    pub no_questions: &'static str,
    pub actions: &'static str,
    pub no_actions: &'static str,
    pub shared: &'static str,
    pub feedback: &'static str,
    pub reflections: &'static str,
    pub intervision: &'static str,
    pub nothing_shared: &'static str,
    pub agreements_title: &'static str,
    pub agreements_prompt: &'static str,
    pub sign_date: &'static str,
    pub sign_initials: &'static str,
    /// "Made with Leerpad on {date}. This overview holds only what {name} chose to share."
    pub foot: fn(date: &str, name: &str) -> String,
}

/// Every word the report prints, in the interface language (`crate::i18n::Texts::report_words`):
/// its own [`Phrases`], and for what the forms and pages also show, the very labels they use.
pub struct Words {
    pub phrases: &'static Phrases,
    /// A date (`YYYY-MM-DD`) as written in this language.
    pub format_date: fn(&str) -> String,
    pub name: &'static str,
    pub organisation: &'static str,
    pub programme: &'static str,
    pub module: &'static str,
    pub target: &'static str,
    /// Column headings of a module's table: goal, first, latest, change, target.
    pub columns: [&'static str; 5],
    pub not_applicable: &'static str,
    /// Strongest goals, biggest growth, possible development points.
    pub highlight_titles: [&'static str; 3],
    pub body: &'static str,
    pub agreements: &'static str,
    /// In the order of [`super::items::ActionStatus::ALL`].
    pub status: [&'static str; 4],
    pub action_fields: ActionWords,
    pub why: &'static str,
    /// The seven texts of "Mijn Why", in the order of [`why_texts`].
    pub why_fields: [&'static str; 7],
    /// In the order of [`super::items::Column::ALL`].
    pub behaviour_columns: [&'static str; 4],
    pub behaviour: &'static str,
    pub date: &'static str,
    pub happened: &'static str,
    /// An action's look back.
    pub action_happened: &'static str,
    pub learned: &'static str,
    pub differently: &'static str,
    pub insights: &'static str,
}

pub struct ActionWords {
    pub why: &'static str,
    pub with_whom: &'static str,
    pub due: &'static str,
    pub success: &'static str,
}

/// The texts of "Mijn Why" in the order of [`Words::why_fields`].
fn why_texts(p: &Portfolio) -> [&str; 7] {
    let w = &p.why;
    [
        &w.drivers,
        &w.strengthens,
        &w.holds_back,
        &w.ambition_where,
        &w.ambition_impact,
        &w.ambition_role,
        &w.ambition_path,
    ]
}

fn levels(rows: &[&GoalRow], pick: fn(&GoalRow) -> Option<u8>) -> Vec<Option<u8>> {
    rows.iter().map(|r| pick(r)).collect()
}

/// `label: text` as a paragraph (a question as label keeps its question mark instead of the
/// colon); nothing for an empty text.
fn paragraph(out: &mut String, label: &str, text: &str) {
    if !text.trim().is_empty() {
        let colon = if label.ends_with('?') { "" } else { ":" };
        let _ = write!(out, r#"<p><span class="label">{}{colon}</span> {}</p>"#, escape(label), escape(text));
    }
}

/// The start of one item: its title, with a note in brackets (a status or column, written
/// in small letters inside the sentence).
fn item_title(out: &mut String, title: &str, note: Option<&str>) {
    let _ = write!(out, r#"<div class="item"><p class="label">{}"#, escape(title));
    if let Some(note) = note {
        let _ = write!(out, " ({})", note.to_ascii_lowercase());
    }
    out.push_str("</p>");
}

/// The two moments the report compares.
pub fn compared<'a>(moments: &[&'a Moment], options: &Options) -> (Option<&'a Moment>, Option<&'a Moment>) {
    let find = |id: &Option<String>| id.as_ref().and_then(|id| moments.iter().copied().find(|m| &m.id == id));
    (
        find(&options.first_moment).or(moments.first().copied()),
        find(&options.latest_moment).or(moments.last().copied()),
    )
}

/// What every section is written from.
struct Context<'a> {
    p: &'a Portfolio,
    w: &'a Words,
    today: &'a str,
    name: &'a str,
}

/// The moments of a programme that the report compares, and the goal rows between them.
struct Ratings<'a> {
    programme: &'a Programme,
    first: Option<&'a Moment>,
    latest: Option<&'a Moment>,
    chosen: Vec<&'a Moment>,
    rows: Vec<GoalRow<'a>>,
}

impl<'a> Ratings<'a> {
    fn of(p: &'a Portfolio, programme: &'a Programme, options: &Options) -> Ratings<'a> {
        let all = moments_of(p, &programme.id);
        let (first, latest) = compared(&all, options);
        let chosen: Vec<&Moment> = match (first, latest) {
            (Some(a), Some(b)) if a.id != b.id => vec![a, b],
            (Some(a), _) => vec![a],
            _ => Vec::new(),
        };
        let rows = goal_rows(programme, &chosen);
        Ratings { programme, first, latest, chosen, rows }
    }
}

/// The report as an HTML fragment (an `<article>`), ready to show or to wrap in [`document`].
pub fn fragment(
    p: &Portfolio,
    programme: Option<&Programme>,
    options: &Options,
    today: &str,
    w: &Words,
) -> String {
    let name = if p.profile.name.trim().is_empty() { w.phrases.participant } else { p.profile.name.trim() };
    let cx = Context { p, w, today, name };
    let mut out = String::new();
    let running = format!("{} · {} · {}", w.phrases.conversation, escape(name), (w.format_date)(today));
    let _ = write!(
        out,
        r#"<article class="report" lang="{}"><table class="frame" role="presentation"><thead><tr><td class="running">{running}</td></tr></thead><tfoot><tr><td class="running">{running} · {}</td></tr></tfoot><tbody><tr><td>"#,
        w.phrases.lang, w.phrases.made_with
    );
    let _ = write!(
        out,
        r#"<p class="kicker">{}</p><h1>{}: {}</h1>"#,
        w.phrases.kicker,
        w.phrases.title,
        escape(name)
    );
    if options.profile {
        profile(&mut out, &cx, programme);
    }
    if let Some(programme) = programme {
        let ratings = Ratings::of(p, programme, options);
        if !ratings.chosen.is_empty() {
            if options.ratings {
                ratings_per_module(&mut out, &cx, &ratings);
            }
            if options.highlights {
                what_stands_out(&mut out, &cx, &ratings);
            }
        }
    }
    if options.questions {
        questions(&mut out, &cx);
    }
    if options.actions {
        actions(&mut out, &cx);
    }
    if options.shared {
        shared(&mut out, &cx);
    }
    agreements(&mut out, &cx);
    out.push_str("</td></tr></tbody></table></article>");
    out
}

fn profile(out: &mut String, cx: &Context, programme: Option<&Programme>) {
    let (p, w) = (cx.p, cx.w);
    out.push_str(r#"<dl class="profile">"#);
    // `html`: the value, already escaped.
    let mut row = |label: &str, html: &str| {
        if !html.trim().is_empty() {
            let _ = write!(out, "<dt>{}</dt><dd>{html}</dd>", escape(label));
        }
    };
    row(w.name, &escape(&p.profile.name));
    row(w.phrases.role, &escape(&p.profile.role));
    row(w.organisation, &escape(&p.profile.organisation));
    row(w.phrases.manager, &escape(&p.profile.manager));
    if let Some(prog) = programme {
        // Programme content is Dutch whatever the report's language.
        row(
            w.programme,
            &format!(r#"<span lang="nl">{}</span> ({})"#, escape(&prog.name), escape(&prog.code)),
        );
    }
    let period = match &p.profile.cohort_start {
        Some(start) => (w.phrases.from_to)(&(cx.w.format_date)(start), &(cx.w.format_date)(cx.today)),
        None => (w.phrases.until)(&(cx.w.format_date)(cx.today)),
    };
    row(w.phrases.period, &escape(&period));
    out.push_str("</dl>");
}

fn ratings_per_module(out: &mut String, cx: &Context, r: &Ratings) {
    let w = cx.w;
    let label = |m: &Moment| format!("{} ({})", m.name, (cx.w.format_date)(&m.date));
    let _ = write!(
        out,
        "<section><h2>{}</h2><p>{} {}: {}.</p>",
        w.phrases.ratings,
        w.phrases.scale,
        w.phrases.compared,
        escape(&r.chosen.iter().map(|m| label(m)).collect::<Vec<_>>().join(w.phrases.and))
    );
    let first_label = r.first.map(label).unwrap_or_default();
    let latest_label = r.latest.map(label).unwrap_or_default();
    for module in r.programme.modules.iter() {
        let rows: Vec<&GoalRow> =
            r.rows.iter().filter(|g| g.module == module.number && !g.removed()).collect();
        let series = [
            Series { label: &first_label, style: SeriesStyle::First, values: levels(&rows, |g| g.first) },
            Series { label: &latest_label, style: SeriesStyle::Latest, values: levels(&rows, |g| g.latest) },
            Series { label: w.target, style: SeriesStyle::Target, values: levels(&rows, |g| g.target) },
        ];
        let labels: Vec<String> = rows.iter().map(|g| g.number.to_string()).collect();
        let title = format!("{} {}: {}", w.module, module.number, module.title);
        let _ = write!(
            out,
            // Programme content is Dutch whatever the report's language (`lang` marks it).
            r#"<section class="module"><h3>{} {}: <span lang="nl">{}</span></h3><div class="chart">{}</div><table><thead><tr>"#,
            w.module,
            module.number,
            escape(&module.title),
            radar_svg(&format!("{title}: {}", w.phrases.chart_title), &labels, &series)
        );
        for heading in w.columns {
            let _ = write!(out, "<th>{heading}</th>");
        }
        out.push_str("</tr></thead><tbody>");
        for g in &rows {
            let latest =
                if g.not_applicable { w.not_applicable.to_owned() } else { figures::level(g.latest) };
            let _ = write!(
                out,
                r#"<tr><td>{}. <span lang="nl">{}</span></td><td class="n">{}</td><td class="n">{}</td><td class="n">{}</td><td class="n">{}</td></tr>"#,
                g.number,
                escape(g.goal.map(|goal| &*goal.text).unwrap_or("")),
                figures::level(g.first),
                latest,
                figures::change(g.change),
                figures::level(g.target)
            );
        }
        out.push_str("</tbody></table></section>");
    }
    out.push_str("</section>");
}

fn what_stands_out(out: &mut String, cx: &Context, r: &Ratings) {
    let w = cx.w;
    let h = highlights(&r.rows);
    let _ = write!(out, "<section><h2>{}</h2>", w.phrases.highlights);
    for (title, list, growth) in [
        (w.highlight_titles[0], &h.strongest, false),
        (w.highlight_titles[1], &h.growth, true),
        (w.highlight_titles[2], &h.development, false),
    ] {
        let _ = write!(out, "<h3>{title}</h3>");
        if list.is_empty() {
            let _ = write!(out, "<p>{}</p>", w.phrases.not_enough_rated);
            continue;
        }
        out.push_str("<ul>");
        for g in list.iter() {
            let figure = if growth { figures::change(g.change) } else { figures::level(g.latest) };
            let _ = write!(
                out,
                r#"<li>{} – <span lang="nl">{}</span></li>"#,
                figure,
                escape(g.goal.map(|goal| &*goal.text).unwrap_or(""))
            );
        }
        out.push_str("</ul>");
    }
    out.push_str("</section>");
}

fn questions(out: &mut String, cx: &Context) {
    let w = cx.w;
    let questions: Vec<_> = cx.p.questions.values().filter(|q| q.discuss || q.shared).collect();
    let _ = write!(out, "<section><h2>{}</h2>", w.phrases.questions);
    if questions.is_empty() {
        let _ = write!(out, "<p>{}</p>", w.phrases.no_questions);
    }
    for q in questions {
        item_title(out, &q.title, None);
        paragraph(out, w.body, &q.body);
        paragraph(out, w.agreements, &q.agreements);
        out.push_str("</div>");
    }
    out.push_str("</section>");
}

fn actions(out: &mut String, cx: &Context) {
    let (w, a_w) = (cx.w, &cx.w.action_fields);
    let actions: Vec<_> = cx.p.actions.values().filter(|a| a.shared).collect();
    let _ = write!(out, "<section><h2>{}</h2>", w.phrases.actions);
    if actions.is_empty() {
        let _ = write!(out, "<p>{}</p>", w.phrases.no_actions);
    }
    for a in actions {
        item_title(out, &a.title, Some(w.status[a.status.position()]));
        paragraph(out, a_w.why, &a.why);
        paragraph(out, a_w.with_whom, &a.with_whom);
        if !a.due.is_empty() {
            paragraph(out, a_w.due, &(cx.w.format_date)(&a.due));
        }
        paragraph(out, a_w.success, &a.success);
        paragraph(out, w.action_happened, &a.happened);
        paragraph(out, w.learned, &a.learned);
        out.push_str("</div>");
    }
    out.push_str("</section>");
}

/// Mijn Why, 360-feedback, reflections and intervision: whatever the participant shared.
fn shared(out: &mut String, cx: &Context) {
    let (p, w) = (cx.p, cx.w);
    let _ = write!(out, "<section><h2>{}</h2>", w.phrases.shared);
    let mut any = false;
    if p.why.shared {
        any = true;
        let _ = write!(out, r#"<h3>{}</h3><div class="item">"#, w.why);
        for (label, text) in w.why_fields.iter().zip(why_texts(p)) {
            paragraph(out, label, text);
        }
        out.push_str("</div>");
    }
    any |= shared_group(out, w.phrases.feedback, p.feedback.values().filter(|f| f.shared), |out, f| {
        item_title(out, &f.title, Some(w.behaviour_columns[f.column.position()]));
        paragraph(out, w.behaviour, &f.body);
    });
    any |= shared_group(out, w.phrases.reflections, p.journal.values().filter(|j| j.shared), |out, j| {
        item_title(out, &j.title, None);
        if !j.date.is_empty() {
            paragraph(out, w.date, &(cx.w.format_date)(&j.date));
        }
        paragraph(out, w.happened, &j.body);
        paragraph(out, w.learned, &j.learned);
        paragraph(out, w.differently, &j.differently);
    });
    any |=
        shared_group(out, w.phrases.intervision, p.intervisions.values().filter(|i| i.shared), |out, i| {
            item_title(out, &i.title, None);
            paragraph(out, w.insights, &i.learned);
        });
    if !any {
        let _ = write!(out, "<p>{}</p>", w.phrases.nothing_shared);
    }
    out.push_str("</section>");
}

/// One group of shared items under its heading, each closed after `write`; nothing (and
/// `false`) when there are none.
fn shared_group<'a, T: 'a>(
    out: &mut String,
    heading: &str,
    items: impl Iterator<Item = &'a T>,
    write: impl Fn(&mut String, &T),
) -> bool {
    let mut items = items.peekable();
    if items.peek().is_none() {
        return false;
    }
    let _ = write!(out, "<h3>{heading}</h3>");
    for item in items {
        write(out, item);
        out.push_str("</div>");
    }
    true
}

/// Room for what is agreed, the signatures, and the closing line.
fn agreements(out: &mut String, cx: &Context) {
    let w = cx.w;
    let _ = write!(
        out,
        r#"<section class="agreements"><h2>{}</h2><p>{}</p>"#,
        w.phrases.agreements_title, w.phrases.agreements_prompt
    );
    for _ in 0..6 {
        out.push_str(r#"<div class="lines"></div>"#);
    }
    let _ = write!(
        out,
        r#"<div class="sign"><div><p>{}</p><div class="lines"></div></div><div><p>{}</p><div class="lines"></div></div></div></section>"#,
        w.phrases.sign_date, w.phrases.sign_initials
    );
    let _ = write!(
        out,
        r#"<p class="foot">{}</p>"#,
        (w.phrases.foot)(&(cx.w.format_date)(cx.today), &escape(cx.name))
    );
}

/// The report as one self-contained HTML file: no scripts, no external requests.
pub fn document(fragment: &str, title: &str, lang: &str) -> String {
    format!(
        r#"<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"><title>{}</title><style>body{{margin:1.5rem;background:#fff}}@page{{size:A4;margin:16mm 15mm}}{CSS}</style></head><body>{fragment}</body></html>"#,
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
        let words = crate::i18n::Locale::Nl.texts().report_words();
        document(&fragment(&p, blg, options, "2026-11-30", &words), "Ontwikkelgesprek", words.phrases.lang)
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
    fn the_report_is_in_the_interface_language_with_the_programme_in_dutch() {
        let words = crate::i18n::Locale::En.texts().report_words();
        let blg = Catalog::embedded().programme("blg");
        let html = document(
            &fragment(&sample(), blg, &Options::default(), "2026-11-30", &words),
            "x",
            words.phrases.lang,
        );
        assert!(
            html.contains(r#"<html lang="en">"#) && html.contains(r#"<article class="report" lang="en">"#)
        );
        assert!(html.contains("Accountability – my self-assessment per module"));
        assert!(html.contains("30 November 2026"), "dates in English");
        assert!(html.contains(r#"Module 1: <span lang="nl">Ik en mijzelf</span>"#), "content marked Dutch");
        for dutch in ["Rekenschap", "Leerdoel", "Afspraken", "tot en met"] {
            assert!(!html.contains(dutch), "{dutch} in the English report");
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
