//! Browser tests: the real app and storage in headless Chromium (`make test` runs them through
//! scripts/test-wasm.sh).
#![cfg(target_arch = "wasm32")]

use leerpad::{i18n::Locale, storage::prefs, ui::App};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlButtonElement, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn clear_storage() {
    local_storage().clear().unwrap();
}

/// Lets the browser run pending tasks (effects, rendering) before the test looks.
async fn next_tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Mounts the whole app at `path` in a fresh container and returns the container once the
/// app's first page is complete (it is built in stages, a task each).
async fn mount_app_at(path: &str) -> (HtmlElement, leptos::mount::UnmountHandle<impl Mountable>) {
    let window = web_sys::window().unwrap();
    window.history().unwrap().replace_state_with_url(&JsValue::NULL, "", Some(path)).unwrap();
    let document = window.document().unwrap();
    let root: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&root).unwrap();
    let mut done = None;
    let first_page = js_sys::Promise::new(&mut |resolve, _| done = Some(resolve));
    let done = done.unwrap();
    let on_first_page: Box<dyn FnOnce()> = Box::new(move || drop(done.call0(&JsValue::NULL)));
    let handle = leptos::mount::mount_to(root.clone(), move || view! { <App on_first_page /> });
    wasm_bindgen_futures::JsFuture::from(first_page).await.unwrap();
    (root, handle)
}

fn texts(root: &Element, selector: &str) -> Vec<String> {
    let nodes = root.query_selector_all(selector).unwrap();
    (0..nodes.length()).map(|i| nodes.item(i).unwrap().text_content().unwrap_or_default()).collect()
}

fn text(root: &Element, selector: &str) -> String {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}")).text_content().unwrap()
}

#[wasm_bindgen_test]
async fn module_page_renders_description_and_goals() {
    clear_storage();
    let (root, handle) = mount_app_at("/blg/module/3").await;
    next_tick().await;

    assert_eq!(text(&root, "main h1"), "Module 3: Ik en mijn team");
    let goals = texts(&root, "ol.goal-list > li");
    assert_eq!(goals.len(), 6);
    assert_eq!(goals[0], "stuurt doelgericht op teamresultaten en opgaven;");
    assert!(
        text(&root, ".description").starts_with("Deze module richt zich op het versterken van het vermogen")
    );
    assert_eq!(
        web_sys::window().unwrap().document().unwrap().title(),
        "Module 3 – BLG: Ik en mijn team – Leerpad"
    );
    drop(handle);
    root.remove();
}

#[wasm_bindgen_test]
async fn unknown_module_renders_not_found() {
    clear_storage();
    let (root, handle) = mount_app_at("/smec/module/9").await;
    next_tick().await;
    assert_eq!(text(&root, "main h1"), "Pagina niet gevonden");
    drop(handle);
    root.remove();
}

#[wasm_bindgen_test]
async fn language_switch_translates_and_is_stored() {
    clear_storage();
    let (root, handle) = mount_app_at("/smec/module/2").await;
    next_tick().await;
    assert_eq!(text(&root, "#goals-heading"), "Leerdoelen");

    let english: HtmlButtonElement =
        root.query_selector("button[lang=en]").unwrap().unwrap().unchecked_into();
    english.click();
    next_tick().await;

    assert_eq!(text(&root, "#goals-heading"), "Learning goals");
    let html = web_sys::window().unwrap().document().unwrap().document_element().unwrap();
    assert_eq!(html.get_attribute("lang").as_deref(), Some("en"));
    assert_eq!(english.get_attribute("aria-pressed").as_deref(), Some("true"));
    // Kept as a JSON string, as every earlier build wrote it.
    assert_eq!(local_storage().get_item(prefs::LOCALE_KEY).unwrap().as_deref(), Some("\"en\""));
    drop(handle);
    root.remove();
    clear_storage();
}

#[wasm_bindgen_test]
fn stored_locale_round_trips_and_bad_values_fall_back_to_dutch() {
    clear_storage();
    assert_eq!(prefs::load_locale(), Locale::Nl, "nothing stored");
    prefs::save_locale(Locale::En).unwrap();
    assert_eq!(prefs::load_locale(), Locale::En);
    // A value from an older or foreign build, or hand-edited: ignored, not an error.
    local_storage().set_item(prefs::LOCALE_KEY, "{not json").unwrap();
    assert_eq!(prefs::load_locale(), Locale::Nl);
    local_storage().set_item(prefs::LOCALE_KEY, "\"fr\"").unwrap();
    assert_eq!(prefs::load_locale(), Locale::Nl);
    // The choice as earlier builds stored it still counts.
    local_storage().set_item(prefs::LOCALE_KEY, "\"en\"").unwrap();
    assert_eq!(prefs::load_locale(), Locale::En);
    clear_storage();
}

// Storage: safe writes, backups, failures.

use leerpad::storage::records::{self as stored, StorageError};

/// Makes localStorage.setItem throw the browser's quota error for Leerpad keys until undone.
fn simulate_full_storage(full: bool) {
    let script = if full {
        "if (!window.__origSetItem) { window.__origSetItem = Storage.prototype.setItem; }
         Storage.prototype.setItem = function (k, v) {
           if (k.startsWith('leerpad')) throw new DOMException('full', 'QuotaExceededError');
           return window.__origSetItem.call(this, k, v);
         };"
    } else {
        "if (window.__origSetItem) { Storage.prototype.setItem = window.__origSetItem; }"
    };
    js_sys::eval(script).unwrap();
}

fn raw_get(key: &str) -> Option<String> {
    web_sys::window().unwrap().local_storage().unwrap().unwrap().get_item(key).unwrap()
}

fn raw_set(key: &str, value: &str) {
    web_sys::window().unwrap().local_storage().unwrap().unwrap().set_item(key, value).unwrap();
}

#[wasm_bindgen_test]
fn a_write_keeps_the_previous_version_as_backup_and_restore_brings_it_back() {
    clear_storage();
    stored::write("leerpad:profile", r#"{"name":"een"}"#).unwrap();
    assert_eq!(raw_get("leerpad.bak:leerpad:profile"), None, "nothing to back up on the first write");
    stored::write("leerpad:profile", r#"{"name":"twee"}"#).unwrap();
    assert_eq!(raw_get("leerpad.bak:leerpad:profile").as_deref(), Some(r#"{"name":"een"}"#));

    raw_set("leerpad:profile", "{kapot");
    assert_eq!(stored::restore_backups(&["leerpad:profile".to_owned()]).unwrap(), 1);
    assert_eq!(raw_get("leerpad:profile").as_deref(), Some(r#"{"name":"een"}"#));
    clear_storage();
}

#[wasm_bindgen_test]
fn erasing_removes_every_leerpad_key_and_nothing_else() {
    clear_storage();
    stored::write("leerpad:meta", r#"{"schema":1}"#).unwrap();
    stored::write("leerpad:profile", r#"{"name":"een"}"#).unwrap();
    stored::write("leerpad:profile", r#"{"name":"twee"}"#).unwrap();
    stored::write("leerpad:journal:j-1", r#"{"id":"j-1"}"#).unwrap();
    stored::save_restore_point("{}").unwrap();
    prefs::save_locale(Locale::En).unwrap();
    raw_set("andere-app", "blijft");
    assert!(raw_get("leerpad.bak:leerpad:profile").is_some());

    stored::erase_all_traces().unwrap();

    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    let keys: Vec<String> = (0..storage.length().unwrap()).filter_map(|i| storage.key(i).unwrap()).collect();
    assert_eq!(keys, vec!["andere-app".to_owned()]);
    clear_storage();
}

#[wasm_bindgen_test]
fn a_full_quota_is_reported_and_the_old_value_stays() {
    clear_storage();
    stored::write("leerpad:profile", r#"{"name":"oud"}"#).unwrap();
    simulate_full_storage(true);
    let result = stored::write("leerpad:profile", r#"{"name":"nieuw"}"#);
    simulate_full_storage(false);
    assert_eq!(result, Err(StorageError::Quota));
    assert_eq!(raw_get("leerpad:profile").as_deref(), Some(r#"{"name":"oud"}"#));
    clear_storage();
}

#[wasm_bindgen_test]
async fn the_app_reports_a_failed_save_and_keeps_the_edit_in_memory() {
    clear_storage();
    raw_set("leerpad:meta", r#"{"schema":1}"#);
    raw_set("leerpad:profile", r#"{"name":"Oud"}"#);
    let (root, handle) = mount_app_at("/profiel").await;
    next_tick().await;
    let input: web_sys::HtmlInputElement =
        root.query_selector("#profile-name").unwrap().unwrap().unchecked_into();
    assert_eq!(input.value(), "Oud");

    simulate_full_storage(true);
    input.set_value("Nieuw");
    input.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
    // The store writes after a short pause; wait past it.
    for _ in 0..30 {
        next_tick().await;
    }
    simulate_full_storage(false);
    assert!(text(&root, "#save-error").contains("opslagruimte van je browser is vol"));
    assert_eq!(input.value(), "Nieuw", "the edit stays on screen");
    assert_eq!(raw_get("leerpad:profile").as_deref(), Some(r#"{"name":"Oud"}"#), "stored data untouched");
    drop(handle);
    root.remove();
    clear_storage();
}

#[wasm_bindgen_test]
async fn corrupt_stored_data_opens_the_recovery_page_and_stays_untouched() {
    clear_storage();
    raw_set("leerpad:meta", r#"{"schema":1}"#);
    raw_set("leerpad:profile", "{\"name\": kapot");
    let (root, handle) = mount_app_at("/blg").await;
    next_tick().await;
    assert_eq!(text(&root, "main h1"), "Je gegevens konden niet worden gelezen");
    assert_eq!(text(&root, ".problems"), "De tekst is beschadigd (in het profiel)");
    assert_eq!(raw_get("leerpad:profile").as_deref(), Some("{\"name\": kapot"));
    drop(handle);
    root.remove();
    clear_storage();
}

#[wasm_bindgen_test]
async fn restoring_the_backup_key_from_the_recovery_page_opens_the_portfolio() {
    clear_storage();
    raw_set("leerpad:meta", r#"{"schema":1}"#);
    raw_set("leerpad:profile", "[1, 2");
    raw_set("leerpad.bak:leerpad:profile", r#"{"name":"Uit de back-up"}"#);
    let (root, handle) = mount_app_at("/").await;
    next_tick().await;
    let restore = root
        .query_selector_all(".recovery-options button")
        .unwrap()
        .item(1)
        .unwrap()
        .unchecked_into::<HtmlButtonElement>();
    assert_eq!(restore.text_content().unwrap(), "Vorige versie terugzetten");
    restore.click();
    next_tick().await;
    assert_eq!(text(&root, "main h1"), "Mijn leerpad");
    assert!(text(&root, "main").contains("Welkom, Uit de back-up."));
    drop(handle);
    root.remove();
    clear_storage();
}

// Record IDs come from the browser's cryptographic generator, not Math.random.

#[wasm_bindgen_test]
fn new_ids_take_their_random_part_from_web_crypto() {
    js_sys::eval(
        "window.__getRandomValues = crypto.getRandomValues.bind(crypto);
         crypto.getRandomValues = (a) => { a.fill(0xab); return a; };
         window.__random = Math.random;
         Math.random = () => { throw new Error('Math.random must not be used for IDs'); };",
    )
    .unwrap();
    let id = leerpad::ui::browser::clock::new_id("j");
    js_sys::eval("crypto.getRandomValues = window.__getRandomValues; Math.random = window.__random;")
        .unwrap();
    assert!(id.starts_with("j-") && id.ends_with("-abababab"), "{id}");
    let (a, b) = (leerpad::ui::browser::clock::new_id("j"), leerpad::ui::browser::clock::new_id("j"));
    assert_ne!(a, b, "two IDs made in the same millisecond still differ");
}
