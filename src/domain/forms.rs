//! What the portfolio's editors edit: for every kind of record its fields, each with typed read
//! and write functions, plus the links every item has (module, learning goals, sharing) and the
//! construction of new items. One non-generic form renderer in the interface serves every kind
//! through these; it needs no field names and no JSON.

use super::items::{
    ActionStatus, Column, FeedbackItem, Intervision, Kind, Question, Source, action_from_feedback,
};
use super::portfolio::{JournalEntry, Millis, Moment, Portfolio};
use super::records::{Collection, RecordKey, with_items};

/// How a field is edited. Every value is text; a choice is stored by its code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Widget {
    /// One line of text.
    Line,
    /// Several lines of text.
    Long,
    /// A date, `YYYY-MM-DD` or empty.
    Date,
    /// One of the action statuses.
    Status,
    /// One of the 360-canvas columns.
    Column,
    /// Where a reflection's learning came from, or none.
    Source,
}

/// What a field is, for its label (the interface words it; some labels differ per kind).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    Title,
    Body,
    Learned,
    Differently,
    Date,
    Source,
    Column,
    Why,
    WithWhom,
    Due,
    Success,
    Status,
    Happened,
    Ask,
    Agreements,
    Drivers,
    Strengthens,
    HoldsBack,
    AmbitionWhere,
    AmbitionImpact,
    AmbitionRole,
    AmbitionPath,
}

/// One field of a record kind.
#[derive(Clone, Copy)]
pub struct Field {
    /// Stable and unique within its kind, for element IDs (`f-title`).
    pub id: &'static str,
    pub label: Label,
    pub widget: Widget,
    /// The value of the record `key`, `None` when there is no such record.
    pub get: fn(&Portfolio, &RecordKey) -> Option<String>,
    /// Sets the value; a value of the wrong form (an unknown choice) leaves the record alone.
    pub set: fn(&mut Portfolio, &RecordKey, String),
}

/// The longest text a one-line field takes in a form; long texts take [`super::records::MAX_TEXT_CHARS`].
pub const MAX_LINE_CHARS: usize = 500;

/// A text field of a collection's item (`field!("title", Title, Line, journal, Journal, title)`),
/// a choice (`field!(choice "status", Status, actions, Action, status: ActionStatus)`), or a text
/// of "Mijn Why" (`field!(why "drivers", Drivers, drivers)`).
macro_rules! field {
    ($id:literal, $label:ident, $widget:ident, $map:ident, $key:ident, $field:ident) => {
        Field {
            id: $id,
            label: Label::$label,
            widget: Widget::$widget,
            get: |p, k| match k {
                RecordKey::Item(Collection::$key, id) => p.$map.get(id).map(|e| e.$field.clone()),
                _ => None,
            },
            set: |p, k, v| {
                if let RecordKey::Item(Collection::$key, id) = k
                    && let Some(e) = p.$map.get_mut(id)
                {
                    e.$field = v;
                }
            },
        }
    };
    // One of an enum's values, by its code (`Column`, `ActionStatus`: `code` and `from_code`).
    (choice $id:literal, $label:ident, $map:ident, $key:ident, $field:ident: $enum:ident) => {
        Field {
            id: $id,
            label: Label::$label,
            widget: Widget::$label,
            get: |p, k| match k {
                RecordKey::Item(Collection::$key, id) => p.$map.get(id).map(|e| e.$field.code().to_owned()),
                _ => None,
            },
            set: |p, k, v| {
                if let RecordKey::Item(Collection::$key, id) = k
                    && let Some(e) = p.$map.get_mut(id)
                    && let Some(value) = $enum::from_code(&v)
                {
                    e.$field = value;
                }
            },
        }
    };
    (why $id:literal, $label:ident, $field:ident) => {
        Field {
            id: $id,
            label: Label::$label,
            widget: Widget::Long,
            get: |p, _| Some(p.why.$field.clone()),
            set: |p, _, v| p.why.$field = v,
        }
    };
}

pub const REFLECTION: &[Field] = &[
    field!("title", Title, Line, journal, Journal, title),
    field!("date", Date, Date, journal, Journal, date),
    Field {
        id: "source",
        label: Label::Source,
        widget: Widget::Source,
        get: |p, k| match k {
            RecordKey::Item(Collection::Journal, id) => {
                p.journal.get(id).map(|e| e.source.map_or("", Source::code).to_owned())
            }
            _ => None,
        },
        set: |p, k, v| {
            if let RecordKey::Item(Collection::Journal, id) = k
                && let Some(e) = p.journal.get_mut(id)
                && (v.is_empty() || Source::from_code(&v).is_some())
            {
                e.source = Source::from_code(&v);
            }
        },
    },
    field!("body", Body, Long, journal, Journal, body),
    field!("learned", Learned, Long, journal, Journal, learned),
    field!("differently", Differently, Long, journal, Journal, differently),
];

pub const FEEDBACK: &[Field] = &[
    field!("title", Title, Line, feedback, Feedback, title),
    field!(choice "column", Column, feedback, Feedback, column: Column),
    field!("body", Body, Long, feedback, Feedback, body),
];

pub const ACTION: &[Field] = &[
    field!("title", Title, Line, actions, Action, title),
    field!("why", Why, Long, actions, Action, why),
    field!("with_whom", WithWhom, Line, actions, Action, with_whom),
    field!("due", Due, Date, actions, Action, due),
    field!("success", Success, Long, actions, Action, success),
    field!(choice "status", Status, actions, Action, status: ActionStatus),
    field!("happened", Happened, Long, actions, Action, happened),
    field!("learned", Learned, Long, actions, Action, learned),
];

pub const QUESTION: &[Field] = &[
    field!("title", Title, Line, questions, Question, title),
    field!("body", Body, Long, questions, Question, body),
    field!("ask", Ask, Long, questions, Question, ask),
    field!("agreements", Agreements, Long, questions, Question, agreements),
];

pub const INTERVISION: &[Field] = &[
    field!("date", Date, Date, intervisions, Intervision, date),
    field!("title", Title, Line, intervisions, Intervision, title),
    field!("body", Body, Long, intervisions, Intervision, body),
    field!("learned", Learned, Long, intervisions, Intervision, learned),
];

pub const WHY: &[Field] = &[
    field!(why "drivers", Drivers, drivers),
    field!(why "strengthens", Strengthens, strengthens),
    field!(why "holds_back", HoldsBack, holds_back),
];

/// SMEC's ambition questions, part of "Mijn Why".
pub const AMBITION: &[Field] = &[
    field!(why "ambition_where", AmbitionWhere, ambition_where),
    field!(why "ambition_impact", AmbitionImpact, ambition_impact),
    field!(why "ambition_role", AmbitionRole, ambition_role),
    field!(why "ambition_path", AmbitionPath, ambition_path),
];

/// The fields of a kind, in form order. A worksheet's come from its content
/// ([`super::worksheet`]), so here it has none.
pub fn fields(kind: Kind) -> &'static [Field] {
    match kind {
        Kind::Reflection => REFLECTION,
        Kind::Feedback => FEEDBACK,
        Kind::Action => ACTION,
        Kind::Question => QUESTION,
        Kind::Intervision => INTERVISION,
        Kind::Worksheet => &[],
    }
}

/// The record key of item `id` of `kind`.
pub fn record_key(kind: Kind, id: String) -> RecordKey {
    RecordKey::Item(kind.into(), id)
}

/// What every item links to: a module, learning goals, and whether it is shared.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Links {
    pub module: Option<String>,
    pub goals: Vec<String>,
    pub shared: bool,
}

/// The links part of every record kind, mutable, with its `updated` stamp.
struct LinksMut<'a> {
    module: Option<&'a mut Option<String>>,
    goals: Option<&'a mut Vec<String>>,
    shared: &'a mut bool,
    updated: Option<&'a mut Millis>,
}

/// What a collection's items link to. The five entry kinds link to a module and goals and can be
/// shared; rating moments have no links.
trait Linked {
    fn links(&self) -> Option<Links>;
    fn links_mut(&mut self) -> Option<LinksMut<'_>>;
}

macro_rules! linked {
    ($($t:ty),*) => {$(
        impl Linked for $t {
            fn links(&self) -> Option<Links> {
                Some(Links { module: self.module.clone(), goals: self.goals.clone(), shared: self.shared })
            }
            fn links_mut(&mut self) -> Option<LinksMut<'_>> {
                Some(LinksMut {
                    module: Some(&mut self.module),
                    goals: Some(&mut self.goals),
                    shared: &mut self.shared,
                    updated: Some(&mut self.updated),
                })
            }
        }
    )*};
}
linked!(JournalEntry, FeedbackItem, super::items::Action, Question, Intervision, super::worksheet::Worksheet);

/// Moments, attachments and conversations link to nothing themselves (an attachment follows its
/// owner).
macro_rules! unlinked {
    ($($t:ty),*) => {$(
        impl Linked for $t {
            fn links(&self) -> Option<Links> {
                None
            }
            fn links_mut(&mut self) -> Option<LinksMut<'_>> {
                None
            }
        }
    )*};
}
unlinked!(Moment, super::attachments::Attachment, super::conversations::Conversation);

fn links_mut<'a>(p: &'a mut Portfolio, key: &RecordKey) -> Option<LinksMut<'a>> {
    match key {
        RecordKey::Item(c, id) => with_items!(mut p, *c, items => items.get_mut(id)?.links_mut()),
        RecordKey::Why => {
            Some(LinksMut { module: None, goals: None, shared: &mut p.why.shared, updated: None })
        }
        _ => None,
    }
}

impl Portfolio {
    /// The links of record `key`; `None` for records without them (or that do not exist).
    pub fn links(&self, key: &RecordKey) -> Option<Links> {
        match key {
            RecordKey::Item(c, id) => with_items!(ref self, *c, items => items.get(id)?.links()),
            RecordKey::Why => Some(Links { shared: self.why.shared, ..Links::default() }),
            _ => None,
        }
    }

    /// Links the item to a module, or to none (an empty ID).
    pub fn set_module(&mut self, key: &RecordKey, module: &str) {
        if let Some(LinksMut { module: Some(m), .. }) = links_mut(self, key) {
            *m = (!module.is_empty()).then(|| module.to_owned());
        }
    }

    /// Links the item to a learning goal, or unlinks it.
    pub fn link_goal(&mut self, key: &RecordKey, goal: &str, on: bool) {
        if let Some(LinksMut { goals: Some(goals), .. }) = links_mut(self, key) {
            goals.retain(|g| g != goal);
            if on {
                goals.push(goal.to_owned());
            }
        }
    }

    pub fn set_shared(&mut self, key: &RecordKey, on: bool) {
        if let Some(links) = links_mut(self, key) {
            *links.shared = on;
        }
    }

    /// Stamps the item as changed at `now`, where its kind keeps that.
    pub fn touch(&mut self, key: &RecordKey, now: Millis) {
        if let Some(LinksMut { updated: Some(updated), .. }) = links_mut(self, key) {
            *updated = now;
        }
    }

    /// Adds a new, empty item of `kind` and returns its key. Reflections and intervision notes
    /// are dated today; a 360 item starts in `column` and, like every kind, may start in `module`.
    pub fn add_item(&mut self, kind: Kind, new: NewItem) -> RecordKey {
        let NewItem { id, now, today, module, column } = new;
        let key = record_key(kind, id.clone());
        match kind {
            Kind::Reflection => drop(self.journal.insert(
                id.clone(),
                JournalEntry { id, created: now, updated: now, date: today, module, ..Default::default() },
            )),
            Kind::Feedback => drop(self.feedback.insert(
                id.clone(),
                FeedbackItem { id, created: now, updated: now, column, module, ..Default::default() },
            )),
            Kind::Action => drop(self.actions.insert(
                id.clone(),
                super::items::Action { id, created: now, updated: now, module, ..Default::default() },
            )),
            Kind::Question => drop(self.questions.insert(
                id.clone(),
                Question { id, created: now, updated: now, module, ..Default::default() },
            )),
            Kind::Intervision => drop(self.intervisions.insert(
                id.clone(),
                Intervision { id, created: now, updated: now, date: today, module, ..Default::default() },
            )),
            // Made by [`Portfolio::add_worksheet`], which knows which worksheet; this one answers none.
            Kind::Worksheet => drop(self.worksheets.insert(
                id.clone(),
                super::worksheet::Worksheet {
                    id,
                    created: now,
                    updated: now,
                    date: today,
                    module,
                    ..Default::default()
                },
            )),
        }
        key
    }

    /// Adds a new, empty worksheet of `sheet`, dated today and linked to its module in
    /// `programme`, and returns its key.
    pub fn add_worksheet(
        &mut self,
        sheet: &super::content_model::Sheet,
        new: NewItem,
        programme: Option<&str>,
    ) -> RecordKey {
        let NewItem { id, now, today, .. } = new;
        let ws = super::worksheet::new_worksheet(sheet, id.clone(), now, today, programme);
        self.worksheets.insert(id.clone(), ws);
        RecordKey::Item(Collection::Worksheet, id)
    }

    /// The action made from the 360-feedback item `feedback_id`, if there is one (the oldest).
    pub fn action_of_feedback(&self, feedback_id: &str) -> Option<&super::items::Action> {
        self.actions
            .values()
            .filter(|a| a.from_feedback.as_deref() == Some(feedback_id))
            .min_by_key(|a| a.created)
    }

    /// Turns a 360-feedback item into a new action (see [`action_from_feedback`]).
    pub fn add_action_from_feedback(
        &mut self,
        feedback_id: &str,
        id: String,
        now: Millis,
    ) -> Option<RecordKey> {
        let action = action_from_feedback(self.feedback.get(feedback_id)?, id.clone(), now);
        self.actions.insert(id.clone(), action);
        Some(RecordKey::Item(Collection::Action, id))
    }
}

/// What a new item starts with.
#[derive(Debug, Clone, Default)]
pub struct NewItem {
    pub id: String,
    pub now: Millis,
    /// The participant's local date, `YYYY-MM-DD`.
    pub today: String,
    pub module: Option<String>,
    pub column: Column,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_one_of_each() -> (Portfolio, Vec<RecordKey>) {
        let mut p = Portfolio::default();
        let keys = Kind::ALL
            .into_iter()
            .map(|kind| {
                let new = NewItem {
                    id: format!("{kind:?}"),
                    now: 5,
                    today: "2026-12-01".into(),
                    ..Default::default()
                };
                p.add_item(kind, new)
            })
            .collect();
        (p, keys)
    }

    #[test]
    fn every_field_reads_back_what_it_wrote() {
        let (mut p, keys) = with_one_of_each();
        for (kind, key) in Kind::ALL.into_iter().zip(&keys) {
            for field in fields(kind) {
                let value = match field.widget {
                    Widget::Status => "done".into(),
                    Widget::Column => "let_go".into(),
                    Widget::Source => "intervision".into(),
                    _ => format!("{} <b>&", field.id),
                };
                (field.set)(&mut p, key, value.clone());
                assert_eq!((field.get)(&p, key), Some(value), "{kind:?}.{}", field.id);
            }
        }
        for field in WHY.iter().chain(AMBITION) {
            (field.set)(&mut p, &RecordKey::Why, "x".into());
            assert_eq!((field.get)(&p, &RecordKey::Why), Some("x".into()));
        }
    }

    #[test]
    fn field_ids_are_unique_per_kind_and_unknown_choices_change_nothing() {
        for kind in Kind::ALL {
            let mut ids: Vec<_> = fields(kind).iter().map(|f| f.id).collect();
            ids.sort_unstable();
            ids.dedup();
            assert_eq!(ids.len(), fields(kind).len(), "{kind:?}");
        }
        let (mut p, keys) = with_one_of_each();
        let status = ACTION.iter().find(|f| f.id == "status").unwrap();
        (status.set)(&mut p, &keys[2], "busy".into());
        assert_eq!((status.get)(&p, &keys[2]), Some("planned".into()));
        // A field of one kind never writes into another kind's record.
        (REFLECTION[0].set)(&mut p, &keys[2], "wrong".into());
        assert_eq!(p.actions["Action"].title, "");
    }

    #[test]
    fn links_are_set_per_item_and_new_items_start_as_asked() {
        let (mut p, keys) = with_one_of_each();
        assert_eq!(p.journal["Reflection"].date, "2026-12-01");
        assert_eq!(p.intervisions["Intervision"].date, "2026-12-01");
        for key in &keys {
            p.set_module(key, "blg.m2");
            p.link_goal(key, "blg.m2.g1", true);
            p.link_goal(key, "blg.m2.g3", true);
            p.link_goal(key, "blg.m2.g1", false);
            p.set_shared(key, true);
            p.touch(key, 99);
            let links = p.links(key).unwrap();
            assert_eq!(
                links,
                Links { module: Some("blg.m2".into()), goals: vec!["blg.m2.g3".into()], shared: true }
            );
            p.set_module(key, "");
            assert_eq!(p.links(key).unwrap().module, None);
        }
        assert_eq!(p.feedback["Feedback"].updated, 99);
        p.set_shared(&RecordKey::Why, true);
        assert!(p.why.shared);
        assert_eq!(p.links(&RecordKey::Item(Collection::Journal, "none".into())), None);
    }
}
