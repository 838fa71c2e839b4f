//! The one form renderer for portfolio records: a labelled input per typed field
//! ([`crate::domain::forms`]), the links every item has (module, learning goals) and the sharing
//! switch. Each input reads its own value through a memo, so typing in one field re-renders
//! nothing else.

use leptos::prelude::*;

use crate::domain::{
    Module, figures,
    forms::{Field, Label, Links, MAX_LINE_CHARS, Widget},
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
        Widget::Line | Widget::Long | Widget::Date => Vec::new(),
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
    let text = move || value.get().unwrap_or_default();
    let set = move |v: String| store.set_field(&key, field, v);
    let id = format!("f-{}", field.id);
    let label_text = move || label(i18n.t(), field.label, kind);
    let disabled = move || !editable.get();
    let input = match field.widget {
        Widget::Line | Widget::Date => {
            let date = field.widget == Widget::Date;
            view! {
                <input id=id.clone() type=if date { "date" } else { "text" } maxlength=MAX_LINE_CHARS
                    prop:value=text disabled=disabled
                    on:input=move |ev| set(event_target_value(&ev)) />
            }
            .into_any()
        }
        Widget::Long => view! {
            <textarea id=id.clone() rows="4" maxlength=MAX_TEXT_CHARS prop:value=text disabled=disabled
                on:input=move |ev| set(event_target_value(&ev)) />
        }
        .into_any(),
        Widget::Status | Widget::Column | Widget::Source => {
            let options = move || {
                choices(i18n.t(), field.widget)
                    .into_iter()
                    .map(|(code, label)| view! { <option value=code selected=move || text() == code>{label}</option> })
                    .collect_view()
            };
            view! {
                <select id=id.clone() prop:value=text disabled=disabled
                    on:change=move |ev| set(event_target_value(&ev))>
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

/// The checkboxes that link the item `key` to the goals of module `m`.
fn goal_boxes(
    key: &RecordKey,
    m: &'static Module,
    links: Memo<Links>,
    editable: Signal<bool>,
) -> impl IntoView + use<> {
    let store = use_store();
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
    let i18n = use_i18n();
    view! {
        <fieldset class="goal-links">
            <legend>{move || (i18n.t().module_n)(m.number)} ": " <span lang="nl">{&*m.title}</span></legend>
            {boxes}
        </fieldset>
    }
}

/// Module, linked goals and the sharing switch: the same for every kind. The chosen module's
/// goals are in view; the other modules' goals (or all, with no module chosen) fold away.
pub fn links_view(key: RecordKey, kind: Option<Kind>, editable: Signal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let portfolio = store.portfolio();
    let links = {
        let key = key.clone();
        Memo::new(move |_| portfolio.with(|p| p.links(&key).unwrap_or_default()))
    };
    let programmes = linkable_programmes(use_my_programme().get_untracked());
    let both = programmes.len() > 1;
    let modules = programmes
        .iter()
        .flat_map(|p| p.modules.iter().map(move |m| (both.then_some(&*p.code), m)))
        .map(|(code, m)| {
            view! {
                <option value=&*m.id>
                    {move || format!("{}: {}", i18n.t().module_of(code, m.number), m.title)}
                </option>
            }
        })
        .collect_view();
    let chosen = Memo::new(move |_| links.with(|l| l.module.clone()));
    let linked = move || (i18n.t().goals_linked)(links.with(|l| l.goals.len()));
    let picker = {
        let key = key.clone();
        let modules: Vec<&'static Module> = programmes.iter().flat_map(|p| p.modules.iter()).collect();
        move || {
            let chosen = chosen.get();
            let (first, others): (Vec<_>, Vec<_>) =
                modules.iter().copied().partition(|m| chosen.as_deref() == Some(&*m.id));
            let first_view = first.first().map(|m| {
                view! {
                    <div class="goal-picker-first">{goal_boxes(&key, m, links, editable)}</div>
                }
            });
            let any_first = !first.is_empty();
            let summary = move || if any_first { i18n.t().goals_other_modules } else { i18n.t().goals_pick };
            let other_views = others.into_iter().map(|m| goal_boxes(&key, m, links, editable)).collect_view();
            view! {
                {first_view}
                <details class="goal-picker">
                    <summary>{summary} {linked}</summary>
                    {other_views}
                </details>
            }
        }
    };
    let module_key = key.clone();
    view! {
        <div class="field">
            <label for="f-module">{i18n.text(|t| t.field_labels.module)}</label>
            <select id="f-module" disabled=move || !editable.get()
                prop:value=move || chosen.get().unwrap_or_default()
                on:change=move |ev| store.set_module(&module_key, &event_target_value(&ev))>
                <option value="">{i18n.text(|t| t.general_no_module)}</option>
                {modules}
            </select>
        </div>
        {picker}
        {share_switch(key, kind, editable)}
    }
}

/// The one sharing switch of an item, with what it means for the report: "Delen met
/// leidinggevende", or for a leeropgave "Bespreken in het ontwikkelgesprek". `kind` is `None`
/// for "Mijn Why". Every item is private by default.
pub fn share_switch(key: RecordKey, kind: Option<Kind>, editable: Signal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let portfolio = store.portfolio();
    let shared = {
        let key = key.clone();
        Memo::new(move |_| portfolio.with(|p| p.links(&key).is_some_and(|l| l.shared)))
    };
    let label = move || {
        let l = &i18n.t().field_labels;
        if kind == Some(Kind::Question) { l.discuss } else { l.shared }
    };
    let hint = move || i18n.t().share_hints[kind.map_or(Kind::ALL.len(), Kind::position)];
    view! {
        <div class="share card">
            <div class="choice">
                <input id="f-shared" type="checkbox" prop:checked=shared disabled=move || !editable.get()
                    aria-describedby="f-shared-hint"
                    on:change=move |ev| store.set_shared(&key, event_target_checked(&ev)) />
                <label for="f-shared">{label}</label>
            </div>
            <p class="hint" id="f-shared-hint">{hint}</p>
        </div>
    }
}
