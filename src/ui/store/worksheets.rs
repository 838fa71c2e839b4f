//! Filled-in worksheets: starting one (a draft until something is typed, like every new item)
//! and changing its answers through the engine's checked setters.

use leptos::prelude::*;

use super::Store;
use crate::domain::{
    content_model::Sheet,
    forms::NewItem,
    records::{Collection, RecordKey},
    worksheet::Worksheet,
};
use crate::ui::browser::clock::{new_id, now, today};

impl Store {
    /// Starts a worksheet of `sheet`, linked to its module in `programme`, and returns its key.
    pub fn add_worksheet(self, sheet: &Sheet, programme: Option<&str>) -> RecordKey {
        if let Some(old) = self.draft.get_untracked() {
            self.discard_draft(&old);
        }
        let new = NewItem { id: new_id("w"), now: now(), today: today(), ..NewItem::default() };
        let key = RecordKey::Item(Collection::Worksheet, new.id.clone());
        if self.can_edit() {
            self.portfolio.update(|p| drop(p.add_worksheet(sheet, new, programme)));
            self.draft.set(Some(key.clone()));
        }
        key
    }

    /// Changes the worksheet `key` when `change` says it did (the engine's setters refuse an
    /// answer a field does not take, and report no change for the same answer).
    pub fn edit_worksheet(self, key: &RecordKey, change: impl FnOnce(&mut Worksheet) -> bool) {
        let RecordKey::Item(Collection::Worksheet, id) = key else { return };
        // Decide first, untracked, so that an unchanged answer writes nothing.
        let mut probe = self.portfolio.with_untracked(|p| p.worksheets.get(id).cloned());
        let Some(ws) = probe.as_mut() else { return };
        if !change(ws) {
            return;
        }
        let changed = probe.expect("checked above");
        self.change_item(key, move |p| drop(p.worksheets.insert(changed.id.clone(), changed)));
    }
}
