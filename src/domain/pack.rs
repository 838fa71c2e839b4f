//! The pack: every stored record in one text, so that a start reads one value instead of
//! thousands (a browser's database pays per record: 5,000 records take about 100 ms to read, their
//! pack about 15). A pack names the change token it was made at (`storage::database`); it is used
//! only while that token is still current, so a stale pack is never read.
//!
//! Format: the token, the number of records, then each record's key and text, each part written
//! as `<byte length>:<text>`. Lengths rather than separators, because a damaged record may hold
//! any character; the count, so that a pack cut short is never read as a smaller portfolio.

/// The pack of `records` made at change token `token`.
pub fn write(token: &str, records: &[(String, String)]) -> String {
    let size = token.len() + records.iter().map(|(k, v)| k.len() + v.len() + 16).sum::<usize>();
    let mut out = String::with_capacity(size);
    let mut part = |text: &str| {
        out.push_str(&text.len().to_string());
        out.push(':');
        out.push_str(text);
    };
    part(token);
    part(&records.len().to_string());
    for (key, text) in records {
        part(key);
        part(text);
    }
    out
}

/// The token and the records of a pack; `None` for anything that is not a whole pack.
pub fn read(pack: &str) -> Option<(&str, Vec<(String, String)>)> {
    let mut rest = pack;
    let mut part = || -> Option<&str> {
        let (len, after) = rest.split_once(':')?;
        if len.is_empty() || !len.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let len: usize = len.parse().ok()?;
        let text = after.get(..len)?;
        rest = &after[len..];
        Some(text)
    };
    let token = part()?;
    let count: usize = part()?.parse().ok()?;
    // Every record takes at least four bytes: no count can make this allocate more than the text.
    let mut records = Vec::with_capacity(count.min(pack.len() / 4));
    for _ in 0..count {
        let key = part()?.to_owned();
        records.push((key, part()?.to_owned()));
    }
    rest.is_empty().then_some((token, records))
}

/// The token a pack was made at, without reading its records; `None` when it is not a pack.
pub fn token(pack: &str) -> Option<&str> {
    let (len, after) = pack.split_once(':')?;
    after.get(..len.parse().ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
        items.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
    }

    #[test]
    fn a_pack_gives_back_its_token_and_records() {
        let records = pairs(&[
            ("leerpad:meta", r#"{"schema":1}"#),
            ("leerpad:profile", "{kapot: 12:ab \u{1}é😀"),
            ("k", ""),
        ]);
        let pack = write("17-0.5", &records);
        assert_eq!(read(&pack), Some(("17-0.5", records)));
        assert_eq!(token(&pack), Some("17-0.5"));
        assert_eq!(read(&write("t", &[])), Some(("t", vec![])));
    }

    #[test]
    fn anything_but_a_whole_pack_is_refused() {
        let records = pairs(&[("a", "bc"), ("d", "ef")]);
        let pack = write("t", &records);
        assert_eq!(pack, "1:t1:21:a2:bc1:d2:ef");
        for cut in 0..pack.len() {
            assert_eq!(read(&pack[..cut]), None, "cut after {cut} bytes");
        }
        for bad in [
            "",
            "x",
            "1:t",
            "1:t1:1",
            "1:t1:11:a",
            "1:t1:01:a1:b",
            "1:t+1:1",
            "1:t1:a1:b",
            "1:t2:99999999999999999999:a",
            "1:t1:x",
        ] {
            assert_eq!(read(bad), None, "{bad}");
        }
        assert_eq!(token("x"), None);
        assert_eq!(token(&pack), Some("t"));
    }

    // A length in bytes that ends inside a character is not a pack.
    #[test]
    fn a_length_that_cuts_a_character_is_refused() {
        assert_eq!(read("1:t1:11:k1:é"), None);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_records_round_trip(token in "[0-9.-]{0,20}", records in proptest::collection::vec((any::<String>(), any::<String>()), 0..20)) {
            let pack = write(&token, &records);
            prop_assert_eq!(read(&pack), Some((token.as_str(), records)));
        }

        #[test]
        fn any_text_is_read_without_panic(text in any::<String>()) {
            let _ = read(&text);
            let _ = token(&text);
        }
    }
}
