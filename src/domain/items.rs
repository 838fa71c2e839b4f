//! The development portfolio's items besides ratings: reflections, 360-feedback canvas items,
//! actions and experiments, learning questions (leeropgaven), intervision notes, and "Mijn Why".
//!
//! Each kind has its own typed record; [`Entry`] gives one uniform view of all of them for
//! listing, filtering and searching.

use serde::{Deserialize, Serialize};

use super::portfolio::{Millis, Portfolio};

/// Where a reflection's learning came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    Training,
    Assignment,
    Intervision,
}

impl Source {
    pub const ALL: [Source; 3] = [Source::Training, Source::Assignment, Source::Intervision];

    /// The name used in stored JSON and in forms.
    pub const fn code(self) -> &'static str {
        match self {
            Source::Training => "training",
            Source::Assignment => "assignment",
            Source::Intervision => "intervision",
        }
    }

    pub fn from_code(code: &str) -> Option<Source> {
        Source::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// The four columns of the 360-feedback canvas.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Column {
    #[default]
    Continue,
    Develop,
    Dose,
    LetGo,
}

impl Column {
    pub const ALL: [Column; 4] = [Column::Continue, Column::Develop, Column::Dose, Column::LetGo];

    /// The name used in stored JSON and in forms.
    pub const fn code(self) -> &'static str {
        match self {
            Column::Continue => "continue",
            Column::Develop => "develop",
            Column::Dose => "dose",
            Column::LetGo => "let_go",
        }
    }

    pub fn from_code(code: &str) -> Option<Column> {
        Column::ALL.into_iter().find(|c| c.code() == code)
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionStatus {
    #[default]
    Planned,
    Doing,
    Done,
    Stopped,
}

impl ActionStatus {
    pub const ALL: [ActionStatus; 4] =
        [ActionStatus::Planned, ActionStatus::Doing, ActionStatus::Done, ActionStatus::Stopped];

    /// The name used in stored JSON and in forms.
    pub const fn code(self) -> &'static str {
        match self {
            ActionStatus::Planned => "planned",
            ActionStatus::Doing => "doing",
            ActionStatus::Done => "done",
            ActionStatus::Stopped => "stopped",
        }
    }

    pub fn from_code(code: &str) -> Option<ActionStatus> {
        ActionStatus::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// One outcome of 360-degree feedback (or a similar analysis), turned into behaviour.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct FeedbackItem {
    pub id: String,
    pub created: Millis,
    pub updated: Millis,
    /// The outcome, in the participant's words.
    pub title: String,
    pub column: Column,
    /// The concrete behaviour.
    pub body: String,
    pub module: Option<String>,
    pub goals: Vec<String>,
    pub shared: bool,
}

/// An action or experiment to take back into practice.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Action {
    pub id: String,
    pub created: Millis,
    pub updated: Millis,
    /// What I will do.
    pub title: String,
    pub why: String,
    pub with_whom: String,
    /// By when, `YYYY-MM-DD`, or empty.
    pub due: String,
    /// How I will know it worked.
    pub success: String,
    pub status: ActionStatus,
    /// Review: what happened.
    pub happened: String,
    /// Review: what I learned.
    pub learned: String,
    pub module: Option<String>,
    pub goals: Vec<String>,
    pub shared: bool,
    /// The 360-feedback item it came from, if any.
    pub from_feedback: Option<String>,
}

/// A learning question (leeropgave) for the development conversation with the manager.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Question {
    pub id: String,
    pub created: Millis,
    pub updated: Millis,
    pub title: String,
    pub body: String,
    /// To be discussed in the ontwikkelgesprek.
    pub discuss: bool,
    /// What was agreed in that conversation.
    pub agreements: String,
    pub module: Option<String>,
    pub goals: Vec<String>,
    pub shared: bool,
}

/// Notes of one intervision meeting.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Intervision {
    pub id: String,
    pub created: Millis,
    pub updated: Millis,
    /// Date of the meeting, `YYYY-MM-DD`.
    pub date: String,
    /// The case brought in.
    pub title: String,
    pub body: String,
    /// The insights for me.
    pub learned: String,
    pub module: Option<String>,
    pub goals: Vec<String>,
    pub shared: bool,
}

/// "Mijn Why": drivers, values, what strengthens and what holds back; SMEC's ambition questions.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Why {
    pub drivers: String,
    pub strengthens: String,
    pub holds_back: String,
    pub ambition_where: String,
    pub ambition_impact: String,
    pub ambition_role: String,
    pub ambition_path: String,
    pub shared: bool,
}

/// The kinds of portfolio entries, in the order the portfolio shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Reflection,
    Feedback,
    Action,
    Question,
    Intervision,
}

impl Kind {
    pub const ALL: [Kind; 5] =
        [Kind::Reflection, Kind::Feedback, Kind::Action, Kind::Question, Kind::Intervision];

    /// The URL and storage segment: `/portfolio/<segment>/<id>`, `leerpad:<segment>:<id>`.
    /// Its place in [`Kind::ALL`] (interface tables are ordered the same way).
    pub fn position(self) -> usize {
        Kind::ALL.iter().position(|k| *k == self).unwrap_or(0)
    }

    pub fn segment(self) -> &'static str {
        match self {
            Kind::Reflection => "journal",
            Kind::Feedback => "feedback",
            Kind::Action => "action",
            Kind::Question => "question",
            Kind::Intervision => "intervision",
        }
    }

    pub fn from_segment(segment: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.segment() == segment)
    }
}

/// One entry of any kind, as lists and search see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub kind: Kind,
    pub id: String,
    pub title: String,
    /// A date to sort and show: the entry's own date, else the day it was created.
    pub sort_key: (String, Millis),
    pub module: Option<String>,
    pub goals: Vec<String>,
    pub shared: bool,
    /// For actions: their status.
    pub status: Option<ActionStatus>,
    /// All its text, folded for searching (see [`fold`]).
    pub text: String,
}

fn join(parts: &[&str]) -> String {
    parts.iter().filter(|p| !p.is_empty()).copied().collect::<Vec<_>>().join("\n")
}

impl Portfolio {
    /// Every portfolio entry, newest first.
    pub fn entries(&self) -> Vec<Entry> {
        let mut out = Vec::new();
        let entry = |kind,
                     id: &str,
                     title: &str,
                     date: &str,
                     created,
                     module: &Option<String>,
                     goals: &[String],
                     shared,
                     text: String| Entry {
            kind,
            id: id.to_owned(),
            title: title.to_owned(),
            sort_key: (date.to_owned(), created),
            module: module.clone(),
            goals: goals.to_vec(),
            shared,
            status: None,
            text: fold(&text),
        };
        for j in self.journal.values() {
            let text = join(&[&j.title, &j.body, &j.learned, &j.differently]);
            out.push(entry(
                Kind::Reflection,
                &j.id,
                &j.title,
                &j.date,
                j.created,
                &j.module,
                &j.goals,
                j.shared,
                text,
            ));
        }
        for f in self.feedback.values() {
            out.push(entry(
                Kind::Feedback,
                &f.id,
                &f.title,
                "",
                f.created,
                &f.module,
                &f.goals,
                f.shared,
                join(&[&f.title, &f.body]),
            ));
        }
        for a in self.actions.values() {
            let text = join(&[&a.title, &a.why, &a.with_whom, &a.success, &a.happened, &a.learned]);
            let mut e =
                entry(Kind::Action, &a.id, &a.title, &a.due, a.created, &a.module, &a.goals, a.shared, text);
            e.status = Some(a.status);
            out.push(e);
        }
        for q in self.questions.values() {
            let text = join(&[&q.title, &q.body, &q.agreements]);
            out.push(entry(
                Kind::Question,
                &q.id,
                &q.title,
                "",
                q.created,
                &q.module,
                &q.goals,
                q.shared,
                text,
            ));
        }
        for i in self.intervisions.values() {
            let text = join(&[&i.title, &i.body, &i.learned]);
            out.push(entry(
                Kind::Intervision,
                &i.id,
                &i.title,
                &i.date,
                i.created,
                &i.module,
                &i.goals,
                i.shared,
                text,
            ));
        }
        out.sort_by(|a, b| b.sort_key.cmp(&a.sort_key).then_with(|| a.id.cmp(&b.id)));
        out
    }
}

/// What the participant filters the portfolio on. Empty means "everything".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub kind: Option<Kind>,
    /// Module ID (`blg.m1`).
    pub module: Option<String>,
    /// Goal ID (`blg.m1.g3`).
    pub goal: Option<String>,
    /// Only actions with this status.
    pub status: Option<ActionStatus>,
    /// Words that must all occur, ignoring case and accents.
    pub text: String,
}

/// Lower case without the accents Dutch uses, so "creeert" finds "creëert".
pub fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ä' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            c => c,
        })
        .collect()
}

impl Filter {
    pub fn matches(&self, entry: &Entry) -> bool {
        self.matches_words(&fold(&self.text), entry)
    }

    /// [`Filter::matches`] with the search words already folded (once for a whole list).
    fn matches_words(&self, words: &str, entry: &Entry) -> bool {
        let haystack = &entry.text;
        self.kind.is_none_or(|k| k == entry.kind)
            && self.module.as_ref().is_none_or(|m| {
                entry.module.as_ref() == Some(m)
                    || entry.goals.iter().any(|g| g.starts_with(&format!("{m}.")))
            })
            && self.goal.as_ref().is_none_or(|g| entry.goals.contains(g))
            && self.status.is_none_or(|s| entry.status == Some(s))
            && words.split_whitespace().all(|w| haystack.contains(w))
    }

    pub fn apply(&self, entries: Vec<Entry>) -> Vec<Entry> {
        entries.into_iter().filter(|e| self.matches(e)).collect()
    }
}

/// One line of the portfolio overview.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub entry: Entry,
    /// An action past its due date (see [`is_overdue`]).
    pub overdue: bool,
}

impl Row {
    /// What identifies the line as shown: a list re-renders a line only when this changes.
    pub fn shown_as(&self) -> (Kind, String, String, String, Option<String>, bool, bool) {
        let e = &self.entry;
        (
            e.kind,
            e.id.clone(),
            e.title.clone(),
            e.sort_key.0.clone(),
            e.module.clone(),
            e.shared,
            self.overdue,
        )
    }
}

/// The portfolio overview: how many entries there are, and those that pass the filter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Listing {
    pub total: usize,
    pub rows: Vec<Row>,
}

impl Portfolio {
    /// The overview of `entries` (this portfolio's [`Portfolio::entries`], computed once per
    /// change) for `filter`, newest first, with overdue actions marked as of `today`.
    pub fn listing(&self, entries: &[Entry], filter: &Filter, today: &str) -> Listing {
        let words = fold(&filter.text);
        let rows = entries
            .iter()
            .filter(|e| filter.matches_words(&words, e))
            .cloned()
            .map(|entry| {
                let overdue = entry.kind == Kind::Action
                    && self.actions.get(&entry.id).is_some_and(|a| is_overdue(a, today));
                Row { entry, overdue }
            })
            .collect();
        Listing { total: entries.len(), rows }
    }
}

/// An action is overdue when it has a due date before today and is neither done nor stopped.
pub fn is_overdue(action: &Action, today: &str) -> bool {
    matches!(action.status, ActionStatus::Planned | ActionStatus::Doing)
        && !action.due.is_empty()
        && action.due.as_str() < today
}

/// A new action made from a 360-feedback item: it keeps the outcome, module and goals.
pub fn action_from_feedback(item: &FeedbackItem, id: String, now: Millis) -> Action {
    Action {
        id,
        created: now,
        updated: now,
        title: if item.body.trim().is_empty() { item.title.clone() } else { item.body.clone() },
        why: item.title.clone(),
        module: item.module.clone(),
        goals: item.goals.clone(),
        from_feedback: Some(item.id.clone()),
        ..Action::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::portfolio::JournalEntry;

    fn sample() -> Portfolio {
        let mut p = Portfolio::default();
        p.journal.insert(
            "j1".into(),
            JournalEntry {
                id: "j1".into(),
                title: "Teamoverleg".into(),
                body: "Ik creëerde ruimte".into(),
                date: "2026-10-01".into(),
                module: Some("blg.m2".into()),
                goals: vec!["blg.m2.g1".into()],
                ..Default::default()
            },
        );
        p.actions.insert(
            "a1".into(),
            Action {
                id: "a1".into(),
                title: "Eerst vragen".into(),
                due: "2026-09-01".into(),
                goals: vec!["blg.m1.g3".into()],
                shared: true,
                ..Default::default()
            },
        );
        p.questions.insert(
            "q1".into(),
            Question {
                id: "q1".into(),
                title: "Hoe delegeer ik?".into(),
                discuss: true,
                ..Default::default()
            },
        );
        p.intervisions.insert(
            "i1".into(),
            Intervision {
                id: "i1".into(),
                title: "Casus".into(),
                date: "2026-11-01".into(),
                ..Default::default()
            },
        );
        p.feedback.insert(
            "f1".into(),
            FeedbackItem {
                id: "f1".into(),
                title: "Neemt snel over".into(),
                column: Column::LetGo,
                ..Default::default()
            },
        );
        p
    }

    #[test]
    fn entries_cover_every_kind_newest_first() {
        let entries = sample().entries();
        let kinds: Vec<Kind> = entries.iter().map(|e| e.kind).collect();
        assert_eq!(kinds.len(), 5);
        assert_eq!(kinds[0], Kind::Intervision, "2026-11-01 is the newest date");
        assert_eq!(kinds[1], Kind::Reflection);
        for kind in Kind::ALL {
            assert_eq!(Kind::from_segment(kind.segment()), Some(kind));
        }
    }

    #[test]
    fn filters_combine_kind_module_goal_and_words() {
        let entries = sample().entries();
        let count = |f: Filter| f.apply(entries.clone()).len();
        assert_eq!(count(Filter::default()), 5);
        assert_eq!(count(Filter { kind: Some(Kind::Action), ..Default::default() }), 1);
        assert_eq!(count(Filter { module: Some("blg.m2".into()), ..Default::default() }), 1);
        assert_eq!(count(Filter { module: Some("blg.m1".into()), ..Default::default() }), 1, "via its goal");
        assert_eq!(count(Filter { goal: Some("blg.m1.g3".into()), ..Default::default() }), 1);
        assert_eq!(count(Filter { status: Some(ActionStatus::Planned), ..Default::default() }), 1);
        assert_eq!(count(Filter { status: Some(ActionStatus::Done), ..Default::default() }), 0);
        assert_eq!(
            count(Filter { text: "CREEERDE ruimte".into(), ..Default::default() }),
            1,
            "case and accents ignored"
        );
        assert_eq!(
            count(Filter { text: "ruimte delegeer".into(), ..Default::default() }),
            0,
            "all words must occur"
        );
        assert_eq!(count(Filter { text: "  ".into(), ..Default::default() }), 5);
    }

    #[test]
    fn overdue_only_for_open_actions_with_a_past_date() {
        let mut a = Action { due: "2026-09-01".into(), ..Default::default() };
        assert!(is_overdue(&a, "2026-11-30"));
        assert!(!is_overdue(&a, "2026-09-01"), "due today is not overdue");
        a.status = ActionStatus::Done;
        assert!(!is_overdue(&a, "2026-11-30"));
        a.status = ActionStatus::Doing;
        a.due = String::new();
        assert!(!is_overdue(&a, "2026-11-30"));
    }

    #[test]
    fn an_action_from_feedback_keeps_the_link() {
        let f = FeedbackItem {
            id: "f1".into(),
            title: "Neemt snel over".into(),
            body: "Eerst laten uitpraten".into(),
            goals: vec!["blg.m1.g3".into()],
            ..Default::default()
        };
        let a = action_from_feedback(&f, "a9".into(), 7);
        assert_eq!(
            (a.title.as_str(), a.why.as_str(), a.from_feedback.as_deref()),
            ("Eerst laten uitpraten", "Neemt snel over", Some("f1"))
        );
        assert_eq!(a.goals, f.goals);
        assert_eq!(a.status, ActionStatus::Planned);
        assert!(!a.shared, "private by default");
    }

    #[test]
    fn the_listing_counts_everything_filters_once_and_marks_overdue_actions() {
        let p = sample();
        let entries = p.entries();
        let all = p.listing(&entries, &Filter::default(), "2026-12-01");
        assert_eq!((all.total, all.rows.len()), (entries.len(), entries.len()));
        assert!(all.rows.iter().any(|r| r.entry.kind == Kind::Action && r.overdue));
        let before_due = p.listing(&entries, &Filter::default(), "2026-08-01");
        assert!(before_due.rows.iter().all(|r| !r.overdue));
        let none = p.listing(
            &entries,
            &Filter { text: "geen-enkel-woord".into(), ..Default::default() },
            "2026-12-01",
        );
        assert_eq!((none.total, none.rows.len()), (entries.len(), 0));
    }
}
