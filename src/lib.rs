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

/// Starts the app in the page's `<body>`.
pub fn mount() {
    if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
        let _ = perf.mark("leerpad:start");
    }
    leptos::mount::mount_to_body(ui::App);
}
