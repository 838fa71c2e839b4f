//! The envelope of a passphrase-encrypted file (issue 16: conversation files and backups): a
//! small, versioned JSON document around the ciphertext, with everything needed to decrypt it
//! except the passphrase.
//!
//! ```json
//! {"format":"leerpad-versleuteld","version":1,"kdf":"PBKDF2-SHA-256","iterations":600000,
//!  "cipher":"AES-256-GCM","salt":"<16 bytes, base64>","iv":"<12 bytes, base64>",
//!  "ciphertext":"<base64: the encrypted file followed by GCM's 16-byte tag>"}
//! ```
//!
//! The key is PBKDF2-SHA-256 of the passphrase and the random salt; the cipher AES-256-GCM with a
//! random IV, whose tag makes any change to the ciphertext, salt or IV fail to decrypt. The
//! browser's WebCrypto does the work; this module only writes and strictly reads the envelope,
//! so that a damaged or foreign file is refused before any key is derived. Each refusal is a
//! distinct [`EnvelopeError`], which the interface words.

use super::json::{Value, write_str};

/// What the `format` member says.
pub const FORMAT: &str = "leerpad-versleuteld";
/// The envelope version this build writes and reads.
pub const VERSION: u64 = 1;
pub const KDF: &str = "PBKDF2-SHA-256";
pub const CIPHER: &str = "AES-256-GCM";
/// The fewest PBKDF2 iterations accepted (OWASP's advice for PBKDF2-HMAC-SHA256, 2023).
pub const MIN_ITERATIONS: u32 = 600_000;
/// The most accepted: a hostile file must not keep the browser deriving a key for minutes.
pub const MAX_ITERATIONS: u32 = 10_000_000;
pub const SALT_BYTES: usize = 16;
pub const IV_BYTES: usize = 12;
/// GCM's authentication tag, at the end of the ciphertext.
pub const TAG_BYTES: usize = 16;

/// An encrypted file, as its envelope describes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Envelope {
    pub iterations: u32,
    pub salt: [u8; SALT_BYTES],
    pub iv: [u8; IV_BYTES],
    /// The encrypted text with the tag at its end.
    pub ciphertext: Vec<u8>,
}

/// Why an envelope is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EnvelopeError {
    /// Not an encrypted Leerpad file at all (then it may be a plain one).
    NotAnEnvelope,
    /// An envelope of a version this build does not know (a newer Leerpad made it).
    UnsupportedVersion(u64),
    /// An envelope with a part missing, of the wrong size, or not in base64: damaged on the way.
    Damaged,
}

impl Envelope {
    /// The envelope as compact JSON.
    pub fn to_json(&self) -> String {
        let mut out = String::from("{\"format\":");
        write_str(&mut out, FORMAT);
        out.push_str(&format!(",\"version\":{VERSION},\"kdf\":"));
        write_str(&mut out, KDF);
        out.push_str(&format!(",\"iterations\":{},\"cipher\":", self.iterations));
        write_str(&mut out, CIPHER);
        for (name, bytes) in
            [("salt", &self.salt[..]), ("iv", &self.iv[..]), ("ciphertext", &self.ciphertext[..])]
        {
            out.push_str(&format!(",\"{name}\":\""));
            out.push_str(&base64(bytes));
            out.push('"');
        }
        out.push('}');
        out
    }

    /// Reads an envelope, strictly: every member there, of its type and size.
    pub fn parse(text: &str) -> Result<Envelope, EnvelopeError> {
        let value =
            Value::parse(text.trim_start_matches('\u{feff}')).map_err(|_| EnvelopeError::NotAnEnvelope)?;
        if value.get("format").and_then(Value::as_str) != Some(FORMAT) {
            return Err(EnvelopeError::NotAnEnvelope);
        }
        let version = value.get("version").and_then(Value::as_u64).ok_or(EnvelopeError::Damaged)?;
        if version != VERSION {
            return Err(EnvelopeError::UnsupportedVersion(version));
        }
        let text_of = |name: &str| value.get(name).and_then(Value::as_str).ok_or(EnvelopeError::Damaged);
        if text_of("kdf")? != KDF || text_of("cipher")? != CIPHER {
            return Err(EnvelopeError::Damaged);
        }
        let iterations = value
            .get("iterations")
            .and_then(Value::as_u64)
            .and_then(|n| u32::try_from(n).ok())
            .filter(|n| (MIN_ITERATIONS..=MAX_ITERATIONS).contains(n))
            .ok_or(EnvelopeError::Damaged)?;
        let bytes = |name: &str| unbase64(text_of(name)?).ok_or(EnvelopeError::Damaged);
        let salt = bytes("salt")?.try_into().map_err(|_| EnvelopeError::Damaged)?;
        let iv = bytes("iv")?.try_into().map_err(|_| EnvelopeError::Damaged)?;
        let ciphertext = bytes("ciphertext")?;
        if ciphertext.len() < TAG_BYTES {
            return Err(EnvelopeError::Damaged);
        }
        Ok(Envelope { iterations, salt, iv, ciphertext })
    }
}

/// Whether `text` claims to be an encrypted Leerpad file (to ask for the passphrase rather than
/// read it as a plain one); cheap: it looks only at the start.
pub fn looks_encrypted(text: &str) -> bool {
    let start: String = text.chars().take(64).filter(|c| !c.is_whitespace()).collect();
    start.starts_with(&format!("{{\"format\":\"{FORMAT}\""))
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 with padding (RFC 4648).
pub fn base64(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Standard base64 back to bytes; `None` for anything that is not canonical base64 (a wrong
/// character, length or padding, or bits set after the end).
pub fn unbase64(text: &str) -> Option<Vec<u8>> {
    let bytes = text.as_bytes();
    if !bytes.len().is_multiple_of(4) {
        return None;
    }
    let mut out = Vec::with_capacity(bytes.len() / 4 * 3);
    let chunks = bytes.len() / 4;
    for (c, chunk) in bytes.chunks(4).enumerate() {
        let pad = chunk.iter().rev().take_while(|b| **b == b'=').count();
        if pad > 2 || (pad > 0 && c + 1 != chunks) {
            return None;
        }
        let mut n = 0u32;
        for (i, b) in chunk[..4 - pad].iter().enumerate() {
            let v = ALPHABET.iter().position(|a| a == b)? as u32;
            n |= v << (18 - 6 * i);
        }
        let len = 3 - pad;
        // Bits past the last byte must be zero, so that every byte string has one spelling.
        if n & ((1 << (8 * (3 - len))) - 1) != 0 {
            return None;
        }
        out.extend((0..len).map(|i| (n >> (16 - 8 * i)) as u8));
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Envelope {
        Envelope { iterations: 600_000, salt: [7; 16], iv: [9; 12], ciphertext: (0..40).collect() }
    }

    #[test]
    fn base64_is_rfc_4648() {
        for (bytes, text) in [
            (&b""[..], ""),
            (b"f", "Zg=="),
            (b"fo", "Zm8="),
            (b"foo", "Zm9v"),
            (b"foob", "Zm9vYg=="),
            (b"fooba", "Zm9vYmE="),
            (b"foobar", "Zm9vYmFy"),
            (&[0xff, 0xfe, 0x00], "//4A"),
        ] {
            assert_eq!(base64(bytes), text);
            assert_eq!(unbase64(text).as_deref(), Some(bytes));
        }
        for bad in ["Zg=", "Zg===", "Z===", "Zh==", "Zm9v!A==", "Zg==Zg==", "Zm 9v", "=Zm9"] {
            assert_eq!(unbase64(bad), None, "{bad}");
        }
    }

    #[test]
    fn an_envelope_reads_back_as_written() {
        let e = sample();
        let json = e.to_json();
        assert!(json.starts_with(
            r#"{"format":"leerpad-versleuteld","version":1,"kdf":"PBKDF2-SHA-256","iterations":600000"#
        ));
        assert_eq!(Envelope::parse(&json), Ok(e));
        assert!(looks_encrypted(&json));
        assert!(looks_encrypted(&format!("\n  {}", json.replacen(',', ",\n ", 2))));
        assert!(!looks_encrypted(r#"{"format":"leerpad-backup","schema":1}"#));
    }

    #[test]
    fn each_kind_of_bad_envelope_has_its_own_refusal() {
        let good = sample().to_json();
        let with = |from: &str, to: &str| {
            assert!(good.contains(from), "{from}");
            good.replacen(from, to, 1)
        };
        use EnvelopeError::*;
        let cases = [
            ("not json".to_owned(), NotAnEnvelope),
            (r#"{"format":"leerpad-backup"}"#.to_owned(), NotAnEnvelope),
            (r#"["leerpad-versleuteld"]"#.to_owned(), NotAnEnvelope),
            (with(r#""version":1"#, r#""version":2"#), UnsupportedVersion(2)),
            (with(r#""version":1"#, r#""version":"1""#), Damaged),
            (with(r#""iterations":600000"#, r#""iterations":1000"#), Damaged),
            (with(r#""iterations":600000"#, r#""iterations":99999999999"#), Damaged),
            (with("PBKDF2-SHA-256", "scrypt"), Damaged),
            (with("AES-256-GCM", "AES-128-CBC"), Damaged),
            (with(r#""iv":"CQkJCQkJCQkJCQkJ""#, r#""iv":"CQkJ""#), Damaged),
            (with(r#""salt":"BwcHBwcHBwcHBwcHBwcHBw==""#, r#""salt":"Bwc<b>""#), Damaged),
            (with(r#","ciphertext":"#, r#","ciphertxt":"#), Damaged),
            (good.replace(&base64(&(0..40).collect::<Vec<u8>>()), &base64(&[1; 15])), Damaged),
        ];
        for (text, expected) in cases {
            assert_eq!(Envelope::parse(&text), Err(expected), "{text}");
        }
    }
}

// proptest is a native dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_bytes_survive_base64(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
            prop_assert_eq!(unbase64(&base64(&bytes)), Some(bytes));
        }

        #[test]
        fn any_text_is_refused_or_read_without_panic(text in ".{0,200}") {
            let _ = Envelope::parse(&text);
            let _ = unbase64(&text);
        }
    }
}
