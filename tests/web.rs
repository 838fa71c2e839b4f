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

/// Waits until `done` holds, looking after each pass of the browser's task queue; fails after
/// five seconds.
async fn until(done: impl Fn() -> bool) {
    for _ in 0..250 {
        if done() {
            return;
        }
        next_tick().await;
    }
    panic!("waited five seconds in vain");
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

// Storage: the database, one transaction per save, failures, the move from localStorage.

use leerpad::storage::{
    StorageError,
    database::{Database, Ended, Write},
    migration::{self, Copy, Outcome},
};

/// Opens Leerpad's database the way the app does; `ended` collects how the connection ended.
async fn open(ended: std::rc::Rc<std::cell::RefCell<Vec<Ended>>>) -> Database {
    Database::open(move |e| ended.borrow_mut().push(e), || {}).await.expect("the database opens")
}

async fn open_plain() -> Database {
    open(Default::default()).await
}

/// An empty database and an empty localStorage, as on a first visit.
async fn reset() {
    clear_storage();
    let db = open_plain().await;
    db.erase().await.unwrap();
    db.close();
}

fn write(key: &str, value: Option<&str>, previous: Option<&str>) -> Write {
    Write { key: key.into(), value: value.map(Into::into), previous: previous.map(Into::into) }
}

fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
    items.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
}

/// Stores records as the app would, in one transaction.
async fn seed(records: &[(&str, &str)]) {
    let db = open_plain().await;
    let writes: Vec<Write> = records.iter().map(|(k, v)| write(k, Some(v), None)).collect();
    db.save(&writes).unwrap().await.unwrap();
    db.close();
}

/// Makes IDBObjectStore.put throw `name` for keys starting with `prefix` until undone.
fn fail_puts(prefix: Option<&str>, name: &str) {
    let script = match prefix {
        Some(prefix) => format!(
            "if (!window.__origPut) {{ window.__origPut = IDBObjectStore.prototype.put; }}
             IDBObjectStore.prototype.put = function (v, k) {{
               if (String(k).startsWith('{prefix}')) throw new DOMException('refused', '{name}');
               return window.__origPut.call(this, v, k);
             }};"
        ),
        None => "if (window.__origPut) { IDBObjectStore.prototype.put = window.__origPut; }".into(),
    };
    js_sys::eval(&script).unwrap();
}

#[wasm_bindgen_test]
async fn a_save_commits_every_record_with_the_version_it_replaces() {
    reset().await;
    let db = open_plain().await;
    db.save(&[
        write("leerpad:meta", Some(r#"{"schema":1}"#), None),
        write("leerpad:profile", Some("een"), None),
    ])
    .unwrap()
    .await
    .unwrap();
    db.save(&[
        write("leerpad:profile", Some("twee"), Some("een")),
        write("leerpad:journal:j1", Some("j"), None),
    ])
    .unwrap()
    .await
    .unwrap();
    assert_eq!(
        db.records().await.unwrap(),
        pairs(&[
            ("leerpad:journal:j1", "j"),
            ("leerpad:meta", r#"{"schema":1}"#),
            ("leerpad:profile", "twee")
        ])
    );
    assert_eq!(db.previous().await.unwrap(), pairs(&[("leerpad:profile", "een")]));
    db.save(&[write("leerpad:journal:j1", None, Some("j"))]).unwrap().await.unwrap();
    assert_eq!(db.records().await.unwrap().len(), 2, "a deleted item is gone");
    assert_eq!(db.restore_previous(&["leerpad:profile".into(), "leerpad:journal:j1".into()]).await, Ok(2));
    assert_eq!(
        db.records().await.unwrap(),
        pairs(&[
            ("leerpad:journal:j1", "j"),
            ("leerpad:meta", r#"{"schema":1}"#),
            ("leerpad:profile", "een")
        ])
    );
    db.close();
}

#[wasm_bindgen_test]
async fn a_save_that_fails_on_one_record_writes_none_and_says_why() {
    reset().await;
    seed(&[("leerpad:profile", "oud")]).await;
    let db = open_plain().await;
    fail_puts(Some("leerpad:journal:"), "QuotaExceededError");
    let result = db.save(&[
        write("leerpad:profile", Some("nieuw"), Some("oud")),
        write("leerpad:journal:j1", Some("j"), None),
    ]);
    fail_puts(None, "");
    assert_eq!(result.err(), Some(StorageError::Quota));
    assert_eq!(
        db.records().await.unwrap(),
        pairs(&[("leerpad:profile", "oud")]),
        "the profile was not written alone"
    );
    assert_eq!(db.previous().await.unwrap(), vec![]);
    db.close();
}

#[wasm_bindgen_test]
async fn an_aborted_transaction_writes_nothing() {
    reset().await;
    seed(&[("leerpad:profile", "oud")]).await;
    let db = open_plain().await;
    // The browser gives up on the transaction after the first record is placed.
    js_sys::eval(
        "window.__origPut = IDBObjectStore.prototype.put;
         IDBObjectStore.prototype.put = function (v, k) {
           const r = window.__origPut.call(this, v, k);
           if (k === 'leerpad:profile') this.transaction.abort();
           return r;
         };",
    )
    .unwrap();
    let result = db
        .save(&[write("leerpad:profile", Some("nieuw"), None), write("leerpad:progress", Some("{}"), None)]);
    fail_puts(None, "");
    assert!(result.is_err(), "the transaction no longer takes requests");
    assert_eq!(db.records().await.unwrap(), pairs(&[("leerpad:profile", "oud")]));
    db.close();
}

#[wasm_bindgen_test]
async fn a_closed_connection_is_reported_as_closed() {
    reset().await;
    let db = open_plain().await;
    db.close();
    assert_eq!(db.save(&[write("leerpad:profile", Some("x"), None)]).err(), Some(StorageError::Closed));
}

#[wasm_bindgen_test]
async fn a_newer_version_elsewhere_ends_this_connection_instead_of_waiting_for_it() {
    reset().await;
    let ended = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let db = open(ended.clone()).await;
    // Another tab with a newer Leerpad: its open succeeds because this connection lets go (a
    // `blocked` event may come first while a connection finishes a transaction).
    let newer: js_sys::Promise = js_sys::eval(
        "new Promise((resolve, reject) => {
           const r = indexedDB.open('leerpad', 2);
           r.onsuccess = () => { r.result.close(); resolve(r.result.version); };
           r.onerror = () => reject(String(r.error));
         })",
    )
    .unwrap()
    .unchecked_into();
    let version = wasm_bindgen_futures::JsFuture::from(newer).await.expect("not blocked");
    assert_eq!(version.as_f64(), Some(2.0));
    assert_eq!(*ended.borrow(), vec![Ended::NewerVersion]);
    assert_eq!(db.save(&[write("leerpad:profile", Some("x"), None)]).err(), Some(StorageError::Closed));
    // This Leerpad still opens the newer layout, which only adds object stores.
    let again = open_plain().await;
    assert_eq!(again.records().await.unwrap(), vec![]);
    again.close();
    delete_database().await;
}

/// What the start script does before the wasm is loaded (scripts/post-build.mjs, in short): the
/// pack if it was made at the current change token, else the records one by one.
const READ_EARLY: &str = "window.__leerpadRecords = new Promise((done) => {
    const open = indexedDB.open('leerpad');
    open.onsuccess = () => {
      const db = open.result, tx = db.transaction(['records', 'kept']), kept = tx.objectStore('kept');
      const changed = kept.get('changed'), packed = kept.get('pack-token');
      packed.onsuccess = () => {
        if (packed.result === changed.result) {
          const pack = kept.get('pack');
          tx.oncomplete = () => { db.close(); done([null, null, changed.result, pack.result]); };
          return;
        }
        const keys = tx.objectStore('records').getAllKeys(), values = tx.objectStore('records').getAll();
        tx.oncomplete = () => { db.close(); done([keys.result, values.result, changed.result, null]); };
      };
    };
  }); window.__leerpadRecords";

async fn read_early() {
    wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(js_sys::eval(READ_EARLY).unwrap()))
        .await
        .unwrap();
}

#[wasm_bindgen_test]
async fn records_read_early_are_used_only_if_nothing_changed_them_since() {
    reset().await;
    let stored = [("leerpad:meta", r#"{"schema":1}"#), ("leerpad:profile", "vroeg")];
    seed(&stored).await;
    let db = open_plain().await;
    read_early().await;
    let early = db.prefetched().await.expect("current");
    assert_eq!((early.records, early.packed), (pairs(&stored), false));
    assert_eq!(db.prefetched().await, None, "taken once");
    read_early().await;
    // Another tab saves after the early read.
    db.save(&[write("leerpad:profile", Some("later"), Some("vroeg"))]).unwrap().await.unwrap();
    assert_eq!(db.prefetched().await, None, "out of date: read again");
    db.close();
    reset().await;
}

#[wasm_bindgen_test]
async fn a_start_reads_the_pack_while_it_is_current_and_the_records_once_it_is_not() {
    reset().await;
    let stored = [
        ("leerpad:journal:j1", "{kapot \u{1} 12:ab"),
        ("leerpad:meta", r#"{"schema":1}"#),
        ("leerpad:profile", "{}"),
    ];
    seed(&stored).await;
    let db = open_plain().await;
    db.pack().await.unwrap();
    read_early().await;
    let early = db.prefetched().await.expect("current");
    assert_eq!(
        (early.records, early.packed),
        (pairs(&stored), true),
        "the pack holds every record as stored"
    );
    // A save makes the pack stale: the next start reads the records themselves.
    db.save(&[write("leerpad:profile", Some(r#"{"name":"nieuw"}"#), Some("{}"))]).unwrap().await.unwrap();
    read_early().await;
    let early = db.prefetched().await.expect("current");
    assert!(!early.packed);
    assert!(early.records.contains(&("leerpad:profile".into(), r#"{"name":"nieuw"}"#.into())));
    db.close();
    reset().await;
}

/// Removes the database altogether (back to the layout this build creates).
async fn delete_database() {
    let deleted: js_sys::Promise = js_sys::eval(
        "new Promise((resolve, reject) => {
           const r = indexedDB.deleteDatabase('leerpad');
           r.onsuccess = () => resolve(); r.onerror = () => reject(String(r.error));
         })",
    )
    .unwrap()
    .unchecked_into();
    wasm_bindgen_futures::JsFuture::from(deleted).await.unwrap();
}

/// What a schema-1 build kept in localStorage for the v1 fixture (tests/migrations.rs checks it).
fn old_local_storage() -> Vec<(String, String)> {
    let text = include_str!("fixtures/local-storage/v1.json");
    let object: js_sys::Object = js_sys::JSON::parse(text).unwrap().unchecked_into();
    js_sys::Object::entries(&object)
        .iter()
        .map(|entry| {
            let entry: js_sys::Array = entry.unchecked_into();
            (entry.get(0).as_string().unwrap(), entry.get(1).as_string().unwrap())
        })
        .collect()
}

fn fill_local_storage(items: &[(String, String)]) {
    for (k, v) in items {
        raw_set(k, v);
    }
}

fn local_storage_keys() -> Vec<String> {
    let storage = local_storage();
    let mut keys: Vec<String> =
        (0..storage.length().unwrap()).filter_map(|i| storage.key(i).unwrap()).collect();
    keys.sort();
    keys
}

fn raw_get(key: &str) -> Option<String> {
    local_storage().get_item(key).unwrap()
}

fn raw_set(key: &str, value: &str) {
    local_storage().set_item(key, value).unwrap();
}

/// The old records (`leerpad:` keys) of the fixture, sorted.
fn old_records(old: &[(String, String)]) -> Vec<(String, String)> {
    let mut records: Vec<(String, String)> =
        old.iter().filter(|(k, _)| k.starts_with("leerpad:")).cloned().collect();
    records.sort();
    records
}

#[wasm_bindgen_test]
async fn an_old_portfolio_moves_into_the_database_and_leaves_only_a_marker_behind() {
    reset().await;
    let old = old_local_storage();
    fill_local_storage(&old);
    let db = open_plain().await;
    assert_eq!(migration::run(&db).await, Ok(Outcome::Moved));
    assert_eq!(db.records().await.unwrap(), old_records(&old), "every record, byte for byte");
    assert_eq!(db.previous().await.unwrap().len(), 1, "the previous version came along");
    assert!(db.kept("before-restore").await.unwrap().is_some(), "and the restore point");
    assert_eq!(local_storage_keys(), vec!["leerpad.locale", "leerpad:meta"], "the language choice stays");
    assert_eq!(raw_get("leerpad:meta").as_deref(), Some(leerpad::domain::legacy::MOVED_META));
    assert_eq!(migration::run(&db).await, Ok(Outcome::Nothing), "moved once");
    db.close();
    reset().await;
}

/// A first start of this build on the v1 fixture in localStorage: what is there, the database, and
/// the snapshot the move takes.
async fn old_portfolio_to_move() -> (Vec<(String, String)>, Database, leerpad::domain::legacy::Snapshot) {
    reset().await;
    let old = old_local_storage();
    fill_local_storage(&old);
    let db = open_plain().await;
    let leerpad::domain::legacy::Found::Portfolio(snapshot) = leerpad::storage::legacy::find().unwrap()
    else {
        panic!("a portfolio to move")
    };
    (old, db, snapshot)
}

#[wasm_bindgen_test]
async fn a_move_cut_off_after_the_copy_is_finished_by_the_next_start() {
    let (old, db, snapshot) = old_portfolio_to_move().await;
    assert_eq!(migration::copy(&db, &snapshot).await, Ok(Copy::Done));
    // The tab closes here: localStorage still holds everything.
    assert_eq!(local_storage_keys().len(), old.len());
    db.close();
    let db = open_plain().await;
    assert_eq!(migration::run(&db).await, Ok(Outcome::Moved));
    assert_eq!(db.records().await.unwrap(), old_records(&old), "nothing lost, nothing twice");
    assert_eq!(local_storage_keys(), vec!["leerpad.locale", "leerpad:meta"]);
    db.close();
    reset().await;
}

#[wasm_bindgen_test]
async fn a_move_cut_off_after_the_check_is_finished_by_the_next_start() {
    let (old, db, snapshot) = old_portfolio_to_move().await;
    migration::copy(&db, &snapshot).await.unwrap();
    migration::verify(&db, &snapshot).await.unwrap();
    // The tab closes after marking the move and removing only part of the old records.
    raw_set("leerpad:meta", leerpad::domain::legacy::MOVED_META);
    local_storage().remove_item("leerpad:profile").unwrap();
    assert_eq!(migration::run(&db).await, Ok(Outcome::Nothing));
    assert_eq!(local_storage_keys(), vec!["leerpad.locale", "leerpad:meta"], "the leftovers are gone");
    assert_eq!(db.records().await.unwrap(), old_records(&old));
    db.close();
    reset().await;
}

#[wasm_bindgen_test]
async fn two_tabs_starting_the_move_at_once_move_it_once() {
    reset().await;
    let old = old_local_storage();
    fill_local_storage(&old);
    let (a, b) = (open_plain().await, open_plain().await);
    let (ta, tb) = (a.clone(), b.clone());
    let (first, second) =
        futures_join(async move { migration::run(&ta).await }, async move { migration::run(&tb).await })
            .await;
    let mut outcomes = vec![first.unwrap(), second.unwrap()];
    outcomes.sort_by_key(|o| format!("{o:?}"));
    assert_eq!(outcomes, vec![Outcome::Moved, Outcome::Nothing]);
    assert_eq!(a.records().await.unwrap(), old_records(&old));
    a.close();
    b.close();
    reset().await;
}

/// Runs two futures side by side (the test has no executor of its own to spawn on).
async fn futures_join<A, B>(
    a: impl Future<Output = A> + 'static,
    b: impl Future<Output = B> + 'static,
) -> (A, B)
where
    A: 'static,
    B: 'static,
{
    let slot_a = std::rc::Rc::new(std::cell::RefCell::new(None));
    let slot_b = std::rc::Rc::new(std::cell::RefCell::new(None));
    let (sa, sb) = (slot_a.clone(), slot_b.clone());
    wasm_bindgen_futures::spawn_local(async move { *sa.borrow_mut() = Some(a.await) });
    wasm_bindgen_futures::spawn_local(async move { *sb.borrow_mut() = Some(b.await) });
    while slot_a.borrow().is_none() || slot_b.borrow().is_none() {
        next_tick().await;
    }
    (slot_a.take().unwrap(), slot_b.take().unwrap())
}

#[wasm_bindgen_test]
async fn old_records_never_overwrite_a_portfolio_already_in_the_database() {
    reset().await;
    seed(&[("leerpad:meta", r#"{"schema":1}"#), ("leerpad:profile", r#"{"name":"Nieuw"}"#)]).await;
    raw_set("leerpad:meta", r#"{"schema":1}"#);
    raw_set("leerpad:profile", r#"{"name":"Oud"}"#);
    let db = open_plain().await;
    assert_eq!(migration::run(&db).await, Ok(Outcome::LeftAlone));
    assert!(db.records().await.unwrap().contains(&("leerpad:profile".into(), r#"{"name":"Nieuw"}"#.into())));
    assert_eq!(raw_get("leerpad:profile").as_deref(), Some(r#"{"name":"Oud"}"#), "and the old ones stay");
    db.close();
    reset().await;
}

#[wasm_bindgen_test]
async fn the_app_shows_a_moved_portfolio() {
    reset().await;
    fill_local_storage(&old_local_storage());
    let (root, handle) = mount_app_at("/profiel").await;
    let input: web_sys::HtmlInputElement =
        root.query_selector("#profile-name").unwrap().unwrap().unchecked_into();
    assert_eq!(input.value(), "Fatima el Amrani");
    assert_eq!(local_storage_keys(), vec!["leerpad.locale", "leerpad.returning", "leerpad:meta"]);
    drop(handle);
    root.remove();
    reset().await;
}

#[wasm_bindgen_test]
async fn the_app_reports_a_failed_save_and_keeps_the_edit_in_memory() {
    reset().await;
    seed(&[("leerpad:meta", r#"{"schema":1}"#), ("leerpad:profile", r#"{"name":"Oud"}"#)]).await;
    let (root, handle) = mount_app_at("/profiel").await;
    let input: web_sys::HtmlInputElement =
        root.query_selector("#profile-name").unwrap().unwrap().unchecked_into();
    assert_eq!(input.value(), "Oud");

    fail_puts(Some("leerpad:"), "QuotaExceededError");
    input.set_value("Nieuw");
    input.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
    // The store writes after a short pause; wait for its word.
    until(|| root.query_selector("#save-error").unwrap().is_some()).await;
    fail_puts(None, "");
    assert!(text(&root, "#save-error").contains("opslagruimte van je browser is vol"));
    assert_eq!(input.value(), "Nieuw", "the edit stays on screen");
    let db = open_plain().await;
    assert!(db.records().await.unwrap().contains(&("leerpad:profile".into(), r#"{"name":"Oud"}"#.into())));
    db.close();
    drop(handle);
    root.remove();
    reset().await;
}

#[wasm_bindgen_test]
async fn a_newer_leerpad_in_another_tab_makes_this_page_ask_for_a_reload() {
    reset().await;
    seed(&[("leerpad:meta", r#"{"schema":1}"#), ("leerpad:profile", r#"{"name":"Oud"}"#)]).await;
    let (root, handle) = mount_app_at("/profiel").await;
    let newer: js_sys::Promise = js_sys::eval(
        "new Promise((resolve, reject) => {
           const r = indexedDB.open('leerpad', 2);
           r.onsuccess = () => { r.result.close(); resolve(); };
           r.onerror = () => reject(String(r.error));
         })",
    )
    .unwrap()
    .unchecked_into();
    wasm_bindgen_futures::JsFuture::from(newer).await.expect("the newer tab is not kept waiting");
    until(|| root.query_selector("#superseded-notice").unwrap().is_some()).await;
    assert!(text(&root, "#superseded-notice").contains("nieuwere versie van Leerpad"));
    let input: web_sys::HtmlInputElement =
        root.query_selector("#profile-name").unwrap().unwrap().unchecked_into();
    assert!(input.disabled(), "nothing more can be changed here");
    drop(handle);
    root.remove();
    delete_database().await;
    reset().await;
}

#[wasm_bindgen_test]
async fn corrupt_stored_data_opens_the_recovery_page_and_stays_untouched() {
    reset().await;
    seed(&[("leerpad:meta", r#"{"schema":1}"#), ("leerpad:profile", "{\"name\": kapot")]).await;
    let (root, handle) = mount_app_at("/blg").await;
    // A content page does not wait for the portfolio; the recovery page replaces it once read.
    until(|| text(&root, "main h1") == "Je gegevens konden niet worden gelezen").await;
    assert_eq!(text(&root, ".problems"), "De tekst is beschadigd (in het profiel)");
    let db = open_plain().await;
    assert!(db.records().await.unwrap().contains(&("leerpad:profile".into(), "{\"name\": kapot".into())));
    db.close();
    drop(handle);
    root.remove();
    reset().await;
}

#[wasm_bindgen_test]
async fn restoring_the_previous_version_from_the_recovery_page_opens_the_portfolio() {
    reset().await;
    let db = open_plain().await;
    db.save(&[
        write("leerpad:meta", Some(r#"{"schema":1}"#), None),
        write("leerpad:profile", Some("[1, 2"), Some(r#"{"name":"Uit de back-up"}"#)),
    ])
    .unwrap()
    .await
    .unwrap();
    db.close();
    let (root, handle) = mount_app_at("/").await;
    let restore = root
        .query_selector_all(".recovery-options button")
        .unwrap()
        .item(1)
        .unwrap()
        .unchecked_into::<HtmlButtonElement>();
    assert_eq!(restore.text_content().unwrap(), "Vorige versie terugzetten");
    restore.click();
    until(|| text(&root, "main h1") == "Mijn leerpad").await;
    assert!(text(&root, "main").contains("Welkom, Uit de back-up."));
    drop(handle);
    root.remove();
    reset().await;
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

// Attached files: their bytes kept as Blobs under their SHA-256, and fingerprinted.

fn blob(bytes: &[u8]) -> web_sys::Blob {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    web_sys::Blob::new_with_u8_array_sequence(&parts).unwrap()
}

async fn bytes_of(blob: &web_sys::Blob) -> Vec<u8> {
    let buffer = wasm_bindgen_futures::JsFuture::from(blob.array_buffer()).await.unwrap();
    js_sys::Uint8Array::new(&buffer).to_vec()
}

const ABC_SHA256: &str = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

#[wasm_bindgen_test]
async fn a_file_is_fingerprinted_with_sha256_and_crc32() {
    use leerpad::ui::browser::digest::{Fingerprint, fingerprint};
    assert_eq!(
        fingerprint(&blob(b"abc")).await,
        Some(Fingerprint { sha256: ABC_SHA256.into(), crc32: 0x3524_41C2 })
    );
    // Over a slice boundary (1 MiB) the CRC-32 continues.
    let big: Vec<u8> = (0..(1 << 20) + 7).map(|i| (i % 251) as u8).collect();
    let print = fingerprint(&blob(&big)).await.unwrap();
    assert_eq!(print.crc32, leerpad::domain::zip::crc32(0, &big));
}

#[wasm_bindgen_test]
async fn files_are_kept_byte_for_byte_once_per_content() {
    reset().await;
    let db = open_plain().await;
    let other = "0".repeat(64);
    db.keep_files(&[(ABC_SHA256.into(), blob(b"abc")), (other.clone(), blob(&[0, 255, 7]))]).await.unwrap();
    db.keep_files(&[(ABC_SHA256.into(), blob(b"abc"))]).await.unwrap();
    assert_eq!(bytes_of(&db.file(ABC_SHA256).await.unwrap().unwrap()).await, b"abc");
    assert_eq!(bytes_of(&db.file(&other).await.unwrap().unwrap()).await, [0, 255, 7]);
    assert_eq!(db.file(&"1".repeat(64)).await, Ok(None));
    let mut keys = db.file_keys().await.unwrap();
    keys.sort();
    assert_eq!(keys, [other, ABC_SHA256.to_owned()]);
    db.close();
}

#[wasm_bindgen_test]
async fn a_full_disk_keeps_none_of_the_files() {
    reset().await;
    let db = open_plain().await;
    fail_puts(Some("ff"), "QuotaExceededError");
    let result = db.keep_files(&[(ABC_SHA256.into(), blob(b"abc")), ("f".repeat(64), blob(b"x"))]).await;
    fail_puts(None, "");
    assert_eq!(result, Err(StorageError::Quota));
    assert_eq!(db.file_keys().await.unwrap(), Vec::<String>::new());
    db.close();
}

#[wasm_bindgen_test]
async fn unused_files_go_only_after_a_day() {
    reset().await;
    let db = open_plain().await;
    db.keep_files(&[(ABC_SHA256.into(), blob(b"abc"))]).await.unwrap();
    // One kept long ago, as an earlier visit would have left it.
    js_sys::eval(
        "new Promise((resolve) => { const r = indexedDB.open('leerpad'); r.onsuccess = () => {
           const tx = r.result.transaction('files', 'readwrite');
           tx.objectStore('files').put({ blob: new Blob(['oud']), kept: 0 }, 'a'.repeat(64));
           tx.oncomplete = () => { r.result.close(); resolve(); }; }; })",
    )
    .map(|p| wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(p)))
    .unwrap()
    .await
    .unwrap();
    assert_eq!(db.forget_files(|_| true).await, Ok(1), "the new one stays");
    assert_eq!(db.file_keys().await.unwrap(), [ABC_SHA256]);
    db.close();
}

// Passphrase encryption (issue 16): WebCrypto's PBKDF2 and AES-GCM around domain::envelope.

#[wasm_bindgen_test]
async fn a_text_encrypted_with_a_passphrase_opens_with_it_and_only_with_it() {
    use leerpad::domain::envelope::{Envelope, MIN_ITERATIONS};
    use leerpad::ui::browser::crypto::{CryptoError, decrypt, encrypt};
    let plain = "Gespreksbestand van Noor: vertrouwelijk, één keer".as_bytes();
    let sealed = encrypt("lange zin als wachtwoord", plain).await.unwrap();
    assert_eq!(sealed.iterations, MIN_ITERATIONS);
    assert_eq!(sealed.ciphertext.len(), plain.len() + 16, "the text and GCM's tag");
    assert!(!sealed.ciphertext.windows(5).any(|w| w == b"Noor:"), "the text is not readable");
    // Through its envelope, as a file would carry it.
    let read = Envelope::parse(&sealed.to_json()).unwrap();
    assert_eq!(decrypt("lange zin als wachtwoord", &read).await.unwrap(), plain);
    assert_eq!(decrypt("lange zin als wachtwoorD", &read).await, Err(CryptoError::WrongPassphrase));
    let again = encrypt("lange zin als wachtwoord", plain).await.unwrap();
    assert!(again.salt != sealed.salt && again.iv != sealed.iv, "a fresh salt and IV each time");
}

#[wasm_bindgen_test]
async fn a_changed_ciphertext_tag_or_iv_does_not_open() {
    use leerpad::ui::browser::crypto::{CryptoError, decrypt, encrypt};
    let sealed = encrypt("wachtwoord", b"afspraken").await.unwrap();
    let mut body = sealed.clone();
    body.ciphertext[0] ^= 1;
    let mut tag = sealed.clone();
    *tag.ciphertext.last_mut().unwrap() ^= 0x80;
    let mut iv = sealed.clone();
    iv.iv[11] ^= 1;
    for changed in [body, tag, iv] {
        assert_eq!(decrypt("wachtwoord", &changed).await, Err(CryptoError::WrongPassphrase));
    }
    assert_eq!(decrypt("wachtwoord", &sealed).await.unwrap(), b"afspraken");
}

#[wasm_bindgen_test]
async fn a_file_sealed_with_a_passphrase_unseals_with_it_and_without_one_stays_as_it_was() {
    use leerpad::domain::envelope::{EnvelopeError, looks_encrypted};
    use leerpad::ui::browser::crypto::{CryptoError, OpenError, seal, unseal};
    let text = "{\"format\":\"leerpad-gesprek\",\"participant\":\"Noor\"}";
    assert_eq!(seal(text, None).await.unwrap(), text);
    let sealed = seal(text, Some("zin van vier woorden")).await.unwrap();
    assert!(looks_encrypted(&sealed) && !sealed.contains("Noor"));
    assert_eq!(unseal(&sealed, "zin van vier woorden").await.unwrap(), text);
    assert_eq!(
        unseal(&sealed, "zin van vijf woorden").await,
        Err(OpenError::Crypto(CryptoError::WrongPassphrase))
    );
    assert_eq!(unseal(text, "zin").await, Err(OpenError::Envelope(EnvelopeError::NotAnEnvelope)));
    let newer = sealed.replace("\"version\":1", "\"version\":2");
    assert_eq!(unseal(&newer, "zin").await, Err(OpenError::Envelope(EnvelopeError::UnsupportedVersion(2))));
}

/// A Blob of `bytes`, as a chosen file would be.
fn blob_of_bytes(bytes: &[u8]) -> web_sys::Blob {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    web_sys::Blob::new_with_u8_array_sequence(&parts).unwrap()
}

async fn blob_bytes(blob: &web_sys::Blob) -> Vec<u8> {
    let buffer = wasm_bindgen_futures::JsFuture::from(blob.array_buffer()).await.unwrap();
    js_sys::Uint8Array::new(&buffer).to_vec()
}

#[wasm_bindgen_test]
async fn an_encrypted_backup_of_several_blocks_opens_whole_and_only_whole() {
    use leerpad::domain::envelope::EnvelopeError;
    use leerpad::domain::sealed::{BLOCK, Header, Inner, blocks};
    use leerpad::ui::browser::crypto::{CryptoError, OpenError, seal_blob, unseal_blob};
    // Two full blocks and a bit: three blocks.
    let plain: Vec<u8> = (0..2 * BLOCK as usize + 1000).map(|i| (i % 251) as u8).collect();
    let sealed = seal_blob("zin van vier woorden", &blob_of_bytes(&plain), Inner::Zip).await.unwrap();
    let bytes = blob_bytes(&sealed).await;
    let (header, first) = Header::parse(&bytes).unwrap();
    assert_eq!(header.inner, Inner::Zip);
    let parts = blocks(bytes.len() as u64, first as u64, header.block).unwrap();
    assert_eq!(parts.len(), 3);
    let (opened, inner) = unseal_blob("zin van vier woorden", &sealed).await.unwrap();
    assert_eq!(inner, Inner::Zip);
    assert!(blob_bytes(&opened).await == plain, "the same bytes");
    assert_eq!(
        unseal_blob("zin van vijf woorden", &sealed).await.map(|_| ()),
        Err(OpenError::Crypto(CryptoError::WrongPassphrase))
    );
    // Cut off after the second block: the new last block was not written as the last.
    let cut = blob_of_bytes(&bytes[..parts[1].end as usize]);
    assert_eq!(
        unseal_blob("zin van vier woorden", &cut).await.map(|_| ()),
        Err(OpenError::Envelope(EnvelopeError::Damaged))
    );
    // The first two blocks swapped.
    let (a, b) = (parts[0], parts[1]);
    let mut swapped = bytes[..a.start as usize].to_vec();
    swapped.extend_from_slice(&bytes[b.start as usize..b.end as usize]);
    swapped.extend_from_slice(&bytes[a.start as usize..a.end as usize]);
    swapped.extend_from_slice(&bytes[b.end as usize..]);
    assert!(unseal_blob("zin van vier woorden", &blob_of_bytes(&swapped)).await.is_err());
    // One bit changed in the last block.
    let mut changed = bytes.clone();
    *changed.last_mut().unwrap() ^= 1;
    assert_eq!(
        unseal_blob("zin van vier woorden", &blob_of_bytes(&changed)).await.map(|_| ()),
        Err(OpenError::Envelope(EnvelopeError::Damaged))
    );
}

#[wasm_bindgen_test]
async fn an_empty_or_small_backup_is_one_block() {
    use leerpad::domain::sealed::Inner;
    use leerpad::ui::browser::crypto::{seal_blob, unseal_blob};
    for plain in [&b""[..], b"{\"format\":\"leerpad-backup\"}"] {
        let sealed = seal_blob("wachtwoordzin", &blob_of_bytes(plain), Inner::Json).await.unwrap();
        let (opened, inner) = unseal_blob("wachtwoordzin", &sealed).await.unwrap();
        assert_eq!((blob_bytes(&opened).await, inner), (plain.to_vec(), Inner::Json));
    }
}
