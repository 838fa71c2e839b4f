//! The report for the development conversation (ontwikkelgesprek) with the manager, as HTML.
//!
//! [`fragment`] is the report itself (shown in the app's preview and printed from there);
//! [`document`] wraps it into one self-contained HTML file: inline CSS, inline SVG, no scripts,
//! no external requests. Every user text goes through [`escape`]. Only what the participant
//! chose to share is included: items marked "delen met leidinggevende", and learning questions
//! marked for the conversation.

use std::fmt::Write;

use super::assessment::{GoalRow, goal_rows, highlights, moment_label, moments_of};
use super::attachments::Owner;
use super::chart::{Series, SeriesStyle, radar_svg};
use super::content_model::Programme;
use super::figures;
use super::html::escape;
use super::items::Action;
use super::items::Collection;
use super::portfolio::{Moment, Portfolio, track_summary};
use super::text::{excerpt, goal_text};

/// What goes into the report; the participant chooses in the preview.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// Who, programme, progress and period.
    pub profile: bool,
    /// The learning questions (leeropgaven) marked for the conversation, with what is asked of
    /// the manager.
    pub questions: bool,
    /// Strengths and development points, with the participant's explanations.
    pub highlights: bool,
    /// Shared actions with their status (and, in the appendix, their review).
    pub actions: bool,
    /// Appendix: a table per module.
    pub ratings: bool,
    /// A radar chart above each module's table; off by default, it takes room on paper.
    pub radar: bool,
    /// Modules (numbers) whose explanations the tables leave out.
    pub notes_left_out: Vec<u8>,
    /// Appendix: Mijn Why, 360-feedback, reflections and intervision that are shared.
    pub shared: bool,
    /// The moments to compare (IDs); the first and latest of the programme when `None`.
    pub first_moment: Option<String>,
    pub latest_moment: Option<String>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            profile: true,
            questions: true,
            highlights: true,
            actions: true,
            ratings: true,
            radar: false,
            notes_left_out: Vec::new(),
            shared: true,
            first_moment: None,
            latest_moment: None,
        }
    }
}

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
    pub progress: &'static str,
    pub self_assessment: &'static str,
    /// "op {grown} van {total} leerdoelen gegroeid"
    pub grown: fn(grown: usize, total: usize) -> String,
    /// Page 1: the learning questions.
    pub questions: &'static str,
    pub no_questions: &'static str,
    /// Page 1: strengths and development points.
    pub standing: &'static str,
    pub not_enough_rated: &'static str,
    /// "niveau {level}"
    pub level: fn(level: &str) -> String,
    /// "ambitie {level}"
    pub ambition: fn(level: &str) -> String,
    pub actions: &'static str,
    pub no_actions: &'static str,
    /// Column headings of the actions table: action, with whom, by when, status.
    pub action_columns: [&'static str; 4],
    /// "Bijlage {n}"
    pub appendix: fn(n: usize) -> String,
    pub ratings: &'static str,
    pub scale: &'static str,
    pub compared: &'static str,
    pub and: &'static str,
    pub chart_title: &'static str,
    /// Heading of the tables' first column when it holds the participant's explanations too.
    pub goal_and_note: &'static str,
    /// Appendix: the shared actions' reasons and reviews.
    pub action_details: &'static str,
    pub shared: &'static str,
    pub feedback: &'static str,
    pub reflections: &'static str,
    pub intervision: &'static str,
    pub nothing_shared: &'static str,
    /// Above the list of an item's shared files.
    pub files: &'static str,
    /// After a list of files that the report does not hold itself.
    pub files_apart: &'static str,
    /// PDF, photo, other file.
    pub file_kinds: [&'static str; 3],
    /// The appendix of shared worksheets.
    pub worksheets: &'static str,
    pub agreements_title: &'static str,
    pub agreements_prompt: &'static str,
    /// "Afspraken uit het gesprek van {date}": the latest reply read in (issue 16).
    pub previous_agreements: fn(&str) -> String,
    /// What went well, what to develop further, the manager's support.
    pub agreement_labels: [&'static str; 3],
    pub agreed_actions: &'static str,
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
    /// "3 van 5 modules afgerond"
    pub modules_done: fn(done: usize, total: usize) -> String,
    /// Column headings of a module's table: goal, first, latest, change, target.
    pub columns: [&'static str; 5],
    pub not_applicable: &'static str,
    /// Strongest goals, biggest growth, possible development points.
    pub highlight_titles: [&'static str; 3],
    pub body: &'static str,
    pub ask: &'static str,
    pub agreements: &'static str,
    /// In the order of [`super::items::ActionStatus::ALL`].
    pub status: [&'static str; 4],
    pub action_fields: ActionWords,
    pub why: &'static str,
    /// The seven texts of "Mijn Why", in the order of [`super::items::Why::texts`].
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
    pub decimal_separator: &'static str,
    /// The words of a worksheet.
    pub sheet: &'static super::sheet_html::SheetWords,
}

pub struct ActionWords {
    pub why: &'static str,
    pub with_whom: &'static str,
    pub due: &'static str,
    pub success: &'static str,
}

fn levels(rows: &[&GoalRow], pick: fn(&GoalRow) -> Option<u8>) -> Vec<Option<u8>> {
    rows.iter().map(|r| pick(r)).collect()
}

/// How long an explanation may be on page 1, and in a module's table.
const NOTE_ON_BRIEF: usize = 180;
const NOTE_IN_TABLE: usize = 100;

/// `label: text` as a paragraph (a question as label keeps its question mark instead of the
/// colon); nothing for an empty text.
fn paragraph(out: &mut String, label: &str, text: &str) {
    if !text.trim().is_empty() {
        let colon = if label.ends_with('?') { "" } else { ":" };
        let _ =
            write!(out, r#"<p><span class="r-label">{}{colon}</span> {}</p>"#, escape(label), escape(text));
    }
}

/// The start of one item: its title, with a note in brackets (a status or column, written
/// in small letters inside the sentence).
fn item_title(out: &mut String, title: &str, note: Option<&str>) {
    let _ = write!(out, r#"<div class="r-item"><p class="r-label">{}"#, escape(title));
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

/// The moments of `programme` that the report compares, oldest first: none, one, or two.
pub fn chosen_moments<'a>(p: &'a Portfolio, programme: &Programme, options: &Options) -> Vec<&'a Moment> {
    match compared(&moments_of(p, &programme.id), options) {
        (Some(a), Some(b)) if a.id != b.id => vec![a, b],
        (Some(a), _) => vec![a],
        _ => Vec::new(),
    }
}

/// Where the report stands in a document: its title is an `h1` in a file of its own, an `h3`
/// under the preview's heading in the app; every heading below follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placement {
    Document,
    InPage,
}

/// What every section is written from.
struct Context<'a> {
    p: &'a Portfolio,
    w: &'a Words,
    options: &'a Options,
    today: &'a str,
    /// The HTML level of the report's title.
    top: u8,
    /// Shared photos to show in the report itself, as data URLs by SHA-256.
    images: Option<&'a Images>,
}

/// Photos for the downloaded report: `data:` URLs by SHA-256.
pub type Images = Vec<(String, String)>;

impl Context<'_> {
    /// A heading `depth` levels below the report's title (0 is the title), with a class for the
    /// styles, which never depend on the level.
    fn heading(&self, out: &mut String, depth: u8, class: &str, html: &str) {
        let level = (self.top + depth).min(6);
        let _ = write!(out, r#"<h{level} class="{class}">{html}</h{level}>"#);
    }

    fn date(&self, date: &str) -> String {
        (self.w.format_date)(date)
    }
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
        let chosen = chosen_moments(p, programme, options);
        let rows = goal_rows(programme, &chosen);
        Ratings { programme, first, latest, chosen, rows }
    }

    /// "Nulmeting (7 september 2026) en Tussenmeting (20 oktober 2026)"
    fn moments_label(&self, cx: &Context) -> String {
        self.chosen
            .iter()
            .map(|m| moment_label(m, cx.w.format_date))
            .collect::<Vec<_>>()
            .join(cx.w.phrases.and)
    }
}

/// The report as an HTML fragment (an `<article>`), ready to show or to wrap in [`document`].
///
/// Page 1 is the brief a manager reads before the conversation: who and where in the programme,
/// the learning questions and what is asked of the manager, strengths and development points in
/// the participant's own words, the actions, and room for what is agreed. The appendix holds the
/// ratings per module and whatever else the participant shares.
pub fn fragment(
    p: &Portfolio,
    programme: Option<&Programme>,
    options: &Options,
    today: &str,
    w: &Words,
    placement: Placement,
) -> String {
    fragment_with_images(p, programme, options, today, w, placement, None)
}

/// [`fragment`] with shared photos in it (the downloaded file, when the participant asks).
pub fn fragment_with_images(
    p: &Portfolio,
    programme: Option<&Programme>,
    options: &Options,
    today: &str,
    w: &Words,
    placement: Placement,
    images: Option<&Images>,
) -> String {
    let name = if p.profile.name.trim().is_empty() { w.phrases.participant } else { p.profile.name.trim() };
    let top = if placement == Placement::Document { 1 } else { 3 };
    let cx = Context { p, w, options, today, top, images };
    let ratings = programme.map(|programme| Ratings::of(p, programme, options));
    let ratings = ratings.as_ref().filter(|r| !r.chosen.is_empty());
    let mut out = String::new();
    let running = format!("{} · {} · {}", w.phrases.conversation, escape(name), cx.date(today));
    let _ = write!(
        out,
        r#"<article class="report" lang="{}"><table class="r-frame" role="presentation"><tfoot><tr><td class="r-running">{running} · {}</td></tr></tfoot><tbody><tr><td>"#,
        w.phrases.lang, w.phrases.made_with
    );
    let _ = write!(out, r#"<header class="r-brief-head"><p class="r-kicker">{}</p>"#, w.phrases.kicker);
    cx.heading(&mut out, 0, "r-title", &format!("{}: {}", w.phrases.title, escape(name)));
    if options.profile {
        profile(&mut out, &cx, programme, ratings);
    }
    out.push_str("</header>");
    if options.questions {
        questions(&mut out, &cx);
    }
    if options.highlights {
        standing(&mut out, &cx, ratings);
    }
    if options.actions {
        actions(&mut out, &cx);
    }
    agreements(&mut out, &cx);
    let mut appendix = 0;
    let mut next_appendix = || {
        appendix += 1;
        (w.phrases.appendix)(appendix)
    };
    if let Some(ratings) = ratings.filter(|_| options.ratings) {
        ratings_per_module(&mut out, &cx, ratings, &next_appendix());
    }
    if options.actions && cx.p.actions.values().any(|a| a.shared && has_details(p, a)) {
        action_details(&mut out, &cx, &next_appendix());
    }
    // Worksheets have an appendix of their own; "nothing shared" only when there are none either.
    let any_sheet = p.worksheets.values().any(|ws| ws.shared);
    if options.shared && (!any_sheet || shares_items(p)) {
        shared(&mut out, &cx, &next_appendix());
    }
    if options.shared && any_sheet {
        worksheets(&mut out, &cx, programme.map_or("", |p| &*p.id), &next_appendix());
    }
    let _ = write!(
        out,
        r#"<p class="r-foot">{}</p></td></tr></tbody></table></article>"#,
        (w.phrases.foot)(&cx.date(today), &escape(name))
    );
    out
}

fn profile(out: &mut String, cx: &Context, programme: Option<&Programme>, ratings: Option<&Ratings>) {
    let (p, w) = (cx.p, cx.w);
    out.push_str(r#"<dl class="r-profile">"#);
    // `html`: the value, already escaped.
    let mut row = |label: &str, html: &str| {
        if !html.trim().is_empty() {
            let _ = write!(out, "<div><dt>{}</dt><dd>{html}</dd></div>", escape(label));
        }
    };
    row(w.phrases.role, &escape(&p.profile.role));
    row(w.organisation, &escape(&p.profile.organisation));
    row(w.phrases.manager, &escape(&p.profile.manager));
    if let Some(prog) = programme {
        // Programme content is Dutch whatever the report's language.
        row(
            w.programme,
            &format!(r#"<span lang="nl">{}</span> ({})"#, escape(&prog.name), escape(&prog.code)),
        );
        let track = track_summary(prog, p);
        row(w.phrases.progress, &escape(&(w.modules_done)(track.done, track.total)));
    }
    let period = match &p.profile.cohort_start {
        Some(start) => (w.phrases.from_to)(&cx.date(start), &cx.date(cx.today)),
        None => (w.phrases.until)(&cx.date(cx.today)),
    };
    row(w.phrases.period, &escape(&period));
    if let Some(r) = ratings {
        let counted: Vec<&GoalRow> = r.rows.iter().filter(|g| !g.removed() && g.latest.is_some()).collect();
        let mut text = r.moments_label(cx);
        if r.chosen.len() > 1 {
            let grown = counted.iter().filter(|g| g.change.is_some_and(|c| c > 0)).count();
            let total = r.rows.iter().filter(|g| !g.removed()).count();
            let _ = write!(text, "; {}", (w.phrases.grown)(grown, total));
        }
        row(w.phrases.self_assessment, &escape(&text));
    }
    out.push_str("</dl>");
}

/// "2.3 Je kent je kwaliteiten" with the goal's number (module.goal) and its text as a sentence.
fn goal_label(g: &GoalRow) -> String {
    format!(
        r#"<span class="r-num">{}</span> <span lang="nl">{}</span>"#,
        g.number_label(),
        escape(&goal_text(g.goal.map_or("", |goal| &*goal.text)))
    )
}

fn questions(out: &mut String, cx: &Context) {
    let w = cx.w;
    let questions: Vec<_> = cx.p.questions.values().filter(|q| q.shared).collect();
    out.push_str(r#"<section class="r-brief">"#);
    cx.heading(out, 1, "r-section-title", w.phrases.questions);
    if questions.is_empty() {
        let _ = write!(out, "<p>{}</p>", w.phrases.no_questions);
    }
    for q in questions {
        item_title(out, &q.title, None);
        paragraph(out, w.body, &q.body);
        paragraph(out, w.ask, &q.ask);
        paragraph(out, w.agreements, &q.agreements);
        files(out, cx, Owner::Item(Collection::Question, q.id.clone()));
        out.push_str("</div>");
    }
    out.push_str("</section>");
}

/// Strengths and development points, each with the participant's own explanation.
fn standing(out: &mut String, cx: &Context, ratings: Option<&Ratings>) {
    let w = cx.w;
    out.push_str(r#"<section class="r-brief r-standing">"#);
    cx.heading(out, 1, "r-section-title", w.phrases.standing);
    let Some(r) = ratings else {
        let _ = write!(out, "<p>{}</p></section>", w.phrases.not_enough_rated);
        return;
    };
    let h = highlights(&r.rows);
    out.push_str(r#"<div class="r-columns">"#);
    for (title, list, development) in
        [(w.highlight_titles[0], &h.strongest, false), (w.highlight_titles[2], &h.development, true)]
    {
        out.push_str("<div>");
        cx.heading(out, 2, "r-sub-title", title);
        if list.is_empty() {
            let _ = write!(out, "<p>{}</p></div>", w.phrases.not_enough_rated);
            continue;
        }
        out.push_str(r#"<ol class="r-goals">"#);
        for g in list.iter() {
            let mut figure = (w.phrases.level)(&figures::level(g.latest));
            if development && let Some(target) = g.target {
                let _ = write!(figure, " · {}", (w.phrases.ambition)(&target.to_string()));
            }
            let _ = write!(out, r#"<li><p>{} <span class="r-meta">({figure})</span></p>"#, goal_label(g));
            if !g.note.is_empty() {
                let _ = write!(out, r#"<p class="r-note">{}</p>"#, escape(&excerpt(&g.note, NOTE_ON_BRIEF)));
            }
            out.push_str("</li>");
        }
        out.push_str("</ol></div>");
    }
    out.push_str("</div></section>");
}

fn shared_actions<'a>(cx: &Context<'a>) -> impl Iterator<Item = &'a Action> {
    cx.p.actions.values().filter(|a| a.shared)
}

/// The shared actions as one table: what, with whom, by when, status.
fn actions(out: &mut String, cx: &Context) {
    let w = cx.w;
    out.push_str(r#"<section class="r-brief">"#);
    cx.heading(out, 1, "r-section-title", w.phrases.actions);
    if shared_actions(cx).next().is_none() {
        let _ = write!(out, "<p>{}</p></section>", w.phrases.no_actions);
        return;
    }
    out.push_str(r#"<table class="r-stack"><thead><tr>"#);
    for heading in w.phrases.action_columns {
        let _ = write!(out, "<th>{heading}</th>");
    }
    out.push_str("</tr></thead><tbody>");
    for a in shared_actions(cx) {
        let due = if a.due.is_empty() { String::new() } else { cx.date(&a.due) };
        let _ = write!(out, "<tr><td>{}</td>", escape(&a.title));
        let c = &w.phrases.action_columns;
        labelled_cells(out, "", &[(c[1], &a.with_whom), (c[2], &due), (c[3], w.status[a.status.position()])]);
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table></section>");
}

/// Table cells that carry their column's heading, which a narrow screen shows beside the value
/// when the table stacks (`report.css`).
fn labelled_cells(out: &mut String, class: &str, cells: &[(&str, &str)]) {
    for (label, value) in cells {
        let _ = write!(out, r#"<td class="{class}" data-label="{}">{}</td>"#, escape(label), escape(value));
    }
}

/// Room for what is agreed, and the signatures.
fn agreements(out: &mut String, cx: &Context) {
    let w = cx.w;
    out.push_str(r#"<section class="r-brief r-agreements">"#);
    cx.heading(out, 1, "r-section-title", w.phrases.agreements_title);
    // What was agreed last time comes first: the conversation goes on from there.
    if let Some((c, r)) = cx.p.latest_reply() {
        cx.heading(out, 2, "r-sub-title", &escape(&(w.phrases.previous_agreements)(&cx.date(c.held()))));
        for (label, text) in w.phrases.agreement_labels.iter().zip([&r.went_well, &r.develop, &r.support]) {
            paragraph(out, label, text);
        }
        let actions: Vec<_> = r.actions.iter().filter(|a| !a.title.trim().is_empty()).collect();
        if !actions.is_empty() {
            let _ = write!(out, r#"<p class="r-label">{}</p><ul>"#, escape(w.phrases.agreed_actions));
            for a in actions {
                let _ = write!(out, "<li>{}", escape(&a.title));
                if !a.due.is_empty() {
                    let _ = write!(
                        out,
                        " ({}: {})",
                        escape(w.phrases.action_columns[2]),
                        escape(&cx.date(&a.due))
                    );
                }
                out.push_str("</li>");
            }
            out.push_str("</ul>");
        }
    }
    let _ = write!(out, "<p>{}</p>", w.phrases.agreements_prompt);
    for _ in 0..3 {
        out.push_str(r#"<div class="r-lines"></div>"#);
    }
    let _ = write!(
        out,
        r#"<div class="r-sign"><div><p>{}</p><div class="r-lines"></div></div><div><p>{}</p><div class="r-lines"></div></div></div></section>"#,
        w.phrases.sign_date, w.phrases.sign_initials
    );
}

/// The start of an appendix section: "Bijlage 1 · Zelfbeoordeling per module".
fn appendix_heading(out: &mut String, cx: &Context, number: &str, title: &str) {
    out.push_str(r#"<section class="r-appendix">"#);
    cx.heading(out, 1, "r-section-title", &format!("{number} · {title}"));
}

fn ratings_per_module(out: &mut String, cx: &Context, r: &Ratings, number: &str) {
    let w = cx.w;
    appendix_heading(out, cx, number, w.phrases.ratings);
    let _ =
        write!(out, "<p>{} {}: {}.</p>", w.phrases.scale, w.phrases.compared, escape(&r.moments_label(cx)));
    let label = |m: &Moment| moment_label(m, w.format_date);
    let first_label = r.first.map(label).unwrap_or_default();
    let latest_label = r.latest.map(label).unwrap_or_default();
    for module in r.programme.modules.iter() {
        let rows: Vec<&GoalRow> =
            r.rows.iter().filter(|g| g.module == module.number && !g.removed()).collect();
        let notes =
            !cx.options.notes_left_out.contains(&module.number) && rows.iter().any(|g| !g.note.is_empty());
        out.push_str(r#"<div class="r-module">"#);
        // Programme content is Dutch whatever the report's language (`lang` marks it).
        cx.heading(
            out,
            2,
            "r-sub-title",
            &format!(r#"{} {}: <span lang="nl">{}</span>"#, w.module, module.number, escape(&module.title)),
        );
        if cx.options.radar {
            let series = [
                Series { label: &first_label, style: SeriesStyle::First, values: levels(&rows, |g| g.first) },
                Series {
                    label: &latest_label,
                    style: SeriesStyle::Latest,
                    values: levels(&rows, |g| g.latest),
                },
                Series {
                    label: w.columns[4],
                    style: SeriesStyle::Target,
                    values: levels(&rows, |g| g.target),
                },
            ];
            let labels: Vec<String> = rows.iter().map(|g| g.number.to_string()).collect();
            let title = format!("{} {}: {}", w.module, module.number, module.title);
            let _ = write!(
                out,
                r#"<div class="r-chart">{}</div>"#,
                radar_svg(&format!("{title}: {}", w.phrases.chart_title), &labels, &series)
            );
        }
        out.push_str(r#"<table class="r-stack"><thead><tr>"#);
        for (i, heading) in w.columns.iter().enumerate() {
            match i {
                0 if notes => {
                    let _ = write!(out, "<th>{}</th>", w.phrases.goal_and_note);
                }
                0 => {
                    let _ = write!(out, "<th>{heading}</th>");
                }
                _ => {
                    let _ = write!(out, r#"<th class="r-n">{heading}</th>"#);
                }
            }
        }
        out.push_str("</tr></thead><tbody>");
        for g in &rows {
            let latest =
                if g.not_applicable { w.not_applicable.to_owned() } else { figures::level(g.latest) };
            let _ = write!(out, "<tr><td>{}", goal_label(g));
            if notes && !g.note.is_empty() {
                let _ = write!(out, r#"<p class="r-note">{}</p>"#, escape(&excerpt(&g.note, NOTE_IN_TABLE)));
            }
            out.push_str("</td>");
            let c = &w.columns;
            labelled_cells(
                out,
                "r-n",
                &[
                    (c[1], &figures::level(g.first)),
                    (c[2], &latest),
                    (c[3], &figures::change(g.change)),
                    (c[4], &figures::level(g.target)),
                ],
            );
            out.push_str("</tr>");
        }
        out.push_str("</tbody></table></div>");
    }
    out.push_str("</section>");
}

fn has_details(p: &Portfolio, a: &Action) -> bool {
    [&a.why, &a.success, &a.happened, &a.learned].iter().any(|t| !t.trim().is_empty())
        || !p.shared_attachments(&Owner::Item(Collection::Action, a.id.clone())).is_empty()
}

/// Why each shared action, how its success shows, and its review.
fn action_details(out: &mut String, cx: &Context, number: &str) {
    let (w, a_w) = (cx.w, &cx.w.action_fields);
    appendix_heading(out, cx, number, w.phrases.action_details);
    for a in shared_actions(cx).filter(|a| has_details(cx.p, a)) {
        item_title(out, &a.title, Some(w.status[a.status.position()]));
        paragraph(out, a_w.why, &a.why);
        paragraph(out, a_w.success, &a.success);
        paragraph(out, w.action_happened, &a.happened);
        paragraph(out, w.learned, &a.learned);
        files(out, cx, Owner::Item(Collection::Action, a.id.clone()));
        out.push_str("</div>");
    }
    out.push_str("</section>");
}

/// Whether the participant shares any of Mijn Why, 360-feedback, reflections or intervision.
fn shares_items(p: &Portfolio) -> bool {
    p.why.shared
        || p.feedback.values().any(|f| f.shared)
        || p.journal.values().any(|j| j.shared)
        || p.intervisions.values().any(|i| i.shared)
}

/// Mijn Why, 360-feedback, reflections and intervision: whatever the participant shared.
fn shared(out: &mut String, cx: &Context, number: &str) {
    let (p, w) = (cx.p, cx.w);
    appendix_heading(out, cx, number, w.phrases.shared);
    let mut any = false;
    if p.why.shared {
        any = true;
        cx.heading(out, 2, "r-sub-title", w.why);
        out.push_str(r#"<div class="r-item">"#);
        for (label, text) in w.why_fields.iter().zip(p.why.texts()) {
            paragraph(out, label, text);
        }
        files(out, cx, Owner::Why);
        out.push_str("</div>");
    }
    any |= shared_group(out, cx, w.phrases.feedback, p.feedback.values().filter(|f| f.shared), |out, f| {
        item_title(out, &f.title, Some(w.behaviour_columns[f.column.position()]));
        paragraph(out, w.behaviour, &f.body);
        files(out, cx, Owner::Item(Collection::Feedback, f.id.clone()));
    });
    any |= shared_group(out, cx, w.phrases.reflections, p.journal.values().filter(|j| j.shared), |out, j| {
        item_title(out, &j.title, None);
        if !j.date.is_empty() {
            paragraph(out, w.date, &cx.date(&j.date));
        }
        paragraph(out, w.happened, &j.body);
        paragraph(out, w.learned, &j.learned);
        paragraph(out, w.differently, &j.differently);
        files(out, cx, Owner::Item(Collection::Journal, j.id.clone()));
    });
    any |= shared_group(
        out,
        cx,
        w.phrases.intervision,
        p.intervisions.values().filter(|i| i.shared),
        |out, i| {
            item_title(out, &i.title, None);
            paragraph(out, w.insights, &i.learned);
            files(out, cx, Owner::Item(Collection::Intervision, i.id.clone()));
        },
    );
    if !any {
        let _ = write!(out, "<p>{}</p>", w.phrases.nothing_shared);
    }
    out.push_str("</section>");
}

/// The shared worksheets, oldest first, each with its answers, tables and picture. A team
/// scan's development shows under the latest shared one, drawn from the shared ones only.
fn worksheets(out: &mut String, cx: &Context, programme: &str, number: &str) {
    use super::sheet_html::{Mode, Render, sheet_html};
    use super::worksheet::{Worksheet, by_date, over_time, sheet};
    appendix_heading(out, cx, number, cx.w.phrases.worksheets);
    let shared: Vec<&Worksheet> = by_date(cx.p.worksheets.values().filter(|ws| ws.shared));
    for (i, ws) in shared.iter().enumerate() {
        match sheet(&ws.sheet) {
            Some(s) => {
                let later = shared[i + 1..].iter().any(|w| w.sheet == ws.sheet);
                let history = if later { None } else { over_time(s, &shared, programme) };
                let render = Render {
                    sheet: s,
                    worksheet: Some(ws),
                    programme,
                    mode: Mode::Answers,
                    history: history.as_ref(),
                    level: (cx.top + 2).min(6),
                };
                out.push_str(&sheet_html(&render, cx.w.sheet));
            }
            None => {
                item_title(out, &ws.sheet, None);
                for (_, text) in ws.removed_answers(None) {
                    let _ = write!(out, "<p>{}</p>", escape(&text));
                }
                out.push_str("</div>");
            }
        }
        files(out, cx, Owner::Item(Collection::Worksheet, ws.id.clone()));
    }
    out.push_str("</section>");
}

/// One group of shared items under its heading, each closed after `write`; nothing (and
/// `false`) when there are none.
/// The shared files of `owner`: name, kind, size and date of each; a photo in `cx.images` is
/// shown in the report itself, the others are said to come apart.
fn files(out: &mut String, cx: &Context, owner: Owner) {
    let (w, files) = (cx.w, cx.p.shared_attachments(&owner));
    if files.is_empty() {
        return;
    }
    let _ = write!(out, r#"<div class="r-files"><p class="r-label">{}</p><ul>"#, w.phrases.files);
    let mut apart = false;
    for a in &files {
        let kind = w.phrases.file_kinds[a.kind()];
        let size = super::figures::size(f64::from(a.size), w.decimal_separator);
        let _ = write!(
            out,
            "<li>{} <span class=\"r-meta\">({kind}, {size}, {})</span>",
            escape(&a.name),
            cx.date(&a.date)
        );
        let image = cx.images.and_then(|images| images.iter().find(|(sha, _)| *sha == a.sha256));
        match image.map(|(_, data)| data).filter(|_| a.is_image()) {
            Some(data) => {
                let _ =
                    write!(out, r#"<img class="r-image" src="{}" alt="{}">"#, escape(data), escape(&a.name));
            }
            None => apart = true,
        }
        out.push_str("</li>");
    }
    out.push_str("</ul>");
    if apart {
        let _ = write!(out, r#"<p class="r-note">{}</p>"#, w.phrases.files_apart);
    }
    out.push_str("</div>");
}

fn shared_group<'a, T: 'a>(
    out: &mut String,
    cx: &Context,
    heading: &str,
    items: impl Iterator<Item = &'a T>,
    write: impl Fn(&mut String, &T),
) -> bool {
    let mut items = items.peekable();
    if items.peek().is_none() {
        return false;
    }
    cx.heading(out, 2, "r-sub-title", heading);
    for item in items {
        write(out, item);
        out.push_str("</div>");
    }
    true
}

/// The report as one self-contained HTML file: no scripts, no external requests. `css` is
/// `style/report.css`, which the app links (and reads back from the page to inline it here), so
/// that the file looks and prints as the preview does.
pub fn document(fragment: &str, title: &str, lang: &str, css: &str) -> String {
    format!(
        r#"<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"><title>{}</title><style>body{{margin:1.5rem;background:#fff}}@media print{{body{{margin:0}}}}{}</style></head><body>{fragment}</body></html>"#,
        escape(title),
        css.replace("</", "<\\/")
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
    const CSS: &str = include_str!("../../style/report.css");

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
                Rating {
                    level: Some(level),
                    target: Some(5),
                    note: format!("Toelichting {id}"),
                    ..Default::default()
                },
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
            Question {
                title: "Bespreekvraag".into(),
                shared: true,
                ask: "Ruimte om te oefenen".into(),
                ..Default::default()
            },
        );
        p.questions.insert("q2".into(), Question { title: "GEHEIME vraag".into(), ..Default::default() });
        p.why.drivers = "GEHEIME drijfveer".into();
        p
    }

    fn build(options: &Options) -> String {
        let p = sample();
        let blg = Catalog::embedded().programme("blg");
        let words = crate::i18n::Locale::Nl.texts().report_words();
        document(
            &fragment(&p, blg, options, "2026-11-30", &words, Placement::Document),
            "Ontwikkelgesprek",
            words.phrases.lang,
            CSS,
        )
    }

    #[test]
    fn shared_files_are_listed_under_their_item_and_photos_go_in_only_when_given() {
        use crate::domain::attachments::{Attachment, FileFacts};
        let mut p = sample();
        for id in ["shared", "private"] {
            p.journal.get_mut(id).unwrap().id = id.into(); // as every stored item has
        }
        let file = |name: &str, media_type: &str, sha: char| FileFacts {
            name: name.into(),
            media_type: media_type.into(),
            size: 1_234_567,
            sha256: sha.to_string().repeat(64),
            crc32: 0,
        };
        let shared = Owner::Item(Collection::Journal, "shared".into());
        let private = Owner::Item(Collection::Journal, "private".into());
        let rating = Owner::Rating { moment: "a".into(), goal: "blg.m1.g1".into() };
        let mut put = |id: &str, owner: &Owner, facts: FileFacts, excluded: bool| {
            let a = Attachment { excluded, ..Attachment::new(id.into(), owner, facts, 1, "2026-11-02") };
            p.attachments.insert(id.into(), a);
        };
        put("f1", &shared, file("<b>360.pdf", "application/pdf", 'a'), false);
        put("f2", &shared, file("flip.png", "image/png", 'b'), false);
        put("f3", &shared, file("GEHEIM-uitgesloten.pdf", "application/pdf", 'c'), true);
        put("f4", &private, file("GEHEIM-prive.pdf", "application/pdf", 'd'), false);
        put("f5", &rating, file("GEHEIM-score.pdf", "application/pdf", 'e'), false);
        let blg = Catalog::embedded().programme("blg");
        let words = crate::i18n::Locale::Nl.texts().report_words();
        let html = fragment(&p, blg, &Options::default(), "2026-11-30", &words, Placement::Document);
        assert!(!html.contains("GEHEIM"), "only shared files of shared items");
        assert!(html.contains("_b_360.pdf <span class=\"r-meta\">(PDF, 1,2 MB, 2 november 2026)</span>"));
        assert!(html.contains("flip.png <span class=\"r-meta\">(foto, 1,2 MB, 2 november 2026)</span>"));
        assert!(html.contains("Deze bestanden stuurt de deelnemer apart mee."));
        assert!(!html.contains("<img"));
        let images: Images = vec![("b".repeat(64), "data:image/png;base64,AAAA".to_owned())];
        let with = fragment_with_images(
            &p,
            blg,
            &Options::default(),
            "2026-11-30",
            &words,
            Placement::Document,
            Some(&images),
        );
        assert!(with.contains(r#"<img class="r-image" src="data:image/png;base64,AAAA" alt="flip.png">"#));
        assert!(with.contains("apart mee"), "the PDF still comes apart");
    }

    #[test]
    fn nothing_private_gets_in() {
        let html = build(&Options::default());
        for secret in ["GEHEIM", "GEHEIME"] {
            assert!(!html.contains(secret), "{secret} leaked");
        }
        for shared in [
            "Gedeelde actie",
            "Bespreekvraag",
            "Afspraken",
            r#"Module 1: <span lang="nl">Ik en mijzelf</span>"#,
        ] {
            assert!(html.contains(shared), "{shared} missing");
        }
        assert!(html.contains(
            r#"<td class="r-n" data-label="Eerste">2</td><td class="r-n" data-label="Laatste">4</td><td class="r-n" data-label="Verandering">+2</td><td class="r-n" data-label="Ambitie">5</td>"#
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
            &fragment(&sample(), blg, &Options::default(), "2026-11-30", &words, Placement::Document),
            "x",
            words.phrases.lang,
            CSS,
        );
        assert!(
            html.contains(r#"<html lang="en">"#) && html.contains(r#"<article class="report" lang="en">"#)
        );
        assert!(
            html.contains("Accountability – where I stand") && html.contains("Self-assessment per module")
        );
        assert!(html.contains("30 November 2026"), "dates in English");
        assert!(html.contains(r#"Module 1: <span lang="nl">Ik en mijzelf</span>"#), "content marked Dutch");
        for dutch in ["Rekenschap", "Leerdoel", "Afspraken", "tot en met"] {
            assert!(!html.contains(dutch), "{dutch} in the English report");
        }
    }

    #[test]
    fn sections_can_be_left_out() {
        let html = build(&Options { ratings: false, actions: false, ..Options::default() });
        assert!(!html.contains("Zelfbeoordeling per module"));
        assert!(!html.contains("Gedeelde actie"));
        assert!(html.contains("Bespreekvraag"));
    }

    #[test]
    fn page_one_is_the_brief_and_the_ratings_follow_in_the_appendix() {
        let html = build(&Options::default());
        let at = |text: &str| html.find(text).unwrap_or_else(|| panic!("{text} missing"));
        // Questions with what is asked, where the participant stands, the actions, room for
        // agreements; then the appendix.
        assert!(at("Bespreekvraag") < at("Ruimte om te oefenen"));
        assert!(at("Ruimte om te oefenen") < at("Rekenschap – waar ik nu sta"));
        assert!(at("Rekenschap – waar ik nu sta") < at("Resultaat – acties"));
        assert!(at("Resultaat – acties") < at("Afspraken"));
        assert!(at("Afspraken") < at("Bijlage 1 · Zelfbeoordeling per module"));
        assert!(at("Bijlage 1") < at("Bijlage 2 · Acties: waarom en terugblik"));
        assert!(at("Bijlage 2") < at("Bijlage 3 · Relatie en ruimte"));
        // The strongest goal with the participant's latest explanation and its number.
        let brief = &html[..at("Bijlage 1")];
        assert!(brief.contains(r#"<span class="r-num">1.1</span>"#));
        assert!(brief.contains("Toelichting b") && !brief.contains("Toelichting a"));
        assert!(html.contains("1 van 5 modules") || html.contains("0 van 5 modules afgerond"));
        assert!(html.contains("op 1 van de 28 leerdoelen gegroeid"));
    }

    #[test]
    fn in_the_app_the_report_has_no_h1_of_its_own() {
        let p = sample();
        let blg = Catalog::embedded().programme("blg");
        let words = crate::i18n::Locale::Nl.texts().report_words();
        let in_page = fragment(&p, blg, &Options::default(), "2026-11-30", &words, Placement::InPage);
        assert!(!in_page.contains("<h1") && in_page.contains(r#"<h3 class="r-title">"#));
        assert!(build(&Options::default()).matches("<h1").count() == 1);
    }

    #[test]
    fn radar_and_explanations_are_chosen_per_module() {
        let plain = build(&Options::default());
        assert!(!plain.contains("<svg"), "no radar unless chosen");
        let appendix = |html: &str| html[html.find("Bijlage 1").unwrap()..].to_owned();
        assert!(appendix(&plain).contains(r#"<p class="r-note">Toelichting b</p>"#));
        let chosen = build(&Options { radar: true, notes_left_out: vec![1], ..Options::default() });
        assert_eq!(chosen.matches(r#"<svg"#).count(), 5);
        assert!(!appendix(&chosen).contains("r-note"), "module 1's explanations left out");
    }
}
