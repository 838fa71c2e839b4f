//! Offline use and safe updates: registers the service worker (`public/sw.js`) and, when a new
//! build of Leerpad is waiting, offers it in a banner. The new version takes over only when the
//! participant clicks, and only after every pending edit has been written.

use std::{cell::Cell, rc::Rc};

use leptos::{prelude::*, task::spawn_local};
use wasm_bindgen::{JsCast, JsValue, closure::Closure};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

use super::{store::use_store, use_i18n};

const WORKER_URL: &str = "/sw.js";
const SKIP_WAITING: &str = "skip-waiting";
const SWITCH_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

#[derive(Debug, Clone, Copy, PartialEq)]
enum Update {
    None,
    /// A new build is installed and waits for the participant.
    Waiting,
    /// The participant clicked: the new build is taking over, the page reloads.
    Switching,
    /// Another tab switched to the new build; this page still runs the old one.
    ActivatedElsewhere,
}

/// The service worker API, where the browser offers it (secure contexts: https, localhost).
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = window().navigator();
    js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker"))
        .unwrap_or(false)
        .then(|| navigator.service_worker())
}

fn reload() {
    let _ = window().location().reload();
}

/// A callback for an `on…` property of a worker object; the objects live as long as the page.
fn handler(f: impl FnMut() + 'static) -> js_sys::Function {
    Closure::<dyn FnMut()>::new(f).into_js_value().unchecked_into()
}

/// Registers the worker and keeps `state` up to date.
fn register(state: RwSignal<Update>) {
    let Some(workers) = container() else { return };
    // The first install takes over this page (clients.claim): that is not an update.
    let had_controller = Rc::new(Cell::new(workers.controller().is_some()));
    workers.set_oncontrollerchange(Some(&handler(move || {
        if state.get_untracked() == Update::Switching {
            reload();
        } else if had_controller.replace(true) {
            state.set(Update::ActivatedElsewhere);
        }
    })));
    let registering = workers.register(WORKER_URL);
    spawn_local(async move {
        let Ok(registration) = JsFuture::from(registering).await else { return };
        let registration: ServiceWorkerRegistration = registration.unchecked_into();
        watch(&registration, state);
        // Pages stay open for days: look for a new build whenever the participant comes back.
        let page = document();
        let check = handler(move || {
            if !page.hidden() {
                let _ = registration.update();
            }
        });
        let _ = document().add_event_listener_with_callback("visibilitychange", &check);
    });
}

/// Sets `state` to `Waiting` when a new build is installed next to the one controlling the page.
fn watch(registration: &ServiceWorkerRegistration, state: RwSignal<Update>) {
    let controlled = || container().is_some_and(|c| c.controller().is_some());
    if registration.waiting().is_some() && controlled() {
        state.set(Update::Waiting);
    }
    let found = registration.clone();
    registration.set_onupdatefound(Some(&handler(move || {
        let Some(worker) = found.installing() else { return };
        let installing = worker.clone();
        worker.set_onstatechange(Some(&handler(move || {
            if installing.state() == ServiceWorkerState::Installed && controlled() {
                state.set(Update::Waiting);
            }
        })));
    })));
}

/// Lets the waiting build take over; the page reloads when it has (see `register`).
fn switch_to_waiting() {
    let Some(workers) = container() else { return reload() };
    let looking = workers.get_registration();
    spawn_local(async move {
        let waiting = JsFuture::from(looking)
            .await
            .ok()
            .and_then(|r| r.dyn_into::<ServiceWorkerRegistration>().ok())
            .and_then(|r| r.waiting());
        match waiting {
            Some(worker) => {
                let _ = worker.post_message(&JsValue::from_str(SKIP_WAITING));
                // The reload normally follows `controllerchange`; should the new worker fail to
                // take over, reload anyway (everything is saved) rather than leave a dead button.
                set_timeout(reload, SWITCH_TIMEOUT);
            }
            // Another tab already switched: this page only needs the new files.
            None => reload(),
        }
    });
}

/// The banner that offers a new version; registers the service worker once.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let state = RwSignal::new(Update::None);
    let blocked = RwSignal::new(false);
    // After the page has loaded, so that precaching never competes with the first render.
    if document().ready_state() == "complete" {
        register(state);
    } else {
        let _ = window_event_listener(leptos::ev::load, move |_| register(state));
    }
    let apply = move |_| {
        leptos::task::spawn_local(async move {
            // Write what is pending first; an update must never cost an edit.
            if !store.save_now().await {
                blocked.set(true);
                return;
            }
            blocked.set(false);
            match state.get_untracked() {
                Update::Waiting => {
                    state.set(Update::Switching);
                    switch_to_waiting();
                }
                Update::ActivatedElsewhere => reload(),
                Update::None | Update::Switching => {}
            }
        });
    };
    let banner = move || {
        let t = i18n.t();
        let (title, body, button) = match state.get() {
            Update::None => return None,
            Update::Waiting | Update::Switching => (t.update_available, t.update_body, t.update_button),
            Update::ActivatedElsewhere => (t.update_available, t.updated_elsewhere, t.reload_button),
        };
        Some(view! {
            <div class="notice info update-banner" id="update-banner">
                <p>
                    <strong>{title} ". "</strong>
                    {body}
                </p>
                {move || blocked.get().then(|| view! { <p class="update-waits">{i18n.t().update_waits}</p> })}
                <button
                    type="button"
                    class="button primary"
                    on:click=apply
                    disabled=move || state.get() == Update::Switching
                >
                    {button}
                </button>
            </div>
        })
    };
    view! { <div role="status">{banner}</div> }
}
