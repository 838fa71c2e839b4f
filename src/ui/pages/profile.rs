use leptos::prelude::*;

use crate::domain::dates::backup_reminder_due;
use crate::storage::persist;
use crate::ui::{
    browser::clock::{date_of, now},
    document::use_title,
    profile_form::ProfileFields,
    store::use_store,
    use_i18n,
};

/// The profile, edited in place with autosave, and what protects the data on this device.
#[component]
pub fn ProfilePage() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let portfolio = store.portfolio();
    use_title(move || Some(i18n.t().profile_title.to_owned()));
    let profile = Signal::derive(move || portfolio.with(|p| p.profile.clone()));
    let persistent = RwSignal::new(None::<bool>);
    leptos::task::spawn_local(async move { persistent.set(persist::is_persistent().await) });
    let t = move || i18n.t();
    let persistence = move || {
        let t = t();
        match persistent.get() {
            Some(true) => t.persistent_yes,
            Some(false) => t.persistent_no,
            None => t.persistent_unknown,
        }
    };
    let backup_line = move || {
        let t = t();
        let last = portfolio.with(|p| p.settings.last_backup);
        let text = match last {
            Some(ms) => (t.last_backup)(&(t.date)(&date_of(ms))),
            None => t.backup_never.to_owned(),
        };
        let due = backup_reminder_due(last, now());
        view! { <p class=if due { "notice info" } else { "" } id="last-backup">{text}</p> }
    };
    view! {
        <h1 tabindex="-1">{i18n.text(|t| t.profile_title)}</h1>
        <p class="lead">{i18n.text(|t| t.profile_lead)}</p>
        <form class="form card" on:submit=|ev| ev.prevent_default()>
            <ProfileFields
                profile=profile
                on_input=move |(field, value)| store.edit_profile(|p| p.set(field, value))
                disabled=Signal::derive(move || !store.can_edit())
            />
        </form>
        <section aria-labelledby="storage-heading">
            <h2 id="storage-heading">{i18n.text(|t| t.storage_heading)}</h2>
            <p>{i18n.text(|t| t.storage_explain)}</p>
            <p id="persistence">{persistence}</p>
            {backup_line}
            <p>{i18n.text(|t| t.backup_explain)}</p>
            <button type="button" class="button primary" on:click=move |_| store.download_backup()>
                {i18n.text(|t| t.download_backup)}
            </button>
        </section>
    }
}
