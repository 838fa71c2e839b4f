//! `/portfolio/:kind/:id`: one entry of any kind, in the one form renderer.

use leptos::prelude::*;

use crate::domain::{
    forms::{fields, record_key},
    items::Kind,
    records::{Collection, RecordKey},
    route::Route,
};
use crate::ui::{
    browser::location::use_location,
    document::use_title,
    form::{field_view, links_view},
    store::use_store,
    use_i18n,
};

#[component]
pub fn EntryPage(kind: Kind, id: String) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let portfolio = store.portfolio();
    let key = record_key(kind, id);
    let exists = {
        let key = key.clone();
        Memo::new(move |_| portfolio.with(|p| p.contains(&key)))
    };
    let editable = Signal::derive(move || store.can_edit());
    use_title(move || Some(i18n.t().kind_names[kind.position()].to_owned()));
    let location = use_location();
    move || {
        let key = key.clone();
        if !exists.get() {
            return view! { <crate::ui::pages::NotFound /> }.into_any();
        }
        let k = kind.position();
        let form =
            fields(kind).iter().map(|f| field_view(key.clone(), *f, Some(kind), editable)).collect_view();
        let hint = move || match kind {
            Kind::Reflection => Some(i18n.t().prompts_hint),
            Kind::Intervision => Some(i18n.t().intervision_hint),
            _ => None,
        };
        let to_action = (kind == Kind::Feedback).then(|| {
            let key = key.clone();
            view! {
                <button type="button" class="button secondary" disabled=move || !editable.get() on:click=move |_| {
                    let RecordKey::Item(Collection::Feedback, id) = &key else { return };
                    if let Some(action) = store.add_action_from_feedback(id).as_ref().and_then(Route::of) {
                        location.navigate(&action);
                    }
                }>{i18n.text(|t| t.make_action)}</button>
            }
        });
        let delete = {
            let key = key.clone();
            move |_| {
                if window().confirm_with_message(i18n.t().delete_entry_confirm).unwrap_or(false) {
                    store.delete(key.clone());
                    location.navigate(&Route::Portfolio);
                }
            }
        };
        view! {
            <nav class="breadcrumb" aria-label=i18n.text(|t| t.breadcrumb)>
                <ol>
                    <li><a href="/portfolio">{i18n.text(|t| t.portfolio_title)}</a></li>
                    <li aria-current="page">{move || i18n.t().kind_names[k]}</li>
                </ol>
            </nav>
            <h1 tabindex="-1">{move || i18n.t().kind_names[k]}</h1>
            <p class="lead">{move || i18n.t().kind_purpose[k]}</p>
            {move || hint().map(|h| view! { <p class="notice info">{h}</p> })}
            <form class="form card entry-form" on:submit=|ev| ev.prevent_default()>
                {form}
                {links_view(key.clone(), editable)}
            </form>
            <div class="actions">
                {to_action}
                <button type="button" class="button danger" disabled=move || !editable.get() on:click=delete>{i18n.text(|t| t.delete_entry)}</button>
            </div>
        }
        .into_any()
    }
}
