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
/// (scripts/prerender.mjs) is shown until then; its nodes go in the same task in which the app
/// renders its own, so the browser never paints the page empty or twice.
pub fn mount() {
    let window = web_sys::window();
    let perf = window.as_ref().and_then(|w| w.performance());
    if let Some(perf) = &perf {
        let _ = perf.mark("leerpad:start");
    }
    if let Some(body) = window.and_then(|w| w.document()).and_then(|d| d.body())
        && let Ok(prerendered) = body.query_selector_all("[data-prerendered]")
    {
        for i in 0..prerendered.length() {
            if let Some(node) = prerendered.item(i) {
                let _ = body.remove_child(&node);
            }
        }
    }
    leptos::mount::mount_to_body(ui::App);
    // From the start of the app to its first page in the document; `make bench` reports it.
    if let Some(perf) = perf {
        let _ = perf.measure_with_start_mark("leerpad:mount", "leerpad:start");
    }
}
