//! The one form renderer for every worksheet: a labelled input per content field (text, long
//! text, date, initials, choice, scale) and a card per table row, each input reading its own
//! answer through a memo, so typing re-renders nothing else. Labels come from the content
//! (Dutch, marked `lang="nl"`); the words around them from the interface language.

use leptos::prelude::*;

use crate::domain::{
    content_model::{ChartKind, FieldType, Sheet, SheetField, SheetSection},
    forms::MAX_LINE_CHARS,
    records::{MAX_TEXT_CHARS, RecordKey},
    sheet_html::grid_picture,
    worksheet::{grid, open_rows},
};
use crate::ui::{
    browser::{clock::new_id, focus::focus_soon},
    store::use_store,
    use_i18n,
};

/// Where an answer lives: a field of the worksheet, or a cell of a table's row.
#[derive(Clone, Copy, PartialEq, Eq)]
enum At {
    Field,
    Cell(&'static SheetField),
}

/// The sections of `sheet` as a form for the worksheet `key`.
#[component]
pub fn WorksheetForm(
    key: RecordKey,
    sheet: &'static Sheet,
    programme: &'static str,
    editable: Signal<bool>,
) -> impl IntoView {
    sheet
        .sections
        .iter()
        .map(|section| section_view(key.clone(), sheet, section, programme, editable))
        .collect_view()
}

fn section_view(
    key: RecordKey,
    sheet: &'static Sheet,
    section: &'static SheetSection,
    programme: &'static str,
    editable: Signal<bool>,
) -> impl IntoView {
    let fields = section
        .fields
        .iter()
        .map(|field| match field.kind {
            FieldType::Rows => {
                let named = field.label != section.title;
                table_view(key.clone(), sheet, field, named, programme, editable).into_any()
            }
            _ => input_view(key.clone(), field, At::Field, String::new(), editable).into_any(),
        })
        .collect_view();
    view! {
        <section class="card sheet-section" lang="nl">
            <h2>{&*section.title}</h2>
            {section.intro.as_deref().map(|intro| view! { <p class="hint">{intro}</p> })}
            {fields}
        </section>
    }
}

/// One labelled input for `field`, or for the cell `field` of row `row` of table `At::Cell`.
fn input_view(
    key: RecordKey,
    field: &'static SheetField,
    at: At,
    row: String,
    editable: Signal<bool>,
) -> AnyView {
    let i18n = use_i18n();
    let store = use_store();
    let portfolio = store.portfolio();
    let id = match at {
        At::Field => format!("f-{}", field.id),
        At::Cell(table) => format!("f-{}-{row}-{}", table.id, field.id),
    };
    let value = {
        let (key, row) = (key.clone(), row.clone());
        Memo::new(move |_| {
            let RecordKey::Item(_, ws) = &key else { return String::new() };
            portfolio.with(|p| {
                let Some(ws) = p.worksheets.get(ws) else { return String::new() };
                match at {
                    At::Field => ws.value(&field.id).to_owned(),
                    At::Cell(table) => ws
                        .tables
                        .get(&table.id)
                        .and_then(|rows| rows.iter().find(|r| r.id == row))
                        .and_then(|r| r.cells.get(&field.id))
                        .cloned()
                        .unwrap_or_default(),
                }
            })
        })
    };
    let set = move |answer: String| {
        let key = key.clone();
        store.edit_worksheet(&key, |ws| match at {
            At::Field => ws.set_value(field, &answer),
            At::Cell(table) => ws.set_cell(table, &row, &field.id, &answer),
        })
    };
    let disabled = move || !editable.get();
    let hint_id = format!("{id}-hint");
    let initials = field.kind == FieldType::Initials;
    // A cell's hints are given once, above its table's rows.
    let (described, has_hint) = match at {
        At::Cell(table) => (column_hints(table, field), false),
        At::Field => {
            ((field.hint.is_some() || initials).then(|| hint_id.clone()), field.hint.is_some() || initials)
        }
    };
    let hint = has_hint.then(|| {
        view! {
            <p class="hint" id=hint_id.clone()>
                {field.hint.as_deref().map(|h| view! { <span>{h}</span> " " })}
                {initials.then(|| view! { <span class="privacy-hint" lang=move || i18n.locale().code()>{move || i18n.t().sheets.initials_hint}</span> })}
            </p>
        }
    });
    if field.kind == FieldType::Scale {
        return scale_view(id, field, value, set, editable, described, hint);
    }
    let input = match field.kind {
        FieldType::Long => view! {
            <textarea id=id.clone() rows="4" maxlength=MAX_TEXT_CHARS prop:value=move || value.get()
                disabled=disabled aria-describedby=described.clone()
                on:input=move |ev| set(event_target_value(&ev)) />
        }
        .into_any(),
        FieldType::Choice => {
            let options = field
                .choices
                .iter()
                .map(|c| {
                    let code: &'static str = &c.id;
                    view! { <option value=code selected=move || value.with(|v| v == code)>{&*c.label}</option> }
                })
                .collect_view();
            view! {
                <select id=id.clone() prop:value=move || value.get() disabled=disabled aria-describedby=described.clone()
                    on:change=move |ev| set(event_target_value(&ev))>
                    <option value="" lang=move || i18n.locale().code()>{move || i18n.t().sheets.choose}</option>
                    {options}
                </select>
            }
            .into_any()
        }
        _ => {
            let kind = if field.kind == FieldType::Date { "date" } else { "text" };
            let autocomplete = if initials { "off" } else { "on" };
            view! {
                <input id=id.clone() type=kind maxlength=MAX_LINE_CHARS prop:value=move || value.get()
                    autocomplete=autocomplete disabled=disabled aria-describedby=described.clone()
                    on:input=move |ev| set(event_target_value(&ev)) />
            }
            .into_any()
        }
    };
    view! {
        <div class="field">
            <label for=id>{&*field.label}</label>
            {hint}
            {input}
        </div>
    }
    .into_any()
}

/// The IDs of the table-level hints that describe a cell of `column`: its own, and the privacy
/// line for a person.
fn column_hints(table: &SheetField, column: &SheetField) -> Option<String> {
    let mut ids = Vec::new();
    if column.hint.is_some() {
        ids.push(format!("h-{}-{}", table.id, column.id));
    }
    if column.kind == FieldType::Initials {
        ids.push(format!("h-{}-privacy", table.id));
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// A scale: "not yet" and 1 to 5 as radio buttons (arrow keys move between them), the content's
/// words for 1 and 5 at the ends.
fn scale_view(
    id: String,
    field: &'static SheetField,
    value: Memo<String>,
    set: impl Fn(String) + Clone + 'static,
    editable: Signal<bool>,
    described: Option<String>,
    hint: Option<impl IntoView + 'static>,
) -> AnyView {
    let i18n = use_i18n();
    let low = field.low.as_deref().unwrap_or_default();
    let high = field.high.as_deref().unwrap_or_default();
    let options = ["", "1", "2", "3", "4", "5"]
        .into_iter()
        .map(|level| {
            let option_id = format!("{id}-{}", if level.is_empty() { "0" } else { level });
            let text = match level {
                "" => None,
                "1" => Some(format!("1 {low}")),
                "5" => Some(format!("5 {high}")),
                n => Some(n.to_owned()),
            };
            let set = set.clone();
            let label = match text {
                Some(text) => view! { <span>{text}</span> }.into_any(),
                None => view! { <span lang=move || i18n.locale().code()>{move || i18n.t().sheets.scale_none}</span> }.into_any(),
            };
            view! {
                <div class="choice">
                    <input type="radio" id=option_id.clone() name=id.clone() value=level
                        prop:checked=move || value.with(|v| v == level) disabled=move || !editable.get()
                        on:change=move |_| set(level.to_owned()) />
                    <label for=option_id>{label}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="field sheet-scale" aria-describedby=described>
            <legend>{&*field.label}</legend>
            {hint}
            <div class="choices-row">{options}</div>
        </fieldset>
    }
    .into_any()
}

/// A table: a card per row (the content's rows, then the participant's own), a field per
/// column, and a button for another row unless the content fixes the rows.
fn table_view(
    key: RecordKey,
    sheet: &'static Sheet,
    table: &'static SheetField,
    named: bool,
    programme: &'static str,
    editable: Signal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let portfolio = store.portfolio();
    // The picture this table draws (the stakeholder map), and each row's number in it.
    let drawn = sheet.chart.as_ref().is_some_and(|c| c.kind == ChartKind::Grid && c.field == table.id);
    let points = {
        let key = key.clone();
        Memo::new(move |_| {
            let RecordKey::Item(_, id) = &key else { return None };
            if !drawn {
                return None;
            }
            portfolio.with(|p| {
                let points = grid(sheet, p.worksheets.get(id)?, programme)?;
                let svg = grid_picture(sheet, &points, &i18n.t().sheet).unwrap_or_default();
                Some((svg, points.into_iter().map(|p| (p.row, p.number)).collect::<Vec<_>>()))
            })
        })
    };
    // The rows by ID and name: a card is built once per row and renamed in place.
    let rows = {
        let key = key.clone();
        Memo::new(move |_| {
            let RecordKey::Item(_, id) = &key else { return Vec::new() };
            portfolio.with(|p| {
                p.worksheets.get(id).map_or_else(
                    || table.rows_for(programme).map(|r| (r.id.to_string(), true)).collect(),
                    |ws| {
                        ws.rows(table, programme).iter().map(|r| (r.id.clone(), r.preset.is_some())).collect()
                    },
                )
            })
        })
    };
    // What is still open (the systems list): the rows below the content's mark, live.
    let open = {
        let key = key.clone();
        Memo::new(move |_| {
            let RecordKey::Item(_, id) = &key else { return None };
            portfolio.with(|p| open_rows(p.worksheets.get(id)?, table, programme))
        })
    };
    let add = {
        let key = key.clone();
        move |_| {
            let id = new_id("r");
            let first = table.columns.first().map(|c| c.id.to_string()).unwrap_or_default();
            store.edit_worksheet(&key, |ws| ws.add_row(table, id.clone()));
            focus_soon(format!("f-{}-{id}-{first}", table.id), None);
        }
    };
    let card = move |(row, preset): (String, bool)| {
        let name = {
            let (key, row) = (key.clone(), row.clone());
            Memo::new(move |_| {
                let RecordKey::Item(_, id) = &key else { return String::new() };
                portfolio.with(|p| {
                    let Some(ws) = p.worksheets.get(id) else {
                        return table
                            .rows
                            .iter()
                            .find(|r| r.id == row)
                            .map(|r| r.label.to_string())
                            .unwrap_or_default();
                    };
                    let rows = ws.rows(table, programme);
                    let position = rows.iter().position(|r| r.id == row).unwrap_or(0);
                    rows.get(position)
                        .map(|r| r.name(table).trim().to_owned())
                        .filter(|n| !n.is_empty())
                        .unwrap_or_else(|| (i18n.t().sheets.row_n)(position + 1))
                })
            })
        };
        // Its number on the map, so that the map and the cards tell who is who.
        let legend = {
            let row = row.clone();
            move || {
                let number = points.with(|p| {
                    p.as_ref()
                        .and_then(|(_, numbers)| numbers.iter().find(|(r, _)| *r == row).map(|(_, n)| *n))
                });
                match number {
                    Some(n) => format!("{n} · {}", name.get()),
                    None => name.get(),
                }
            }
        };
        let columns = table
            .columns
            .iter()
            .skip(usize::from(preset))
            .map(|column| input_view(key.clone(), column, At::Cell(table), row.clone(), editable))
            .collect_view();
        let remove = (!preset).then(|| {
            let (key, row) = (key.clone(), row.clone());
            view! {
                <button type="button" class="button danger small" disabled=move || !editable.get()
                    on:click=move |_| {
                        store.edit_worksheet(&key, |ws| ws.remove_row(table, &row));
                        focus_soon(format!("add-{}", table.id), None);
                    }>
                    {move || (i18n.t().sheets.remove_row)(&name.get())}
                </button>
            }
        });
        view! {
            <fieldset class="sheet-row">
                <legend>{legend}</legend>
                {columns}
                {remove}
            </fieldset>
        }
    };
    // The columns' hints, once for every row.
    let any_hint = table.columns.iter().any(|c| c.hint.is_some() || c.kind == FieldType::Initials);
    let hints = table
        .columns
        .iter()
        .filter_map(|c| Some((c, c.hint.as_deref()?)))
        .map(|(c, hint)| view! { <li id=format!("h-{}-{}", table.id, c.id)><strong>{&*c.label}</strong> " " {hint}</li> })
        .collect_view();
    let people = table.columns.iter().any(|c| c.kind == FieldType::Initials).then(|| {
        view! {
            <li id=format!("h-{}-privacy", table.id) class="privacy-hint" lang=move || i18n.locale().code()>
                {move || i18n.t().sheets.initials_hint}
            </li>
        }
    });
    view! {
        <div class="sheet-table" role="group" aria-label=&*table.label>
            {named.then(|| view! { <h3>{&*table.label}</h3> })}
            {table.hint.as_deref().map(|h| view! { <p class="hint">{h}</p> })}
            {any_hint.then(|| view! { <ul class="hint sheet-hints">{hints}{people}</ul> })}
            <div class="sheet-rows">
                <For each=move || rows.get() key=|row| row.0.clone() children=card />
            </div>
            {move || open.get().map(|open| {
                let list = if open.is_empty() { i18n.t().sheet.none_open.to_owned() } else { open.join(", ") };
                view! {
                    <p class="sheet-open" aria-live="polite">
                        <strong lang=move || i18n.locale().code()>{move || i18n.t().sheet.still_open} ": "</strong>
                        {list}
                    </p>
                }
            })}
            {(!table.fixed_rows).then(|| view! {
                <button type="button" id=format!("add-{}", table.id) class="button secondary"
                    disabled=move || !editable.get() on:click=add>
                    {match table.add.as_deref() {
                        Some(add) => view! { <span>{add}</span> }.into_any(),
                        None => view! { <span lang=move || i18n.locale().code()>{move || i18n.t().sheets.add_row}</span> }.into_any(),
                    }}
                </button>
            })}
            {drawn.then(|| view! {
                <div class="sheet-picture">
                    <h3 lang=move || i18n.locale().code()>{move || i18n.t().sheets.picture}</h3>
                    <div class="chart" inner_html=move || points.with(|p| p.as_ref().map(|(svg, _)| svg.clone()))></div>
                    <p class="hint" lang=move || i18n.locale().code() hidden=move || points.with(|p| p.as_ref().is_some_and(|(svg, _)| !svg.is_empty()))>
                        {move || i18n.t().sheets.picture_empty}
                    </p>
                </div>
            })}
        </div>
    }
}
