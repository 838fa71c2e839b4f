//! `/portfolio/:kind/:id`: one entry of any kind, in the one form renderer. A new entry is a
//! draft until something is typed; "Klaar" goes back to where the participant came from.

use leptos::prelude::*;

use crate::domain::{
    attachments::Owner,
    forms::{fields, record_key},
    items::Kind,
    records::{Collection, RecordKey},
    route::Route,
};
use crate::ui::{
    attachments::Attachments,
    browser::location::use_location,
    confirmation::finish_editing,
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
    {
        // Leaving a draft untouched leaves nothing behind.
        let key = key.clone();
        on_cleanup(move || {
            store.discard_draft(&key);
        });
    }
    let is_draft = {
        let key = key.clone();
        Memo::new(move |_| store.is_draft(&key))
    };
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
        let home = if kind == Kind::Feedback { Route::Canvas } else { Route::Portfolio };
        let done = {
            let key = key.clone();
            let home = home.clone();
            move |_| {
                finish_editing(&key, kind);
                location.back_or(&home);
            }
        };
        let delete = {
            let key = key.clone();
            move |_| {
                if window().confirm_with_message(i18n.t().delete_entry_confirm).unwrap_or(false) {
                    store.delete(key.clone());
                    location.navigate(&home);
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
            <crate::ui::manager_comments::ManagerComments key=key.clone() />
            {(kind == Kind::Action).then(|| related(&key, is_draft, editable))}
            <form class="form card entry-form" on:submit=|ev| ev.prevent_default()>
                {form}
                {links_view(key.clone(), Some(kind), editable)}
            </form>
            {Owner::of_record(&key).map(|owner| view! { <Attachments owner editable /> })}
            {(kind == Kind::Feedback).then(|| related(&key, is_draft, editable))}
            <div class="actions entry-actions">
                <button type="button" class="button primary" on:click=done>{i18n.text(|t| t.done)}</button>
                <button type="button" class="button danger" hidden=move || is_draft.get()
                    disabled=move || !editable.get() on:click=delete>{i18n.text(|t| t.delete_entry)}</button>
            </div>
            <p class="hint" hidden=move || !is_draft.get()>{i18n.text(|t| t.draft_hint)}</p>
        }
        .into_any()
    }
}

/// The link between a 360 item and the action made from it, shown on both: on the item the
/// action (or the button that makes it, once), on the action the item it came from.
fn related(key: &RecordKey, is_draft: Memo<bool>, editable: Signal<bool>) -> impl IntoView + use<> {
    let i18n = use_i18n();
    let store = use_store();
    let portfolio = store.portfolio();
    let location = use_location();
    let RecordKey::Item(collection, id) = key.clone() else { return None };
    let on_feedback = collection == Collection::Feedback;
    // The other end of the link: its kind, ID and title.
    let other = {
        let id = id.clone();
        Memo::new(move |_| {
            portfolio.with(|p| {
                let (kind, item, title) = if on_feedback {
                    let a = p.action_of_feedback(&id)?;
                    (Kind::Action, &a.id, &a.title)
                } else {
                    let f = p.feedback.get(p.actions.get(&id)?.from_feedback.as_deref()?)?;
                    (Kind::Feedback, &f.id, &f.title)
                };
                Some((Route::Entry(kind, item.clone()).href(), i18n.t().shown_title(title)))
            })
        })
    };
    let label = move || if on_feedback { i18n.t().action_of_feedback } else { i18n.t().feedback_of_action };
    let make = move |_| {
        if let Some(action) = store.add_action_from_feedback(&id).as_ref().and_then(Route::of) {
            location.navigate(&action);
        }
    };
    Some(view! {
        <p class="related" hidden=move || !on_feedback && other.with(Option::is_none)>
            <span hidden=move || other.with(Option::is_none)>
                {label} <a href=move || other.with(|o| o.as_ref().map(|(href, _)| href.clone()))>
                    {move || other.with(|o| o.as_ref().map(|(_, title)| title.clone()))}
                </a>
            </span>
            {on_feedback.then(|| view! {
                <button type="button" class="button secondary" hidden=move || other.with(Option::is_some)
                    disabled=move || is_draft.get() || !editable.get() on:click=make>{i18n.text(|t| t.make_action)}</button>
            })}
        </p>
    })
}
