//! The little date arithmetic Leerpad needs, without a date library.

/// Milliseconds since the Unix epoch (what `Date.now()` gives). Kept as a number so that the
/// domain needs no date library.
pub type Millis = i64;

pub const DAY_MS: Millis = 24 * 60 * 60 * 1000;

/// After this many days without a backup file, the participant is reminded to make one.
pub const BACKUP_REMINDER_DAYS: i64 = 30;

/// Whole days from `then` to `now` (0 when `then` is in the future).
pub fn days_between(then: Millis, now: Millis) -> i64 {
    (now - then).max(0) / DAY_MS
}

/// True when there is data worth protecting and no backup in the last 30 days.
pub fn backup_reminder_due(last_backup: Option<Millis>, now: Millis) -> bool {
    last_backup.is_none_or(|last| days_between(last, now) >= BACKUP_REMINDER_DAYS)
}

/// The local calendar date of a moment, as `YYYY-MM-DD`, on a device whose clock is
/// `utc_offset_minutes` behind UTC at that moment (JavaScript's `getTimezoneOffset`: -60 in
/// Amsterdam in winter, -120 in summer).
pub fn local_date(ms: Millis, utc_offset_minutes: i64) -> String {
    utc_date(ms - utc_offset_minutes * 60_000)
}

/// The calendar date (UTC) of a moment, as `YYYY-MM-DD`.
fn utc_date(ms: Millis) -> String {
    // Howard Hinnant's days-to-civil algorithm.
    let z = ms.div_euclid(DAY_MS) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// `YYYY-MM-DD` as a Dutch date, e.g. `1 september 2026`; other text is returned as it is.
pub fn dutch_date(iso: &str) -> String {
    const MONTHS: [&str; 12] = [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ];
    long_date(iso, &MONTHS)
}

/// `YYYY-MM-DD` as an English date, e.g. `1 September 2026`.
pub fn english_date(iso: &str) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    long_date(iso, &MONTHS)
}

fn long_date(iso: &str, months: &[&str; 12]) -> String {
    let mut parts = iso.splitn(3, '-');
    let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
        return iso.to_owned();
    };
    match (y.parse::<u32>(), m.parse::<usize>(), d.parse::<u32>()) {
        (Ok(y), Ok(m @ 1..=12), Ok(d @ 1..=31)) => format!("{d} {} {y}", months[m - 1]),
        _ => iso.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utc_dates() {
        assert_eq!(utc_date(0), "1970-01-01");
        assert_eq!(utc_date(1_795_996_800_000), "2026-11-30");
        assert_eq!(utc_date(951_782_400_000), "2000-02-29");
    }

    #[test]
    fn local_dates_follow_the_device_around_midnight() {
        // 2026-11-30 23:30 UTC is already 1 December in Amsterdam (UTC+1 in winter)…
        let late = 1_795_996_800_000 + 23 * 3_600_000 + 30 * 60_000;
        assert_eq!(local_date(late, -60), "2026-12-01");
        assert_eq!(local_date(late, 0), "2026-11-30");
        // …and 2026-06-30 22:30 UTC is 1 July in summer time (UTC+2).
        let summer = 1_782_777_600_000 + 22 * 3_600_000 + 30 * 60_000;
        assert_eq!(utc_date(summer), "2026-06-30");
        assert_eq!(local_date(summer, -120), "2026-07-01");
        assert_eq!(local_date(summer, -60), "2026-06-30");
        // West of UTC the local day can still be yesterday.
        assert_eq!(local_date(1_795_996_800_000 + 3_600_000, 300), "2026-11-29");
    }

    #[test]
    fn reminder_after_thirty_days() {
        let now = 1_795_996_800_000;
        assert!(backup_reminder_due(None, now));
        assert!(!backup_reminder_due(Some(now - 29 * DAY_MS), now));
        assert!(backup_reminder_due(Some(now - 30 * DAY_MS), now));
        assert!(!backup_reminder_due(Some(now + DAY_MS), now), "clock skew is not a reason to nag");
    }

    #[test]
    fn dutch_dates() {
        assert_eq!(dutch_date("2026-09-01"), "1 september 2026");
        assert_eq!(dutch_date("gisteren"), "gisteren");
        assert_eq!(dutch_date("2026-13-01"), "2026-13-01");
        assert_eq!(english_date("2026-09-01"), "1 September 2026");
    }
}
