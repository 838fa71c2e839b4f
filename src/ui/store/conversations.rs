//! Conversations with the manager (issue 16): keeping one that was sent, reading in the reply,
//! and taking an agreed action over as the participant's own.

use leptos::prelude::*;

use super::Store;
use crate::domain::{
    conversations::ReplyRefused,
    records::{Collection, RecordKey},
    reply::Reply,
};
use crate::ui::browser::clock::{new_id, now};

impl Store {
    /// Keeps the conversation `id`, whose file was just made for the report of `date`.
    pub fn add_conversation(self, id: String, date: String) {
        let key = RecordKey::Item(Collection::Conversation, id.clone());
        self.edit(key, move |p| drop(p.add_conversation(id, date, now())));
    }

    /// Reads in a manager's reply; refused, with nothing changed, when it answers no conversation
    /// sent from this portfolio.
    pub fn read_in_reply(self, reply: Reply) -> Result<(), ReplyRefused> {
        let id = reply.conversation.clone();
        if !self.portfolio.with_untracked(|p| p.conversations.contains_key(&id)) {
            return Err(ReplyRefused::NotSentFromHere);
        }
        self.edit(RecordKey::Item(Collection::Conversation, id), move |p| {
            drop(p.read_in_reply(reply, now()))
        });
        Ok(())
    }

    /// Takes the agreed action `agreed` of `conversation` over as a new action of the participant;
    /// its key, or `None` when it was taken over already.
    pub fn take_over_action(self, conversation: &str, agreed: &str) -> Option<RecordKey> {
        let id = new_id("a");
        let action =
            self.portfolio.with_untracked(|p| p.agreed_action(conversation, agreed, id.clone(), now()))?;
        let (conversation, agreed, action_id) = (conversation.to_owned(), agreed.to_owned(), id.clone());
        self.edit(RecordKey::Item(Collection::Conversation, conversation.clone()), move |p| {
            p.mark_taken_over(&conversation, &agreed, &action_id, now())
        });
        let key = RecordKey::Item(Collection::Action, id.clone());
        self.edit(key.clone(), move |p| drop(p.actions.insert(id, action)));
        Some(key)
    }
}
