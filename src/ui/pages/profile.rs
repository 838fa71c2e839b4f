use leptos::prelude::*;

use crate::ui::{document::use_title, profile_form::ProfileFields, store::use_store, use_i18n};

/// The profile, edited in place with autosave.
#[component]
pub fn ProfilePage() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let portfolio = store.portfolio();
    use_title(move || Some(i18n.t().profile_title.to_owned()));
    let profile = Signal::derive(move || portfolio.with(|p| p.profile.clone()));
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
    }
}
