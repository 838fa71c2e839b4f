//! The conversations a participant sent to their manager (issue 16), each kept as the record
//! `leerpad:conversation:<id>` with the manager's reply once it is read in: several side by side
//! over the programme (nulgesprek, tussentijds, eindgesprek). What the pages show of them:
//! the manager's view per goal, the gaps with the participant's own, comments per item, and
//! agreed actions taken over as the participant's own.

use super::assessment::{goal_rows, moments_of};
use super::content_model::Programme;
use super::dates::Millis;
use super::gaps::{Gaps, gaps};
use super::items::{Action, ActionStatus};
use super::keyed::Keyed;
use super::portfolio::Portfolio;
use super::records::{Collection, RecordKey};
use super::reply::Reply;

/// A conversation file the participant made, and the reply to it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Conversation {
    /// The conversation ID the file carries.
    pub id: String,
    /// When the file was made.
    pub created: Millis,
    pub updated: Millis,
    /// The report's date, `YYYY-MM-DD`.
    pub date: String,
    /// The manager's reply, once read in.
    pub reply: Option<Reply>,
    /// Agreed actions taken over: the agreed action's ID to the participant's action ID.
    pub taken_over: Keyed<String>,
}

impl Conversation {
    /// The day the conversation was held, as the manager gave it, else the day it was sent.
    pub fn held(&self) -> &str {
        self.reply.as_ref().map(|r| r.date.as_str()).filter(|d| !d.is_empty()).unwrap_or(&self.date)
    }
}

/// Why a reply is not read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReplyRefused {
    /// No conversation with the reply's ID was sent from this portfolio.
    NotSentFromHere,
}

impl Portfolio {
    /// The conversations, oldest first (by the day they were held, then by when they were made).
    pub fn conversations_in_order(&self) -> Vec<&Conversation> {
        let mut all: Vec<&Conversation> = self.conversations.values().collect();
        super::sorting::sort_by(&mut all, |a, b| (a.held(), a.created).cmp(&(b.held(), b.created)));
        all
    }

    /// The latest conversation that has a reply.
    pub fn latest_reply(&self) -> Option<(&Conversation, &Reply)> {
        self.conversations_in_order().into_iter().rev().find_map(|c| Some((c, c.reply.as_ref()?)))
    }

    /// Keeps a sent conversation (`id`, made at `now` for the report of `date`).
    pub fn add_conversation(&mut self, id: String, date: String, now: Millis) -> RecordKey {
        let key = RecordKey::Item(Collection::Conversation, id.clone());
        self.conversations
            .insert(id.clone(), Conversation { id, created: now, updated: now, date, ..Default::default() });
        key
    }

    /// Reads in a reply to a conversation sent from here; a reply read in before is replaced
    /// (the manager may send a corrected one).
    pub fn read_in_reply(&mut self, reply: Reply, now: Millis) -> Result<RecordKey, ReplyRefused> {
        let conversation =
            self.conversations.get_mut(&reply.conversation).ok_or(ReplyRefused::NotSentFromHere)?;
        conversation.reply = Some(reply);
        conversation.updated = now;
        Ok(RecordKey::Item(Collection::Conversation, conversation.id.clone()))
    }

    /// The manager's comments on the record `item`, oldest conversation first: (the day of the
    /// conversation, the manager's name, the comment).
    pub fn comments_on(&self, item: &RecordKey) -> Vec<(&str, &str, &str)> {
        self.conversations_in_order()
            .into_iter()
            .filter_map(|c| {
                let r = c.reply.as_ref()?;
                let text = r.comment(item);
                (!text.trim().is_empty()).then_some((c.held(), r.manager.as_str(), text))
            })
            .collect()
    }

    /// The agreed action `agreed` of conversation `conversation` as the participant's own action
    /// `id`: planned, linked to its goal and that goal's module, shared. `None` when there is no
    /// such agreed action, or it was taken over already.
    pub fn agreed_action(&self, conversation: &str, agreed: &str, id: String, now: Millis) -> Option<Action> {
        let c = self.conversations.get(conversation)?;
        if c.taken_over.contains_key(agreed) {
            return None;
        }
        let a = c.reply.as_ref()?.actions.iter().find(|a| a.id == agreed)?;
        let goal = self.goal_known(&a.goal).then(|| a.goal.clone());
        Some(Action {
            id,
            created: now,
            updated: now,
            title: a.title.clone(),
            due: a.due.clone(),
            status: ActionStatus::Planned,
            module: goal.as_ref().and_then(|g| g.rsplit_once('.')).map(|(module, _)| module.to_owned()),
            goals: goal.into_iter().collect(),
            shared: true,
            ..Action::default()
        })
    }

    /// Notes that the agreed action `agreed` became the participant's action `action`.
    pub fn mark_taken_over(&mut self, conversation: &str, agreed: &str, action: &str, now: Millis) {
        if let Some(c) = self.conversations.get_mut(conversation) {
            c.taken_over.insert(agreed.to_owned(), action.to_owned());
            c.updated = now;
        }
    }

    /// Whether `goal` is a learning goal of the embedded programmes.
    fn goal_known(&self, goal: &str) -> bool {
        !goal.is_empty()
            && super::Catalog::embedded()
                .programmes()
                .iter()
                .any(|p| p.modules.iter().any(|m| m.goals.iter().any(|g| g.id == goal)))
    }
}

/// The manager's levels of the latest reply for every goal of `programme`, in goal order (what
/// the growth page draws as the third series).
pub fn manager_levels(reply: &Reply, programme: &Programme) -> Vec<(String, Option<u8>)> {
    programme
        .modules
        .iter()
        .flat_map(|m| m.goals.iter())
        .map(|g| (g.id.to_string(), reply.level(&g.id).filter(|l| (1..=5).contains(l))))
        .collect()
}

/// "Zelfbeeld vs. beeld leidinggevende": the participant's latest levels (over every moment of
/// the programme) against the manager's, the largest gaps either way, at most `most` each.
pub fn self_and_manager(p: &Portfolio, programme: &Programme, reply: &Reply, most: usize) -> Gaps {
    let moments = moments_of(p, &programme.id);
    let rows = goal_rows(programme, &moments);
    let own: Vec<(&str, Option<u8>)> = rows
        .iter()
        .filter(|r| !r.removed())
        .map(|r| (r.goal_id.as_str(), if r.not_applicable { None } else { r.latest }))
        .collect();
    let manager = manager_levels(reply, programme);
    let manager: Vec<(&str, Option<u8>)> = manager.iter().map(|(g, l)| (g.as_str(), *l)).collect();
    gaps(&own, &manager, most)
}
