//! Leerpad: a personal development app for the Rijksoverheid leadership programmes BLG and SMEC.
//!
//! - [`domain`]: pure Rust model and rules, tested natively.
//! - [`i18n`]: the interface strings in Dutch and English.
//! - [`storage`]: the only code that touches browser storage.
//! - [`ui`]: Leptos pages and components; thin, calling the domain.

pub mod domain;
pub mod i18n;
pub mod storage;
pub mod ui;

/// Starts the app in the page's `<body>`. A page pre-rendered at build time
/// (scripts/prerender.mjs) stays on screen while the app is built outside the document; once its
/// first page is complete, the app's nodes replace the pre-rendered ones in one task, so the
/// browser never paints the page empty or twice.
pub fn mount() {
    use leptos::prelude::*;
    use wasm_bindgen::JsCast;

    let window = web_sys::window();
    let perf = window.as_ref().and_then(|w| w.performance());
    if let Some(perf) = &perf {
        let _ = perf.mark("leerpad:start");
    }
    let Some(document) = window.and_then(|w| w.document()) else { return };
    let (Some(body), Ok(host)) = (document.body(), document.create_element("div")) else { return };
    let host: web_sys::HtmlElement = host.unchecked_into();
    let take_over = {
        let host = host.clone();
        move || {
            if let Ok(prerendered) = body.query_selector_all("[data-prerendered]") {
                for i in 0..prerendered.length() {
                    if let Some(node) = prerendered.item(i) {
                        let _ = body.remove_child(&node);
                    }
                }
            }
            while let Some(node) = host.first_child() {
                let _ = body.append_child(&node);
            }
            // From the start of the app to its first page in the document; `make bench` reports it.
            if let Some(perf) = perf {
                let _ = perf.measure_with_start_mark("leerpad:mount", "leerpad:start");
            }
        }
    };
    // Manager mode is an app of its own, without the participant's store (see `ui::manager`).
    let path = document.location().and_then(|l| l.pathname().ok()).unwrap_or_default();
    if ui::manager::is_manager_path(&path) {
        leptos::mount::mount_to(host, ui::manager::ManagerApp).forget();
        return take_over();
    }
    let on_first_page: Box<dyn FnOnce()> = Box::new(take_over);
    leptos::mount::mount_to(host, move || view! { <ui::App on_first_page /> }).forget();
}
