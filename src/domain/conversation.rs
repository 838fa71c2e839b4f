//! Conversation files (issue 16): how the participant and the manager exchange the ontwikkelgesprek
//! without a server. Both files are JSON of one documented format, version 1:
//!
//! ```json
//! {"format": "leerpad-gesprek", "version": 1, "kind": "request", "conversation": "<ID>",
//!  "app_version": "0.1.0", "made": 1765000000000, "date": "2026-12-07",
//!  "participant": "<name>", "programme": "blg", "options": {<the report's choices>},
//!  "checksum": "<FNV-1a 64, hex>", "portfolio": {<what the report shows, schema document>}}
//!
//! {"format": "leerpad-gesprek", "version": 1, "kind": "reply", "conversation": "<ID>",
//!  "app_version": "0.1.0", "made": 1765000000000, "checksum": "<…>", "reply": {<the answer>}}
//! ```
//!
//! - The **request** holds exactly what the participant's report shows ([`super::disclosure`]),
//!   the report's choices, and a new conversation ID.
//! - The **reply** holds the manager's answer ([`super::reply`]) and is bound to that ID: a reply
//!   is read only for the conversation it answers.
//! - The checksum covers every other member (as compact JSON with sorted members), so a file
//!   changed on the way is refused. It is an integrity check, not a signature; a file that needs
//!   to stay private goes in a passphrase envelope ([`super::envelope`]).
//!
//! Everything is checked before anything is used; each refusal is a [`ConversationError`] that
//! the interface words.

use super::backup::{APP_VERSION, checksum};
use super::content_model::Programme;
use super::dates::Millis;
use super::decode::Decode;
use super::disclosure::disclosed;
use super::encode::to_json;
use super::json::{self, Map, ParseError, Value};
use super::migrate::{self, DocumentError};
use super::portfolio::Portfolio;
use super::reply::Reply;
use super::report::Options;
use super::worksheet::is_date;

pub const FORMAT: &str = "leerpad-gesprek";
/// The version this build writes and reads.
pub const VERSION: u64 = 1;
/// The largest request read: the report's part of a portfolio, without the files themselves.
pub const MAX_REQUEST_BYTES: usize = 50 * 1000 * 1000;
/// The largest reply read.
pub const MAX_REPLY_BYTES: usize = 5 * 1000 * 1000;
/// The longest conversation ID.
const MAX_ID: usize = 64;

super::encode::encode_object! {
    Options { profile, questions, highlights, actions, ratings, radar, notes_left_out, shared, first_moment, latest_moment }
}
super::decode::decode_object! {
    Options { profile, questions, highlights, actions, ratings, radar, notes_left_out, shared, first_moment, latest_moment }
}

/// Which of the two files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Request,
    Reply,
}

impl Kind {
    fn code(self) -> &'static str {
        match self {
            Kind::Request => "request",
            Kind::Reply => "reply",
        }
    }
}

/// What the participant sends: the report's part of their portfolio and how the report shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    pub conversation: String,
    /// When the file was made.
    pub made: Millis,
    /// The report's date, `YYYY-MM-DD`.
    pub date: String,
    pub participant: String,
    /// The programme whose goals the report shows.
    pub programme: Option<String>,
    pub options: Options,
    /// What the report shows, as a portfolio ([`disclosed`]).
    pub portfolio: Portfolio,
}

/// Why a conversation file is refused. Each has its own message in the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConversationError {
    TooLarge,
    /// Empty, or not JSON at all.
    NotJson,
    /// JSON that ends too early: cut off while copying.
    Truncated,
    /// JSON, but no conversation file (a backup, another program's file …).
    Foreign,
    /// Made by a newer Leerpad.
    Newer,
    /// The other kind of conversation file: a reply where a request was asked for, or the reverse.
    WrongKind(Kind),
    /// The contents do not match the checksum: changed or damaged after it was made.
    Damaged,
    /// A conversation file with contents of the wrong shape or out of bounds.
    Invalid,
    /// A reply to another conversation than the one it is imported for.
    OtherConversation,
}

/// A new conversation's file: what the report with `options` shows of `p`, under the conversation
/// ID `id`, made at `now` on the participant's day `today`.
pub fn request_file(
    p: &Portfolio,
    programme: Option<&Programme>,
    options: &Options,
    id: &str,
    now: Millis,
    today: &str,
) -> String {
    let part = disclosed(p, programme, options);
    let document = Value::parse(&part.to_document_json()).unwrap_or(Value::Null);
    let options = Value::parse(&to_json(options)).unwrap_or(Value::Null);
    let programme = programme.map_or(Value::Null, |p| Value::from(&*p.id));
    write(
        Kind::Request,
        id,
        now,
        vec![
            ("date", Value::from(today)),
            ("participant", Value::from(p.profile.name.trim())),
            ("programme", programme),
            ("options", options),
        ],
        ("portfolio", document),
    )
}

/// The reply file for `reply`, made at `now`.
pub fn reply_file(reply: &Reply, now: Millis) -> String {
    let body = Value::parse(&to_json(reply)).unwrap_or(Value::Null);
    write(Kind::Reply, &reply.conversation, now, Vec::new(), ("reply", body))
}

/// The file: the envelope's members in a fixed order (what it is first, the body last), and the
/// checksum over all of them.
fn write(kind: Kind, id: &str, now: Millis, middle: Vec<(&str, Value)>, body: (&str, Value)) -> String {
    let mut members: Vec<(&str, Value)> = vec![
        ("format", Value::from(FORMAT)),
        ("version", Value::from(VERSION)),
        ("kind", Value::from(kind.code())),
        ("conversation", Value::from(id)),
        ("app_version", Value::from(APP_VERSION)),
        ("made", Value::from(now)),
    ];
    members.extend(middle);
    let map: Map = members.iter().chain([&body]).map(|(k, v)| ((*k).to_owned(), v.clone())).collect();
    members.push(("checksum", Value::from(checksum(&Value::Object(map).to_json()))));
    members.push(body);
    let refs: Vec<(&str, &Value)> = members.iter().map(|(k, v)| (*k, v)).collect();
    json::pretty_object(&refs)
}

/// Which kind of conversation file `text` is, checking nothing else (to send a file to the page
/// that reads it); `None` for anything else.
pub fn kind_of(text: &str) -> Option<Kind> {
    let value = Value::parse(text.trim_start_matches('\u{feff}')).ok()?;
    if value.get("format")?.as_str()? != FORMAT {
        return None;
    }
    match value.get("kind")?.as_str()? {
        "request" => Some(Kind::Request),
        "reply" => Some(Kind::Reply),
        _ => None,
    }
}

/// The conversation a reply file says it answers, checking nothing else (to find the
/// conversation among those sent; [`read_reply`] then checks the file against it).
pub fn answers(text: &str) -> Option<String> {
    let value = Value::parse(text.trim_start_matches('\u{feff}')).ok()?;
    let is = |key: &str, expected: &str| value.get(key).and_then(Value::as_str) == Some(expected);
    if !is("format", FORMAT) || !is("kind", Kind::Reply.code()) {
        return None;
    }
    value.get("conversation")?.as_str().map(str::to_owned)
}

/// The checked members of a conversation file of `kind`, checksum verified and removed.
fn open(text: &str, kind: Kind, limit: usize) -> Result<Map, ConversationError> {
    use ConversationError as E;
    if text.len() > limit {
        return Err(E::TooLarge);
    }
    let text = text.trim_start_matches('\u{feff}');
    let value = Value::parse(text).map_err(|e| match e {
        ParseError::Eof if text.trim_start().starts_with('{') => E::Truncated,
        _ => E::NotJson,
    })?;
    let Value::Object(mut map) = value else { return Err(E::Foreign) };
    if map.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(E::Foreign);
    }
    match map.get("version").and_then(Value::as_u64) {
        Some(VERSION) => {}
        Some(v) if v > VERSION => return Err(E::Newer),
        _ => return Err(E::Invalid),
    }
    let found = match map.get("kind").and_then(Value::as_str) {
        Some("request") => Kind::Request,
        Some("reply") => Kind::Reply,
        _ => return Err(E::Invalid),
    };
    if found != kind {
        return Err(E::WrongKind(found));
    }
    let sum = match map.remove("checksum") {
        Some(Value::String(sum)) => sum,
        _ => return Err(E::Invalid),
    };
    if checksum(&Value::Object(map.clone()).to_json()) != sum {
        return Err(E::Damaged);
    }
    let id = map.get("conversation").and_then(Value::as_str).unwrap_or_default();
    let id_ok =
        !id.is_empty() && id.len() <= MAX_ID && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    if !id_ok || map.get("made").and_then(Value::as_i64).is_none() {
        return Err(E::Invalid);
    }
    Ok(map)
}

fn text_member(map: &mut Map, key: &str) -> Result<String, ConversationError> {
    match map.remove(key) {
        Some(Value::String(s)) => Ok(s),
        _ => Err(ConversationError::Invalid),
    }
}

/// Reads a participant's conversation file.
pub fn read_request(text: &str) -> Result<Request, ConversationError> {
    use ConversationError as E;
    let mut map = open(text, Kind::Request, MAX_REQUEST_BYTES)?;
    let made = map.get("made").and_then(Value::as_i64).unwrap_or_default();
    let (conversation, date, participant) = (
        text_member(&mut map, "conversation")?,
        text_member(&mut map, "date")?,
        text_member(&mut map, "participant")?,
    );
    if !is_date(&date) || participant.chars().count() > 200 {
        return Err(E::Invalid);
    }
    let programme = match map.remove("programme") {
        Some(Value::String(p)) => Some(p),
        Some(Value::Null) => None,
        _ => return Err(E::Invalid),
    };
    let options = Options::decode(map.remove("options").ok_or(E::Invalid)?).map_err(|_| E::Invalid)?;
    let portfolio =
        migrate::read_document_value(map.remove("portfolio").ok_or(E::Invalid)?).map_err(|e| match e {
            DocumentError::Newer(_) => E::Newer,
            _ => E::Invalid,
        })?;
    Ok(Request { conversation, made, date, participant, programme, options, portfolio })
}

/// Reads a manager's reply to the conversation `conversation`.
pub fn read_reply(text: &str, conversation: &str) -> Result<Reply, ConversationError> {
    let mut map = open(text, Kind::Reply, MAX_REPLY_BYTES)?;
    if map.get("conversation").and_then(Value::as_str) != Some(conversation) {
        return Err(ConversationError::OtherConversation);
    }
    let reply = map.remove("reply").ok_or(ConversationError::Invalid)?;
    let reply = Reply::decode(reply).map_err(|_| ConversationError::Invalid)?;
    if reply.conversation != conversation || reply.check().is_err() {
        return Err(ConversationError::Invalid);
    }
    Ok(reply)
}

/// The request's file name: `leerpad-gesprek-<date>.json`.
pub fn request_file_name(date: &str) -> String {
    format!("leerpad-gesprek-{date}.json")
}

/// The reply's file name: `leerpad-gesprek-antwoord-<date>.json`.
pub fn reply_file_name(date: &str) -> String {
    format!("leerpad-gesprek-antwoord-{date}.json")
}
