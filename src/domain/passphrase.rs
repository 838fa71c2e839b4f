//! How strong a chosen passphrase is (issue 16), shown while the participant types it. A rough,
//! honest estimate, not a promise: the length and the kinds of characters give an upper bound of
//! the guesses needed, a well-known word or a repeated character lowers it.

/// The fewest characters a passphrase may have.
pub const MIN_CHARS: usize = 10;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    /// Shorter than [`MIN_CHARS`]: not accepted.
    TooShort,
    /// Accepted, but quickly guessed by someone who has the file.
    Weak,
    Fair,
    Strong,
}

impl Strength {
    /// Its name in the interface's attributes and styles.
    pub fn code(self) -> &'static str {
        match self {
            Strength::TooShort => "too-short",
            Strength::Weak => "weak",
            Strength::Fair => "fair",
            Strength::Strong => "strong",
        }
    }
}

/// Words that guessers try first (Dutch and English), checked without case.
const COMMON: [&str; 16] = [
    "wachtwoord",
    "password",
    "welkom",
    "welcome",
    "leerpad",
    "qwerty",
    "azerty",
    "123456",
    "abcdef",
    "geheim",
    "secret",
    "letmein",
    "iloveyou",
    "rijksoverheid",
    "ministerie",
    "leidinggevende",
];

/// The estimate for `passphrase`.
pub fn strength(passphrase: &str) -> Strength {
    let chars: Vec<char> = passphrase.chars().collect();
    if chars.len() < MIN_CHARS {
        return Strength::TooShort;
    }
    // ASCII case only: the words below are ASCII, and Unicode's case tables would cost the bundle.
    let lower = passphrase.to_ascii_lowercase();
    let mut pool = 0u32;
    for (present, size) in [
        (chars.iter().any(char::is_ascii_lowercase), 26),
        (chars.iter().any(char::is_ascii_uppercase), 26),
        (chars.iter().any(char::is_ascii_digit), 10),
        (chars.iter().any(|c| c.is_ascii_punctuation() || *c == ' '), 33),
        (chars.iter().any(|c| !c.is_ascii()), 100),
    ] {
        if present {
            pool += size;
        }
    }
    let mut distinct: Vec<char> = Vec::new();
    for c in &chars {
        if !distinct.contains(c) {
            distinct.push(*c);
        }
    }
    // Each character adds log2(pool) bits at best; a passphrase of few distinct characters
    // counts only those.
    let counted = chars.len().min(distinct.len() * 2) as f64;
    let mut bits = counted * f64::from(pool.max(1)).log2();
    if COMMON.iter().any(|w| lower.contains(w)) {
        bits /= 2.0;
    }
    match bits {
        b if b < 50.0 => Strength::Weak,
        b if b < 75.0 => Strength::Fair,
        _ => Strength::Strong,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn length_words_and_variety_count() {
        assert_eq!(strength("kort"), Strength::TooShort);
        assert_eq!(strength("aaaaaaaaaaaa"), Strength::Weak);
        assert_eq!(strength("Wachtwoord2026!"), Strength::Weak);
        assert_eq!(strength("tulpfiets"), Strength::TooShort);
        assert_eq!(strength("tulpenfietsje"), Strength::Fair);
        assert_eq!(strength("paarse fiets op de dijk bij regen"), Strength::Strong);
        assert_eq!(strength("Gr0te-Kop-Koffie"), Strength::Strong);
        assert!(strength("één twee drie vier") >= Strength::Fair);
    }
}
