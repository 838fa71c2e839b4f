//! On /gegevens: what this device holds for Leerpad, how much room the browser gives, whether it
//! keeps the data, and what Safari does with it.

use leptos::prelude::*;

use crate::domain::figures;
use crate::storage::persist;
use crate::ui::use_i18n;

#[component]
pub fn DeviceStorage() -> impl IntoView {
    let i18n = use_i18n();
    let persistent = RwSignal::new(None::<bool>);
    let room = RwSignal::new(None::<persist::Room>);
    leptos::task::spawn_local(async move {
        persistent.set(persist::is_persistent().await);
        room.set(persist::room().await);
    });
    let persistence = move || {
        let t = i18n.t();
        match persistent.get() {
            Some(true) => t.persistent_yes,
            Some(false) => t.persistent_no,
            None => t.persistent_unknown,
        }
    };
    let usage = move || {
        let t = i18n.t();
        match room.get() {
            Some(r) => (t.storage_use)(
                &figures::size(r.used, t.decimal_separator),
                &figures::size(r.allowed, t.decimal_separator),
            ),
            None => t.storage_use_unknown.to_owned(),
        }
    };
    view! {
        <section aria-labelledby="storage-heading">
            <h2 id="storage-heading">{i18n.text(|t| t.storage_heading)}</h2>
            <p id="storage-use">{usage}</p>
            <p id="persistence">{persistence}</p>
            <p>{i18n.text(|t| t.storage_explain)}</p>
            <p class="hint" id="safari-note">{i18n.text(|t| t.safari_note)}</p>
        </section>
    }
}
