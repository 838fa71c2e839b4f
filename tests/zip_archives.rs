//! The zip container of backups with files (`domain::zip`): what it writes any zip tool reads
//! (the `zip` crate is the reference), and a generated corpus of broken and hostile archives is
//! refused, each for its own reason, without a panic.
#![cfg(not(target_arch = "wasm32"))]

use std::io::{Cursor, Read, Write};

use leerpad::domain::zip::{self, DosTime, MAX_ENTRIES, ZipError};
use proptest::prelude::*;

const AT: DosTime = DosTime { date: 0x5b87, time: 0x6000 };

fn archive(entries: &[(&str, &[u8])]) -> Vec<u8> {
    zip::write(entries, AT).unwrap()
}

fn sample() -> Vec<u8> {
    archive(&[
        ("portfolio.json", b"{\"format\":\"leerpad-backup\"}"),
        ("files/0a1b2c", b"%PDF-1.7 ..."),
        ("files/ff00", &[0xff; 300]),
    ])
}

#[test]
fn what_leerpad_writes_the_reference_reads_byte_for_byte() {
    let bytes = sample();
    let mut theirs = ::zip::ZipArchive::new(Cursor::new(&bytes)).unwrap();
    let ours = zip::read(&bytes).unwrap();
    assert_eq!(theirs.len(), ours.len());
    for entry in ours {
        let mut file = theirs.by_name(&entry.name).unwrap();
        let mut data = Vec::new();
        file.read_to_end(&mut data).unwrap();
        assert_eq!(data, entry.data, "{}", entry.name);
    }
}

#[test]
fn what_a_zip_tool_stores_leerpad_reads() {
    let mut out = Cursor::new(Vec::new());
    let mut writer = ::zip::ZipWriter::new(&mut out);
    let stored =
        ::zip::write::SimpleFileOptions::default().compression_method(::zip::CompressionMethod::Stored);
    for (name, data) in [("portfolio.json", &b"{}"[..]), ("files/a", b"abc")] {
        writer.start_file(name, stored).unwrap();
        writer.write_all(data).unwrap();
    }
    writer.finish().unwrap();
    let bytes = out.into_inner();
    let entries = zip::read(&bytes).unwrap();
    assert_eq!(
        entries.iter().map(|e| (e.name.as_str(), e.data)).collect::<Vec<_>>(),
        vec![("portfolio.json", &b"{}"[..]), ("files/a", b"abc")]
    );
}

#[test]
fn a_cut_off_archive_is_refused_wherever_it_is_cut() {
    let bytes = sample();
    for len in 0..bytes.len() {
        let cut = &bytes[..len];
        assert!(zip::read(cut).is_err(), "cut after {len} bytes");
    }
    assert_eq!(zip::read(&bytes[..bytes.len() - 1]), Err(ZipError::Truncated));
    assert_eq!(zip::read(&bytes[..10]), Err(ZipError::Truncated));
    assert_eq!(zip::read(b""), Err(ZipError::NotZip));
    assert_eq!(
        zip::read(b"{\"format\":\"leerpad-backup\",\"schema\":1,\"portfolio\":{}}"),
        Err(ZipError::NotZip)
    );
}

#[test]
fn a_changed_byte_in_a_file_is_found() {
    let mut bytes = sample();
    let at = bytes.windows(8).position(|w| w == b"%PDF-1.7").unwrap();
    bytes[at + 1] ^= 1;
    assert_eq!(zip::read(&bytes), Err(ZipError::Damaged));
}

/// Offsets of every central directory header in `bytes`.
fn central_headers(bytes: &[u8]) -> Vec<usize> {
    bytes.windows(4).enumerate().filter(|(_, w)| *w == [0x50, 0x4b, 0x01, 0x02]).map(|(i, _)| i).collect()
}

#[test]
fn a_declared_size_far_above_the_real_one_is_refused() {
    for field in [20, 24] {
        let mut bytes = sample();
        let header = central_headers(&bytes)[1];
        bytes[header + field..header + field + 4].copy_from_slice(&1_000_000_000u32.to_le_bytes());
        assert!(matches!(zip::read(&bytes), Err(ZipError::Inconsistent)), "field {field}");
    }
}

#[test]
fn entries_that_share_their_bytes_are_refused() {
    // The zip-bomb trick: a second directory entry pointing at the first one's data.
    let mut bytes = archive(&[("files/a", b"same"), ("files/b", b"same")]);
    let headers = central_headers(&bytes);
    let first_offset = bytes[headers[0] + 42..headers[0] + 46].to_vec();
    bytes[headers[1] + 42..headers[1] + 46].copy_from_slice(&first_offset);
    assert_eq!(zip::read(&bytes), Err(ZipError::Inconsistent));
}

#[test]
fn thousands_of_tiny_entries_are_refused() {
    let names: Vec<String> = (0..=MAX_ENTRIES).map(|i| format!("files/{i}")).collect();
    let entries: Vec<(&str, &[u8])> = names.iter().map(|n| (n.as_str(), &b""[..])).collect();
    assert_eq!(zip::read(&archive(&entries)), Err(ZipError::TooManyEntries));
    assert!(zip::read(&archive(&entries[..MAX_ENTRIES])).is_ok(), "up to the limit is fine");
}

#[test]
fn compressed_or_encrypted_entries_are_not_leerpads_and_are_refused() {
    let mut out = Cursor::new(Vec::new());
    let mut writer = ::zip::ZipWriter::new(&mut out);
    writer.start_file("files/a", ::zip::write::SimpleFileOptions::default()).unwrap();
    writer.write_all(&[7; 1000]).unwrap();
    writer.finish().unwrap();
    let deflated = out.into_inner();
    // The default, without the deflate feature, may still be stored: then set the method by hand.
    let mut bytes = deflated.clone();
    if zip::read(&bytes).is_ok() {
        let header = central_headers(&bytes)[0];
        bytes[header + 10] = 8;
    }
    assert_eq!(zip::read(&bytes), Err(ZipError::Unsupported));
    let mut encrypted = sample();
    let header = central_headers(&encrypted)[0];
    encrypted[header + 8] |= 1;
    assert_eq!(zip::read(&encrypted), Err(ZipError::Unsupported));
}

#[test]
fn headers_that_disagree_are_refused() {
    let mut bytes = sample();
    // The local header names another file than the directory does.
    let at = bytes.windows(14).position(|w| w == b"portfolio.json").unwrap();
    bytes[at] = b'P';
    assert_eq!(zip::read(&bytes), Err(ZipError::Inconsistent));
}

proptest! {
    #[test]
    fn any_entries_round_trip(entries in proptest::collection::vec(("[a-z0-9]{1,12}", proptest::collection::vec(any::<u8>(), 0..64)), 0..12)) {
        let mut named: Vec<(String, Vec<u8>)> = entries.into_iter().enumerate().map(|(i, (n, d))| (format!("files/{i}-{n}"), d)).collect();
        named.dedup_by(|a, b| a.0 == b.0);
        let borrowed: Vec<(&str, &[u8])> = named.iter().map(|(n, d)| (n.as_str(), d.as_slice())).collect();
        let bytes = archive(&borrowed);
        let read = zip::read(&bytes).unwrap();
        let back: Vec<(&str, &[u8])> = read.iter().map(|e| (e.name.as_str(), e.data)).collect();
        prop_assert_eq!(back, borrowed);
    }

    #[test]
    fn any_bytes_are_read_without_a_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = zip::read(&bytes);
    }

    #[test]
    fn any_changed_byte_is_refused_or_read_the_same(at in 0usize..10_000, bit in 0u8..8) {
        let original = sample();
        let mut bytes = original.clone();
        let at = at % bytes.len();
        bytes[at] ^= 1 << bit;
        // A changed byte in a date or an unused field may pass; the contents never change unseen.
        if let Ok(entries) = zip::read(&bytes) {
            let before = zip::read(&original).unwrap();
            prop_assert_eq!(entries.iter().map(|e| e.data).collect::<Vec<_>>(), before.iter().map(|e| e.data).collect::<Vec<_>>());
        }
    }
}
