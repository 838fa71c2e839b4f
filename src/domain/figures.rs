//! How levels, changes and averages are written, the same in the app and in the report.

/// Shown where there is no figure (not rated, no target, nothing to compare).
pub const NONE: &str = "—";

/// A learning goal's number: its module and its place in the module, `2.3`.
pub fn goal_number(module: u8, position: usize) -> String {
    format!("{module}.{position}")
}

/// A level 1–5, or a dash.
pub fn level(level: Option<u8>) -> String {
    level.map_or_else(|| NONE.to_owned(), |l| l.to_string())
}

/// A change between two moments with its sign: `+2`, `0`, `−1` (a real minus sign, U+2212).
pub fn change(change: Option<i8>) -> String {
    match change {
        Some(c) if c > 0 => format!("+{c}"),
        Some(c) if c < 0 => format!("\u{2212}{}", c.unsigned_abs()),
        Some(_) => "0".to_owned(),
        None => NONE.to_owned(),
    }
}

/// An average level with one decimal and the language's decimal separator: `3,5` or `3.5`.
pub fn average(value: Option<f32>, decimal_separator: &str) -> String {
    value.map_or_else(|| NONE.to_owned(), |v| Tenths(v).to_string().replace('.', decimal_separator))
}

/// A size in bytes as people read it, with the language's decimal separator: `850 kB`, `2,4 MB`,
/// `37 MB`, `1,2 GB` (decimal units, as file managers show them).
pub fn size(bytes: f64, decimal_separator: &str) -> String {
    let bytes = bytes.max(0.0);
    let (value, unit) = match bytes {
        b if b < 1e6 => return format!("{} kB", (b / 1e3).ceil() as u64),
        b if b < 1e9 => (b / 1e6, "MB"),
        b if b < 1e12 => (b / 1e9, "GB"),
        b => (b / 1e12, "TB"),
    };
    if value < 10.0 {
        format!("{} {unit}", Tenths(value as f32).to_string().replace('.', decimal_separator))
    } else {
        format!("{} {unit}", value.round() as u64)
    }
}

/// A number written with one decimal, like `{:.1}` (a tie goes to the even digit). Leerpad
/// formats its few fractional figures through this type instead of the standard library's
/// float formatting, which would add about 10 KB of wasm for chart coordinates and averages.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tenths(pub f32);

impl std::fmt::Display for Tenths {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let scaled = f64::from(self.0) * 10.0;
        let mut t = scaled.floor();
        let fraction = scaled - t;
        if fraction > 0.5 || (fraction == 0.5 && t % 2.0 != 0.0) {
            t += 1.0;
        }
        // Far beyond any coordinate or level; saturates instead of wrapping.
        let t = t as i64;
        let sign = if t < 0 { "-" } else { "" };
        write!(f, "{sign}{}.{}", t.unsigned_abs() / 10, t.unsigned_abs() % 10)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_and_gaps() {
        assert_eq!(level(Some(4)), "4");
        assert_eq!(level(None), "—");
    }

    #[test]
    fn changes_have_a_sign_and_a_true_minus() {
        assert_eq!(change(Some(2)), "+2");
        assert_eq!(change(Some(0)), "0");
        assert_eq!(change(Some(-3)), "\u{2212}3");
        assert_eq!(change(Some(i8::MIN)), "\u{2212}128");
        assert_eq!(change(None), "—");
    }

    #[test]
    fn averages_use_the_separator_of_the_language() {
        assert_eq!(average(Some(3.25), ","), "3,2");
        assert_eq!(average(Some(3.5), "."), "3.5");
        assert_eq!(average(Some(4.0), ","), "4,0");
        assert_eq!(average(None, ","), "—");
    }

    #[test]
    fn sizes_are_written_as_people_read_them() {
        assert_eq!(size(0.0, ","), "0 kB");
        assert_eq!(size(1.0, ","), "1 kB");
        assert_eq!(size(849_500.0, ","), "850 kB");
        assert_eq!(size(2_400_000.0, ","), "2,4 MB");
        assert_eq!(size(36_600_000.0, "."), "37 MB");
        assert_eq!(size(1_234_000_000.0, "."), "1.2 GB");
        assert_eq!(size(3e13, ","), "30 TB");
    }

    #[test]
    fn tenths_agree_with_the_standard_formatting() {
        for i in -20_000..20_000 {
            let v = i as f32 * 0.037;
            assert_eq!(
                Tenths(v).to_string().trim_start_matches('-'),
                format!("{v:.1}").trim_start_matches('-'),
                "{v}"
            );
        }
        assert_eq!(Tenths(-4.56).to_string(), "-4.6");
        assert_eq!(Tenths(170.0).to_string(), "170.0");
    }
}
