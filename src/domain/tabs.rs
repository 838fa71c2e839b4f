//! What the Leerpad tabs open in one browser tell each other (over a `BroadcastChannel`): the
//! records a tab saved, that everything changed at once, and that a simultaneous edit replaced
//! another tab's text. Messages are JSON text; anything else on the channel is ignored.

use super::json::{Value, write_str};

/// Saves larger than this are announced as [`Message::Reread`] rather than sent record by record.
pub const MAX_SENT_BYTES: usize = 256 * 1024;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// These records were saved, as `(record key, JSON)`; `None`: deleted.
    Saved(Vec<(String, Option<String>)>),
    /// Much or everything changed (a restore, a repair, an erase): read the database again.
    Reread,
    /// The sender kept its own text in `fields` of record `key`, replacing the version with
    /// checksum `replaced` that the receiver may still show.
    Clash { key: String, replaced: String, fields: Vec<String> },
}

impl Message {
    /// The message for a save of `written`: record by record, or [`Message::Reread`] when large.
    pub fn saved(written: Vec<(String, Option<String>)>) -> Message {
        let size: usize = written.iter().map(|(k, v)| k.len() + v.as_ref().map_or(0, String::len)).sum();
        if size > MAX_SENT_BYTES { Message::Reread } else { Message::Saved(written) }
    }

    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let text = |out: &mut String, text: &str| write_str(out, text);
        match self {
            Message::Saved(records) => {
                out.push_str("{\"saved\":{");
                for (i, (key, json)) in records.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    text(&mut out, key);
                    out.push(':');
                    match json {
                        Some(json) => text(&mut out, json),
                        None => out.push_str("null"),
                    }
                }
                out.push_str("}}");
            }
            Message::Reread => out.push_str("{\"reread\":true}"),
            Message::Clash { key, replaced, fields } => {
                out.push_str("{\"clash\":");
                text(&mut out, key);
                out.push_str(",\"replaced\":");
                text(&mut out, replaced);
                out.push_str(",\"fields\":[");
                for (i, field) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    text(&mut out, field);
                }
                out.push_str("]}");
            }
        }
        out
    }

    /// Reads a message; `None` for anything that is not one.
    pub fn parse(text: &str) -> Option<Message> {
        let value = Value::parse(text).ok()?;
        if let Some(records) = value.get("saved") {
            let records = records.as_object()?.iter().map(|(k, v)| match v {
                Value::Null => Some((k.clone(), None)),
                v => Some((k.clone(), Some(v.as_str()?.to_owned()))),
            });
            return records.collect::<Option<Vec<_>>>().map(Message::Saved);
        }
        if value.get("reread").and_then(Value::as_bool) == Some(true) {
            return Some(Message::Reread);
        }
        let key = value.get("clash")?.as_str()?.to_owned();
        let replaced = value.get("replaced")?.as_str()?.to_owned();
        let fields =
            value.get("fields")?.as_array()?.iter().filter_map(|f| Some(f.as_str()?.to_owned())).collect();
        Some(Message::Clash { key, replaced, fields })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_round_trip() {
        for message in [
            Message::Saved(vec![
                // In key order, as a JSON object keeps them.
                ("leerpad:journal:j1".into(), None),
                ("leerpad:profile".into(), Some(r#"{"name":"Noor"}"#.into())),
            ]),
            Message::Reread,
            Message::Clash {
                key: "leerpad:profile".into(),
                replaced: "0123".into(),
                fields: vec!["name".into()],
            },
        ] {
            assert_eq!(Message::parse(&message.to_text()), Some(message));
        }
    }

    #[test]
    fn large_saves_ask_for_a_new_read() {
        let big = "x".repeat(MAX_SENT_BYTES);
        assert_eq!(Message::saved(vec![("leerpad:journal:j1".into(), Some(big))]), Message::Reread);
        assert!(matches!(Message::saved(vec![("k".into(), Some("{}".into()))]), Message::Saved(_)));
    }

    #[test]
    fn anything_else_is_ignored() {
        for text in [
            "",
            "{}",
            "[]",
            "\"saved\"",
            r#"{"saved":[1]}"#,
            r#"{"saved":{"k":1}}"#,
            r#"{"clash":1}"#,
            "{kapot",
        ] {
            assert_eq!(Message::parse(text), None, "{text}");
        }
    }
}
