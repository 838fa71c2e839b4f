//! JSON, read and written by hand: the format of every stored record, backup and message
//! between tabs.
//!
//! It replaces serde_json, whose generic reader, writer and error machinery were a tenth of the
//! app's code, for a format Leerpad uses in a few fixed ways. Reading follows RFC 8259 as strictly
//! as serde_json did: no comments, trailing commas, leading zeros, unescaped control characters
//! or unpaired surrogates, and at most [`MAX_DEPTH`] levels of nesting. Writing gives the bytes
//! serde_json gave (object keys in byte order, the same escapes, two-space indents when pretty),
//! so the checksums of existing backup files still match. Typed records are written by
//! [`super::encode`] and read by [`super::decode`].
//!
//! Differences, all for files Leerpad never writes: a number keeps the text it was written with
//! (`1e3` stays `1e3`, and a number too large for a float is kept rather than refused), and a key
//! named twice in one object counts once, with its last value.

use super::keyed::Keyed;
use super::pace::Pace;

/// An object: members in key order, each key once.
pub type Map = Keyed<Value>;

/// Nesting deeper than this is refused (serde_json's limit), so a hostile file cannot exhaust
/// the stack.
pub const MAX_DEPTH: usize = 128;

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(Number),
    String(String),
    Array(Vec<Value>),
    Object(Map),
}

/// A number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Number {
    /// A whole number that fits in an `i64`: every number Leerpad writes (times, levels).
    Int(i64),
    /// Any other, as the text it was written with (valid JSON number syntax): a fraction, an
    /// exponent, `-0`, or a whole number beyond `i64`.
    Text(String),
}

impl Number {
    /// Its value when it is written as a whole number (no fraction, no exponent) that fits.
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Number::Int(n) => Some(*n),
            Number::Text(text) => whole(text)?.parse().ok(),
        }
    }

    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Number::Int(n) => u64::try_from(*n).ok(),
            Number::Text(text) => whole(text)?.parse().ok(),
        }
    }

    fn from_text(text: &str) -> Number {
        match whole(text).filter(|t| !t.starts_with("-0")).and_then(|t| t.parse().ok()) {
            Some(n) => Number::Int(n),
            None => Number::Text(text.to_owned()),
        }
    }
}

/// `text` when it is a whole number (no fraction, no exponent).
fn whole(text: &str) -> Option<&str> {
    (!text.bytes().any(|b| matches!(b, b'.' | b'e' | b'E'))).then_some(text)
}

/// Writes `n` in decimal, without the formatting machinery's allocation.
pub fn write_int(out: &mut String, n: i64) {
    let mut digits = [0_u8; 20];
    let mut at = digits.len();
    let mut rest = n.unsigned_abs();
    loop {
        at -= 1;
        // A digit: below 10, so the cast is exact.
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    if n < 0 {
        out.push('-');
    }
    digits[at..].iter().for_each(|&d| out.push(char::from(d)));
}

/// Why a text is not JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParseError {
    /// The text ends where more was expected: a cut-off file.
    Eof,
    /// Anything else: a wrong character, a bad escape, nesting too deep, trailing text.
    Syntax,
}

impl Value {
    /// Reads one JSON value; only whitespace may surround it.
    pub fn parse(text: &str) -> Result<Value, ParseError> {
        let mut reader = Reader { text, bytes: text.as_bytes(), at: 0 };
        let value = reader.value(0)?;
        reader.skip_whitespace();
        if reader.at < reader.bytes.len() { Err(ParseError::Syntax) } else { Ok(value) }
    }

    /// [`Value::parse`] for large texts: the containers of the first [`PACED_LEVELS`] levels are
    /// read an item at a time, with a breather from `pace` after each. Gives what `parse` gives.
    pub async fn parse_paced(text: &str, pace: &mut impl Pace) -> Result<Value, ParseError> {
        let mut reader = Reader { text, bytes: text.as_bytes(), at: 0 };
        let value = reader.paced(0, pace).await?;
        reader.skip_whitespace();
        if reader.at < reader.bytes.len() { Err(ParseError::Syntax) } else { Ok(value) }
    }

    /// The member `key` of an object (`None` for anything else).
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.as_object()?.get(key)
    }

    pub fn get_mut(&mut self, key: &str) -> Option<&mut Value> {
        self.as_object_mut()?.get_mut(key)
    }

    pub fn as_str(&self) -> Option<&str> {
        if let Value::String(s) = self { Some(s) } else { None }
    }

    pub fn as_bool(&self) -> Option<bool> {
        if let Value::Bool(b) = self { Some(*b) } else { None }
    }

    pub fn as_i64(&self) -> Option<i64> {
        if let Value::Number(n) = self { n.as_i64() } else { None }
    }

    pub fn as_u64(&self) -> Option<u64> {
        if let Value::Number(n) = self { n.as_u64() } else { None }
    }

    pub fn as_array(&self) -> Option<&Vec<Value>> {
        if let Value::Array(items) = self { Some(items) } else { None }
    }

    pub fn as_object(&self) -> Option<&Map> {
        if let Value::Object(map) = self { Some(map) } else { None }
    }

    pub fn as_object_mut(&mut self) -> Option<&mut Map> {
        if let Value::Object(map) = self { Some(map) } else { None }
    }

    pub fn is_object(&self) -> bool {
        matches!(self, Value::Object(_))
    }

    /// Compact JSON, as records are stored: `{"a":1,"b":[true]}`.
    pub fn to_json(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, None);
        out
    }

    /// JSON indented by two spaces per level, for files a person may open.
    pub fn to_json_pretty(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, Some(0));
        out
    }

    /// [`Value::to_json`] (`indent: None`) or [`Value::to_json_pretty`] (`Some(depth)` of this
    /// value), handed to `sink` in pieces: the members of the first [`PACED_LEVELS`] levels one at
    /// a time, with a breather from `pace` after each. For portfolios of many megabytes.
    pub fn write_paced<'a, P: Pace>(
        &'a self,
        indent: Option<usize>,
        level: usize,
        sink: &'a mut dyn FnMut(&str),
        pace: &'a mut P,
    ) -> std::pin::Pin<Box<dyn Future<Output = ()> + 'a>> {
        Box::pin(async move {
            let inner = indent.map(|d| d + 1);
            let mut piece = String::new();
            match self {
                Value::Object(map) if level < PACED_LEVELS && !map.is_empty() => {
                    for (i, (key, item)) in map.iter().enumerate() {
                        piece.push(if i == 0 { '{' } else { ',' });
                        line(&mut piece, inner);
                        write_str(&mut piece, key);
                        piece.push_str(if indent.is_some() { ": " } else { ":" });
                        sink(&std::mem::take(&mut piece));
                        item.write_paced(inner, level + 1, sink, pace).await;
                    }
                    line(&mut piece, indent);
                    piece.push('}');
                }
                Value::Array(items) if level < PACED_LEVELS && !items.is_empty() => {
                    for (i, item) in items.iter().enumerate() {
                        piece.push(if i == 0 { '[' } else { ',' });
                        line(&mut piece, inner);
                        sink(&std::mem::take(&mut piece));
                        item.write_paced(inner, level + 1, sink, pace).await;
                    }
                    line(&mut piece, indent);
                    piece.push(']');
                }
                value => {
                    value.write(&mut piece, indent);
                    sink(&piece);
                    return pace.breathe().await;
                }
            }
            sink(&piece);
        })
    }

    /// `indent`: `None` for compact output, else the current depth.
    fn write(&self, out: &mut String, indent: Option<usize>) {
        let inner = indent.map(|d| d + 1);
        match self {
            Value::Null => out.push_str("null"),
            Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Value::Number(Number::Int(n)) => write_int(out, *n),
            Value::Number(Number::Text(text)) => out.push_str(text),
            Value::String(s) => write_str(out, s),
            Value::Array(items) if items.is_empty() => out.push_str("[]"),
            Value::Object(map) if map.is_empty() => out.push_str("{}"),
            Value::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    line(out, inner);
                    item.write(out, inner);
                }
                line(out, indent);
                out.push(']');
            }
            Value::Object(map) => {
                out.push('{');
                for (i, (key, item)) in map.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    line(out, inner);
                    write_str(out, key);
                    out.push_str(if indent.is_some() { ": " } else { ":" });
                    item.write(out, inner);
                }
                line(out, indent);
                out.push('}');
            }
        }
    }
}

/// A line break and the indentation of `indent` (nothing in compact output).
fn line(out: &mut String, indent: Option<usize>) {
    if let Some(depth) = indent {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    }
}

/// An object whose members keep the given order (a file's envelope, so that a person who opens
/// it reads what it is first), pretty-printed like [`Value::to_json_pretty`].
pub fn pretty_object(members: &[(&str, &Value)]) -> String {
    super::pace::at_once(pretty_object_paced(members, &mut super::pace::Unpaced))
}

/// [`pretty_object`] with the members' values written by [`Value::write_paced`].
pub async fn pretty_object_paced(members: &[(&str, &Value)], pace: &mut impl Pace) -> String {
    let mut out = String::from("{");
    for (i, (key, value)) in members.iter().enumerate() {
        out.push_str(if i == 0 { "\n  " } else { ",\n  " });
        write_str(&mut out, key);
        out.push_str(": ");
        value.write_paced(Some(1), 1, &mut |piece| out.push_str(piece), pace).await;
    }
    out.push_str(if members.is_empty() { "}" } else { "\n}" });
    out
}

/// Writes `text` as a JSON string: quotes, backslashes and control characters escaped, all else
/// as it is.
pub fn write_str(out: &mut String, text: &str) {
    out.push('"');
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        let escape = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0..0x20 => "",
            _ => continue,
        };
        out.push_str(&text[start..i]);
        if escape.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.push_str("\\u00");
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0xf)]));
        } else {
            out.push_str(escape);
        }
        start = i + 1;
    }
    out.push_str(&text[start..]);
    out.push('"');
}

impl From<&str> for Value {
    fn from(text: &str) -> Value {
        Value::String(text.to_owned())
    }
}

impl From<String> for Value {
    fn from(text: String) -> Value {
        Value::String(text)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<i64> for Value {
    fn from(n: i64) -> Value {
        Value::Number(Number::Int(n))
    }
}

impl From<u64> for Value {
    fn from(n: u64) -> Value {
        match i64::try_from(n) {
            Ok(n) => Value::Number(Number::Int(n)),
            Err(_) => Value::Number(Number::Text(n.to_string())),
        }
    }
}

impl From<Map> for Value {
    fn from(map: Map) -> Value {
        Value::Object(map)
    }
}

impl From<Vec<Value>> for Value {
    fn from(items: Vec<Value>) -> Value {
        Value::Array(items)
    }
}

/// The members of an object being read, in key order. Members in key order (what Leerpad
/// writes), and a key seen before, go straight in; in a large object the rest is sorted in once at
/// the end, so a hostile file with a key repeated a million times stays fast. A key named twice
/// keeps its last value.
#[derive(Default)]
struct Members {
    map: Map,
    later: Vec<(String, Value)>,
}

impl Members {
    fn insert(&mut self, key: String, value: Value) {
        let map = &mut self.map;
        if map.len() < 1024
            || map.keys().next_back().is_some_and(|last| *last < key)
            || map.contains_key(&key)
        {
            map.insert(key, value);
        } else {
            self.later.push((key, value));
        }
    }

    fn finish(self) -> Map {
        if self.later.is_empty() {
            return self.map;
        }
        // No key is in both (a key in `map` is replaced there), and the sort is stable, so for a
        // key named twice in `later` the last value wins.
        self.map.into_iter().chain(self.later).collect()
    }
}

/// How many levels of a large text [`Value::parse_paced`] reads item by item: a backup file's
/// envelope, its portfolio, and the portfolio's sections, so that each journal entry is a piece.
pub const PACED_LEVELS: usize = 3;

struct Reader<'a> {
    text: &'a str,
    /// `text` as bytes.
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    /// The next byte, consumed; the end of the text is [`ParseError::Eof`].
    fn next(&mut self) -> Result<u8, ParseError> {
        let b = self.peek().ok_or(ParseError::Eof)?;
        self.at += 1;
        Ok(b)
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.at += 1;
        }
    }

    /// Whitespace, then the next byte without consuming it.
    fn next_token(&mut self) -> Result<u8, ParseError> {
        self.skip_whitespace();
        self.peek().ok_or(ParseError::Eof)
    }

    fn value(&mut self, depth: usize) -> Result<Value, ParseError> {
        match self.next_token()? {
            b'n' => self.literal("null", Value::Null),
            b't' => self.literal("true", Value::Bool(true)),
            b'f' => self.literal("false", Value::Bool(false)),
            b'"' => self.string().map(Value::String),
            b'-' | b'0'..=b'9' => self.number(),
            b'[' | b'{' if depth >= MAX_DEPTH => Err(ParseError::Syntax),
            b'[' => {
                self.at += 1;
                let mut items = Vec::new();
                if self.next_token()? == b']' {
                    self.at += 1;
                    return Ok(Value::Array(items));
                }
                loop {
                    items.push(self.value(depth + 1)?);
                    if self.end_of(b']')? {
                        break;
                    }
                }
                Ok(Value::Array(items))
            }
            b'{' => {
                self.at += 1;
                let mut object = Members::default();
                if self.next_token()? == b'}' {
                    self.at += 1;
                    return Ok(Value::Object(object.finish()));
                }
                loop {
                    let key = self.key()?;
                    object.insert(key, self.value(depth + 1)?);
                    if self.end_of(b'}')? {
                        break;
                    }
                }
                Ok(Value::Object(object.finish()))
            }
            _ => Err(ParseError::Syntax),
        }
    }

    /// An object member's key and its colon.
    fn key(&mut self) -> Result<String, ParseError> {
        if self.next_token()? != b'"' {
            return Err(ParseError::Syntax);
        }
        let key = self.string()?;
        if self.next_token()? != b':' {
            return Err(ParseError::Syntax);
        }
        self.at += 1;
        Ok(key)
    }

    /// After a member or item: `true` at the container's `close`, `false` after a comma.
    fn end_of(&mut self, close: u8) -> Result<bool, ParseError> {
        match self.next_token()? {
            b',' => {
                self.at += 1;
                Ok(false)
            }
            b if b == close => {
                self.at += 1;
                Ok(true)
            }
            _ => Err(ParseError::Syntax),
        }
    }

    /// The value at `depth` with its containers in the first [`PACED_LEVELS`] read item by item,
    /// `pace` asked for a breather after each; deeper values at once.
    fn paced<'p, P: Pace>(
        &'p mut self,
        depth: usize,
        pace: &'p mut P,
    ) -> std::pin::Pin<Box<dyn Future<Output = Result<Value, ParseError>> + 'p>> {
        Box::pin(async move {
            let open = self.next_token()?;
            if depth >= PACED_LEVELS || !matches!(open, b'[' | b'{') {
                let value = self.value(depth);
                pace.breathe().await;
                return value;
            }
            self.at += 1;
            if open == b'[' {
                let mut items = Vec::new();
                if self.next_token()? != b']' {
                    loop {
                        items.push(self.paced(depth + 1, pace).await?);
                        if self.end_of(b']')? {
                            return Ok(Value::Array(items));
                        }
                    }
                }
                self.at += 1;
                return Ok(Value::Array(items));
            }
            let mut object = Members::default();
            if self.next_token()? != b'}' {
                loop {
                    let key = self.key()?;
                    object.insert(key, self.paced(depth + 1, pace).await?);
                    if self.end_of(b'}')? {
                        return Ok(Value::Object(object.finish()));
                    }
                }
            }
            self.at += 1;
            Ok(Value::Object(object.finish()))
        })
    }

    fn literal(&mut self, word: &str, value: Value) -> Result<Value, ParseError> {
        for expected in word.bytes() {
            if self.next()? != expected {
                return Err(ParseError::Syntax);
            }
        }
        Ok(value)
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, kept as text.
    fn number(&mut self) -> Result<Value, ParseError> {
        let start = self.at;
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        match self.next()? {
            b'0' => {}
            b'1'..=b'9' => self.digits(),
            _ => return Err(ParseError::Syntax),
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            self.first_digit()?;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            self.first_digit()?;
        }
        // Both ends are at ASCII bytes (or the end), so on character boundaries.
        Ok(Value::Number(Number::from_text(&self.text[start..self.at])))
    }

    fn first_digit(&mut self) -> Result<(), ParseError> {
        if !self.next()?.is_ascii_digit() {
            return Err(ParseError::Syntax);
        }
        self.digits();
        Ok(())
    }

    fn digits(&mut self) {
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.at += 1;
        }
    }

    /// A string; `self.at` is at its opening quote.
    fn string(&mut self) -> Result<String, ParseError> {
        self.at += 1;
        let mut out = String::new();
        loop {
            let start = self.at;
            let plain = self.bytes[start..].iter().position(|&b| b == b'"' || b == b'\\' || b < 0x20);
            self.at = plain.map_or(self.bytes.len(), |n| start + n);
            // Both ends are at ASCII bytes (or the end), so on character boundaries.
            out.push_str(&self.text[start..self.at]);
            match self.next()? {
                b'"' => break,
                b'\\' => {}
                _ => return Err(ParseError::Syntax),
            }
            let unescaped = match self.next()? {
                b'"' => '"',
                b'\\' => '\\',
                b'/' => '/',
                b'b' => '\u{8}',
                b'f' => '\u{c}',
                b'n' => '\n',
                b'r' => '\r',
                b't' => '\t',
                b'u' => self.unicode_escape()?,
                _ => return Err(ParseError::Syntax),
            };
            out.push(unescaped);
        }
        Ok(out)
    }

    /// The character of `\uXXXX` (after the `u`), with a surrogate pair read as one.
    fn unicode_escape(&mut self) -> Result<char, ParseError> {
        let first = self.hex4()?;
        let code = match first {
            0xd800..=0xdbff => {
                if self.next()? != b'\\' || self.next()? != b'u' {
                    return Err(ParseError::Syntax);
                }
                let second = self.hex4()?;
                if !(0xdc00..=0xdfff).contains(&second) {
                    return Err(ParseError::Syntax);
                }
                0x10000 + ((first - 0xd800) << 10) + (second - 0xdc00)
            }
            0xdc00..=0xdfff => return Err(ParseError::Syntax),
            code => code,
        };
        char::from_u32(code).ok_or(ParseError::Syntax)
    }

    fn hex4(&mut self) -> Result<u32, ParseError> {
        let mut code = 0;
        for _ in 0..4 {
            let digit = char::from(self.next()?).to_digit(16).ok_or(ParseError::Syntax)?;
            code = code * 16 + digit;
        }
        Ok(code)
    }
}

/// A [`Value`] written as JSON literal in a test (serde_json's `json!`, read back by
/// [`Value::parse`]).
#[cfg(test)]
macro_rules! json {
    ($($json:tt)+) => {
        $crate::domain::json::Value::parse(&serde_json::json!($($json)+).to_string()).unwrap()
    };
}
#[cfg(test)]
pub(crate) use json;

// proptest and serde_json (the reference these are checked against) are native dev-dependencies.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn reference(text: &str) -> Option<serde_json::Value> {
        serde_json::from_str(text).ok()
    }

    #[test]
    fn reads_and_writes_like_serde_json() {
        for text in [
            r#"{"b":[1,-2,0,true,false,null],"a":{"x":"y\n\"z\"\\ \u0001 é 😀"},"c":[],"d":{}}"#,
            r#"  [ "\u00e9\ud83d\ude00\/", 1.5, -0.25e-3, 10E+2, 123456789012345678 ]  "#,
            r#""just a string""#,
            "0",
            "[[[[]]]]",
        ] {
            let ours = Value::parse(text).unwrap();
            let theirs = reference(text).unwrap();
            // Whole numbers are written as read; serde_json reformats floats, so compare those
            // through serde_json itself.
            let back = reference(&ours.to_json()).unwrap();
            assert_eq!(back, theirs, "{text}");
            if !text.contains('.') && !text.contains('E') {
                assert_eq!(ours.to_json(), theirs.to_string(), "{text}");
                assert_eq!(ours.to_json_pretty(), serde_json::to_string_pretty(&theirs).unwrap());
            }
        }
    }

    #[test]
    fn refuses_what_serde_json_refuses() {
        for text in [
            "",
            " ",
            "{",
            "[1,]",
            "{\"a\":1,}",
            "{a:1}",
            "01",
            "1.",
            ".5",
            "-",
            "1e",
            "+1",
            "NaN",
            "[1 2]",
            "{\"a\" 1}",
            "\"\t\"",
            "\"\\x\"",
            "\"\\ud800\"",
            "\"\\udc00x\"",
            "\"\\ud800\\u0041\"",
            "tru",
            "nul",
            "truex",
            "[] []",
            "// c\n1",
            "'a'",
            "{\"a\":1}}",
            "\"abc",
            "\"\\u12",
        ] {
            assert!(reference(text).is_none(), "serde_json reads {text:?}");
            assert!(Value::parse(text).is_err(), "{text:?}");
        }
    }

    #[test]
    fn a_cut_off_text_is_told_apart() {
        for text in ["{\"a\": \"xx", "[1, 2", "{\"a\"", "{\"a\":", "\"\\u12", "tr", "-"] {
            assert_eq!(Value::parse(text), Err(ParseError::Eof), "{text}");
        }
        assert_eq!(Value::parse("{\"a\": x}"), Err(ParseError::Syntax));
    }

    #[test]
    fn nesting_is_limited() {
        let deep = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
        assert!(Value::parse(&deep(MAX_DEPTH)).is_ok());
        assert_eq!(Value::parse(&deep(MAX_DEPTH + 1)), Err(ParseError::Syntax));
        assert_eq!(Value::parse(&"[".repeat(1_000_000)), Err(ParseError::Syntax));
    }

    #[test]
    fn a_number_too_large_for_a_float_is_kept_as_written() {
        assert!(reference("[1e999]").is_none());
        assert_eq!(Value::parse("[1e999]").unwrap().to_json(), "[1e999]");
    }

    #[test]
    fn a_key_named_twice_keeps_its_last_value() {
        let value = Value::parse(r#"{"a":1,"b":2,"a":3}"#).unwrap();
        assert_eq!(value.to_json(), r#"{"a":3,"b":2}"#);
        // Also in a large object out of order, whose members are sorted in at the end.
        let members: Vec<String> = (0..3000).rev().map(|i| format!("\"k{}\":{i}", i % 2500)).collect();
        let text = format!("{{{}}}", members.join(","));
        assert_eq!(Value::parse(&text).unwrap().to_json(), reference(&text).unwrap().to_string());
    }

    #[test]
    fn numbers_read_as_whole_numbers_only_when_written_so() {
        let n = |text: &str| Value::parse(text).unwrap();
        assert_eq!(n("-9223372036854775808").as_i64(), Some(i64::MIN));
        assert_eq!(n("18446744073709551615").as_u64(), Some(u64::MAX));
        assert_eq!(n("18446744073709551616").as_u64(), None);
        assert_eq!(n("-1").as_u64(), None);
        assert_eq!(n("1.0").as_i64(), None);
        assert_eq!(n("1e3").as_i64(), None);
        assert_eq!(Value::from(-42_i64).to_json(), "-42");
        for text in ["0", "-0", "7", "-9223372036854775808", "18446744073709551615", "1.50", "2E+3"] {
            assert_eq!(n(text).to_json(), text, "a number is written as it was read");
        }
        for n in [0, 9, 10, -1, i64::MAX, i64::MIN] {
            let mut out = String::new();
            write_int(&mut out, n);
            assert_eq!(out, n.to_string());
        }
    }

    fn any_value() -> impl Strategy<Value = serde_json::Value> {
        let leaf = prop_oneof![
            Just(serde_json::Value::Null),
            any::<bool>().prop_map(serde_json::Value::from),
            any::<i64>().prop_map(serde_json::Value::from),
            any::<u64>().prop_map(serde_json::Value::from),
            any::<String>().prop_map(serde_json::Value::from),
        ];
        leaf.prop_recursive(4, 64, 8, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..8).prop_map(serde_json::Value::from),
                prop::collection::btree_map(any::<String>(), inner, 0..8)
                    .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #[test]
        fn any_document_round_trips_byte_for_byte(value in any_value()) {
            let compact = value.to_string();
            let ours = Value::parse(&compact).unwrap();
            prop_assert_eq!(ours.to_json(), compact);
            let pretty = serde_json::to_string_pretty(&value).unwrap();
            prop_assert_eq!(Value::parse(&pretty).unwrap().to_json_pretty(), pretty);
        }

        #[test]
        fn any_text_is_read_exactly_when_serde_json_reads_it(text in "[\\[\\]{}\",:0-9a-z.eE+\\\\ -]{0,24}") {
            let theirs = serde_json::from_str::<serde_json::Value>(&text);
            // The one documented difference: a number too large for a float is kept as written.
            let too_large = theirs.as_ref().is_err_and(|e| e.to_string().starts_with("number out of range"));
            prop_assert_eq!(Value::parse(&text).is_ok(), theirs.is_ok() || too_large, "{:?}", text);
        }

        #[test]
        fn any_text_is_read_paced_exactly_as_at_once(text in "[\\[\\]{}\",:0-9a-z.eE+\\\\ \n-]{0,40}") {
            let paced = crate::domain::pace::at_once(Value::parse_paced(&text, &mut crate::domain::pace::Unpaced));
            prop_assert_eq!(paced, Value::parse(&text), "{:?}", text);
        }

        #[test]
        fn any_document_is_read_paced_exactly_as_at_once(value in any_value()) {
            for text in [value.to_string(), serde_json::to_string_pretty(&value).unwrap()] {
                let paced = crate::domain::pace::at_once(Value::parse_paced(&text, &mut crate::domain::pace::Unpaced));
                prop_assert_eq!(paced, Value::parse(&text));
            }
        }
    }

    #[test]
    fn a_paced_read_breathes_after_each_item_of_the_first_levels() {
        use crate::domain::pace::{Counted, at_once};
        let text = r#"{"format":"x","portfolio":{"journal":{"a":{"t":[1,2]},"b":{}},"profile":{}}}"#;
        let mut pace = Counted::default();
        assert_eq!(at_once(Value::parse_paced(text, &mut pace)), Value::parse(text));
        // After "x", and after "a" and "b", each read whole at the fourth level.
        assert_eq!(pace.0, 3);
        let members: Vec<String> = (0..3000).rev().map(|i| format!("\"k{}\":{i}", i % 2500)).collect();
        let large = format!("{{{}}}", members.join(","));
        assert_eq!(at_once(Value::parse_paced(&large, &mut pace)), Value::parse(&large), "keys named twice");
    }

    proptest! {
        #[test]
        fn any_document_is_written_paced_exactly_as_at_once(value in any_value()) {
            let ours = Value::parse(&value.to_string()).unwrap();
            for indent in [None, Some(0)] {
                let mut out = String::new();
                crate::domain::pace::at_once(ours.write_paced(indent, 0, &mut |piece| out.push_str(piece), &mut crate::domain::pace::Unpaced));
                prop_assert_eq!(out, if indent.is_some() { ours.to_json_pretty() } else { ours.to_json() });
            }
        }
    }
}
