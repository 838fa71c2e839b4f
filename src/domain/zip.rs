//! Zip archives of stored (uncompressed) entries: the container of a backup with files, which
//! any computer opens. PDFs and photos are compressed already, so Leerpad never compresses, and
//! it reads only what it writes: stored entries, UTF-8 names, no encryption, no zip64 (an archive
//! under 4 GiB). Everything else is refused with a [`ZipError`], before anything is used.
//!
//! Writing is split in two so that file contents never need to pass through the wasm: [`layout`]
//! gives the headers for entries of known size and CRC-32, and the caller puts each entry's bytes
//! (a Blob in the browser) after its header; [`write`] does both for bytes at hand.
//!
//! Reading ([`read`]) checks the central directory against every local header, each entry's
//! bounds, order and CRC-32, and each name: no absolute paths, no `..`, no backslashes or drive
//! letters, no duplicates (also not by case). A stored entry's size is its real size, and entries
//! may not overlap, so no archive can claim more than it holds (the zip-bomb tricks).

/// The most entries Leerpad reads from one archive: far more files than a portfolio holds, and few
/// enough that thousands of tiny entries are refused rather than read.
pub const MAX_ENTRIES: usize = 10_000;

/// Why an archive is refused. Data, not words: the interface says it in the participant's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ZipError {
    /// Not a zip archive at all.
    NotZip,
    /// Cut off: the end record, a header or an entry's bytes are missing.
    Truncated,
    /// A zip Leerpad did not write: compressed, encrypted, zip64, spanning disks.
    Unsupported,
    /// More than [`MAX_ENTRIES`] entries.
    TooManyEntries,
    /// A name that is unsafe to use: absolute, `..`, backslash, drive letter, control character.
    BadName,
    /// Two entries with the same name (or the same name but for case).
    Duplicate,
    /// Headers that disagree, entries that overlap or lie outside the archive.
    Inconsistent,
    /// An entry's bytes do not match its CRC-32.
    Damaged,
}

/// One entry of an archive: its name and its bytes (borrowed from the archive).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry<'a> {
    pub name: String,
    pub data: &'a [u8],
}

/// An entry to write: its name, size and CRC-32 (its bytes follow its header, from the caller).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Planned {
    pub name: String,
    pub size: u32,
    pub crc: u32,
}

/// The headers of an archive: `locals[i]` goes right before entry `i`'s bytes, `central` after the
/// last entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    pub locals: Vec<Vec<u8>>,
    pub central: Vec<u8>,
}

/// A time as zip stores it (MS-DOS date and time, local time, two-second steps).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DosTime {
    pub date: u16,
    pub time: u16,
}

impl DosTime {
    /// `year` 1980–2107; out-of-range parts are clamped.
    pub fn new(year: u16, month: u8, day: u8, hour: u8, minute: u8, second: u8) -> DosTime {
        let year = year.clamp(1980, 2107) - 1980;
        DosTime {
            date: (year << 9) | (u16::from(month.clamp(1, 12)) << 5) | u16::from(day.clamp(1, 31)),
            time: (u16::from(hour.min(23)) << 11)
                | (u16::from(minute.min(59)) << 5)
                | u16::from(second.min(59) / 2),
        }
    }
}

const LOCAL: u32 = 0x0403_4b50;
const CENTRAL: u32 = 0x0201_4b50;
const END: u32 = 0x0605_4b50;
const LOCAL_LEN: usize = 30;
const CENTRAL_LEN: usize = 46;
/// The length of the end record, the last bytes of every archive Leerpad reads.
pub const END_LEN: usize = 22;
/// General purpose flags: bit 11, names are UTF-8.
const UTF8: u16 = 1 << 11;
/// "Version needed to extract" and "made by": 2.0, enough for stored entries.
const VERSION: u16 = 20;

/// CRC-32 (IEEE, as zip uses it) of `data`, continuing from `crc` (start with 0).
pub fn crc32(crc: u32, data: &[u8]) -> u32 {
    const TABLE: [u32; 256] = {
        let mut table = [0u32; 256];
        let mut i = 0;
        while i < 256 {
            let mut c = i as u32;
            let mut k = 0;
            while k < 8 {
                c = if c & 1 != 0 { 0xEDB8_8320 ^ (c >> 1) } else { c >> 1 };
                k += 1;
            }
            table[i] = c;
            i += 1;
        }
        table
    };
    !data.iter().fold(!crc, |c, &b| TABLE[((c ^ u32::from(b)) & 0xff) as usize] ^ (c >> 8))
}

fn u16le(out: &mut Vec<u8>, n: u16) {
    out.extend_from_slice(&n.to_le_bytes());
}

fn u32le(out: &mut Vec<u8>, n: u32) {
    out.extend_from_slice(&n.to_le_bytes());
}

/// The headers for `entries`, each with the time `at`; `None` when the archive would need zip64
/// (over 4 GiB or 65,535 entries) or a name is longer than zip allows.
pub fn layout(entries: &[Planned], at: DosTime) -> Option<Layout> {
    if entries.len() > usize::from(u16::MAX) {
        return None;
    }
    let mut locals = Vec::with_capacity(entries.len());
    let mut central = Vec::new();
    let mut offset: u32 = 0;
    for entry in entries {
        let name = entry.name.as_bytes();
        let name_len = u16::try_from(name.len()).ok()?;
        // Both headers share these fields, from "version needed" to the name's length.
        let mut common = Vec::with_capacity(26);
        u16le(&mut common, VERSION);
        u16le(&mut common, UTF8);
        u16le(&mut common, 0); // stored
        u16le(&mut common, at.time);
        u16le(&mut common, at.date);
        u32le(&mut common, entry.crc);
        u32le(&mut common, entry.size);
        u32le(&mut common, entry.size);
        u16le(&mut common, name_len);
        let mut local = Vec::with_capacity(LOCAL_LEN + name.len());
        u32le(&mut local, LOCAL);
        local.extend_from_slice(&common);
        u16le(&mut local, 0); // extra
        local.extend_from_slice(name);
        u32le(&mut central, CENTRAL);
        u16le(&mut central, VERSION);
        central.extend_from_slice(&common);
        for _ in 0..4 {
            u16le(&mut central, 0); // extra, comment, disk, internal attributes
        }
        u32le(&mut central, 0); // external attributes
        u32le(&mut central, offset);
        central.extend_from_slice(name);
        offset = offset.checked_add(u32::try_from(local.len()).ok()?)?.checked_add(entry.size)?;
        locals.push(local);
    }
    let count = u16::try_from(entries.len()).ok()?;
    let central_len = u32::try_from(central.len()).ok()?;
    offset.checked_add(central_len)?;
    u32le(&mut central, END);
    u16le(&mut central, 0);
    u16le(&mut central, 0);
    u16le(&mut central, count);
    u16le(&mut central, count);
    u32le(&mut central, central_len);
    u32le(&mut central, offset);
    u16le(&mut central, 0); // comment
    Some(Layout { locals, central })
}

/// The whole archive of `entries` (name, bytes); `None` as for [`layout`].
pub fn write(entries: &[(&str, &[u8])], at: DosTime) -> Option<Vec<u8>> {
    let planned: Vec<Planned> = entries
        .iter()
        .map(|(name, data)| {
            Some(Planned {
                name: (*name).to_owned(),
                size: u32::try_from(data.len()).ok()?,
                crc: crc32(0, data),
            })
        })
        .collect::<Option<_>>()?;
    let layout = layout(&planned, at)?;
    let mut out = Vec::new();
    for (local, (_, data)) in layout.locals.iter().zip(entries) {
        out.extend_from_slice(local);
        out.extend_from_slice(data);
    }
    out.extend_from_slice(&layout.central);
    Some(out)
}

/// Little-endian reads at fixed offsets; `None` past the end.
struct Bytes<'a>(&'a [u8]);

impl<'a> Bytes<'a> {
    fn u16(&self, at: usize) -> Option<u16> {
        Some(u16::from_le_bytes(self.0.get(at..at.checked_add(2)?)?.try_into().ok()?))
    }

    fn u32(&self, at: usize) -> Option<u32> {
        Some(u32::from_le_bytes(self.0.get(at..at.checked_add(4)?)?.try_into().ok()?))
    }

    fn slice(&self, at: usize, len: usize) -> Option<&'a [u8]> {
        self.0.get(at..at.checked_add(len)?)
    }
}

/// Whether `name` is safe to use as a path below a folder of Leerpad's own.
fn safe_name(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('/')
        && !name.ends_with('/')
        && !name.contains('\\')
        && !name.chars().any(char::is_control)
        && !name.split('/').any(|part| part.is_empty() || part == "." || part == "..")
        && !name.split('/').next().is_some_and(|first| first.len() == 2 && first.ends_with(':'))
}

/// Where the central directory lies, as the end record says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Directory {
    pub at: u32,
    pub len: u32,
    count: usize,
}

/// An entry as the central directory lists it; its bytes are found with [`local_header_len`]
/// and [`check_local`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    pub name: String,
    pub size: u32,
    pub crc: u32,
    /// Where its local header starts.
    pub local_at: u32,
    flags: u16,
}

/// Reads the end record. `tail` is the archive's last [`END_LEN`] bytes (all of it when shorter),
/// `head` its first four (to tell a zip that was cut off from something else).
pub fn end_record(tail: &[u8], archive_len: u64, head: &[u8]) -> Result<Directory, ZipError> {
    let zip_like = head.starts_with(&LOCAL.to_le_bytes()) || head.starts_with(&END.to_le_bytes());
    if tail.len() < END_LEN || archive_len < END_LEN as u64 {
        return Err(if head.starts_with(b"PK") { ZipError::Truncated } else { ZipError::NotZip });
    }
    let bytes = Bytes(&tail[tail.len() - END_LEN..]);
    // Leerpad writes no archive comment, so the end record closes the file; others are refused.
    if bytes.u32(0) != Some(END) || bytes.u16(20) != Some(0) {
        return Err(if zip_like { ZipError::Truncated } else { ZipError::NotZip });
    }
    let field = |at| bytes.u16(at).ok_or(ZipError::Truncated);
    let (disk, central_disk, on_disk, count) = (field(4)?, field(6)?, field(8)?, field(10)?);
    if disk != 0 || central_disk != 0 || on_disk != count {
        return Err(ZipError::Unsupported);
    }
    let count = usize::from(count);
    if count > MAX_ENTRIES {
        return Err(ZipError::TooManyEntries);
    }
    let len = bytes.u32(12).ok_or(ZipError::Truncated)?;
    let at = bytes.u32(16).ok_or(ZipError::Truncated)?;
    if at == u32::MAX || len == u32::MAX {
        return Err(ZipError::Unsupported); // zip64
    }
    if u64::from(at) + u64::from(len) + END_LEN as u64 != archive_len {
        return Err(ZipError::Inconsistent);
    }
    Ok(Directory { at, len, count })
}

/// Reads the central directory (`central`: the directory's [`Directory::len`] bytes): every
/// entry stored, unencrypted, with a safe name that no other entry has (also not by case).
pub fn entries(central: &[u8], dir: &Directory) -> Result<Vec<Listed>, ZipError> {
    let bytes = Bytes(central);
    if central.len() != dir.len as usize {
        return Err(ZipError::Truncated);
    }
    let mut entries = Vec::with_capacity(dir.count);
    let mut at = 0usize;
    for _ in 0..dir.count {
        let header = |offset: usize| bytes.u16(at + offset).ok_or(ZipError::Inconsistent);
        let word = |offset: usize| bytes.u32(at + offset).ok_or(ZipError::Inconsistent);
        if bytes.u32(at) != Some(CENTRAL) {
            return Err(ZipError::Inconsistent);
        }
        let (flags, method) = (header(8)?, header(10)?);
        let (crc, packed, size) = (word(16)?, word(20)?, word(24)?);
        let (name_len, extra_len, comment_len) =
            (usize::from(header(28)?), usize::from(header(30)?), usize::from(header(32)?));
        let (disk_start, local_at) = (header(34)?, word(42)?);
        // Encrypted (bit 0), sizes after the data (bit 3), patched (bit 5), strong encryption (bit 6).
        if flags & 0b110_1001 != 0 || method != 0 || disk_start != 0 {
            return Err(ZipError::Unsupported);
        }
        if packed != size || packed == u32::MAX {
            return Err(if packed == u32::MAX { ZipError::Unsupported } else { ZipError::Inconsistent });
        }
        let name_bytes = bytes.slice(at + CENTRAL_LEN, name_len).ok_or(ZipError::Inconsistent)?;
        let name = std::str::from_utf8(name_bytes).map_err(|_| ZipError::BadName)?;
        if !safe_name(name) {
            return Err(ZipError::BadName);
        }
        at = at
            .checked_add(CENTRAL_LEN + name_len + extra_len + comment_len)
            .filter(|next| *next <= central.len())
            .ok_or(ZipError::Inconsistent)?;
        entries.push(Listed { name: name.to_owned(), size, crc, local_at, flags });
    }
    if at != central.len() {
        return Err(ZipError::Inconsistent);
    }
    // Names that differ only in case are one file on many computers. ASCII folding, like the rest
    // of Leerpad, keeps Unicode's case tables out of the build; Leerpad's own names are ASCII.
    let mut names: Vec<String> = entries.iter().map(|e| e.name.to_ascii_lowercase()).collect();
    super::sorting::sort_by(&mut names, |a, b| a.cmp(b));
    if names.windows(2).any(|pair| pair[0] == pair[1]) {
        return Err(ZipError::Duplicate);
    }
    Ok(entries)
}

/// How many bytes of `entry`'s local header to read, from [`Listed::local_at`].
pub fn local_header_len(entry: &Listed) -> usize {
    LOCAL_LEN + entry.name.len()
}

/// Checks `entry`'s local header (`header`: [`local_header_len`] bytes) against the central
/// directory; returns where the entry's bytes start.
pub fn check_local(header: &[u8], entry: &Listed) -> Result<u64, ZipError> {
    let local = Bytes(header);
    if local.u32(0) != Some(LOCAL) {
        return Err(if header.len() < 4 { ZipError::Truncated } else { ZipError::Inconsistent });
    }
    let field = |offset: usize| local.u16(offset).ok_or(ZipError::Truncated);
    let agrees = field(6)? == entry.flags
        && field(8)? == 0
        && local.u32(14) == Some(entry.crc)
        && local.u32(18) == Some(entry.size)
        && local.u32(22) == Some(entry.size)
        && usize::from(field(26)?) == entry.name.len()
        && local.slice(LOCAL_LEN, entry.name.len()).ok_or(ZipError::Truncated)? == entry.name.as_bytes();
    if !agrees {
        return Err(ZipError::Inconsistent);
    }
    Ok(u64::from(entry.local_at) + (LOCAL_LEN + entry.name.len()) as u64 + u64::from(field(28)?))
}

/// Checks that the entries (whose bytes start at `data_at`, from [`check_local`]) follow each
/// other without overlap and end before the central directory: no byte is counted twice, so no
/// archive claims more than it holds.
pub fn check_places(entries: &[Listed], data_at: &[u64], dir: &Directory) -> Result<(), ZipError> {
    let mut free_from = 0u64;
    for (entry, &start) in entries.iter().zip(data_at) {
        let end = start + u64::from(entry.size);
        if u64::from(entry.local_at) < free_from || end > u64::from(dir.at) {
            return Err(ZipError::Inconsistent);
        }
        free_from = end;
    }
    if entries.len() != data_at.len() {
        return Err(ZipError::Inconsistent);
    }
    Ok(())
}

/// The entries of `archive`, checked as the module says; their bytes are borrowed from it.
pub fn read(archive: &[u8]) -> Result<Vec<Entry<'_>>, ZipError> {
    let len = archive.len() as u64;
    let dir = end_record(&archive[archive.len().saturating_sub(END_LEN)..], len, archive)?;
    let central = &archive[dir.at as usize..(dir.at as usize + dir.len as usize)];
    let listed = entries(central, &dir)?;
    let mut data_at = Vec::with_capacity(listed.len());
    for entry in &listed {
        let from = (entry.local_at as usize).min(archive.len());
        let to = from.saturating_add(local_header_len(entry)).min(archive.len());
        data_at.push(check_local(&archive[from..to], entry)?);
    }
    check_places(&listed, &data_at, &dir)?;
    listed
        .into_iter()
        .zip(data_at)
        .map(|(entry, start)| {
            let data = &archive[start as usize..start as usize + entry.size as usize];
            if crc32(0, data) != entry.crc {
                return Err(ZipError::Damaged);
            }
            Ok(Entry { name: entry.name, data })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const AT: DosTime = DosTime { date: 0x5b87, time: 0x6000 };

    #[test]
    fn crc32_is_the_one_zip_uses() {
        assert_eq!(crc32(0, b""), 0);
        assert_eq!(crc32(0, b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(crc32(0, b"12345"), b"6789"), 0xCBF4_3926, "it continues over pieces");
    }

    #[test]
    fn dos_times_hold_the_date_and_time() {
        let t = DosTime::new(2026, 12, 7, 16, 45, 31);
        assert_eq!(t.date, (46 << 9) | (12 << 5) | 7);
        assert_eq!(t.time, (16 << 11) | (45 << 5) | 15);
        assert_eq!(DosTime::new(1970, 0, 0, 99, 99, 99), DosTime::new(1980, 1, 1, 23, 59, 59));
    }

    #[test]
    fn what_is_written_is_read_back() {
        let entries: [(&str, &[u8]); 3] =
            [("portfolio.json", b"{\"a\":1}"), ("files/0a1b", &[0, 1, 2, 255]), ("files/leeg", b"")];
        let archive = write(&entries, AT).unwrap();
        let read = read(&archive).unwrap();
        let back: Vec<(&str, &[u8])> = read.iter().map(|e| (e.name.as_str(), e.data)).collect();
        assert_eq!(back, entries);
        assert_eq!(super::read(&write(&[], AT).unwrap()), Ok(vec![]));
    }

    #[test]
    fn the_layout_puts_each_entry_after_its_own_header() {
        let data: &[u8] = b"inhoud";
        let planned = [Planned { name: "files/x".into(), size: 6, crc: crc32(0, data) }];
        let layout = layout(&planned, AT).unwrap();
        let mut archive = layout.locals[0].clone();
        archive.extend_from_slice(data);
        archive.extend_from_slice(&layout.central);
        assert_eq!(archive, write(&[("files/x", data)], AT).unwrap());
    }

    #[test]
    fn unsafe_names_are_refused() {
        for name in [
            "/etc/passwd",
            "../x",
            "files/../../x",
            "a\\b",
            "C:/x",
            "c:",
            "",
            "files/",
            "a//b",
            "./a",
            "a\u{0}b",
        ] {
            let archive = write(&[(name, b"x")], AT).unwrap();
            assert_eq!(read(&archive), Err(ZipError::BadName), "{name:?}");
        }
        for name in ["portfolio.json", "files/9f86d081884c7d65", "files/Één foto.jpg"] {
            assert!(read(&write(&[(name, b"x")], AT).unwrap()).is_ok(), "{name:?}");
        }
    }

    #[test]
    fn duplicate_names_are_refused_also_by_case() {
        let archive = write(&[("files/a", b"1"), ("files/a", b"2")], AT).unwrap();
        assert_eq!(read(&archive), Err(ZipError::Duplicate));
        let archive = write(&[("files/A.pdf", b"1"), ("files/a.PDF", b"2")], AT).unwrap();
        assert_eq!(read(&archive), Err(ZipError::Duplicate));
    }
}
