//! The portfolio overview: one uniform view of every kind of entry for listing, filtering and
//! searching, and the overview's lines.

use super::attachments::Owner;
use super::items::{ActionStatus, Kind, is_overdue};
use super::portfolio::{Millis, Portfolio};
use super::sorting::sort_by;

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
    /// How many files are attached.
    pub files: usize,
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
        let files = |kind: Kind, id: &str| {
            if self.attachments.is_empty() {
                0
            } else {
                self.attachment_count(&Owner::Item(kind.into(), id.to_owned()))
            }
        };
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
            files: files(kind, id),
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
            let text = join(&[&q.title, &q.body, &q.ask, &q.agreements]);
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
        for w in self.worksheets.values() {
            let sheet = super::worksheet::sheet(&w.sheet);
            let title = super::worksheet::title(w, sheet);
            let mut texts = w.texts();
            texts.push(&title);
            out.push(entry(
                Kind::Worksheet,
                &w.id,
                &title,
                &w.date,
                w.created,
                &w.module,
                &w.goals,
                w.shared,
                join(&texts),
            ));
        }
        sort_by(&mut out, |a, b| b.sort_key.cmp(&a.sort_key).then_with(|| a.id.cmp(&b.id)));
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
    /// Only entries with attached files.
    pub with_files: bool,
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
            && (!self.with_files || entry.files > 0)
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
    pub fn shown_as(&self) -> (Kind, String, String, String, Option<String>, bool, bool, usize) {
        let e = &self.entry;
        (
            e.kind,
            e.id.clone(),
            e.title.clone(),
            e.sort_key.0.clone(),
            e.module.clone(),
            e.shared,
            self.overdue,
            e.files,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::items::{Action, Column, FeedbackItem, Intervision, Question};
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
                shared: true,
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
    fn entries_count_their_files_and_can_be_filtered_on_having_them() {
        use crate::domain::attachments::{Attachment, FileFacts};
        use crate::domain::items::Collection;
        let mut p = sample();
        let id = p.journal.keys().next().unwrap().clone();
        let facts = FileFacts {
            name: "a.pdf".into(),
            media_type: String::new(),
            size: 1,
            sha256: "0".repeat(64),
            crc32: 0,
        };
        let owner = Owner::Item(Collection::Journal, id.clone());
        for f in ["f1", "f2"] {
            p.attachments.insert(f.into(), Attachment::new(f.into(), &owner, facts.clone(), 1, "2026-12-07"));
        }
        let entries = p.entries();
        let with = Filter { with_files: true, ..Default::default() }.apply(entries.clone());
        assert_eq!(with.iter().map(|e| (e.id.as_str(), e.files)).collect::<Vec<_>>(), [(id.as_str(), 2)]);
        assert_eq!(entries.iter().filter(|e| e.files == 0).count(), 4);
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
