//! The few things pages change outside their own subtree: `<title>`, `<html lang>`, focus.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use super::use_i18n;

pub fn set_html_lang(code: &str) {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("lang", code);
    }
}

/// Keeps the document title as "<page> – Leerpad" while the calling page is shown.
/// `page` is re-run when the language changes; `None` gives just "Leerpad".
pub fn use_title(page: impl Fn() -> Option<String> + Send + Sync + 'static) {
    let i18n = use_i18n();
    Effect::new(move |_| {
        let app = i18n.t().app_name;
        let title = match page() {
            Some(page) => format!("{page} – {app}"),
            None => app.to_owned(),
        };
        document().set_title(&title);
    });
}

/// Moves keyboard and screen-reader focus to the element with this id (it needs `tabindex`).
pub fn focus_by_id(id: &str) {
    if let Some(el) = document().get_element_by_id(id).and_then(|el| el.dyn_into::<HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// After an in-app navigation, puts focus on the new page's heading so that screen-reader users
/// hear where they arrived, as they would after a full page load.
pub fn focus_page_heading() {
    request_animation_frame(|| {
        let h1 = document().query_selector("main h1").ok().flatten();
        if let Some(h1) = h1.and_then(|el| el.dyn_into::<HtmlElement>().ok()) {
            let _ = h1.focus();
        }
    });
}
