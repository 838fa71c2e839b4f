//! The radar (spider) chart as a self-contained SVG string: the app shows it and reports embed it.
//!
//! Series differ in colour, line style and marker shape, so they stay apart in grey print and
//! for people who do not see colour. Every text is escaped.

use std::fmt::Write;

use super::figures::Tenths as T;
use super::html::escape;

/// How a series is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SeriesStyle {
    /// The first moment: grey, dashed, circles.
    First,
    /// The latest moment: lintblauw, solid, squares.
    Latest,
    /// The targets (ambitie): dark orange, dotted, triangles.
    Target,
    /// The manager's view (issue 16): dark green, dash-dotted, diamonds.
    Manager,
}

impl SeriesStyle {
    fn colour(self) -> &'static str {
        match self {
            SeriesStyle::First => "#595959",
            SeriesStyle::Latest => "#154273",
            SeriesStyle::Target => "#a34f00",
            SeriesStyle::Manager => "#1d6b32",
        }
    }

    fn dash(self) -> &'static str {
        match self {
            SeriesStyle::First => "6 4",
            SeriesStyle::Latest => "none",
            SeriesStyle::Target => "2 4",
            SeriesStyle::Manager => "9 3 2 3",
        }
    }

    fn marker(self, x: f32, y: f32) -> String {
        let c = self.colour();
        match self {
            SeriesStyle::First => format!(
                r##"<circle cx="{}" cy="{}" r="4.5" fill="#fff" stroke="{c}" stroke-width="2"/>"##,
                T(x),
                T(y)
            ),
            SeriesStyle::Latest => {
                format!(r#"<rect x="{}" y="{}" width="9" height="9" fill="{c}"/>"#, T(x - 4.5), T(y - 4.5))
            }
            SeriesStyle::Target => format!(
                r#"<path d="M{} {}L{} {}L{} {}Z" fill="{c}"/>"#,
                T(x),
                T(y - 6.0),
                T(x + 5.5),
                T(y + 4.0),
                T(x - 5.5),
                T(y + 4.0)
            ),
            SeriesStyle::Manager => format!(
                r##"<path d="M{} {}L{} {}L{} {}L{} {}Z" fill="#fff" stroke="{c}" stroke-width="2"/>"##,
                T(x),
                T(y - 6.0),
                T(x + 6.0),
                T(y),
                T(x),
                T(y + 6.0),
                T(x - 6.0),
                T(y)
            ),
        }
    }
}

pub struct Series<'a> {
    pub label: &'a str,
    pub style: SeriesStyle,
    /// One value per axis, on the 1–5 scale; `None` where there is none.
    pub values: Vec<Option<u8>>,
}

const SIZE: f32 = 340.0;
const CENTRE: f32 = 170.0;
const RADIUS: f32 = 120.0;
const MAX: f32 = 5.0;

fn point(axis: usize, axes: usize, value: f32) -> (f32, f32) {
    // Clockwise from the top: a quarter turn back from the positive x axis.
    let (sin, cos) = sin_cos(std::f64::consts::TAU * (axis as f64 / axes as f64 - 0.25));
    let r = RADIUS * value / MAX;
    (CENTRE + r * cos as f32, CENTRE + r * sin as f32)
}

/// Sine and cosine of `angle` (radians, within ±2π) to well within a tenth of a pixel: a Taylor
/// series after folding the angle into ±π/2. Enough for a chart, and none of the standard
/// library's trigonometry (with its range reduction for huge angles) in the build.
fn sin_cos(angle: f64) -> (f64, f64) {
    use std::f64::consts::{FRAC_PI_2, PI, TAU};
    let sin = |x: f64| {
        // Fold into [-π, π], then into [-π/2, π/2] (sin(π - x) = sin x).
        let x = if x > PI {
            x - TAU
        } else if x < -PI {
            x + TAU
        } else {
            x
        };
        let x = if x > FRAC_PI_2 {
            PI - x
        } else if x < -FRAC_PI_2 {
            -PI - x
        } else {
            x
        };
        let x2 = x * x;
        let (mut term, mut sum) = (x, x);
        for n in (2..=14).step_by(2) {
            term *= -x2 / f64::from(n * (n + 1));
            sum += term;
        }
        sum
    };
    (sin(angle), sin(angle + FRAC_PI_2))
}

/// An SVG radar chart with one axis per label (goal numbers) and a legend underneath.
/// `title` names the chart for assistive technology; the data table next to it is the full text.
pub fn radar_svg(title: &str, axis_labels: &[String], series: &[Series]) -> String {
    let axes = axis_labels.len().max(3);
    let legend_height = 26.0 * series.len() as f32 + 8.0;
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="radar" viewBox="0 0 {} {}" role="img" aria-label="{t}"><title>{t}</title>"#,
        T(SIZE),
        T(SIZE + legend_height),
        t = escape(title)
    );
    // Rings for levels 1–5, numbered halfway between the first two axes, where no data point
    // sits, on a white halo so that a line crossing them does not hide them.
    for level in 1..=5 {
        let ring: Vec<String> = (0..axes)
            .map(|a| {
                let (x, y) = point(a, axes, level as f32);
                format!("{},{}", T(x), T(y))
            })
            .collect();
        let _ = write!(
            svg,
            r##"<polygon points="{}" fill="none" stroke="#c8ced6" stroke-width="1"/>"##,
            ring.join(" ")
        );
        let ((x0, y0), (x1, y1)) = (point(0, axes, level as f32), point(1, axes, level as f32));
        let _ = write!(
            svg,
            r##"<text x="{}" y="{}" font-size="12" text-anchor="middle" fill="#4d4d4d" stroke="#fff" stroke-width="3" paint-order="stroke">{level}</text>"##,
            T((x0 + x1) / 2.0),
            T((y0 + y1) / 2.0 + 4.0)
        );
    }
    for (a, label) in axis_labels.iter().enumerate() {
        let (x, y) = point(a, axes, MAX);
        let (lx, ly) = point(a, axes, MAX + 0.75);
        let _ = write!(
            svg,
            r##"<line x1="{c}" y1="{c}" x2="{}" y2="{}" stroke="#c8ced6"/><text x="{}" y="{}" font-size="13" font-weight="700" text-anchor="middle" fill="#1a1a1a">{}</text>"##,
            T(x),
            T(y),
            T(lx),
            T(ly + 4.5),
            escape(label),
            c = T(CENTRE)
        );
    }
    for s in series {
        let points: Vec<Option<(f32, f32)>> =
            s.values.iter().enumerate().map(|(a, v)| v.map(|v| point(a, axes, f32::from(v)))).collect();
        // Lines join neighbouring axes that both have a value; a gap stays a gap.
        let closes = points.len() > 2;
        for a in 0..points.len() {
            let next = (a + 1) % points.len();
            if next == 0 && !closes {
                continue;
            }
            if let (Some((x1, y1)), Some((x2, y2))) = (points[a], points[next]) {
                let _ = write!(
                    svg,
                    r#"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" stroke-width="2.5" stroke-dasharray="{}"/>"#,
                    T(x1),
                    T(y1),
                    T(x2),
                    T(y2),
                    s.style.colour(),
                    s.style.dash()
                );
            }
        }
        for (x, y) in points.into_iter().flatten() {
            svg.push_str(&s.style.marker(x, y));
        }
    }
    for (i, s) in series.iter().enumerate() {
        let y = SIZE + 18.0 + 26.0 * i as f32;
        let _ = write!(
            svg,
            r##"<line x1="20" y1="{ty}" x2="56" y2="{ty}" stroke="{}" stroke-width="2.5" stroke-dasharray="{}"/>{}<text x="66" y="{}" font-size="14" fill="#1a1a1a">{}</text>"##,
            s.style.colour(),
            s.style.dash(),
            s.style.marker(38.0, y),
            T(y + 5.0),
            escape(s.label),
            ty = T(y)
        );
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sine_and_cosine_agree_with_the_standard_library() {
        for i in -4000..=4000 {
            let angle = f64::from(i) * std::f64::consts::TAU / 4000.0;
            let (sin, cos) = sin_cos(angle);
            assert!((sin - angle.sin()).abs() < 1e-9, "sin {angle}");
            assert!((cos - angle.cos()).abs() < 1e-9, "cos {angle}");
        }
    }

    fn labels(n: usize) -> Vec<String> {
        (1..=n).map(|i| i.to_string()).collect()
    }

    #[test]
    fn draws_every_series_with_its_own_marker_and_a_legend() {
        let svg = radar_svg(
            "Module 1",
            &labels(6),
            &[
                Series { label: "Nulmeting", style: SeriesStyle::First, values: vec![Some(2); 6] },
                Series { label: "Eindmeting", style: SeriesStyle::Latest, values: vec![Some(4); 6] },
                Series {
                    label: "Ambitie",
                    style: SeriesStyle::Target,
                    values: vec![Some(5), None, None, None, None, None],
                },
            ],
        );
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert_eq!(svg.matches("<circle").count(), 6 + 1, "six points and the legend");
        assert_eq!(svg.matches("<rect").count(), 6 + 1);
        assert_eq!(svg.matches("<path").count(), 1 + 1, "one target, one legend marker");
        for text in ["Nulmeting", "Eindmeting", "Ambitie", "<title>Module 1</title>"] {
            assert!(svg.contains(text), "{text}");
        }
        // Solid, dashed and dotted lines: 6 segments each for the complete series.
        assert_eq!(svg.matches(r#"stroke-dasharray="6 4""#).count(), 6 + 1);
    }

    #[test]
    fn labels_and_titles_are_escaped() {
        let svg = radar_svg(
            "<b>\"x\"</b>",
            &labels(3),
            &[Series {
                label: "<script>alert(1)</script>",
                style: SeriesStyle::Latest,
                values: vec![None; 3],
            }],
        );
        assert!(!svg.contains("<script>"));
        assert!(!svg.contains("<b>"));
        assert!(svg.contains("&lt;script&gt;"));
    }
}
