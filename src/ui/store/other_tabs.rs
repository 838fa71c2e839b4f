//! Other open tabs of Leerpad. After every save a tab tells the others what it wrote, over a
//! broadcast channel (IndexedDB has no `storage` event); each merges that with its own unsaved
//! edits, field by field. When both tabs changed the same field, the tab that saves last keeps its
//! text and tells the tab whose text it replaced, so that tab can say so to the participant.

use leptos::prelude::*;

use super::{Mode, Store};
use crate::domain::{
    backup::checksum,
    json::Value,
    merge::merge3,
    records::{META_KEY, RecordKey},
    tabs::Message,
};
use crate::ui::browser::broadcast::use_broadcast;

/// Text of this tab that another tab replaced, because both changed the same field at once.
#[derive(Debug, Clone, PartialEq)]
pub struct Clash {
    /// The replaced texts as they were here (the empty ones left out), so nothing is lost.
    pub replaced: Vec<String>,
}

/// Starts listening to other tabs for as long as the current owner lives.
pub(super) fn listen(store: Store) {
    let channel = use_broadcast("leerpad", move |text| store.take_message(text));
    store.tabs.set_value(Some(channel));
}

impl Store {
    fn post(self, message: &Message) {
        if let Some(channel) = self.tabs.get_value() {
            channel.post(&message.to_text());
        }
    }

    /// Tells the other tabs what a save wrote, as `(storage key, JSON)`.
    pub(super) fn tell_other_tabs(self, written: Vec<(String, Option<String>)>) {
        self.post(&Message::saved(written));
    }

    /// Tells the other tabs that everything may have changed.
    pub(super) fn tell_other_tabs_to_reread(self) {
        self.post(&Message::Reread);
    }

    /// While the portfolio is being read, messages wait: applied to what is not read yet, they
    /// would be lost.
    pub(super) fn hold_messages(self) {
        self.held.update_value(|held| {
            held.get_or_insert_with(Vec::new);
        });
    }

    pub(super) fn release_held_messages(self) {
        for text in self.held.try_update_value(Option::take).flatten().unwrap_or_default() {
            self.take_message(text);
        }
    }

    fn take_message(self, text: String) {
        if self.mode.get_untracked() == Mode::Loading || self.held.with_value(Option::is_some) {
            return self.held.update_value(|held| held.get_or_insert_with(Vec::new).push(text));
        }
        match Message::parse(&text) {
            Some(Message::Saved(records)) => {
                if records.iter().any(|(k, _)| k == META_KEY) {
                    // Another tab created or upgraded the portfolio.
                    return self.reload();
                }
                for (key, json) in records {
                    self.take_change(&key, json.as_deref());
                }
            }
            Some(Message::Reread) => self.reload(),
            Some(Message::Clash { key, replaced, fields }) => self.take_clash(&key, &replaced, &fields),
            None => {}
        }
    }

    /// Takes in a record another tab saved, merging it with unsaved edits here.
    fn take_change(self, key: &str, new_value: Option<&str>) {
        let Some(record) = RecordKey::parse(key) else { return };
        match self.mode.get_untracked() {
            Mode::Ready => {}
            Mode::Fresh => return self.reload(),
            _ => return,
        }
        if !self.pending.with_value(|p| p.dirty.contains_key(&record)) {
            // Unreadable text is left alone; the next start-up shows the recovery page if it stays so.
            self.portfolio.update(|p| {
                let _ = p.put_record(&record, new_value);
            });
            return;
        }
        let theirs = match new_value.map(Value::parse) {
            None => None,
            Some(Ok(value)) => Some(value),
            Some(Err(_)) => return,
        };
        let base = self.pending.with_value(|p| p.base.get(&record).cloned().flatten());
        let base = base.and_then(|json| Value::parse(&json).ok());
        let ours = self.portfolio.with_untracked(|p| p.record_value(&record));
        let merged = merge3(base.as_ref(), ours.as_ref(), theirs.as_ref());
        self.portfolio.update(|p| {
            let _ = p.put_record(&record, merged.value.map(|v| v.to_json()).as_deref());
        });
        // What the other tab saved is the new common ground; the merge result is written next.
        self.pending.update_value(|p| {
            p.base.insert(record.clone(), new_value.map(str::to_owned));
            p.touch(record.clone());
        });
        if !merged.conflicts.is_empty() {
            // The other tab's text in these fields is about to be replaced by ours: tell it, naming
            // the version it wrote so that it can tell whether it still shows that version.
            self.post(&Message::Clash {
                key: key.to_owned(),
                replaced: checksum(new_value.unwrap_or_default()),
                fields: merged.conflicts,
            });
        }
        self.schedule();
    }

    /// Another tab kept its own text over ours in a simultaneous edit. If this tab still shows
    /// the version it replaced, the participant is told, with the text that goes.
    fn take_clash(self, key: &str, replaced: &str, fields: &[String]) {
        let Some(record) = RecordKey::parse(key) else { return };
        let ours = self.portfolio.with_untracked(|p| p.record_json(&record)).unwrap_or_default();
        if replaced != checksum(&ours) {
            return;
        }
        let Ok(ours) = Value::parse(&ours) else { return };
        let replaced = fields
            .iter()
            .filter_map(|field| ours.get(field)?.as_str())
            .filter(|text| !text.trim().is_empty())
            .map(str::to_owned)
            .collect();
        self.clash.set(Some(Clash { replaced }));
    }
}
