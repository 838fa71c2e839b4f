//! The agreements, laid out like a Gesprekscyclus Rijk conversation: the day, what went well,
//! what to develop, the agreed actions with their dates, the manager's support and the next
//! conversation.

use leptos::prelude::*;

use super::Answer;
use crate::domain::{
    reply::{AgreedAction, Agreement, MAX_ACTIONS},
    text::goal_text,
};
use crate::i18n::Texts;
use crate::ui::{browser::clock::new_id, document::focus_by_id, use_i18n};

#[component]
pub(super) fn Agreements(answer: Answer) -> impl IntoView {
    let i18n = use_i18n();
    let date = answer.slice(|r| r.date.clone());
    let next = answer.slice(|r| r.next_date.clone());
    let ids = answer.slice(|r| r.actions.iter().map(|a| a.id.clone()).collect::<Vec<_>>());
    let add = move |_| {
        let id = new_id("afspraak");
        answer.edit(|r| r.add_action(id.clone()));
        request_animation_frame(move || focus_by_id(&format!("{id}-title")));
    };
    view! {
        <section id="afspraken" aria-labelledby="agreements-heading">
            <h2 id="agreements-heading">{i18n.text(|t| t.conversation.agreements_heading)}</h2>
            <p class="hint">{i18n.text(|t| t.conversation.agreements_hint)}</p>
            <div class="card form">
                <div class="field">
                    <label for="conversation-date">{i18n.text(|t| t.conversation.date)}</label>
                    <input type="date" id="conversation-date" prop:value=date
                        on:change=move |ev| { let v = event_target_value(&ev); answer.edit(|r| r.set_date(false, &v)); } />
                </div>
                {text_field(answer, Agreement::WentWell, |t| t.conversation.went_well)}
                {text_field(answer, Agreement::Develop, |t| t.conversation.develop)}
            </div>
            <h3>{i18n.text(|t| t.conversation.actions_heading)}</h3>
            <p class="hint" hidden=move || !ids.with(Vec::is_empty)>{i18n.text(|t| t.conversation.no_actions)}</p>
            <ul class="agreed-actions" role="list">
                <For each=move || ids.get() key=|id| id.clone()
                    children=move |id| view! { <li><ActionFields answer id /></li> } />
            </ul>
            <button type="button" class="button secondary" on:click=add
                hidden=move || ids.with(|a| a.len() >= MAX_ACTIONS)>
                {i18n.text(|t| t.conversation.add_action)}
            </button>
            <div class="card form">
                {text_field(answer, Agreement::Support, |t| t.conversation.support)}
                <div class="field">
                    <label for="next-date">{i18n.text(|t| t.conversation.next_date)}</label>
                    <input type="date" id="next-date" prop:value=next
                        on:change=move |ev| { let v = event_target_value(&ev); answer.edit(|r| r.set_date(true, &v)); } />
                </div>
            </div>
        </section>
    }
}

/// One free text of the agreements (not generic: one copy serves all three).
fn text_field(answer: Answer, which: Agreement, label: fn(&'static Texts) -> &'static str) -> impl IntoView {
    let i18n = use_i18n();
    let id = match which {
        Agreement::WentWell => "went-well",
        Agreement::Develop => "develop",
        Agreement::Support => "support",
    };
    let text = answer.slice(move |r| r.agreement(which).to_owned());
    view! {
        <div class="field">
            <label for=id>{i18n.text(label)}</label>
            <textarea id=id rows="3" prop:value=text
                on:input=move |ev| { let v = event_target_value(&ev); answer.edit(|r| r.set_agreement(which, &v)); } />
        </div>
    }
}

/// An agreed action: what, by when, for which goal; removable.
#[component]
fn ActionFields(answer: Answer, id: String) -> impl IntoView {
    let i18n = use_i18n();
    let key = StoredValue::new(id.clone());
    let action = answer.slice(move |r| {
        key.with_value(|k| r.actions.iter().find(|a| a.id == *k).cloned()).unwrap_or_default()
    });
    let edit = move |change: Box<dyn FnOnce(&mut AgreedAction)>| {
        key.with_value(|k| answer.edit(|r| r.edit_action(k, change)));
    };
    let goals = answer.programme().map(|p| {
        p.modules
            .iter()
            .flat_map(|m| m.goals.iter().enumerate().map(move |(i, g)| (g, format!("{}.{}", m.number, i + 1))))
            .map(|(g, number)| view! { <option value=g.id.to_string() lang="nl">{format!("{number} {}", goal_text(&g.text))}</option> })
            .collect_view()
    });
    let remove = move |_| {
        key.with_value(|k| answer.edit(|r| r.remove_action(k)));
        focus_by_id("agreements-heading");
    };
    view! {
        <fieldset class="card form agreed-action">
            <legend>{move || action.with(|a| if a.title.trim().is_empty() { i18n.t().conversation.new_action.to_owned() } else { a.title.clone() })}</legend>
            <div class="field">
                <label for=format!("{id}-title")>{i18n.text(|t| t.conversation.action_title)}</label>
                <input type="text" id=format!("{id}-title") prop:value=move || action.with(|a| a.title.clone())
                    on:input=move |ev| { let v = event_target_value(&ev); edit(Box::new(move |a| a.title = v)); } />
            </div>
            <div class="field">
                <label for=format!("{id}-due")>{i18n.text(|t| t.conversation.action_due)}</label>
                <input type="date" id=format!("{id}-due") prop:value=move || action.with(|a| a.due.clone())
                    on:change=move |ev| { let v = event_target_value(&ev); edit(Box::new(move |a| a.due = v)); } />
            </div>
            <div class="field">
                <label for=format!("{id}-goal")>{i18n.text(|t| t.conversation.action_goal)}</label>
                <select id=format!("{id}-goal") prop:value=move || action.with(|a| a.goal.clone())
                    on:change=move |ev| { let v = event_target_value(&ev); edit(Box::new(move |a| a.goal = v)); }>
                    <option value="">{i18n.text(|t| t.conversation.no_goal)}</option>
                    {goals}
                </select>
            </div>
            <button type="button" class="button secondary" on:click=remove>{i18n.text(|t| t.conversation.remove_action)}</button>
        </fieldset>
    }
}
