//! Other open tabs of Leerpad: what they save arrives through the `storage` event and is merged
//! with unsaved edits here, field by field. When both tabs changed the same field, this tab keeps
//! its text and tells the tab whose text it replaced, over a broadcast channel, so that tab can
//! say so to the participant.

use leptos::prelude::*;

use super::{Mode, Store};
use crate::domain::{
    backup::checksum,
    json::{Map, Value},
    merge::merge3,
    records::{META_KEY, RecordKey},
};
use crate::storage::events::{self, Change};
use crate::ui::browser::broadcast::use_broadcast;

/// Text of this tab that another tab replaced, because both changed the same field at once.
#[derive(Debug, Clone, PartialEq)]
pub struct Clash {
    /// The replaced texts as they were here (the empty ones left out), so nothing is lost.
    pub replaced: Vec<String>,
}

/// Starts listening to other tabs for as long as the current owner lives.
pub(super) fn listen(store: Store) {
    let changes = events::on_other_tab_change(move |change| store.take_change(change));
    on_cleanup(move || changes.remove());
    let channel = use_broadcast("leerpad", move |text| store.take_clash(&text));
    store.tabs.set_value(Some(channel));
}

impl Store {
    /// Reads storage again (another tab created, upgraded, repaired or erased the data).
    pub(super) fn reload(self) {
        if self.pending.with_value(|p| !p.dirty.is_empty()) {
            // Unsaved edits here win over whatever happened elsewhere: write them back.
            self.pending.update_value(|p| p.meta = true);
            self.schedule();
            return;
        }
        let boot = super::recovery::boot();
        let mut portfolio = boot.portfolio;
        // A draft open here was never stored: keep it open.
        if let Some(draft) = self.draft.get_untracked() {
            let json = self.portfolio.with_untracked(|p| p.record_json(&draft));
            let _ = portfolio.put_record(&draft, json.as_deref());
        }
        self.portfolio.set(portfolio);
        self.mode.set(boot.mode);
        if boot.migrated {
            self.mark_all_dirty();
            self.flush();
        }
    }

    /// Takes in a change another tab saved, merging it with unsaved edits here.
    fn take_change(self, change: Change) {
        let Some(key) = change.key else { return self.reload() };
        if key == META_KEY {
            return self.reload();
        }
        let Some(record) = RecordKey::parse(&key) else { return };
        match self.mode.get_untracked() {
            Mode::Ready => {}
            Mode::Fresh => return self.reload(),
            Mode::ReadOnly { .. } | Mode::Recovery(_) => return,
        }
        if !self.pending.with_value(|p| p.dirty.contains(&record)) {
            // Unreadable text is left alone; the next start-up shows the recovery page if it stays so.
            self.portfolio.update(|p| {
                let _ = p.put_record(&record, change.new_value.as_deref());
            });
            return;
        }
        let theirs = match change.new_value.as_deref().map(Value::parse) {
            None => None,
            Some(Ok(value)) => Some(value),
            Some(Err(_)) => return,
        };
        let base = self.pending.with_value(|p| p.base.get(&record).cloned().flatten());
        let ours = self.portfolio.with_untracked(|p| p.record_value(&record));
        let merged = merge3(base.as_ref(), ours.as_ref(), theirs.as_ref());
        self.portfolio.update(|p| {
            let _ = p.put_record(&record, merged.value.map(|v| v.to_json()).as_deref());
        });
        // What the other tab saved is the new common ground; the merge result is written next.
        self.pending.update_value(|p| drop(p.base.insert(record.clone(), theirs)));
        if !merged.conflicts.is_empty() {
            // The other tab's text in these fields is about to be replaced by ours: tell it, naming
            // the version it wrote so that it can tell whether it still shows that version.
            let mut message = Map::new();
            message.insert("clash".into(), Value::from(key));
            let replaced = checksum(change.new_value.as_deref().unwrap_or_default());
            message.insert("replaced".into(), Value::from(replaced));
            let fields = merged.conflicts.into_iter().map(Value::from).collect::<Vec<_>>();
            message.insert("fields".into(), Value::from(fields));
            if let Some(channel) = self.tabs.get_value() {
                channel.post(&Value::Object(message).to_json());
            }
        }
        self.schedule();
    }

    /// Another tab kept its own text over ours in a simultaneous edit. If this tab still shows
    /// the version it replaced, the participant is told, with the text that goes.
    fn take_clash(self, text: &str) {
        let Ok(message) = Value::parse(text) else { return };
        let field = |name| message.get(name).unwrap_or(&Value::Null);
        let Some(record) = field("clash").as_str().and_then(RecordKey::parse) else { return };
        let ours = self.portfolio.with_untracked(|p| p.record_json(&record)).unwrap_or_default();
        if field("replaced").as_str() != Some(checksum(&ours).as_str()) {
            return;
        }
        let Ok(ours) = Value::parse(&ours) else { return };
        let replaced = field("fields")
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|field| ours.get(field.as_str()?)?.as_str())
            .filter(|text| !text.trim().is_empty())
            .map(str::to_owned)
            .collect();
        self.clash.set(Some(Clash { replaced }));
    }
}
