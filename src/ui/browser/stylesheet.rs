//! The text of one of the page's own style sheets, read from the CSSOM: the downloaded report
//! inlines the very `report.css` the page uses, so the wasm need not carry a second copy.

use wasm_bindgen::JsCast;
use web_sys::CssStyleSheet;

/// The rules of the loaded style sheet whose address contains `name` (`"/report-"`), as CSS text;
/// `None` when no such sheet is loaded.
pub fn stylesheet_text(name: &str) -> Option<String> {
    let sheets = leptos::prelude::document().style_sheets();
    let sheet = (0..sheets.length())
        .filter_map(|i| sheets.item(i)?.dyn_into::<CssStyleSheet>().ok())
        .find(|s| s.href().ok().flatten().is_some_and(|href| href.contains(name)))?;
    let rules = sheet.css_rules().ok()?;
    let mut css = String::new();
    for rule in (0..rules.length()).filter_map(|i| rules.item(i)) {
        css.push_str(&rule.css_text());
        css.push('\n');
    }
    Some(css)
}
