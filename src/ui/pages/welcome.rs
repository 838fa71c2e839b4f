use leptos::prelude::*;

use crate::domain::{Catalog, Profile, route::Route};
use crate::ui::{document, document::use_title, profile_form::ProfileFields, store::use_store, use_i18n};

/// First visit: a short, skippable introduction that creates the portfolio.
#[component]
pub fn Welcome() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    use_title(move || Some(i18n.t().welcome_title.to_owned()));
    let draft = RwSignal::new(Profile::default());
    let begin = move |profile: Profile| {
        store.start(profile);
        document::focus_page_heading();
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        begin(draft.get_untracked());
    };
    view! {
        <h1 tabindex="-1">{i18n.text(|t| t.welcome_title)}</h1>
        <p class="lead">{i18n.text(|t| t.welcome_lead)}</p>
        <form class="form card" on:submit=submit aria-labelledby="welcome-form-hint">
            <p id="welcome-form-hint" class="hint">{i18n.text(|t| t.fields_optional)}</p>
            <ProfileFields
                profile=draft
                on_input=move |(field, value)| draft.update(|p| p.set(field, value))
            />
            <div class="actions">
                <button type="submit" class="button primary">{i18n.text(|t| t.start)}</button>
                <button type="button" class="button secondary" on:click=move |_| begin(Profile::default())>
                    {i18n.text(|t| t.skip)}
                </button>
            </div>
        </form>
        <p class="restore-first">
            {i18n.text(|t| t.have_backup)} " " <a href=Route::Data.href()>{i18n.text(|t| t.restore_it)}</a>
        </p>
        <section class="card manager-entry" aria-labelledby="manager-entry-heading">
            <h2 id="manager-entry-heading">{i18n.text(|t| t.conversation.manager_entry_heading)}</h2>
            <p>{i18n.text(|t| t.conversation.manager_entry_body)}</p>
            <p><a class="button secondary" href=crate::ui::manager::PATH>{i18n.text(|t| t.conversation.manager_entry_link)}</a></p>
        </section>
        <p class="browse-first">
            {i18n.text(|t| t.browse_first)} " "
            {Catalog::embedded()
                .programmes()
                .iter()
                .map(|p| {
                    view! {
                        <a href=Route::Programme(p.id.to_string()).href()>{&*p.code}</a>
                        " "
                    }
                })
                .collect_view()}
        </p>
    }
}
