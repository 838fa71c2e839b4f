//! The one form renderer for portfolio records: a labelled input per typed field
//! ([`crate::domain::forms`]), the links every item has (module, learning goals) and the sharing
//! switch. Each input reads its own value through a memo, so typing in one field re-renders
//! nothing else.

use leptos::prelude::*;

use crate::domain::{
    figures,
    forms::{Field, FieldValue, Label, MAX_LINE_CHARS, Widget},
    items::{ActionStatus, Column, Kind, Source},
    records::{MAX_TEXT_CHARS, RecordKey},
};
use crate::i18n::Texts;
use crate::ui::{
    hooks::{linkable_programmes, use_my_programme},
    store::use_store,
    use_i18n,
};

/// A field's label; titles, descriptions and lessons are worded per kind.
fn label(t: &'static Texts, label: Label, kind: Option<Kind>) -> &'static str {
    let k = kind.map_or(0, Kind::position);
    let l = &t.field_labels;
    match label {
        Label::Title => l.title[k],
        Label::Body => l.body[k],
        Label::Learned => l.learned[k],
        Label::Differently => l.differently,
        Label::Date => l.date,
        Label::Source => l.source,
        Label::Column => l.column,
        Label::Why => l.why,
        Label::WithWhom => l.with_whom,
        Label::Due => l.due,
        Label::Success => l.success,
        Label::Status => l.status,
        Label::Happened => l.happened,
        Label::Ask => l.ask,
        Label::Discuss => l.discuss,
        Label::Agreements => l.agreements,
        Label::Drivers => l.drivers,
        Label::Strengthens => l.strengthens,
        Label::HoldsBack => l.holds_back,
        Label::AmbitionWhere => l.ambition_where,
        Label::AmbitionImpact => l.ambition_impact,
        Label::AmbitionRole => l.ambition_role,
        Label::AmbitionPath => l.ambition_path,
    }
}

/// The choices of a choice widget: stored code and the label of each.
fn choices(t: &'static Texts, widget: Widget) -> Vec<(&'static str, &'static str)> {
    match widget {
        Widget::Status => ActionStatus::ALL.into_iter().map(ActionStatus::code).zip(t.statuses).collect(),
        Widget::Column => Column::ALL.into_iter().map(Column::code).zip(t.columns).collect(),
        Widget::Source => std::iter::once(("", t.none_option))
            .chain(Source::ALL.into_iter().map(Source::code).zip(t.sources))
            .collect(),
        Widget::Line | Widget::Long | Widget::Date | Widget::Check => Vec::new(),
    }
}

/// One labelled input for `field` of the record `key`.
pub fn field_view(key: RecordKey, field: Field, kind: Option<Kind>, editable: Signal<bool>) -> AnyView {
    let i18n = use_i18n();
    let store = use_store();
    let portfolio = store.portfolio();
    let value = {
        let key = key.clone();
        Memo::new(move |_| portfolio.with(|p| (field.get)(p, &key)))
    };
    let text = move || value.with(|v| v.as_ref().map(|v| v.text().to_owned()).unwrap_or_default());
    let set = move |v: FieldValue| store.set_field(&key, field, v);
    let id = format!("f-{}", field.id);
    let label_text = move || label(i18n.t(), field.label, kind);
    let disabled = move || !editable.get();
    let input = match field.widget {
        Widget::Line | Widget::Date => {
            let date = field.widget == Widget::Date;
            view! {
                <input id=id.clone() type=if date { "date" } else { "text" } maxlength=MAX_LINE_CHARS
                    prop:value=text disabled=disabled
                    on:input=move |ev| set(FieldValue::Text(event_target_value(&ev))) />
            }
            .into_any()
        }
        Widget::Long => view! {
            <textarea id=id.clone() rows="4" maxlength=MAX_TEXT_CHARS prop:value=text disabled=disabled
                on:input=move |ev| set(FieldValue::Text(event_target_value(&ev))) />
        }
        .into_any(),
        Widget::Check => {
            let checked = move || value.with(|v| v.as_ref().is_some_and(FieldValue::flag));
            return view! {
                <div class="choice field">
                    <input id=id.clone() type="checkbox" prop:checked=checked disabled=disabled
                        on:change=move |ev| set(FieldValue::Flag(event_target_checked(&ev))) />
                    <label for=id>{label_text}</label>
                </div>
            }
            .into_any();
        }
        Widget::Status | Widget::Column | Widget::Source => {
            let options = move || {
                choices(i18n.t(), field.widget)
                    .into_iter()
                    .map(|(code, label)| view! { <option value=code selected=move || text() == code>{label}</option> })
                    .collect_view()
            };
            view! {
                <select id=id.clone() prop:value=text disabled=disabled
                    on:change=move |ev| set(FieldValue::Text(event_target_value(&ev)))>
                    {options}
                </select>
            }
            .into_any()
        }
    };
    view! {
        <div class="field">
            <label for=id>{label_text}</label>
            {input}
        </div>
    }
    .into_any()
}

/// Module, linked goals and the sharing switch: the same for every kind.
pub fn links_view(key: RecordKey, editable: Signal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let portfolio = store.portfolio();
    let links = {
        let key = key.clone();
        Memo::new(move |_| portfolio.with(|p| p.links(&key).unwrap_or_default()))
    };
    let programmes = linkable_programmes(use_my_programme().get_untracked());
    let modules = programmes
        .iter()
        .flat_map(|p| p.modules.iter())
        .map(|m| {
            let code = m.id.split('.').next().unwrap_or("").to_ascii_uppercase();
            view! { <option value=&*m.id>{move || format!("{code} · {}: {}", (i18n.t().module_n)(m.number), m.title)}</option> }
        })
        .collect_view();
    let goals = programmes
        .iter()
        .flat_map(|p| p.modules.iter())
        .map(|m| {
            let boxes = m
                .goals
                .iter()
                .enumerate()
                .map(|(i, g)| {
                    let id = format!("goal-{}", g.id);
                    let goal_id: &str = &g.id;
                    let key = key.clone();
                    view! {
                        <div class="choice">
                            <input type="checkbox" id=id.clone() disabled=move || !editable.get()
                                prop:checked=move || links.with(|l| l.goals.iter().any(|x| x == goal_id))
                                on:change=move |ev| store.link_goal(&key, goal_id, event_target_checked(&ev)) />
                            <label for=id><span class="goal-number">{figures::goal_number(m.number, i + 1)}</span> " " <span lang="nl">{&*g.text}</span></label>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="goal-links">
                    <legend>{move || (i18n.t().module_n)(m.number)} ": " <span lang="nl">{&*m.title}</span></legend>
                    {boxes}
                </fieldset>
            }
        })
        .collect_view();
    let module_key = key.clone();
    view! {
        <div class="field">
            <label for="f-module">{i18n.text(|t| t.field_labels.module)}</label>
            <select id="f-module" disabled=move || !editable.get()
                prop:value=move || links.with(|l| l.module.clone().unwrap_or_default())
                on:change=move |ev| store.set_module(&module_key, &event_target_value(&ev))>
                <option value="">{i18n.text(|t| t.general_no_module)}</option>
                {modules}
            </select>
        </div>
        <details class="goal-picker">
            <summary>{i18n.text(|t| t.field_labels.goals)}</summary>
            {goals}
        </details>
        {share_switch(key, editable)}
    }
}

/// The "delen met leidinggevende" switch with its explanation; every item is private by default.
pub fn share_switch(key: RecordKey, editable: Signal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let portfolio = store.portfolio();
    let shared = {
        let key = key.clone();
        Memo::new(move |_| portfolio.with(|p| p.links(&key).is_some_and(|l| l.shared)))
    };
    view! {
        <div class="share card">
            <div class="choice">
                <input id="f-shared" type="checkbox" prop:checked=shared disabled=move || !editable.get()
                    on:change=move |ev| store.set_shared(&key, event_target_checked(&ev)) />
                <label for="f-shared">{i18n.text(|t| t.field_labels.shared)}</label>
            </div>
            <p class="hint">{i18n.text(|t| t.shared_hint)}</p>
        </div>
    }
}
