//! The worksheets: `/werkbladen` lists those of the participant's programme by module;
//! `/werkbladen/:id` is one worksheet (what it is for, the participant's filled-in ones, the
//! team's development over time, the tables as CSV, and an empty one to print). A module page
//! lists its own with [`ModuleSheets`].

use leptos::prelude::*;

use super::{ContentLanguageNote, NotFound};
use crate::domain::{
    Catalog,
    content_model::{ChartKind, FieldType, Programme, Sheet},
    items::Kind,
    route::Route,
    sheet_html::{Mode, Render, csv_file_name, over_time as history_html, sheet_html, table_csv},
    worksheet::{by_date, over_time, programme_for, sheet, sheets_of_module},
};
use crate::ui::{
    browser::{clock::today, location::use_location},
    document::use_title,
    download::download,
    hooks::use_my_programme,
    store::use_store,
    use_i18n,
};

/// How many worksheets of `sheet` the participant has (tracked).
fn count_of(sheet: &'static Sheet) -> Memo<usize> {
    let portfolio = use_store().portfolio();
    Memo::new(move |_| portfolio.with(|p| p.worksheets.values().filter(|w| w.sheet == sheet.id).count()))
}

/// The button that starts a worksheet of `sheet` and opens it.
fn new_button(sheet: &'static Sheet, primary: bool) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let location = use_location();
    let mine = use_my_programme();
    let start = move |_| {
        let programme = programme_for(sheet, mine.get_untracked().map(|p| &*p.id));
        let key = store.add_worksheet(sheet, Some(programme));
        if let Some(page) = Route::of(&key) {
            location.navigate(&page);
        }
    };
    let class = if primary { "button primary" } else { "button secondary" };
    view! {
        <button type="button" class=class disabled=move || !store.can_edit() on:click=start
            aria-label=move || format!("{}: {}", i18n.t().kind_new[Kind::Worksheet.position()], sheet.title)>
            {move || i18n.t().kind_new[Kind::Worksheet.position()]}
        </button>
    }
}

/// One worksheet in a list: its title (to its page), how often it is filled in, and "new".
fn sheet_card(sheet: &'static Sheet) -> impl IntoView {
    let i18n = use_i18n();
    let count = count_of(sheet);
    view! {
        <li class="sheet-card">
            <a href=Route::Sheet(sheet.id.to_string()).href() lang="nl">{&*sheet.title}</a>
            <span class="hint">{move || (i18n.t().sheets.filled)(count.get())}</span>
            {new_button(sheet, false)}
        </li>
    }
}

/// The worksheets of a module, on its page.
#[component]
pub fn ModuleSheets(module: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    let list: Vec<&'static Sheet> = sheets_of_module(module).collect();
    (!list.is_empty()).then(|| {
        view! {
            <section class="module-sheets card" aria-labelledby="sheets-heading">
                <h2 id="sheets-heading">{i18n.text(|t| t.sheets.of_module)}</h2>
                <ul class="sheet-list">{list.into_iter().map(sheet_card).collect_view()}</ul>
            </section>
        }
    })
}

/// `/werkbladen`
#[component]
pub fn SheetsPage() -> impl IntoView {
    let i18n = use_i18n();
    let mine = use_my_programme();
    use_title(move || Some(i18n.t().sheets.title.to_owned()));
    let programmes = move || -> Vec<&'static Programme> {
        match mine.get() {
            Some(p) => vec![p],
            None => Catalog::embedded().programmes().iter().collect(),
        }
    };
    let groups = move || {
        let both = programmes().len() > 1;
        programmes()
            .into_iter()
            .flat_map(|p| p.modules.iter().map(move |m| (p, m)))
            .filter_map(|(p, m)| {
                let list: Vec<&'static Sheet> = sheets_of_module(&m.id).collect();
                (!list.is_empty()).then(|| {
                    let code = both.then_some(&*p.code);
                    view! {
                        <section class="sheet-group">
                            <h2>{move || i18n.t().module_of(code, m.number)} ": " <span lang="nl">{&*m.title}</span></h2>
                            <ul class="sheet-list">{list.into_iter().map(sheet_card).collect_view()}</ul>
                        </section>
                    }
                })
            })
            .collect_view()
    };
    view! {
        <h1 tabindex="-1">{i18n.text(|t| t.sheets.title)}</h1>
        <p class="lead">{i18n.text(|t| t.sheets.lead)}</p>
        <ContentLanguageNote />
        {groups}
    }
}

/// `/werkbladen/:id`
#[component]
pub fn SheetPage(id: String) -> impl IntoView {
    let found = sheet(&id);
    use_title(move || found.map(|s| s.title.to_string()));
    match found {
        Some(s) => sheet_view(s).into_any(),
        None => view! { <NotFound /> }.into_any(),
    }
}

fn sheet_view(s: &'static Sheet) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let portfolio = store.portfolio();
    let mine = use_my_programme();
    let programme = programme_for(s, mine.get_untracked().map(|p| &*p.id));
    let other = mine.get_untracked().is_some_and(|p| !s.is_for(&p.id));
    // The participant's worksheets of this kind, newest first: link, name, date, progress, shared.
    let list = Memo::new(move |_| {
        portfolio.with(|p| {
            by_date(p.worksheets.values().filter(|w| w.sheet == s.id))
                .into_iter()
                .rev()
                .map(|w| (w.id.clone(), w.name(Some(s)).to_owned(), w.date.clone(), w.answered(s), w.shared))
                .collect::<Vec<_>>()
        })
    });
    let history = Memo::new(move |_| {
        s.chart.as_ref().filter(|c| c.kind == ChartKind::OverTime)?;
        portfolio.with(|p| {
            let all: Vec<_> = p.worksheets.values().collect();
            let history = over_time(s, &all, programme).filter(|h| !h.dates.is_empty())?;
            let mut out = String::new();
            history_html(&mut out, s, &history, &i18n.t().sheet);
            Some(out)
        })
    });
    let blank = sheet_html(
        &Render { sheet: s, worksheet: None, programme, mode: Mode::Paper, history: None, level: 1 },
        &i18n.t().sheet,
    );
    let tables: Vec<_> = s.fields().filter(|f| f.kind == FieldType::Rows).collect();
    let csv_buttons = tables
        .into_iter()
        .map(|table| {
            let save = move |_| {
                let csv = portfolio.with_untracked(|p| {
                    let all: Vec<_> = p.worksheets.values().collect();
                    table_csv(s, table, &all, programme)
                });
                let _ = download(&csv_file_name(s, table, &today()), "text/csv;charset=utf-8", &csv);
            };
            view! {
                <button type="button" class="button secondary" on:click=save>
                    {move || (i18n.t().sheets.csv)(&table.label)}
                </button>
            }
        })
        .collect_view();
    let modules = s
        .modules
        .iter()
        .filter_map(|m| Catalog::embedded().module(m))
        .map(|(p, m)| {
            view! {
                <li><a href=Route::Module(p.id.to_string(), m.number).href()>
                    {move || i18n.t().module_of(Some(&p.code), m.number)} ": " <span lang="nl">{&*m.title}</span>
                </a></li>
            }
        })
        .collect_view();
    let print = |_| {
        let _ = window().print();
    };
    let entries = move || {
        list.get()
            .into_iter()
            .map(|(id, name, date, (answered, total), shared)| {
                // Named by what names it (the employee, the opgave), else by its date.
                let named = !name.is_empty();
                let link = {
                    let date = date.clone();
                    move || if named { name.clone() } else { (i18n.t().date)(&date) }
                };
                view! {
                    <li class="sheet-entry">
                        <a href=Route::Entry(Kind::Worksheet, id).href()>{link}</a>
                        <span class="hint">
                            {named.then(|| view! { {move || (i18n.t().date)(&date)} " · " })}
                            {move || (i18n.t().sheets.answered)(answered, total)}
                            {shared.then(|| view! { " · " <span class="badge">{i18n.text(|t| t.shared_badge)}</span> })}
                        </span>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <div class="no-print">
            <nav class="breadcrumb" aria-label=i18n.text(|t| t.breadcrumb)>
                <ol>
                    <li><a href=Route::Sheets.href()>{i18n.text(|t| t.sheets.title)}</a></li>
                    <li aria-current="page" lang="nl">{&*s.title}</li>
                </ol>
            </nav>
            <h1 tabindex="-1" lang="nl">{&*s.title}</h1>
            <ContentLanguageNote />
            {other.then(|| view! { <p class="notice info">{i18n.text(|t| t.sheets.other_programme)}</p> })}
            <div class="description" lang="nl">{s.intro.iter().map(|p| view! { <p>{&**p}</p> }).collect_view()}</div>
            <ul class="sheet-modules">{modules}</ul>
            <div class="actions">
                {new_button(s, true)}
                <button type="button" class="button secondary" on:click=print>{i18n.text(|t| t.sheets.print_blank)}</button>
            </div>
            {move || history.get().map(|html| view! { <section class="card report sheet-history" inner_html=html></section> })}
            <section class="card" aria-labelledby="mine-heading">
                <h2 id="mine-heading">{i18n.text(|t| t.sheets.mine)}</h2>
                <p class="hint" hidden=move || !list.with(Vec::is_empty)>{i18n.text(|t| t.sheets.none_yet)}</p>
                <ul class="sheet-entries">{entries}</ul>
                <div class="actions" hidden=move || list.with(Vec::is_empty)>{csv_buttons}</div>
            </section>
        </div>
        <article class="report sheet-paper print-only" inner_html=blank></article>
    }
}
