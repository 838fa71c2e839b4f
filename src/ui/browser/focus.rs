//! Moving keyboard focus to an element that a change is about to show (a form opened, a line
//! removed), once the browser has drawn it.

use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement};

/// Focuses the element `id` in the next frame; for a text field, selects its first `select`
/// characters (UTF-16 units, as the browser counts them).
pub fn focus_soon(id: String, select: Option<u32>) {
    leptos::prelude::request_animation_frame(move || {
        let Some(element) = leptos::prelude::document().get_element_by_id(&id) else { return };
        if let Some(element) = element.dyn_ref::<HtmlElement>() {
            let _ = element.focus();
        }
        if let (Some(input), Some(end)) = (element.dyn_ref::<HtmlInputElement>(), select) {
            let _ = input.set_selection_range(0, end);
        }
    });
}
