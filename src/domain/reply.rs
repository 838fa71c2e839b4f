//! The manager's answer to a conversation file (issue 16): a rating per learning goal on the
//! participant's own scale, a comment per shared item, and the agreements, laid out like the
//! Gesprekscyclus Rijk conversation (what went well, what to develop, agreed actions with dates,
//! the manager's support, the next conversation).
//!
//! The answer is written and read as a record ([`super::record_fields`] lists its fields) inside
//! the reply file of [`super::conversation`]. Its setters keep it valid, and [`Reply::check`]
//! holds a reply read from a file to the same rules.

use super::dates::Millis;
use super::keyed::Keyed;
use super::records::RecordKey;
use super::worksheet::is_date;

/// The longest text a field takes, in characters.
pub const MAX_TEXT: usize = 10_000;
/// The most agreed actions.
pub const MAX_ACTIONS: usize = 50;
/// The most ratings or comments: far more than a programme has goals or a report items.
pub const MAX_ENTRIES: usize = 500;
/// The longest ID (of a goal, an item or an action) a reply names.
const MAX_ID: usize = 200;

/// The manager's view of one learning goal.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ManagerRating {
    /// 1–5 on the participant's scale; `None` when only explained.
    pub level: Option<u8>,
    /// A short explanation.
    pub note: String,
}

/// An action agreed in the conversation.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AgreedAction {
    pub id: String,
    pub title: String,
    /// By when, `YYYY-MM-DD`, or empty.
    pub due: String,
    /// The learning goal it serves (an ID), or empty.
    pub goal: String,
}

/// The manager's answer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reply {
    /// The conversation it answers (the ID in the participant's file).
    pub conversation: String,
    /// The manager's name, as they give it.
    pub manager: String,
    /// The day of the conversation, `YYYY-MM-DD`, or empty.
    pub date: String,
    /// By learning goal ID.
    pub ratings: Keyed<ManagerRating>,
    /// By the storage key of the shared item (`leerpad:journal:<id>`, `leerpad:why`).
    pub comments: Keyed<String>,
    pub went_well: String,
    pub develop: String,
    pub actions: Vec<AgreedAction>,
    /// What the manager does to support.
    pub support: String,
    /// The next conversation, `YYYY-MM-DD`, or empty.
    pub next_date: String,
    /// When it was last changed.
    pub updated: Millis,
}

/// One free text of the agreements.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Agreement {
    WentWell,
    Develop,
    Support,
}

/// Why a reply read from a file is refused: the first rule it breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReplyFault {
    Level,
    Date,
    TooLong,
    TooMany,
    Id,
}

fn clean_text(text: &str) -> Option<String> {
    (text.chars().count() <= MAX_TEXT).then(|| text.to_owned())
}

fn is_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= MAX_ID && !id.chars().any(char::is_control)
}

impl Reply {
    pub fn new(conversation: &str) -> Reply {
        Reply { conversation: conversation.to_owned(), ..Reply::default() }
    }

    /// Whether anything is filled in yet.
    pub fn is_empty(&self) -> bool {
        Reply { conversation: self.conversation.clone(), updated: self.updated, ..Reply::default() } == *self
    }

    /// Sets the level of `goal` (`None` clears it); false when nothing changed or the level is
    /// off the scale.
    pub fn set_level(&mut self, goal: &str, level: Option<u8>) -> bool {
        if level.is_some_and(|l| !(1..=5).contains(&l)) || !is_id(goal) {
            return false;
        }
        let rating = self.ratings.get_or_insert_with(goal, ManagerRating::default);
        let changed = rating.level != level;
        rating.level = level;
        self.tidy(goal);
        changed
    }

    pub fn set_rating_note(&mut self, goal: &str, note: &str) -> bool {
        let Some(note) = clean_text(note).filter(|_| is_id(goal)) else { return false };
        let rating = self.ratings.get_or_insert_with(goal, ManagerRating::default);
        let changed = rating.note != note;
        rating.note = note;
        self.tidy(goal);
        changed
    }

    /// A goal with neither level nor explanation is not kept.
    fn tidy(&mut self, goal: &str) {
        if self.ratings.get(goal).is_some_and(|r| r.level.is_none() && r.note.trim().is_empty()) {
            self.ratings.remove(goal);
        }
    }

    pub fn level(&self, goal: &str) -> Option<u8> {
        self.ratings.get(goal).and_then(|r| r.level)
    }

    /// Sets the comment on the shared item `item`; an empty comment removes it.
    pub fn set_comment(&mut self, item: &RecordKey, text: &str) -> bool {
        let Some(text) = clean_text(text) else { return false };
        let key = item.storage_key();
        if text.trim().is_empty() {
            return self.comments.remove(&key).is_some();
        }
        if self.comments.get(&key) == Some(&text) {
            return false;
        }
        self.comments.insert(key, text);
        true
    }

    pub fn comment(&self, item: &RecordKey) -> &str {
        self.comments.get(&item.storage_key()).map_or("", String::as_str)
    }

    pub fn agreement(&self, which: Agreement) -> &str {
        match which {
            Agreement::WentWell => &self.went_well,
            Agreement::Develop => &self.develop,
            Agreement::Support => &self.support,
        }
    }

    pub fn set_agreement(&mut self, which: Agreement, text: &str) -> bool {
        let Some(text) = clean_text(text) else { return false };
        let field = match which {
            Agreement::WentWell => &mut self.went_well,
            Agreement::Develop => &mut self.develop,
            Agreement::Support => &mut self.support,
        };
        let changed = *field != text;
        *field = text;
        changed
    }

    /// Sets the conversation's date (`next` false) or the next one's; empty clears it.
    pub fn set_date(&mut self, next: bool, date: &str) -> bool {
        if !(date.is_empty() || is_date(date)) {
            return false;
        }
        let field = if next { &mut self.next_date } else { &mut self.date };
        let changed = *field != date;
        date.clone_into(field);
        changed
    }

    pub fn set_manager(&mut self, name: &str) -> bool {
        let name: String = name.chars().take(200).collect();
        let changed = self.manager != name;
        self.manager = name;
        changed
    }

    /// Adds an empty action with ID `id`; false when there are [`MAX_ACTIONS`] already.
    pub fn add_action(&mut self, id: String) -> bool {
        if self.actions.len() >= MAX_ACTIONS || !is_id(&id) {
            return false;
        }
        self.actions.push(AgreedAction { id, ..AgreedAction::default() });
        true
    }

    pub fn remove_action(&mut self, id: &str) -> bool {
        let before = self.actions.len();
        self.actions.retain(|a| a.id != id);
        self.actions.len() != before
    }

    /// Changes the action `id`: its title, due date and goal, each checked.
    pub fn edit_action(&mut self, id: &str, edit: impl FnOnce(&mut AgreedAction)) -> bool {
        let Some(action) = self.actions.iter_mut().find(|a| a.id == id) else { return false };
        let mut changed = action.clone();
        edit(&mut changed);
        let valid = changed.title.chars().count() <= MAX_TEXT
            && (changed.due.is_empty() || is_date(&changed.due))
            && (changed.goal.is_empty() || is_id(&changed.goal));
        if !valid || changed == *action {
            return false;
        }
        *action = changed;
        true
    }

    /// Whether a reply read from a file keeps to the rules the setters keep; the first rule broken.
    pub fn check(&self) -> Result<(), ReplyFault> {
        let long = |t: &str| t.chars().count() > MAX_TEXT;
        let bad_date = |d: &str| !(d.is_empty() || is_date(d));
        if self.ratings.len() > MAX_ENTRIES
            || self.comments.len() > MAX_ENTRIES
            || self.actions.len() > MAX_ACTIONS
        {
            return Err(ReplyFault::TooMany);
        }
        if !is_id(&self.conversation)
            || self.ratings.keys().any(|k| !is_id(k))
            || self.comments.keys().any(|k| RecordKey::parse(k).is_none())
            || self.actions.iter().any(|a| !is_id(&a.id) || !(a.goal.is_empty() || is_id(&a.goal)))
        {
            return Err(ReplyFault::Id);
        }
        if self.ratings.values().any(|r| r.level.is_some_and(|l| !(1..=5).contains(&l))) {
            return Err(ReplyFault::Level);
        }
        if bad_date(&self.date) || bad_date(&self.next_date) || self.actions.iter().any(|a| bad_date(&a.due))
        {
            return Err(ReplyFault::Date);
        }
        let texts = [&self.went_well, &self.develop, &self.support, &self.manager];
        if texts.iter().any(|t| long(t))
            || self.ratings.values().any(|r| long(&r.note))
            || self.comments.values().any(|c| long(c))
            || self.actions.iter().any(|a| long(&a.title))
        {
            return Err(ReplyFault::TooLong);
        }
        Ok(())
    }
}
