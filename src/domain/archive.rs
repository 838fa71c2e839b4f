//! A backup with files: one zip archive that any computer opens. It holds the backup file as
//! `portfolio.json` (exactly what a backup without files is on its own, plus a table of the
//! files) and every attached file once, under `files/`, stored as it is.
//!
//! Making one needs no file's bytes here: [`plan`] names the entries and the browser puts each
//! kept Blob after its header ([`super::zip::layout`]). Restoring one checks, before anything is
//! changed, that the archive is a sound zip ([`super::zip`]), that `portfolio.json` is a sound
//! backup, and with [`match_files`] that the archive holds exactly the files the backup names,
//! each of the size and CRC-32 its attachment records; the browser then checks each file's
//! SHA-256.

use super::attachments::clean_name;
use super::backup::BackupError;
use super::portfolio::Portfolio;
use super::sorting;
use super::zip::Listed;

/// The backup file's entry.
pub const PORTFOLIO: &str = "portfolio.json";

/// The folder of the files.
const FILES: &str = "files/";

/// The largest backup archive Leerpad reads: a zip without zip64 stays under 4 GiB, and a
/// portfolio's files are limited by the browser's room long before this.
pub const MAX_ARCHIVE_BYTES: u64 = 2_000_000_000;

/// The archive's name for the participant's local date `YYYY-MM-DD`.
pub fn file_name(date: &str) -> String {
    format!("leerpad-backup-{date}.zip")
}

/// One file in the archive: its entry name and which kept file fills it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Packed {
    pub name: String,
    pub sha256: String,
    pub size: u32,
    pub crc: u32,
}

/// The files of `p` as the archive holds them: each content once, named after the first
/// attachment (by ID) that has it, behind the start of its SHA-256 so that no two names clash
/// (also not by case: the hash is lowercase, and it is unique in the archive).
pub fn plan(p: &Portfolio) -> Vec<Packed> {
    let distinct: Vec<_> = p
        .kept_files()
        .into_iter()
        .filter_map(|sha| p.attachments.values().find(|a| a.sha256 == sha))
        .collect();
    let short = |sha: &str| sha[..12.min(sha.len())].to_owned();
    distinct
        .iter()
        .map(|a| {
            let short = short(&a.sha256);
            // Two contents whose hashes begin alike (practically never) get the whole hash.
            let alike = distinct.iter().filter(|b| b.sha256.starts_with(&short)).count() > 1;
            let tag = if alike { a.sha256.as_str() } else { short.as_str() };
            Packed {
                name: format!("{FILES}{tag}-{}", ascii_name(&a.name)),
                sha256: a.sha256.clone(),
                size: a.size,
                crc: a.crc32,
            }
        })
        .collect()
}

/// `name` (cleaned) in ASCII, so that every unzip tool shows it as it is, also those that read
/// names in an old code page: Dutch accents lose their accent, other characters become `_`. The
/// attachment keeps its real name; the archive's table says which entry holds which file.
fn ascii_name(name: &str) -> String {
    clean_name(name)
        .chars()
        .map(|c| match c {
            c if c.is_ascii() => c,
            'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'À' | 'Á' | 'Â' | 'Ä' | 'Ã' | 'Å' => 'A',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'È' | 'É' | 'Ê' | 'Ë' => 'E',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'Ì' | 'Í' | 'Î' | 'Ï' => 'I',
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
            'Ò' | 'Ó' | 'Ô' | 'Ö' | 'Õ' => 'O',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'Ù' | 'Ú' | 'Û' | 'Ü' => 'U',
            'ç' => 'c',
            'Ç' => 'C',
            'ñ' => 'n',
            'Ñ' => 'N',
            _ => '_',
        })
        .collect()
}

/// The table of the backup file (`files`): `(SHA-256, entry name)` of each planned file.
pub fn table(files: &[Packed]) -> Vec<(String, String)> {
    files.iter().map(|f| (f.sha256.clone(), f.name.clone())).collect()
}

/// What to restore from an archive: the index (in the archive's list) of `portfolio.json`, and of
/// the entry that holds each file, by SHA-256.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contents {
    pub portfolio: usize,
    pub files: Vec<(String, usize)>,
}

/// Checks a backup file restored on its own (not from an archive): it can hold no files, so it
/// may attach none.
pub fn without_files(p: &Portfolio) -> Result<(), BackupError> {
    if p.attachments.is_empty() { Ok(()) } else { Err(BackupError::MissingFile) }
}

/// Finds `portfolio.json` in the archive's list.
pub fn find_portfolio(listed: &[Listed]) -> Result<usize, BackupError> {
    listed.iter().position(|e| e.name == PORTFOLIO).ok_or(BackupError::NotABackup)
}

/// Checks that the archive (`listed`) holds exactly the files that the backup's table (`table`)
/// names and its portfolio `p` attaches, each with the size and CRC-32 of its attachments; gives
/// the entry of each file.
pub fn match_files(
    p: &Portfolio,
    table: &[(String, String)],
    listed: &[Listed],
) -> Result<Contents, BackupError> {
    let portfolio = find_portfolio(listed)?;
    // Sorted, to look up in: the table by SHA-256 and by name, the archive by name. (The archive
    // may list up to 10,000 entries.)
    let mut by_sha: Vec<(&str, &str)> =
        table.iter().map(|(sha, name)| (sha.as_str(), name.as_str())).collect();
    let mut named: Vec<&str> = table.iter().map(|(_, name)| name.as_str()).collect();
    let mut index: Vec<(&str, usize)> =
        listed.iter().enumerate().map(|(i, e)| (e.name.as_str(), i)).collect();
    sorting::sort_dedup(&mut by_sha);
    sorting::sort_dedup(&mut named);
    sorting::sort_by(&mut index, |a, b| a.0.cmp(b.0));
    let sha_once = by_sha.windows(2).all(|pair| pair[0].0 != pair[1].0);
    if by_sha.len() != table.len() || named.len() != table.len() || !sha_once || named.contains(&PORTFOLIO) {
        return Err(BackupError::UnexpectedFile);
    }
    let used = p.kept_files();
    if by_sha.iter().any(|(sha, _)| used.binary_search(sha).is_err()) {
        return Err(BackupError::UnexpectedFile);
    }
    if listed.iter().any(|e| e.name != PORTFOLIO && named.binary_search(&e.name.as_str()).is_err()) {
        return Err(BackupError::UnexpectedFile);
    }
    let mut files = Vec::new();
    for a in p.attachments.values() {
        let found = by_sha.binary_search_by(|(sha, _)| (*sha).cmp(a.sha256.as_str()));
        let name = found.map(|i| by_sha[i].1).map_err(|_| BackupError::MissingFile)?;
        let at = index.binary_search_by(|(n, _)| (*n).cmp(name)).map(|i| index[i].1);
        let at = at.map_err(|_| BackupError::MissingFile)?;
        if listed[at].size != a.size || listed[at].crc != a.crc32 {
            return Err(BackupError::FileDamaged);
        }
        if !files.iter().any(|(sha, _)| *sha == a.sha256) {
            files.push((a.sha256.clone(), at));
        }
    }
    Ok(Contents { portfolio, files })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::attachments::{Attachment, FileFacts, Owner};
    use crate::domain::backup;
    use crate::domain::pace::{Unpaced, at_once};
    use crate::domain::zip::{self, DosTime};

    const AT: DosTime = DosTime { date: 0x5b87, time: 0x6000 };

    fn sha(byte: u8) -> String {
        format!("{byte:02x}").repeat(32)
    }

    fn with_files(files: &[(&str, &str, &[u8])]) -> Portfolio {
        let mut p = Portfolio::default();
        for (id, name, bytes) in files {
            let facts = FileFacts {
                name: (*name).into(),
                media_type: "application/pdf".into(),
                size: bytes.len() as u32,
                sha256: sha(bytes.first().copied().unwrap_or(0)),
                crc32: zip::crc32(0, bytes),
            };
            p.attachments
                .insert((*id).into(), Attachment::new((*id).into(), &Owner::Why, facts, 1, "2026-12-07"));
        }
        p
    }

    /// The archive the browser makes for `p`, given each file's bytes.
    fn archive(p: &Portfolio, bytes: &[&[u8]]) -> Vec<u8> {
        let files = plan(p);
        let text = at_once(backup::create_with_files_paced(p, 7, &table(&files), &mut Unpaced));
        let mut entries: Vec<(&str, &[u8])> = vec![(PORTFOLIO, text.as_bytes())];
        for f in &files {
            let data = bytes.iter().find(|b| sha(b[0]) == f.sha256).unwrap();
            entries.push((f.name.as_str(), data));
        }
        zip::write(&entries, AT).unwrap()
    }

    fn restore(archive: &[u8]) -> Result<(Portfolio, Contents), BackupError> {
        let entries = zip::read(archive).map_err(BackupError::Archive)?;
        let listed = listed(archive);
        let at = find_portfolio(&listed)?;
        let (file, p) = backup::read(std::str::from_utf8(entries[at].data).unwrap())?;
        let contents = match_files(&p, &file.files, &listed)?;
        Ok((p, contents))
    }

    fn listed(archive: &[u8]) -> Vec<Listed> {
        let tail = &archive[archive.len() - zip::END_LEN..];
        let dir = zip::end_record(tail, archive.len() as u64, archive).unwrap();
        zip::entries(&archive[dir.at as usize..(dir.at + dir.len) as usize], &dir).unwrap()
    }

    #[test]
    fn each_content_is_packed_once_under_a_name_a_person_recognises() {
        let p = with_files(&[
            ("f1", "360 rapport.pdf", b"\x01abc"),
            ("f2", "kopie.pdf", b"\x01abc"),
            ("f3", "../foto.jpg", b"\x02x"),
        ]);
        let files = plan(&p);
        let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["files/010101010101-360 rapport.pdf", "files/020202020202-foto.jpg"]);
        let (back, contents) = restore(&archive(&p, &[b"\x01abc", b"\x02x"])).unwrap();
        assert_eq!(back, p);
        assert_eq!(contents.files.iter().map(|(_, i)| *i).collect::<Vec<_>>(), [1, 2]);
    }

    #[test]
    fn entry_names_are_ascii_for_every_unzip_tool() {
        assert_eq!(ascii_name("Één rapport – ‘concept’.pdf"), "Een rapport _ _concept_.pdf");
        assert_eq!(ascii_name("Curaçao foto.JPG"), "Curacao foto.JPG");
    }

    #[test]
    fn hashes_that_begin_alike_get_their_whole_hash() {
        let mut p = with_files(&[("f1", "a.pdf", b"\x01"), ("f2", "a.pdf", b"\x02")]);
        let other = format!("{}{}", &sha(1)[..12], &sha(2)[12..]);
        p.attachments.get_mut("f2").unwrap().sha256 = other.clone();
        let names: Vec<String> = plan(&p).into_iter().map(|f| f.name).collect();
        assert_eq!(names, [format!("files/{}-a.pdf", sha(1)), format!("files/{other}-a.pdf")]);
    }

    #[test]
    fn a_backup_without_files_has_no_table() {
        let text = at_once(backup::create_with_files_paced(&Portfolio::default(), 7, &[], &mut Unpaced));
        assert!(!text.contains("\"files\""));
        assert_eq!(backup::read(&text).unwrap().0.files, vec![]);
    }

    #[test]
    fn archives_that_do_not_hold_exactly_the_named_files_are_refused() {
        let p = with_files(&[("f1", "a.pdf", b"\x01abc")]);
        let files = plan(&p);
        let text = at_once(backup::create_with_files_paced(&p, 7, &table(&files), &mut Unpaced));
        let name = files[0].name.as_str();
        let make = |entries: &[(&str, &[u8])]| zip::write(entries, AT).unwrap();
        let cases: [(&str, Vec<u8>, BackupError); 5] = [
            ("no portfolio.json", make(&[(name, b"\x01abc")]), BackupError::NotABackup),
            ("the file is missing", make(&[(PORTFOLIO, text.as_bytes())]), BackupError::MissingFile),
            (
                "another file",
                make(&[(PORTFOLIO, text.as_bytes()), (name, b"\x01abd")]),
                BackupError::FileDamaged,
            ),
            (
                "a file too many",
                make(&[(PORTFOLIO, text.as_bytes()), (name, b"\x01abc"), ("files/extra.exe", b"MZ")]),
                BackupError::UnexpectedFile,
            ),
            (
                "a table naming portfolio.json",
                {
                    let bad = text.replace(name, PORTFOLIO);
                    make(&[(PORTFOLIO, bad.as_bytes())])
                },
                BackupError::UnexpectedFile,
            ),
        ];
        for (what, archive, error) in cases {
            assert_eq!(restore(&archive).map(drop), Err(error), "{what}");
        }
        // A table naming a file no attachment uses.
        let spare = table(&files).into_iter().chain([(sha(9), "files/spare".to_owned())]).collect::<Vec<_>>();
        let text = at_once(backup::create_with_files_paced(&p, 7, &spare, &mut Unpaced));
        let archive = make(&[(PORTFOLIO, text.as_bytes()), (name, b"\x01abc"), ("files/spare", b"\x09")]);
        assert_eq!(restore(&archive).map(drop), Err(BackupError::UnexpectedFile));
    }

    #[test]
    fn a_json_backup_whose_records_attach_files_is_refused_for_want_of_them() {
        let p = with_files(&[("f1", "a.pdf", b"\x01abc")]);
        let text = backup::create(&p, 7);
        let (file, back) = backup::read(&text).unwrap();
        assert!(file.files.is_empty());
        assert_eq!(without_files(&back), Err(BackupError::MissingFile));
        assert_eq!(without_files(&Portfolio::default()), Ok(()));
    }
}
