//! The development portfolio: overview with search and filters, one editor for every kind of
//! entry, "Mijn Why" and the 360-feedback canvas.
//!
//! The editor is driven by a field table per kind and edits the record's JSON field by field
//! through [`Store::set_field`](crate::ui::store::Store::set_field), so every kind shares one
//! component.

use leptos::prelude::*;
use leptos_router::{NavigateOptions, components::A, hooks::use_navigate, hooks::use_params_map};
use serde_json::{Value, json};

use super::assessment::my_programme;
use crate::domain::{
    Catalog, Programme,
    items::{ActionStatus, Column, Filter, Kind, action_from_feedback, is_overdue},
    records::RecordKey,
};
use crate::i18n::Texts;
use crate::ui::{
    browser::clock::{new_id, now, today},
    document::use_title,
    store::{Store, use_store},
    use_i18n,
};

fn index(kind: Kind) -> usize {
    Kind::ALL.iter().position(|k| *k == kind).unwrap_or(0)
}

fn record_key(kind: Kind, id: String) -> RecordKey {
    match kind {
        Kind::Reflection => RecordKey::Journal(id),
        Kind::Feedback => RecordKey::Feedback(id),
        Kind::Action => RecordKey::Action(id),
        Kind::Question => RecordKey::Question(id),
        Kind::Intervision => RecordKey::Intervision(id),
    }
}

/// The programmes whose modules and goals can be linked: the participant's, or all of them.
fn linkable_programmes(chosen: Option<&'static Programme>) -> Vec<&'static Programme> {
    match chosen {
        Some(p) => vec![p],
        None => Catalog::embedded().programmes().iter().collect(),
    }
}

/// Starts a new entry of `kind`; returns the path of its editor.
fn create(store: Store, kind: Kind, extra: Value) -> String {
    let id = new_id(&kind.segment()[..1]);
    let mut record = json!({ "id": id, "created": now(), "updated": now() });
    if matches!(kind, Kind::Reflection | Kind::Intervision) {
        record["date"] = today().into();
    }
    if let (Value::Object(r), Value::Object(e)) = (&mut record, extra) {
        r.extend(e);
    }
    store.put(record_key(kind, id.clone()), record.to_string());
    format!("/portfolio/{}/{id}", kind.segment())
}

#[derive(Clone, Copy)]
enum Widget {
    Line,
    Long,
    Date,
    Check,
    Status,
    Column,
    Source,
}

#[derive(Clone, Copy)]
struct Field {
    name: &'static str,
    label: fn(&'static Texts, usize) -> &'static str,
    widget: Widget,
}

const fn field(
    name: &'static str,
    label: fn(&'static Texts, usize) -> &'static str,
    widget: Widget,
) -> Field {
    Field { name, label, widget }
}

const TITLE: Field = field("title", |t, k| t.field_labels.title[k], Widget::Line);
const BODY: Field = field("body", |t, k| t.field_labels.body[k], Widget::Long);
const LEARNED: Field = field("learned", |t, k| t.field_labels.learned[k], Widget::Long);
const DATE: Field = field("date", |t, _| t.field_labels.date, Widget::Date);

const REFLECTION_FIELDS: &[Field] = &[
    TITLE,
    DATE,
    field("source", |t, _| t.field_labels.source, Widget::Source),
    BODY,
    LEARNED,
    field("differently", |t, _| t.field_labels.differently, Widget::Long),
];
const FEEDBACK_FIELDS: &[Field] =
    &[TITLE, field("column", |t, _| t.field_labels.column, Widget::Column), BODY];
const ACTION_FIELDS: &[Field] = &[
    TITLE,
    field("why", |t, _| t.field_labels.why, Widget::Long),
    field("with_whom", |t, _| t.field_labels.with_whom, Widget::Line),
    field("due", |t, _| t.field_labels.due, Widget::Date),
    field("success", |t, _| t.field_labels.success, Widget::Long),
    field("status", |t, _| t.field_labels.status, Widget::Status),
    field("happened", |t, _| t.field_labels.happened, Widget::Long),
    LEARNED,
];
const QUESTION_FIELDS: &[Field] = &[
    TITLE,
    BODY,
    field("discuss", |t, _| t.field_labels.discuss, Widget::Check),
    field("agreements", |t, _| t.field_labels.agreements, Widget::Long),
];
const INTERVISION_FIELDS: &[Field] = &[DATE, TITLE, BODY, LEARNED];

fn fields(kind: Kind) -> &'static [Field] {
    match kind {
        Kind::Reflection => REFLECTION_FIELDS,
        Kind::Feedback => FEEDBACK_FIELDS,
        Kind::Action => ACTION_FIELDS,
        Kind::Question => QUESTION_FIELDS,
        Kind::Intervision => INTERVISION_FIELDS,
    }
}

const WHY_FIELDS: [Field; 3] = [
    field("drivers", |t, _| t.field_labels.drivers, Widget::Long),
    field("strengthens", |t, _| t.field_labels.strengthens, Widget::Long),
    field("holds_back", |t, _| t.field_labels.holds_back, Widget::Long),
];

const AMBITION_FIELDS: [Field; 4] = [
    field("ambition_where", |t, _| t.field_labels.ambition_where, Widget::Long),
    field("ambition_impact", |t, _| t.field_labels.ambition_impact, Widget::Long),
    field("ambition_role", |t, _| t.field_labels.ambition_role, Widget::Long),
    field("ambition_path", |t, _| t.field_labels.ambition_path, Widget::Long),
];

/// The stored value of each choice, with the picker of its label.
type Choice = (&'static str, fn(&'static Texts) -> &'static str);

fn choices(widget: Widget) -> &'static [Choice] {
    const STATUSES: [Choice; 4] = [
        (ActionStatus::Planned.code(), |t| t.statuses[0]),
        (ActionStatus::Doing.code(), |t| t.statuses[1]),
        (ActionStatus::Done.code(), |t| t.statuses[2]),
        (ActionStatus::Stopped.code(), |t| t.statuses[3]),
    ];
    const COLUMNS: [Choice; 4] = [
        ("continue", |t| t.columns[0]),
        ("develop", |t| t.columns[1]),
        ("dose", |t| t.columns[2]),
        ("let_go", |t| t.columns[3]),
    ];
    const SOURCES: [Choice; 4] = [
        ("", |t| t.none_option),
        ("training", |t| t.sources[0]),
        ("assignment", |t| t.sources[1]),
        ("intervision", |t| t.sources[2]),
    ];
    match widget {
        Widget::Status => &STATUSES,
        Widget::Column => &COLUMNS,
        Widget::Source => &SOURCES,
        _ => &[],
    }
}

/// One labelled input bound to `record[field.name]`.
fn field_view(
    key: RecordKey,
    record: Memo<Option<Value>>,
    field: Field,
    kind: usize,
    editable: Signal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let id = format!("f-{}", field.name);
    let text =
        move || record.with(|r| r.as_ref().and_then(|r| r[field.name].as_str()).unwrap_or("").to_owned());
    let set = move |value: Value| store.set_field(&key, field.name, value);
    let label = move || (field.label)(i18n.t(), kind);
    let input = match field.widget {
        Widget::Line | Widget::Date => {
            let kind = if matches!(field.widget, Widget::Date) { "date" } else { "text" };
            view! {
                <input id=id.clone() type=kind prop:value=text disabled=move || !editable.get()
                    on:input=move |ev| set(Value::String(event_target_value(&ev))) />
            }
            .into_any()
        }
        Widget::Long => view! {
            <textarea id=id.clone() rows="4" prop:value=text disabled=move || !editable.get()
                on:input=move |ev| set(Value::String(event_target_value(&ev))) />
        }
        .into_any(),
        Widget::Check => {
            let checked =
                move || record.with(|r| r.as_ref().and_then(|r| r[field.name].as_bool()).unwrap_or(false));
            return view! {
                <div class="choice field">
                    <input id=id.clone() type="checkbox" prop:checked=checked disabled=move || !editable.get()
                        on:change=move |ev| set(Value::Bool(event_target_checked(&ev))) />
                    <label for=id>{label}</label>
                </div>
            }
            .into_any();
        }
        Widget::Status | Widget::Column | Widget::Source => {
            let options = choices(field.widget)
                .iter()
                .map(|&(value, label)| view! { <option value=value>{i18n.text(label)}</option> })
                .collect_view();
            let nullable = matches!(field.widget, Widget::Source);
            view! {
                <select id=id.clone() prop:value=text disabled=move || !editable.get()
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        set(if nullable && v.is_empty() { Value::Null } else { Value::String(v) })
                    }>
                    {options}
                </select>
            }
            .into_any()
        }
    };
    view! {
        <div class="field">
            <label for=id>{label}</label>
            {input}
        </div>
    }
    .into_any()
}

/// Module, linked goals and the sharing switch: the same for every kind.
fn links_view(key: RecordKey, record: Memo<Option<Value>>, editable: Signal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let programmes = linkable_programmes(my_programme().get_untracked());
    let module =
        move || record.with(|r| r.as_ref().and_then(|r| r["module"].as_str()).unwrap_or("").to_owned());
    let key_module = key.clone();
    let modules = programmes
        .iter()
        .flat_map(|p| &p.modules)
        .map(|m| view! { <option value=m.id.clone()>{move || format!("{} · {}: {}", m.id.split('.').next().unwrap_or("").to_uppercase(), (i18n.t().module_n)(m.number), m.title)}</option> })
        .collect_view();
    let goals = programmes
        .iter()
        .flat_map(|p| &p.modules)
        .map(|m| {
            let boxes = m
                .goals
                .iter()
                .enumerate()
                .map(|(i, g)| {
                    let id = format!("goal-{}", g.id);
                    let goal_id = g.id.clone();
                    let key = key.clone();
                    let checked = {
                        let goal_id = goal_id.clone();
                        move || record.with(|r| r.as_ref().and_then(|r| r["goals"].as_array()).is_some_and(|a| a.iter().any(|v| v.as_str() == Some(&goal_id))))
                    };
                    view! {
                        <div class="choice">
                            <input type="checkbox" id=id.clone() prop:checked=checked disabled=move || !editable.get()
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    let mut goals: Vec<String> = record.with_untracked(|r| {
                                        r.as_ref().and_then(|r| r["goals"].as_array()).map(|a| a.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect()).unwrap_or_default()
                                    });
                                    goals.retain(|g| g != &goal_id);
                                    if on { goals.push(goal_id.clone()); }
                                    store.set_field(&key, "goals", json!(goals));
                                } />
                            <label for=id><span class="goal-number">{format!("{}.{}", m.number, i + 1)}</span> " " <span lang="nl">{g.text.clone()}</span></label>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="goal-links">
                    <legend>{move || (i18n.t().module_n)(m.number)} ": " <span lang="nl">{m.title.clone()}</span></legend>
                    {boxes}
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <div class="field">
            <label for="f-module">{i18n.text(|t| t.field_labels.module)}</label>
            <select id="f-module" prop:value=module disabled=move || !editable.get()
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    store.set_field(&key_module, "module", if v.is_empty() { Value::Null } else { Value::String(v) });
                }>
                <option value="">{i18n.text(|t| t.general_no_module)}</option>
                {modules}
            </select>
        </div>
        <details class="goal-picker">
            <summary>{i18n.text(|t| t.field_labels.goals)}</summary>
            {goals}
        </details>
        {share_switch(key, record, editable)}
    }
}

/// The "delen met leidinggevende" switch with its explanation; every item is private by default.
fn share_switch(key: RecordKey, record: Memo<Option<Value>>, editable: Signal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let shared = move || record.with(|r| r.as_ref().and_then(|r| r["shared"].as_bool()).unwrap_or(false));
    view! {
        <div class="share card">
            <div class="choice">
                <input id="f-shared" type="checkbox" prop:checked=shared disabled=move || !editable.get()
                    on:change=move |ev| store.set_field(&key, "shared", Value::Bool(event_target_checked(&ev))) />
                <label for="f-shared">{i18n.text(|t| t.field_labels.shared)}</label>
            </div>
            <p class="hint">{i18n.text(|t| t.shared_hint)}</p>
        </div>
    }
}

/// `/portfolio/:kind/:id`: one entry of any kind.
#[component]
pub fn EntryPage() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let portfolio = store.portfolio();
    let params = use_params_map();
    let target = Memo::new(move |_| {
        let p = params.read();
        let kind = Kind::from_segment(&p.get("kind")?)?;
        Some((kind, record_key(kind, p.get("id")?)))
    });
    let record = Memo::new(move |_| {
        let (_, key) = target.get()?;
        portfolio.with(|p| p.record_value(&key))
    });
    let editable = Signal::derive(move || store.can_edit());
    let exists = Memo::new(move |_| record.with(Option::is_some));
    use_title(move || {
        let (kind, _) = target.get()?;
        Some(i18n.t().kind_names[index(kind)].to_owned())
    });
    let navigate = use_navigate();
    move || {
        let t = i18n.t();
        let (Some((kind, key)), true) = (target.get(), exists.get()) else {
            return view! { <super::NotFound /> }.into_any();
        };
        let k = index(kind);
        let form =
            fields(kind).iter().map(|f| field_view(key.clone(), record, *f, k, editable)).collect_view();
        let hint = match kind {
            Kind::Reflection => Some(t.prompts_hint),
            Kind::Intervision => Some(t.intervision_hint),
            _ => None,
        };
        let to_action = (kind == Kind::Feedback).then(|| {
            let key = key.clone();
            let navigate = navigate.clone();
            view! {
                <button type="button" class="button secondary" disabled=move || !editable.get() on:click=move |_| {
                    let RecordKey::Feedback(id) = &key else { return };
                    let Some(item) = store.portfolio().with_untracked(|p| p.feedback.get(id).cloned()) else { return };
                    let action = action_from_feedback(&item, new_id("a"), now());
                    let path = format!("/portfolio/action/{}", action.id);
                    store.put(RecordKey::Action(action.id.clone()), serde_json::to_string(&action).unwrap_or_default());
                    navigate(&path, NavigateOptions::default());
                }>{t.make_action}</button>
            }
        });
        let delete = {
            let key = key.clone();
            let navigate = navigate.clone();
            move |_| {
                if window().confirm_with_message(i18n.t().delete_entry_confirm).unwrap_or(false) {
                    store.delete(key.clone());
                    navigate("/portfolio", NavigateOptions::default());
                }
            }
        };
        view! {
            <nav class="breadcrumb" aria-label=t.breadcrumb>
                <ol>
                    <li><A href="/portfolio">{t.portfolio_title}</A></li>
                    <li aria-current="page">{t.kind_names[k]}</li>
                </ol>
            </nav>
            <h1 tabindex="-1">{t.kind_names[k]}</h1>
            <p class="lead">{t.kind_purpose[k]}</p>
            {hint.map(|h| view! { <p class="notice info">{h}</p> })}
            <form class="form card entry-form" on:submit=|ev| ev.prevent_default()>
                {form}
                {links_view(key.clone(), record, editable)}
            </form>
            <div class="actions">
                {to_action}
                <button type="button" class="button danger" disabled=move || !editable.get() on:click=delete>{t.delete_entry}</button>
            </div>
        }
        .into_any()
    }
}

/// `/portfolio`: everything, newest first, with search and filters.
#[component]
pub fn PortfolioPage() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let portfolio = store.portfolio();
    let programme = my_programme();
    use_title(move || Some(i18n.t().portfolio_title.to_owned()));
    let text = RwSignal::new(String::new());
    let kind = RwSignal::new(String::new());
    let module = RwSignal::new(String::new());
    let goal = RwSignal::new(String::new());
    let status = RwSignal::new(String::new());
    let navigate = use_navigate();
    let results = Memo::new(move |_| {
        let filter = Filter {
            kind: Kind::from_segment(&kind.get()),
            module: Some(module.get()).filter(|m| !m.is_empty()),
            goal: Some(goal.get()).filter(|g| !g.is_empty()),
            status: ActionStatus::ALL.into_iter().find(|s| s.code() == status.get()),
            text: text.get(),
        };
        portfolio.with(|p| {
            let today = today();
            let total = p.entries().len();
            let entries: Vec<_> = filter
                .apply(p.entries())
                .into_iter()
                .map(|e| {
                    let overdue =
                        e.kind == Kind::Action && p.actions.get(&e.id).is_some_and(|a| is_overdue(a, &today));
                    (e, overdue)
                })
                .collect();
            (total, entries)
        })
    });
    let new_buttons = Kind::ALL
        .into_iter()
        .filter(|k| *k != Kind::Feedback)
        .map(|k| {
            let navigate = navigate.clone();
            view! {
                <button type="button" class="button secondary" disabled=move || !store.can_edit()
                    on:click=move |_| { let path = create(store, k, json!({})); navigate(&path, NavigateOptions::default()); }>
                    {move || i18n.t().kind_new[index(k)]}
                </button>
            }
        })
        .collect_view();
    let programmes = linkable_programmes(programme.get_untracked());
    let module_options = programmes
        .iter()
        .flat_map(|p| &p.modules)
        .map(|m| view! { <option value=m.id.clone()>{move || format!("{}: {}", (i18n.t().module_n)(m.number), m.title)}</option> })
        .collect_view();
    let goal_options = programmes
        .iter()
        .flat_map(|p| {
            p.modules
                .iter()
                .flat_map(move |m| m.goals.iter().enumerate().map(move |(i, g)| (m.number, i + 1, g)))
        })
        .map(|(m, i, g)| view! { <option value=g.id.clone()>{format!("{m}.{i} {}", g.text)}</option> })
        .collect_view();
    let list = move || {
        let t = i18n.t();
        let (total, entries) = results.get();
        if total == 0 {
            return view! { <p class="empty">{t.portfolio_empty}</p> }.into_any();
        }
        if entries.is_empty() {
            return view! { <p class="empty">{t.no_results}</p> }.into_any();
        }
        let items = entries
            .into_iter()
            .map(|(e, overdue)| {
                let title = if e.title.trim().is_empty() { t.untitled.to_owned() } else { e.title.clone() };
                view! {
                    <li class="entry card">
                        <p class="entry-kind">{t.kind_names[index(e.kind)]}</p>
                        <h3><A href=format!("/portfolio/{}/{}", e.kind.segment(), e.id)>{title}</A></h3>
                        <p class="meta">
                            {(!e.sort_key.0.is_empty()).then(|| (t.date)(&e.sort_key.0))}
                            {e.module.clone().map(|m| view! { " · " {m.to_uppercase()} })}
                        </p>
                        {e.shared.then(|| view! { <p class="status-badge status-done">{t.shared_badge}</p> })}
                        {overdue.then(|| view! { <p class="status-badge status-in-progress">{t.overdue}</p> })}
                    </li>
                }
            })
            .collect_view();
        view! {
            <p class="meta" id="result-count">{(t.results)(results.with(|r| r.1.len()))}</p>
            <ul class="entries" role="list">{items}</ul>
        }
        .into_any()
    };
    view! {
        <h1 tabindex="-1">{i18n.text(|t| t.portfolio_title)}</h1>
        <p class="lead">{i18n.text(|t| t.portfolio_lead)}</p>
        <p class="portfolio-links">
            <A href="/portfolio/why">{i18n.text(|t| t.why_title)}</A> " · " <A href="/portfolio/360">{i18n.text(|t| t.kind_names[1])}</A>
        </p>
        <div class="actions new-entries">{new_buttons}</div>
        <section aria-labelledby="find-heading">
            <h2 id="find-heading">{i18n.text(|t| t.find_heading)}</h2>
            <div class="filters">
                <div class="field">
                    <label for="find-text">{i18n.text(|t| t.search_label)}</label>
                    <input id="find-text" type="search" prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev)) />
                </div>
                <div class="field">
                    <label for="find-kind">{i18n.text(|t| t.filter_kind)}</label>
                    <select id="find-kind" on:change=move |ev| kind.set(event_target_value(&ev))>
                        <option value="">{i18n.text(|t| t.all_kinds)}</option>
                        {Kind::ALL.into_iter().map(|k| view! { <option value=k.segment()>{move || i18n.t().kind_names[index(k)]}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="find-status">{i18n.text(|t| t.filter_status)}</label>
                    <select id="find-status" on:change=move |ev| status.set(event_target_value(&ev))>
                        <option value="">{i18n.text(|t| t.all_statuses)}</option>
                        {ActionStatus::ALL.into_iter().enumerate().map(|(i, s)| view! { <option value=s.code()>{move || i18n.t().statuses[i]}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="find-module">{i18n.text(|t| t.filter_module)}</label>
                    <select id="find-module" on:change=move |ev| module.set(event_target_value(&ev))>
                        <option value="">{i18n.text(|t| t.all_modules)}</option>
                        {module_options}
                    </select>
                </div>
                <div class="field">
                    <label for="find-goal">{i18n.text(|t| t.filter_goal)}</label>
                    <select id="find-goal" on:change=move |ev| goal.set(event_target_value(&ev))>
                        <option value="">{i18n.text(|t| t.all_goals)}</option>
                        {goal_options}
                    </select>
                </div>
            </div>
            <div aria-live="polite">{list}</div>
        </section>
    }
}

/// `/portfolio/why`.
#[component]
pub fn WhyPage() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let portfolio = store.portfolio();
    let programme = my_programme();
    use_title(move || Some(i18n.t().why_title.to_owned()));
    let record = Memo::new(move |_| portfolio.with(|p| p.record_value(&RecordKey::Why)));
    let editable = Signal::derive(move || store.can_edit());
    let fields =
        WHY_FIELDS.iter().map(|f| field_view(RecordKey::Why, record, *f, 0, editable)).collect_view();
    let ambition = move || {
        (programme.get().map(|p| p.id.as_str()) == Some("smec")).then(|| {
            view! {
                <fieldset class="ambition">
                    <legend>{i18n.text(|t| t.ambition_heading)}</legend>
                    {AMBITION_FIELDS.iter().map(|f| field_view(RecordKey::Why, record, *f, 0, editable)).collect_view()}
                </fieldset>
            }
        })
    };
    view! {
        <nav class="breadcrumb" aria-label=i18n.text(|t| t.breadcrumb)>
            <ol>
                <li><A href="/portfolio">{i18n.text(|t| t.portfolio_title)}</A></li>
                <li aria-current="page">{i18n.text(|t| t.why_title)}</li>
            </ol>
        </nav>
        <h1 tabindex="-1">{i18n.text(|t| t.why_title)}</h1>
        <p class="lead">{i18n.text(|t| t.why_purpose)}</p>
        <form class="form card" on:submit=|ev| ev.prevent_default()>
            {fields}
            {ambition}
            {share_switch(RecordKey::Why, record, editable)}
        </form>
    }
}

/// `/portfolio/360`: the feedback canvas in four columns.
#[component]
pub fn CanvasPage() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let portfolio = store.portfolio();
    let programme = my_programme();
    use_title(move || Some(i18n.t().kind_names[1].to_owned()));
    let navigate = use_navigate();
    let columns = Column::ALL
        .into_iter()
        .enumerate()
        .map(|(i, column)| {
            let navigate = navigate.clone();
            let items = move || {
                let t = i18n.t();
                portfolio.with(|p| {
                    p.feedback
                        .values()
                        .filter(|f| f.column == column)
                        .map(|f| {
                            let title = if f.title.trim().is_empty() {
                                t.untitled.to_owned()
                            } else {
                                f.title.clone()
                            };
                            view! { <li><A href=format!("/portfolio/feedback/{}", f.id)>{title}</A></li> }
                        })
                        .collect_view()
                })
            };
            let value = ["continue", "develop", "dose", "let_go"][i];
            view! {
                <section class="canvas-column card" aria-labelledby=format!("col-{value}")>
                    <h2 id=format!("col-{value}")>{move || i18n.t().columns[i]}</h2>
                    <ul>{items}</ul>
                    <button type="button" class="button secondary" disabled=move || !store.can_edit()
                        on:click=move |_| {
                            let module = programme.get_untracked().map(|p| format!("{}.m1", p.id));
                            let path = create(store, Kind::Feedback, json!({ "column": value, "module": module }));
                            navigate(&path, NavigateOptions::default());
                        }>
                        {i18n.text(|t| t.kind_new[1])} <span class="sr-only">{move || format!(" ({})", i18n.t().columns[i])}</span>
                    </button>
                </section>
            }
        })
        .collect_view();
    view! {
        <nav class="breadcrumb" aria-label=i18n.text(|t| t.breadcrumb)>
            <ol>
                <li><A href="/portfolio">{i18n.text(|t| t.portfolio_title)}</A></li>
                <li aria-current="page">{i18n.text(|t| t.kind_names[1])}</li>
            </ol>
        </nav>
        <h1 tabindex="-1">{i18n.text(|t| t.canvas_title)}</h1>
        <p class="lead">{i18n.text(|t| t.kind_purpose[1])}</p>
        <div class="canvas">{columns}</div>
    }
}
