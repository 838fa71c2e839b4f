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
