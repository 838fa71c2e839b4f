//! The layout of an encrypted backup (issue 16): a backup file or zip of any size, encrypted a
//! block at a time so that neither writing nor reading needs it whole in memory twice.
//!
//! ```text
//! LEERPAD-VERSLEUTELD\n                       the magic line, 20 bytes
//! {"format":"leerpad-versleuteld-blokken","version":1,"kdf":"PBKDF2-SHA-256",
//!  "iterations":600000,"cipher":"AES-256-GCM","salt":"<16 bytes, base64>",
//!  "nonce":"<8 bytes, base64>","block":4194304,"inner":"json"}\n   one header line
//! block 0, block 1, …                          each AES-256-GCM: `block` bytes + 16-byte tag
//! ```
//!
//! Every block but the last holds exactly `block` plain bytes; the last holds the rest (possibly
//! none). Block `i` is encrypted with the IV `nonce ‖ i` (a 32-bit big-endian counter) and the
//! additional data `[1]` for the last block, `[0]` for the others: a block moved, swapped, dropped
//! or a file cut off at a block boundary does not decrypt (the STREAM construction of Hoang,
//! Reyhanitabar, Rogaway and Vizár). The key is PBKDF2-SHA-256 of the passphrase and the salt, as
//! for the small envelope of [`super::envelope`]; the header is read strictly before any key is
//! derived, and each refusal is an [`EnvelopeError`].

use super::envelope::{
    CIPHER, EnvelopeError, KDF, MAX_ITERATIONS, MIN_ITERATIONS, SALT_BYTES, TAG_BYTES, base64, unbase64,
};
use super::json::{Value, write_str};

/// The first line of an encrypted backup.
pub const MAGIC: &[u8] = b"LEERPAD-VERSLEUTELD\n";
pub const FORMAT: &str = "leerpad-versleuteld-blokken";
pub const VERSION: u64 = 1;
/// The plain bytes per block this build writes: 4 MiB.
pub const BLOCK: u32 = 4 * 1024 * 1024;
/// The block sizes a file may declare: a hostile header must not make the reader allocate much.
const BLOCKS: std::ops::RangeInclusive<u32> = 64 * 1024..=16 * 1024 * 1024;
pub const NONCE_BYTES: usize = 8;
/// The longest header line read.
const MAX_HEADER: usize = 1024;

/// What the encrypted file holds once decrypted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Inner {
    /// A backup file.
    Json,
    /// A backup with files.
    Zip,
}

impl Inner {
    fn code(self) -> &'static str {
        match self {
            Inner::Json => "json",
            Inner::Zip => "zip",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    pub iterations: u32,
    pub salt: [u8; SALT_BYTES],
    pub nonce: [u8; NONCE_BYTES],
    pub block: u32,
    pub inner: Inner,
}

impl Header {
    /// The magic line and the header line, as the file starts.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut line = String::from("{\"format\":");
        write_str(&mut line, FORMAT);
        line.push_str(&format!(",\"version\":{VERSION},\"kdf\":"));
        write_str(&mut line, KDF);
        line.push_str(&format!(",\"iterations\":{},\"cipher\":", self.iterations));
        write_str(&mut line, CIPHER);
        line.push_str(&format!(
            ",\"salt\":\"{}\",\"nonce\":\"{}\",\"block\":{},\"inner\":\"{}\"}}\n",
            base64(&self.salt),
            base64(&self.nonce),
            self.block,
            self.inner.code()
        ));
        let mut bytes = MAGIC.to_vec();
        bytes.extend_from_slice(line.as_bytes());
        bytes
    }

    /// The header at the start of `start` (the file's first bytes, at least up to the end of
    /// the header line) and where the first block begins.
    pub fn parse(start: &[u8]) -> Result<(Header, usize), EnvelopeError> {
        let rest = start.strip_prefix(MAGIC).ok_or(EnvelopeError::NotAnEnvelope)?;
        let end = rest.iter().take(MAX_HEADER).position(|b| *b == b'\n').ok_or(EnvelopeError::Damaged)?;
        let line = std::str::from_utf8(&rest[..end]).map_err(|_| EnvelopeError::Damaged)?;
        let value = Value::parse(line).map_err(|_| EnvelopeError::Damaged)?;
        let text = |name: &str| value.get(name).and_then(Value::as_str).ok_or(EnvelopeError::Damaged);
        if text("format")? != FORMAT {
            return Err(EnvelopeError::Damaged);
        }
        let version = value.get("version").and_then(Value::as_u64).ok_or(EnvelopeError::Damaged)?;
        if version != VERSION {
            return Err(EnvelopeError::UnsupportedVersion(version));
        }
        if text("kdf")? != KDF || text("cipher")? != CIPHER {
            return Err(EnvelopeError::Damaged);
        }
        let number = |name: &str| value.get(name).and_then(Value::as_u64).and_then(|n| u32::try_from(n).ok());
        let iterations = number("iterations")
            .filter(|n| (MIN_ITERATIONS..=MAX_ITERATIONS).contains(n))
            .ok_or(EnvelopeError::Damaged)?;
        let block = number("block").filter(|n| BLOCKS.contains(n)).ok_or(EnvelopeError::Damaged)?;
        let bytes = |name: &str| unbase64(text(name)?).ok_or(EnvelopeError::Damaged);
        let salt = bytes("salt")?.try_into().map_err(|_| EnvelopeError::Damaged)?;
        let nonce = bytes("nonce")?.try_into().map_err(|_| EnvelopeError::Damaged)?;
        let inner = match text("inner")? {
            "json" => Inner::Json,
            "zip" => Inner::Zip,
            _ => return Err(EnvelopeError::Damaged),
        };
        Ok((Header { iterations, salt, nonce, block, inner }, MAGIC.len() + end + 1))
    }
}

/// Whether a file starting with `start` is an encrypted backup (to ask for the passphrase).
pub fn is_sealed(start: &[u8]) -> bool {
    start.starts_with(MAGIC)
}

/// The IV of block `index`.
pub fn block_iv(nonce: &[u8; NONCE_BYTES], index: u32) -> [u8; 12] {
    let mut iv = [0u8; 12];
    iv[..NONCE_BYTES].copy_from_slice(nonce);
    iv[NONCE_BYTES..].copy_from_slice(&index.to_be_bytes());
    iv
}

/// The additional data of a block: whether it is the last.
pub fn block_aad(last: bool) -> [u8; 1] {
    [u8::from(last)]
}

/// One encrypted block of a file: where it lies and whether it is the last.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Block {
    pub index: u32,
    pub start: u64,
    pub end: u64,
    pub last: bool,
}

/// The blocks of an encrypted file of `size` bytes whose first block begins at `first`; an error
/// when the sizes cannot be such a file's (cut off inside a block, or more than 2³² blocks).
pub fn blocks(size: u64, first: u64, block: u32) -> Result<Vec<Block>, EnvelopeError> {
    let sealed = u64::from(block) + TAG_BYTES as u64;
    let body = size.checked_sub(first).ok_or(EnvelopeError::Damaged)?;
    // Full blocks, then the last (which may hold no plain bytes: a tag alone).
    let full = body / sealed;
    let rest = body % sealed;
    let (count, last_len) = match (full, rest) {
        (0, r) if r < TAG_BYTES as u64 => return Err(EnvelopeError::Damaged),
        (n, 0) => (n, sealed),
        (_, r) if r < TAG_BYTES as u64 => return Err(EnvelopeError::Damaged),
        (n, r) => (n + 1, r),
    };
    let count = u32::try_from(count).map_err(|_| EnvelopeError::Damaged)?;
    Ok((0..count)
        .map(|i| {
            let start = first + u64::from(i) * sealed;
            let last = i + 1 == count;
            Block { index: i, start, end: if last { start + last_len } else { start + sealed }, last }
        })
        .collect())
}

/// How many blocks a plain text of `size` bytes is written in (at least one).
pub fn block_count(size: u64, block: u32) -> u64 {
    size.div_ceil(u64::from(block)).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header() -> Header {
        Header {
            iterations: MIN_ITERATIONS,
            salt: [7; SALT_BYTES],
            nonce: [9; NONCE_BYTES],
            block: BLOCK,
            inner: Inner::Zip,
        }
    }

    #[test]
    fn the_header_reads_back_and_says_where_the_blocks_begin() {
        let mut bytes = header().to_bytes();
        let first = bytes.len();
        bytes.extend_from_slice(b"ciphertext");
        assert!(is_sealed(&bytes));
        assert_eq!(Header::parse(&bytes), Ok((header(), first)));
        assert!(std::str::from_utf8(&bytes[..first]).unwrap().ends_with("\"inner\":\"zip\"}\n"));
    }

    #[test]
    fn a_foreign_newer_or_damaged_header_is_refused_before_any_key() {
        let good = String::from_utf8(header().to_bytes()).unwrap();
        assert_eq!(Header::parse(b"{\"format\":\"leerpad-backup\"}"), Err(EnvelopeError::NotAnEnvelope));
        let cases = [
            (good.replace("\"version\":1", "\"version\":2"), EnvelopeError::UnsupportedVersion(2)),
            (good.replace("600000", "1000"), EnvelopeError::Damaged),
            (good.replace("4194304", "16"), EnvelopeError::Damaged),
            (good.replace("4194304", "999999999999"), EnvelopeError::Damaged),
            (good.replace("\"zip\"", "\"exe\""), EnvelopeError::Damaged),
            (good.replace("AES-256-GCM", "ROT13"), EnvelopeError::Damaged),
            (good.replace("\"nonce\":\"CQkJCQkJCQk=\"", "\"nonce\":\"CQk=\""), EnvelopeError::Damaged),
            (good.trim_end().to_owned(), EnvelopeError::Damaged),
            (format!("LEERPAD-VERSLEUTELD\n{}\n", "x".repeat(5000)), EnvelopeError::Damaged),
        ];
        for (text, expected) in cases {
            assert_eq!(Header::parse(text.as_bytes()).map(|_| ()), Err(expected), "{text:.60}");
        }
    }

    #[test]
    fn blocks_cover_the_file_and_the_last_is_marked() {
        let sealed = u64::from(BLOCK) + 16;
        let b = blocks(100 + 2 * sealed + 40, 100, BLOCK).unwrap();
        assert_eq!(b.len(), 3);
        assert_eq!((b[0].start, b[0].end, b[0].last), (100, 100 + sealed, false));
        assert_eq!((b[2].start, b[2].end, b[2].last), (100 + 2 * sealed, 100 + 2 * sealed + 40, true));
        // Exactly full blocks: the last is a full one.
        let b = blocks(100 + 2 * sealed, 100, BLOCK).unwrap();
        assert_eq!((b.len(), b[1].last), (2, true));
        // An empty backup is one block of a tag alone.
        assert_eq!(blocks(116, 100, BLOCK).unwrap().len(), 1);
        // Cut off inside a tag, or before any block: not a file this layout writes.
        assert_eq!(blocks(100 + sealed + 7, 100, BLOCK), Err(EnvelopeError::Damaged));
        assert_eq!(blocks(110, 100, BLOCK), Err(EnvelopeError::Damaged));
        assert_eq!(blocks(50, 100, BLOCK), Err(EnvelopeError::Damaged));
        assert_eq!(block_count(0, BLOCK), 1);
        assert_eq!(block_count(u64::from(BLOCK) + 1, BLOCK), 2);
        assert_eq!(block_iv(&[1; 8], 258), [1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 2]);
    }
}
