//! The participant's portfolio: everything they enter, as plain data.
//!
//! One [`Portfolio`] holds it all. On disk it is split into records (see [`super::records`]) so
//! that a small edit writes a small record; in files (fixtures, backups) it is one document: the
//! portfolio's JSON object with a `schema` field in front ([`Portfolio::to_document_json`]).

use super::content_model::{Module, Programme};
use super::items::{Action, FeedbackItem, Intervision, Question, Source, Why};
use super::keyed::Keyed;

/// The version of the stored format. Raise it together with a step in [`super::migrate`] and a
/// fixture `tests/fixtures/portfolio/v<N>.json`.
pub const SCHEMA_VERSION: u32 = 1;

pub use super::dates::Millis;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Portfolio {
    pub profile: Profile,
    /// Status per module ID (`blg.m3`), for every programme the participant has looked at.
    pub progress: Keyed<ModuleStatus>,
    pub settings: Settings,
    /// Reflection journal entries by ID.
    pub journal: Keyed<JournalEntry>,
    /// Self-assessment moments (meetmomenten) by ID.
    pub moments: Keyed<Moment>,
    /// 360-feedback canvas items by ID.
    pub feedback: Keyed<FeedbackItem>,
    pub actions: Keyed<Action>,
    /// Learning questions (leeropgaven) by ID.
    pub questions: Keyed<Question>,
    pub intervisions: Keyed<Intervision>,
    pub why: Why,
    /// Attached files by ID (their descriptions; the bytes are kept apart, by SHA-256).
    pub attachments: Keyed<super::attachments::Attachment>,
    /// Filled-in worksheets by ID.
    pub worksheets: Keyed<super::worksheet::Worksheet>,
    /// Conversations sent to the manager, and their replies, by conversation ID.
    pub conversations: Keyed<super::conversations::Conversation>,
}

/// Who the participant is. Every field may stay empty: onboarding can be skipped.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Profile {
    pub name: String,
    /// Role or function (functie).
    pub role: String,
    /// Ministry or organisation (ministerie/dienst).
    pub organisation: String,
    pub manager: String,
    /// The programme ID (`blg`, `smec`) the participant follows, if chosen.
    pub programme: Option<String>,
    /// Start date of the cohort, `YYYY-MM-DD`.
    pub cohort_start: Option<String>,
}

/// One field of the profile, for forms that edit it field by field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProfileField {
    Name,
    Role,
    Organisation,
    Manager,
    Programme,
    CohortStart,
}

impl Profile {
    /// Sets a field from form input. Surrounding space is kept while typing, but an empty or
    /// blank programme or date means "none".
    pub fn set(&mut self, field: ProfileField, value: String) {
        let optional = |v: String| (!v.trim().is_empty()).then(|| v.trim().to_owned());
        match field {
            ProfileField::Name => self.name = value,
            ProfileField::Role => self.role = value,
            ProfileField::Organisation => self.organisation = value,
            ProfileField::Manager => self.manager = value,
            ProfileField::Programme => self.programme = optional(value),
            ProfileField::CohortStart => self.cohort_start = optional(value),
        }
    }

    pub fn get(&self, field: ProfileField) -> &str {
        match field {
            ProfileField::Name => &self.name,
            ProfileField::Role => &self.role,
            ProfileField::Organisation => &self.organisation,
            ProfileField::Manager => &self.manager,
            ProfileField::Programme => self.programme.as_deref().unwrap_or(""),
            ProfileField::CohortStart => self.cohort_start.as_deref().unwrap_or(""),
        }
    }
}

/// Where the participant is with a module, as they set it themselves.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum ModuleStatus {
    #[default]
    NotStarted,
    InProgress,
    Done,
}

impl ModuleStatus {
    pub const ALL: [ModuleStatus; 3] =
        [ModuleStatus::NotStarted, ModuleStatus::InProgress, ModuleStatus::Done];

    /// The name used in stored JSON.
    pub const fn code(self) -> &'static str {
        match self {
            ModuleStatus::NotStarted => "not_started",
            ModuleStatus::InProgress => "in_progress",
            ModuleStatus::Done => "done",
        }
    }

    pub fn from_code(code: &str) -> Option<ModuleStatus> {
        ModuleStatus::ALL.into_iter().find(|s| s.code() == code)
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Settings {
    /// When the participant last downloaded a backup file.
    pub last_backup: Option<Millis>,
    /// Whether the browser was already asked to keep this site's storage persistent.
    pub persistence_requested: bool,
}

/// A reflection: what happened, what I learned, what I will do differently.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct JournalEntry {
    pub id: String,
    pub created: Millis,
    pub updated: Millis,
    /// The module it belongs to (`blg.m1`), or none for a general reflection.
    pub module: Option<String>,
    pub title: String,
    /// What happened.
    pub body: String,
    /// Learning goal IDs it relates to.
    pub goals: Vec<String>,
    /// The day it is about, `YYYY-MM-DD`.
    pub date: String,
    /// What I learned.
    pub learned: String,
    /// What I will do differently.
    pub differently: String,
    /// A training moment, a praktijkopdracht or intervision.
    pub source: Option<Source>,
    /// Shared with the manager in a later export; private by default.
    pub shared: bool,
}

/// A dated self-assessment against the learning goals.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Moment {
    pub id: String,
    pub name: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// The programme whose goals are rated (`blg`, `smec`).
    pub programme: String,
    /// When it was started; orders moments of the same date.
    pub created: Millis,
    /// A closed moment is kept as it was; changing it takes an explicit action.
    pub closed: bool,
    /// Rating per learning goal ID.
    pub ratings: Keyed<Rating>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rating {
    /// 1–5, or none when not (yet) rated.
    pub level: Option<u8>,
    /// "n.v.t.": the goal does not apply to the participant's function.
    pub not_applicable: bool,
    pub note: String,
    pub target: Option<u8>,
}

/// How much the portfolio holds, for the dashboard.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub journal: usize,
    pub moments: usize,
    pub feedback: usize,
    pub actions: usize,
    pub questions: usize,
    pub intervisions: usize,
    pub worksheets: usize,
}

impl Portfolio {
    pub fn status(&self, module_id: &str) -> ModuleStatus {
        self.progress.get(module_id).copied().unwrap_or_default()
    }

    /// Sets a module's status; "not started" is the default and is not stored.
    pub fn set_status(&mut self, module_id: &str, status: ModuleStatus) {
        if status == ModuleStatus::NotStarted {
            self.progress.remove(module_id);
        } else {
            self.progress.insert(module_id.to_owned(), status);
        }
    }

    /// Whether the participant has made anything a backup would save: a rating moment, a
    /// portfolio entry, a text of "Mijn Why" or a module's status. A profile alone is quickly
    /// typed again, so it does not count.
    pub fn has_own_work(&self) -> bool {
        let c = self.counts();
        c.journal + c.moments + c.feedback + c.actions + c.questions + c.intervisions > 0
            || !self.progress.is_empty()
            || self.why.texts().iter().any(|t| !t.trim().is_empty())
    }

    pub fn counts(&self) -> Counts {
        Counts {
            journal: self.journal.len(),
            moments: self.moments.len(),
            feedback: self.feedback.len(),
            actions: self.actions.len(),
            questions: self.questions.len(),
            intervisions: self.intervisions.len(),
            worksheets: self.worksheets.len(),
        }
    }

    /// The whole portfolio as one JSON document, `{"schema":N, "profile":…, …}`, as fixtures and
    /// backups hold it. Reading it back is [`super::migrate::read_document`]; a portfolio
    /// ignores the `schema` field.
    pub fn to_document_json(&self) -> String {
        let body = super::encode::to_json(self);
        // A portfolio is always written as a non-empty object: `{"profile":…}`.
        format!("{{\"schema\":{SCHEMA_VERSION},{}", &body[1..])
    }
}

/// Where a participant stands in their programme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TrackSummary<'a> {
    pub done: usize,
    pub in_progress: usize,
    pub total: usize,
    /// The module to work on now: the first one (in track order) that is not done.
    pub next: Option<&'a Module>,
}

pub fn track_summary<'a>(programme: &'a Programme, portfolio: &Portfolio) -> TrackSummary<'a> {
    let status = |m: &Module| portfolio.status(&m.id);
    TrackSummary {
        done: programme.modules.iter().filter(|m| status(m) == ModuleStatus::Done).count(),
        in_progress: programme.modules.iter().filter(|m| status(m) == ModuleStatus::InProgress).count(),
        total: programme.modules.len(),
        next: programme.modules.iter().find(|m| status(m) != ModuleStatus::Done),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Catalog;

    #[test]
    fn own_work_is_anything_but_the_profile() {
        let mut p = Portfolio::default();
        p.profile.name = "Robin".into();
        assert!(!p.has_own_work());
        p.why.drivers = "Trots op het werk".into();
        assert!(p.has_own_work());
        let mut q = Portfolio::default();
        q.set_status("blg.m1", ModuleStatus::InProgress);
        assert!(q.has_own_work());
    }

    #[test]
    fn not_started_is_the_default_and_is_not_stored() {
        let mut p = Portfolio::default();
        assert_eq!(p.status("blg.m1"), ModuleStatus::NotStarted);
        p.set_status("blg.m1", ModuleStatus::Done);
        assert_eq!(p.status("blg.m1"), ModuleStatus::Done);
        p.set_status("blg.m1", ModuleStatus::NotStarted);
        assert!(p.progress.is_empty());
    }

    #[test]
    fn next_module_is_the_first_that_is_not_done() {
        let blg = Catalog::embedded().programme("blg").unwrap();
        let mut p = Portfolio::default();
        let s = track_summary(blg, &p);
        assert_eq!((s.done, s.in_progress, s.total), (0, 0, 5));
        assert_eq!(s.next.map(|m| m.number), Some(1));

        p.set_status("blg.m1", ModuleStatus::Done);
        p.set_status("blg.m3", ModuleStatus::InProgress);
        let s = track_summary(blg, &p);
        assert_eq!((s.done, s.in_progress), (1, 1));
        assert_eq!(s.next.map(|m| m.number), Some(2), "module 2 was skipped, so it comes first");

        for m in blg.modules.iter() {
            p.set_status(&m.id, ModuleStatus::Done);
        }
        let s = track_summary(blg, &p);
        assert_eq!((s.done, s.next), (5, None));
    }

    #[test]
    fn progress_of_one_programme_does_not_touch_the_other() {
        let catalog = Catalog::embedded();
        let mut p = Portfolio::default();
        p.set_status("blg.m1", ModuleStatus::Done);
        p.profile.programme = Some("smec".into());
        assert_eq!(track_summary(catalog.programme("smec").unwrap(), &p).done, 0);
        p.profile.programme = Some("blg".into());
        assert_eq!(track_summary(catalog.programme("blg").unwrap(), &p).done, 1, "switching keeps data");
    }

    #[test]
    fn profile_fields_from_form_input() {
        let mut p = Profile::default();
        p.set(ProfileField::Name, "  Sam ".into());
        assert_eq!(p.get(ProfileField::Name), "  Sam ");
        p.set(ProfileField::Programme, "smec".into());
        assert_eq!(p.programme.as_deref(), Some("smec"));
        p.set(ProfileField::Programme, String::new());
        assert_eq!(p.programme, None);
        p.set(ProfileField::CohortStart, "2026-09-07".into());
        assert_eq!(p.get(ProfileField::CohortStart), "2026-09-07");
        p.set(ProfileField::CohortStart, " ".into());
        assert_eq!(p.cohort_start, None);
    }

    #[test]
    fn document_round_trips_through_json() {
        let mut p = Portfolio::default();
        p.profile.name = "Sam de Vries".into();
        p.set_status("smec.m2", ModuleStatus::InProgress);
        p.journal.insert(
            "j1".into(),
            JournalEntry { id: "j1".into(), title: "<b>Eerste</b>".into(), ..Default::default() },
        );
        let json = p.to_document_json();
        assert!(json.starts_with(&format!("{{\"schema\":{SCHEMA_VERSION},\"profile\":{{")));
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(value["schema"], SCHEMA_VERSION);
        let back = super::super::migrate::read_document(&json).unwrap();
        assert_eq!(back, p);
    }
}
