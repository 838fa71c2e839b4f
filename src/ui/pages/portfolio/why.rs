//! `/portfolio/why`: "Mijn Why", with SMEC's ambition questions, in the one form renderer.

use leptos::prelude::*;

use crate::domain::{
    attachments::Owner,
    forms::{AMBITION, WHY},
    records::RecordKey,
};
use crate::ui::{
    attachments::Attachments,
    document::use_title,
    form::{field_view, share_switch},
    hooks::use_my_programme,
    store::use_store,
    use_i18n,
};

#[component]
pub fn WhyPage() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let programme = use_my_programme();
    use_title(move || Some(i18n.t().why_title.to_owned()));
    let editable = Signal::derive(move || store.can_edit());
    let fields = WHY.iter().map(|f| field_view(RecordKey::Why, *f, None, editable)).collect_view();
    let ambition = move || {
        (programme.get().map(|p| &*p.id) == Some("smec")).then(|| {
            view! {
                <fieldset class="ambition">
                    <legend>{i18n.text(|t| t.ambition_heading)}</legend>
                    {AMBITION.iter().map(|f| field_view(RecordKey::Why, *f, None, editable)).collect_view()}
                </fieldset>
            }
        })
    };
    view! {
        <nav class="breadcrumb" aria-label=i18n.text(|t| t.breadcrumb)>
            <ol>
                <li><a href="/portfolio">{i18n.text(|t| t.portfolio_title)}</a></li>
                <li aria-current="page">{i18n.text(|t| t.why_title)}</li>
            </ol>
        </nav>
        <h1 tabindex="-1">{i18n.text(|t| t.why_title)}</h1>
        <p class="lead">{i18n.text(|t| t.why_purpose)}</p>
        <crate::ui::manager_comments::ManagerComments key=crate::domain::records::RecordKey::Why />
        <form class="form card" on:submit=|ev| ev.prevent_default()>
            {fields}
            {ambition}
            {share_switch(RecordKey::Why, None, editable)}
        </form>
        <Attachments owner=Owner::Why editable />
    }
}
