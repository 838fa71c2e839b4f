//! The worksheets' two pictures as self-contained SVG strings (the app shows them, the report
//! and the printed worksheet embed them): a score per row over time (the team scan), and rows as
//! points on two scales (the stakeholder map). Every picture has a data table beside it with the
//! same facts; shapes and numbers, not colour alone, tell points apart. Every text is escaped.

use std::fmt::Write;

use super::figures::Tenths as T;
use super::html::escape;
use super::worksheet::{OverTime, Point};

const INK: &str = "#1a1a1a";
const LINE: &str = "#154273";
const GRID: &str = "#c8ced6";

fn open(svg: &mut String, class: &str, width: f32, height: f32, title: &str) {
    let _ = write!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="{class}" viewBox="0 0 {} {}" role="img" aria-label="{t}"><title>{t}</title>"#,
        T(width),
        T(height),
        t = escape(title)
    );
}

/// A short date for an axis: `2026-10-01` → `1-10-2026`.
fn short_date(iso: &str) -> String {
    let mut parts = iso.split('-');
    match (parts.next(), parts.next(), parts.next()) {
        (Some(y), Some(m), Some(d)) => {
            format!("{}-{}-{y}", d.trim_start_matches('0'), m.trim_start_matches('0'))
        }
        _ => iso.to_owned(),
    }
}

/// One small line per row: its score (1–5) in every worksheet, oldest left, the score written
/// at each point. Shows the last `MAX_SCANS` worksheets.
pub fn over_time_svg(title: &str, data: &OverTime) -> String {
    const WIDTH: f32 = 340.0;
    const BAND: f32 = 90.0;
    const LEFT: f32 = 28.0;
    const RIGHT: f32 = 316.0;
    const MAX_SCANS: usize = 8;
    let skip = data.dates.len().saturating_sub(MAX_SCANS);
    let dates = &data.dates[skip..];
    let n = dates.len();
    let x = |i: usize| {
        if n <= 1 { (LEFT + RIGHT) / 2.0 } else { LEFT + (RIGHT - LEFT) * i as f32 / (n - 1) as f32 }
    };
    let height = BAND * data.lines.len() as f32 + 28.0;
    let mut svg = String::new();
    open(&mut svg, "over-time", WIDTH, height, title);
    for (row, line) in data.lines.iter().enumerate() {
        let top = BAND * row as f32;
        // Level 1 at the bottom of the band's plot, 5 at its top.
        let y = |level: u8| top + 78.0 - 11.0 * f32::from(level - 1);
        let _ = write!(
            svg,
            r##"<text x="0" y="{}" font-size="15" font-weight="700" fill="{INK}">{}</text><line x1="{l}" y1="{y1}" x2="{r}" y2="{y1}" stroke="{GRID}"/><line x1="{l}" y1="{y5}" x2="{r}" y2="{y5}" stroke="{GRID}" stroke-dasharray="3 3"/><text x="0" y="{}" font-size="13" fill="#4d4d4d">1</text><text x="0" y="{}" font-size="13" fill="#4d4d4d">5</text>"##,
            T(top + 16.0),
            escape(&line.label),
            T(y(1) + 4.0),
            T(y(5) + 4.0),
            y1 = T(y(1)),
            y5 = T(y(5)),
            l = T(LEFT),
            r = T(RIGHT),
        );
        let values = &line.values[skip.min(line.values.len())..];
        let points: Vec<Option<(f32, f32, u8)>> =
            values.iter().enumerate().map(|(i, v)| v.map(|v| (x(i), y(v), v))).collect();
        for pair in points.windows(2) {
            if let [Some((x1, y1, _)), Some((x2, y2, _))] = pair {
                let _ = write!(
                    svg,
                    r#"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{LINE}" stroke-width="2.5"/>"#,
                    T(*x1),
                    T(*y1),
                    T(*x2),
                    T(*y2)
                );
            }
        }
        for (px, py, v) in points.into_iter().flatten() {
            let _ = write!(
                svg,
                r##"<circle cx="{}" cy="{}" r="5" fill="{LINE}"/><text x="{}" y="{}" font-size="14" font-weight="700" text-anchor="middle" fill="{INK}" stroke="#fff" stroke-width="3" paint-order="stroke">{v}</text>"##,
                T(px),
                T(py),
                T(px),
                T(py - 8.0)
            );
        }
    }
    // Dates under the last band: all when they fit, else the first and the last.
    let base = BAND * data.lines.len() as f32 + 8.0;
    let shown: Vec<usize> = if n <= 5 { (0..n).collect() } else { vec![0, n - 1] };
    for i in shown {
        let anchor = if n > 1 && i == 0 {
            "start"
        } else if n > 1 && i == n - 1 {
            "end"
        } else {
            "middle"
        };
        let at = match anchor {
            "start" => x(i) - 10.0,
            "end" => x(i) + 10.0,
            _ => x(i),
        };
        let _ = write!(
            svg,
            r##"<text x="{}" y="{}" font-size="13" text-anchor="{anchor}" fill="#4d4d4d">{}</text>"##,
            T(at),
            T(base),
            escape(&short_date(&dates[i]))
        );
    }
    svg.push_str("</svg>");
    svg
}

/// The marker of shape `shape` (the place of the point's choice), centred on `(x, y)`.
fn marker(shape: Option<usize>, x: f32, y: f32) -> String {
    match shape {
        Some(0) => format!(
            r##"<circle cx="{}" cy="{}" r="11" fill="#fff" stroke="{LINE}" stroke-width="2.5"/>"##,
            T(x),
            T(y)
        ),
        Some(1) => format!(
            r##"<rect x="{}" y="{}" width="20" height="20" fill="#fff" stroke="#595959" stroke-width="2.5"/>"##,
            T(x - 10.0),
            T(y - 10.0)
        ),
        Some(2) => format!(
            r##"<path d="M{} {}L{} {}L{} {}Z" fill="#fff" stroke="#a34f00" stroke-width="2.5"/>"##,
            T(x),
            T(y - 13.0),
            T(x + 12.5),
            T(y + 9.0),
            T(x - 12.5),
            T(y + 9.0)
        ),
        _ => format!(
            r##"<path d="M{} {}L{} {}L{} {}L{} {}Z" fill="#fff" stroke="{INK}" stroke-width="2"/>"##,
            T(x),
            T(y - 12.0),
            T(x + 12.0),
            T(y),
            T(x),
            T(y + 12.0),
            T(x - 12.0),
            T(y)
        ),
    }
}

/// The words of a grid picture.
pub struct GridWords<'a> {
    pub title: &'a str,
    /// The scale across and its ends.
    pub x: (&'a str, &'a str, &'a str),
    /// The scale upwards and its ends.
    pub y: (&'a str, &'a str, &'a str),
    /// The labels of the shapes, in the order of the shape column's choices.
    pub shapes: &'a [&'a str],
    /// Under the legend, for points without a shape.
    pub no_shape: &'a str,
}

/// Every point by its two scores on a 5 × 5 grid, numbered as in the table; points on the same
/// square sit side by side. A legend names the shapes.
pub fn grid_svg(words: &GridWords, points: &[Point]) -> String {
    const PLOT: f32 = 260.0;
    const LEFT: f32 = 56.0;
    const TOP: f32 = 12.0;
    let cell = PLOT / 5.0;
    let shapes_used = points.iter().any(|p| p.shape.is_none());
    let legend_rows = words.shapes.len() + usize::from(shapes_used);
    let height = TOP + PLOT + 58.0 + 26.0 * legend_rows as f32;
    let mut svg = String::new();
    open(&mut svg, "grid", LEFT + PLOT + 14.0, height, words.title);
    for i in 0..=5 {
        let at = cell * i as f32;
        let (dash, colour) = if i == 0 || i == 5 { ("none", "#8c96a3") } else { ("2 4", GRID) };
        let _ = write!(
            svg,
            r#"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{colour}" stroke-dasharray="{dash}"/><line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{colour}" stroke-dasharray="{dash}"/>"#,
            T(LEFT + at),
            T(TOP),
            T(LEFT + at),
            T(TOP + PLOT),
            T(LEFT),
            T(TOP + at),
            T(LEFT + PLOT),
            T(TOP + at)
        );
    }
    // The middle lines split the map into four.
    let mid = cell * 2.5;
    let _ = write!(
        svg,
        r##"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="#8c96a3" stroke-width="1.5"/><line x1="{}" y1="{}" x2="{}" y2="{}" stroke="#8c96a3" stroke-width="1.5"/>"##,
        T(LEFT + mid),
        T(TOP),
        T(LEFT + mid),
        T(TOP + PLOT),
        T(LEFT),
        T(TOP + mid),
        T(LEFT + PLOT),
        T(TOP + mid)
    );
    let (x_name, x_low, x_high) = words.x;
    let (y_name, y_low, y_high) = words.y;
    let below = TOP + PLOT;
    let _ = write!(
        svg,
        r##"<text x="{}" y="{}" font-size="12" fill="#4d4d4d">{}</text><text x="{}" y="{}" font-size="12" text-anchor="end" fill="#4d4d4d">{}</text><text x="{}" y="{}" font-size="14" font-weight="700" text-anchor="middle" fill="{INK}">{} →</text>"##,
        T(LEFT),
        T(below + 16.0),
        escape(x_low),
        T(LEFT + PLOT),
        T(below + 16.0),
        escape(x_high),
        T(LEFT + PLOT / 2.0),
        T(below + 36.0),
        escape(x_name)
    );
    let _ = write!(
        svg,
        r##"<text x="{}" y="{}" font-size="12" text-anchor="end" fill="#4d4d4d">{}</text><text x="{}" y="{}" font-size="12" text-anchor="end" fill="#4d4d4d">{}</text><text transform="translate(18 {}) rotate(-90)" font-size="14" font-weight="700" text-anchor="middle" fill="{INK}">{} →</text>"##,
        T(LEFT - 6.0),
        T(TOP + PLOT - 4.0),
        escape(y_low),
        T(LEFT - 6.0),
        T(TOP + 12.0),
        escape(y_high),
        T(TOP + PLOT / 2.0),
        escape(y_name)
    );
    // Up to four points share a square in its corners; more go round its centre.
    for p in points {
        let same: Vec<&Point> = points.iter().filter(|q| q.x == p.x && q.y == p.y).collect();
        let k = same.iter().position(|q| q.number == p.number).unwrap_or(0);
        let cx = LEFT + cell * (f32::from(p.x) - 0.5);
        let cy = TOP + PLOT - cell * (f32::from(p.y) - 0.5);
        let (dx, dy) = if same.len() == 1 {
            (0.0, 0.0)
        } else {
            let offsets = [(-12.0, -12.0), (12.0, -12.0), (-12.0, 12.0), (12.0, 12.0)];
            let (ox, oy) = offsets[k % 4];
            let ring = (k / 4) as f32;
            (ox * (1.0 - 0.5 * ring), oy * (1.0 - 0.5 * ring) + 4.0 * ring)
        };
        svg.push_str(&marker(p.shape, cx + dx, cy + dy));
        let _ = write!(
            svg,
            r##"<text x="{}" y="{}" font-size="12" font-weight="700" text-anchor="middle" fill="{INK}">{}</text>"##,
            T(cx + dx),
            T(cy + dy + 4.0),
            p.number
        );
    }
    let legend: Vec<(Option<usize>, &str)> = words
        .shapes
        .iter()
        .enumerate()
        .map(|(i, s)| (Some(i), *s))
        .chain(shapes_used.then_some((None, words.no_shape)))
        .collect();
    for (i, (shape, label)) in legend.into_iter().enumerate() {
        let y = below + 60.0 + 26.0 * i as f32;
        svg.push_str(&marker(shape, LEFT + 10.0, y));
        let _ = write!(
            svg,
            r##"<text x="{}" y="{}" font-size="14" fill="{INK}">{}</text>"##,
            T(LEFT + 30.0),
            T(y + 5.0),
            escape(label)
        );
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::worksheet::Line;

    #[test]
    fn the_team_scan_picture_writes_every_score_and_escapes_names() {
        let data = OverTime {
            dates: vec!["2026-10-01".into(), "2027-03-01".into()],
            lines: vec![
                Line { label: "<Vertrouwen>".into(), values: vec![Some(2), Some(4)] },
                Line { label: "Conflict".into(), values: vec![None, Some(3)] },
            ],
        };
        let svg = over_time_svg("Team & tijd", &data);
        assert!(svg.contains("&lt;Vertrouwen&gt;") && !svg.contains("<Vertrouwen>"));
        assert!(svg.contains(r#"aria-label="Team &amp; tijd""#));
        assert_eq!(svg.matches("<circle").count(), 3, "one point per score");
        assert_eq!(svg.matches(r#"stroke-width="2.5"/>"#).count(), 1, "a line only between two scores");
        assert!(svg.contains(">1-10-2026<") && svg.contains(">1-3-2027<"));
    }

    #[test]
    fn the_grid_numbers_its_points_and_keeps_shared_squares_apart() {
        let p = |number, x, y, shape| Point {
            number,
            row: format!("r{number}"),
            label: format!("p{number}"),
            x,
            y,
            shape,
        };
        let words = GridWords {
            title: "Stakeholderkaart",
            x: ("Belang", "laag", "hoog"),
            y: ("Invloed", "laag", "hoog"),
            shapes: &["steunend", "neutraal", "<kritisch>"],
            no_shape: "houding niet ingevuld",
        };
        let svg = grid_svg(&words, &[p(1, 5, 5, Some(2)), p(2, 5, 5, Some(0)), p(3, 1, 2, None)]);
        for n in 1..=3 {
            assert!(svg.contains(&format!(">{n}</text>")), "point {n} is numbered");
        }
        assert!(svg.contains("&lt;kritisch&gt;") && svg.contains("houding niet ingevuld"));
        let svg = grid_svg(&words, &[p(1, 3, 3, Some(1))]);
        assert!(!svg.contains("houding niet ingevuld"), "no legend line for a shape nobody has");
    }
}
