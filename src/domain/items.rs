//! The development portfolio's items besides ratings: reflections, 360-feedback canvas items,
//! actions and experiments, learning questions (leeropgaven), intervision notes, and "Mijn Why".
//!
//! Each kind has its own typed record; [`super::overview`] gives one uniform view of all of them for
//! listing, filtering and searching.

use super::dates::Millis;

/// Where a reflection's learning came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Column {
    #[default]
    Continue,
    Develop,
    Dose,
    LetGo,
}

impl Column {
    pub const ALL: [Column; 4] = [Column::Continue, Column::Develop, Column::Dose, Column::LetGo];

    /// Its place in [`Column::ALL`] (word tables are ordered the same way).
    pub fn position(self) -> usize {
        Column::ALL.iter().position(|c| *c == self).unwrap_or(0)
    }

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

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
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

    /// Its place in [`ActionStatus::ALL`] (word tables are ordered the same way).
    pub fn position(self) -> usize {
        ActionStatus::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

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
#[derive(Debug, Clone, Default, PartialEq, Eq)]
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
#[derive(Debug, Clone, Default, PartialEq, Eq)]
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
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Question {
    pub id: String,
    pub created: Millis,
    pub updated: Millis,
    pub title: String,
    pub body: String,
    /// What the participant asks of their manager for it (support, room, feedback).
    pub ask: String,
    /// Written by Leerpad before sharing became the one switch of a leeropgave; read as
    /// [`Question::shared`] (see `records::Identified::settle`) and never set since.
    pub discuss: bool,
    /// What was agreed in that conversation.
    pub agreements: String,
    pub module: Option<String>,
    pub goals: Vec<String>,
    pub shared: bool,
}

/// Notes of one intervision meeting.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
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
#[derive(Debug, Clone, Default, PartialEq, Eq)]
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

impl Why {
    /// Its seven texts, in form order: drivers, strengthens, holds back, then SMEC's four
    /// ambition questions.
    pub fn texts(&self) -> [&str; 7] {
        [
            &self.drivers,
            &self.strengthens,
            &self.holds_back,
            &self.ambition_where,
            &self.ambition_impact,
            &self.ambition_role,
            &self.ambition_path,
        ]
    }
}

/// The kinds of portfolio entries, in the order the portfolio shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Reflection,
    Feedback,
    Action,
    Question,
    Intervision,
    /// A filled-in worksheet ([`super::worksheet`]).
    Worksheet,
}

impl Kind {
    pub const ALL: [Kind; 6] =
        [Kind::Reflection, Kind::Feedback, Kind::Action, Kind::Question, Kind::Intervision, Kind::Worksheet];

    /// Its place in [`Kind::ALL`] (interface tables are ordered the same way).
    pub fn position(self) -> usize {
        Kind::ALL.iter().position(|k| *k == self).unwrap_or(0)
    }

    /// The URL and storage segment: `/portfolio/<segment>/<id>`, `leerpad:<segment>:<id>`.
    pub fn segment(self) -> &'static str {
        Collection::from(self).segment()
    }

    pub fn from_segment(segment: &str) -> Option<Kind> {
        Collection::from_segment(segment)?.kind()
    }
}

/// The collections of a portfolio, whose items are records of their own: `leerpad:<segment>:<id>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Collection {
    Journal,
    Moment,
    Feedback,
    Action,
    Question,
    Intervision,
    /// Files attached to items and ratings ([`super::attachments`]).
    Attachment,
    /// Filled-in worksheets ([`super::worksheet`]).
    Worksheet,
    /// Conversations sent to the manager, with their replies ([`super::conversations`]).
    Conversation,
}

impl Collection {
    pub const ALL: [Collection; 9] = [
        Collection::Journal,
        Collection::Moment,
        Collection::Feedback,
        Collection::Action,
        Collection::Question,
        Collection::Intervision,
        Collection::Attachment,
        Collection::Worksheet,
        Collection::Conversation,
    ];

    /// The part of the storage key (and of the entry's URL) that names the collection.
    pub fn segment(self) -> &'static str {
        match self {
            Collection::Journal => "journal",
            Collection::Moment => "moment",
            Collection::Feedback => "feedback",
            Collection::Action => "action",
            Collection::Question => "question",
            Collection::Intervision => "intervision",
            Collection::Attachment => "file",
            Collection::Worksheet => "worksheet",
            Collection::Conversation => "conversation",
        }
    }

    /// The section of the one-document form (backups, fixtures) that holds the collection.
    pub fn section(self) -> &'static str {
        match self {
            Collection::Journal => "journal",
            Collection::Moment => "moments",
            Collection::Feedback => "feedback",
            Collection::Action => "actions",
            Collection::Question => "questions",
            Collection::Intervision => "intervisions",
            Collection::Attachment => "attachments",
            Collection::Worksheet => "worksheets",
            Collection::Conversation => "conversations",
        }
    }

    pub fn from_segment(segment: &str) -> Option<Collection> {
        Collection::ALL.into_iter().find(|c| c.segment() == segment)
    }

    /// The portfolio entry kind kept in this collection; `None` for self-assessment moments,
    /// attachments and conversations.
    pub fn kind(self) -> Option<Kind> {
        match self {
            Collection::Journal => Some(Kind::Reflection),
            Collection::Feedback => Some(Kind::Feedback),
            Collection::Action => Some(Kind::Action),
            Collection::Question => Some(Kind::Question),
            Collection::Intervision => Some(Kind::Intervision),
            Collection::Worksheet => Some(Kind::Worksheet),
            Collection::Moment | Collection::Attachment | Collection::Conversation => None,
        }
    }
}

impl From<Kind> for Collection {
    fn from(kind: Kind) -> Collection {
        match kind {
            Kind::Reflection => Collection::Journal,
            Kind::Feedback => Collection::Feedback,
            Kind::Action => Collection::Action,
            Kind::Question => Collection::Question,
            Kind::Intervision => Collection::Intervision,
            Kind::Worksheet => Collection::Worksheet,
        }
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
}
