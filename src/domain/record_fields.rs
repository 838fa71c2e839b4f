//! The fields of every stored record type, in the order they are written: the one table from
//! which both the JSON writer ([`super::encode`]) and the reader ([`super::decode`]) of each type
//! are made. Name every field: the round-trip test in `decode` finds one that is missing.

use super::attachments::Attachment;
use super::conversations::Conversation;
use super::items::{Action, FeedbackItem, Intervision, Question, Why};
use super::portfolio::{JournalEntry, Moment, Profile, Rating, Settings};
use super::reply::{AgreedAction, ManagerRating, Reply};
use super::worksheet::{SheetRow, Worksheet};

macro_rules! stored_records {
    ($($table:tt)*) => {
        super::encode::encode_object! { $($table)* }
        super::decode::decode_object! { $($table)* }
    };
}

stored_records! {
    Profile { name, role, organisation, manager, programme, cohort_start }
    Settings { last_backup, persistence_requested }
    Why { drivers, strengthens, holds_back, ambition_where, ambition_impact, ambition_role, ambition_path, shared }
    JournalEntry { id, created, updated, module, title, body, goals, date, learned, differently, source, shared }
    Moment { id, name, date, programme, created, closed, ratings }
    Rating { level, not_applicable, note, target }
    FeedbackItem { id, created, updated, title, column, body, module, goals, shared }
    Action {
        id, created, updated, title, why, with_whom, due, success, status, happened, learned, module, goals,
        shared, from_feedback,
    }
    Question { id, created, updated, title, body, ask, discuss, agreements, module, goals, shared }
    Intervision { id, created, updated, date, title, body, learned, module, goals, shared }
    Attachment { id, of, of_id, goal, name, media_type, size, added, date, updated, sha256, crc32, excluded }
    Worksheet { id, created, updated, sheet, date, module, goals, shared, values, tables }
    SheetRow { id, cells }
    Reply { conversation, manager, date, ratings, comments, went_well, develop, actions, support, next_date, updated }
    ManagerRating { level, note }
    Conversation { id, created, updated, date, reply, taken_over }
    AgreedAction { id, title, due, goal }
}
