//! Writing the portfolio's records as JSON, by hand: the counterpart of [`super::decode`].
//!
//! Every record is written as compact JSON straight into a string, fields in the order the
//! types declare them, choices as their codes, `None` as `null` (the bytes serde's derived code
//! wrote, so stored data and backups look exactly as before).

use super::items::{ActionStatus, Column, Source};
use super::json::{write_int, write_str};
use super::keyed::Keyed;
use super::portfolio::{ModuleStatus, Portfolio};

/// A value that can be written as JSON.
pub trait Encode {
    fn encode(&self, out: &mut String);
}

/// `value` as compact JSON.
pub fn to_json<T: Encode + ?Sized>(value: &T) -> String {
    let mut out = String::new();
    value.encode(&mut out);
    out
}

impl Encode for str {
    fn encode(&self, out: &mut String) {
        write_str(out, self);
    }
}

impl Encode for String {
    fn encode(&self, out: &mut String) {
        write_str(out, self);
    }
}

impl Encode for bool {
    fn encode(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
}

macro_rules! encode_number {
    ($($t:ty),*) => {$(
        impl Encode for $t {
            fn encode(&self, out: &mut String) {
                write_int(out, i64::from(*self));
            }
        }
    )*};
}
encode_number!(i64, u8, u32);

impl<T: Encode> Encode for Option<T> {
    fn encode(&self, out: &mut String) {
        match self {
            Some(value) => value.encode(out),
            None => out.push_str("null"),
        }
    }
}

impl<T: Encode> Encode for Vec<T> {
    fn encode(&self, out: &mut String) {
        out.push('[');
        for (i, item) in self.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            item.encode(out);
        }
        out.push(']');
    }
}

/// An object of IDs, in ID order.
impl<T: Encode> Encode for Keyed<T> {
    fn encode(&self, out: &mut String) {
        out.push('{');
        for (i, (id, item)) in self.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            write_str(out, id);
            out.push(':');
            item.encode(out);
        }
        out.push('}');
    }
}

macro_rules! encode_choice {
    ($($t:ty),*) => {$(
        impl Encode for $t {
            fn encode(&self, out: &mut String) {
                write_str(out, self.code());
            }
        }
    )*};
}
encode_choice!(Source, Column, ActionStatus, ModuleStatus);

/// A record type, written as an object with a member per field, in this order. The stored
/// records' fields are listed once, in [`super::record_fields`].
macro_rules! encode_object {
    ($($t:ty { $($field:ident),* $(,)? })*) => {$(
        impl $crate::domain::encode::Encode for $t {
            fn encode(&self, out: &mut String) {
                let mut first = true;
                $(
                    out.push_str(if first { "{\"" } else { ",\"" });
                    first = false;
                    out.push_str(stringify!($field));
                    out.push_str("\":");
                    $crate::domain::encode::Encode::encode(&self.$field, out);
                )*
                let _ = first;
                out.push('}');
            }
        }
    )*};
}
pub(super) use encode_object;

/// The portfolio as one document (backups); it is read record by record. Attached files,
/// worksheets and conversations came later within the same schema: a portfolio without them is written as before,
/// so that its backups read the same in every build.
impl Encode for Portfolio {
    fn encode(&self, out: &mut String) {
        let p = self;
        let fields: [(&str, &dyn Encode); 10] = [
            ("profile", &p.profile),
            ("progress", &p.progress),
            ("settings", &p.settings),
            ("journal", &p.journal),
            ("moments", &p.moments),
            ("feedback", &p.feedback),
            ("actions", &p.actions),
            ("questions", &p.questions),
            ("intervisions", &p.intervisions),
            ("why", &p.why),
        ];
        let later: [(&str, &dyn Encode, bool); 3] = [
            ("attachments", &p.attachments, p.attachments.is_empty()),
            ("worksheets", &p.worksheets, p.worksheets.is_empty()),
            ("conversations", &p.conversations, p.conversations.is_empty()),
        ];
        let later = later.into_iter().filter(|(_, _, empty)| !empty).map(|(name, value, _)| (name, value));
        for (i, (name, value)) in fields.into_iter().chain(later).enumerate() {
            out.push_str(if i == 0 { "{\"" } else { ",\"" });
            out.push_str(name);
            out.push_str("\":");
            value.encode(out);
        }
        out.push('}');
    }
}

// serde (the reference these are checked against) is a native dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::portfolio::Rating;

    #[test]
    fn strings_are_escaped_as_json() {
        assert_eq!(to_json("a\"b\\c\n\u{1}é"), r#""a\"b\\c\n\u0001é""#);
        assert_eq!(to_json(&Some(3_u8)), "3");
        assert_eq!(to_json(&None::<u8>), "null");
        assert_eq!(to_json(&vec![String::from("x")]), r#"["x"]"#);
    }

    #[test]
    fn a_record_is_an_object_in_field_order() {
        let rating = Rating { level: Some(4), not_applicable: false, note: "ok".into(), target: None };
        assert_eq!(to_json(&rating), r#"{"level":4,"not_applicable":false,"note":"ok","target":null}"#);
        let mut progress = Keyed::new();
        progress.insert("blg.m2".into(), ModuleStatus::Done);
        progress.insert("blg.m1".into(), ModuleStatus::InProgress);
        assert_eq!(to_json(&progress), r#"{"blg.m1":"in_progress","blg.m2":"done"}"#);
    }
}
