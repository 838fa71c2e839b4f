//! `/portfolio/worksheet/:id`: one filled-in worksheet in the one worksheet form, with its
//! picture, its links and files; printing it gives the worksheet on paper (A4), not the form.

use leptos::prelude::*;

use crate::domain::{
    attachments::Owner,
    content_model::Sheet,
    items::Kind,
    records::{Collection, RecordKey},
    route::Route,
    sheet_html::{Mode, Render, sheet_html},
    worksheet::{over_time, programme_for, sheet},
};
use crate::ui::{
    attachments::Attachments, browser::location::use_location, confirmation::finish_editing,
    document::use_title, form::links_view, hooks::use_my_programme, store::use_store, use_i18n,
    worksheet_form::WorksheetForm,
};

#[component]
pub fn WorksheetPage(id: String) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let portfolio = store.portfolio();
    let key = RecordKey::Item(Collection::Worksheet, id.clone());
    // Which worksheet it answers never changes.
    let found = portfolio.with_untracked(|p| p.worksheets.get(&id).map(|w| sheet(&w.sheet)));
    let exists = {
        let key = key.clone();
        Memo::new(move |_| portfolio.with(|p| p.contains(&key)))
    };
    let editable = Signal::derive(move || store.can_edit());
    use_title(move || {
        Some(found.flatten().map_or_else(
            || i18n.t().kind_names[Kind::Worksheet.position()].to_owned(),
            |s| s.title.to_string(),
        ))
    });
    {
        let key = key.clone();
        on_cleanup(move || {
            store.discard_draft(&key);
        });
    }
    move || match found {
        Some(Some(s)) if exists.get() => page(key.clone(), s, editable).into_any(),
        Some(None) if exists.get() => unknown(key.clone()).into_any(),
        _ => view! { <crate::ui::pages::NotFound /> }.into_any(),
    }
}

fn page(key: RecordKey, s: &'static Sheet, editable: Signal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let portfolio = store.portfolio();
    let location = use_location();
    let mine = use_my_programme();
    let programme = programme_for(s, mine.get_untracked().map(|p| &*p.id));
    let id = key.id().unwrap_or_default().to_owned();
    let is_draft = {
        let key = key.clone();
        Memo::new(move |_| store.is_draft(&key))
    };
    // The worksheet on paper, and its picture on screen: both follow every answer.
    let paper = {
        let id = id.clone();
        Memo::new(move |_| {
            portfolio.with(|p| {
                let ws = p.worksheets.get(&id)?;
                let all: Vec<_> = p.worksheets.values().collect();
                let history = over_time(s, &all, programme);
                let render = Render {
                    sheet: s,
                    worksheet: Some(ws),
                    programme,
                    mode: Mode::Paper,
                    history: history.as_ref(),
                    level: 1,
                };
                Some(sheet_html(&render, &i18n.t().sheet))
            })
        })
    };
    let removed = {
        let id = id.clone();
        Memo::new(move |_| {
            portfolio.with(|p| p.worksheets.get(&id).map(|w| w.removed_answers(Some(s))).unwrap_or_default())
        })
    };
    let answered = {
        let id = id.clone();
        Memo::new(move |_| portfolio.with(|p| p.worksheets.get(&id).map(|w| w.answered(s))))
    };
    let date = {
        let id = id.clone();
        Memo::new(move |_| {
            portfolio.with(|p| p.worksheets.get(&id).map(|w| w.date.clone()).unwrap_or_default())
        })
    };
    let set_date = {
        let key = key.clone();
        move |ev| {
            let v = event_target_value(&ev);
            store.edit_worksheet(&key, |ws| ws.set_date(&v))
        }
    };
    let done = {
        let key = key.clone();
        move |_| {
            finish_editing(&key, Kind::Worksheet);
            location.back_or(&Route::Sheet(s.id.to_string()));
        }
    };
    let delete = {
        let key = key.clone();
        move |_| {
            if window().confirm_with_message(i18n.t().delete_entry_confirm).unwrap_or(false) {
                store.delete(key.clone());
                location.navigate(&Route::Sheet(s.id.to_string()));
            }
        }
    };
    let print = |_| {
        let _ = window().print();
    };
    view! {
        <div class="no-print">
            <nav class="breadcrumb" aria-label=i18n.text(|t| t.breadcrumb)>
                <ol>
                    <li><a href="/portfolio">{i18n.text(|t| t.portfolio_title)}</a></li>
                    <li><a href=Route::Sheet(s.id.to_string()).href() lang="nl">{&*s.title}</a></li>
                    <li aria-current="page">{move || i18n.t().kind_names[Kind::Worksheet.position()]}</li>
                </ol>
            </nav>
            <h1 tabindex="-1" lang="nl">{&*s.title}</h1>
            <crate::ui::pages::ContentLanguageNote />
            <details class="sheet-about">
                <summary>{i18n.text(|t| t.sheets.about)}</summary>
                <div lang="nl">{s.intro.iter().map(|p| view! { <p>{&**p}</p> }).collect_view()}</div>
            </details>
            <p class="hint" aria-live="polite">
                {move || answered.get().map(|(a, n)| (i18n.t().sheets.answered)(a, n))}
            </p>
            <form class="form sheet-form" on:submit=|ev| ev.prevent_default()>
                <div class="field card">
                    <label for="f-date">{i18n.text(|t| t.sheets.date)}</label>
                    <input id="f-date" type="date" prop:value=move || date.get() disabled=move || !editable.get()
                        on:input=set_date />
                </div>
                <WorksheetForm key=key.clone() sheet=s programme editable />
                {move || removed.with(|r| !r.is_empty()).then(|| view! {
                    <section class="card sheet-removed">
                        <h2>{i18n.text(|t| t.sheet.removed)}</h2>
                        {removed_list(removed)}
                    </section>
                })}
                <div class="card">
                    {links_view(key.clone(), Some(Kind::Worksheet), editable)}
                </div>
            </form>
            <crate::ui::manager_comments::ManagerComments key=key.clone() />
            {Owner::of_record(&key).map(|owner| view! { <Attachments owner editable /> })}
            <div class="actions entry-actions">
                <button type="button" class="button primary" on:click=done>{i18n.text(|t| t.done)}</button>
                <button type="button" class="button secondary" on:click=print>{i18n.text(|t| t.sheets.print)}</button>
                <button type="button" class="button danger" hidden=move || is_draft.get()
                    disabled=move || !editable.get() on:click=delete>{i18n.text(|t| t.delete_entry)}</button>
            </div>
            <p class="hint" hidden=move || !is_draft.get()>{i18n.text(|t| t.draft_hint)}</p>
        </div>
        <article class="report sheet-paper print-only" inner_html=move || paper.get().unwrap_or_default()></article>
    }
}

/// Answers kept for questions the worksheet no longer has: the question's ID, then the answer.
fn removed_list(answers: Memo<Vec<(String, String)>>) -> impl IntoView {
    view! {
        <ul class="sheet-removed-list">
            {move || answers.get().into_iter().map(|(field, text)| view! {
                <li><span class="hint">{field}</span> <span class="answer">{text}</span></li>
            }).collect_view()}
        </ul>
    }
}

/// A worksheet whose content is gone: its answers, kept, and the way to delete it.
fn unknown(key: RecordKey) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let portfolio = store.portfolio();
    let location = use_location();
    let id = key.id().unwrap_or_default().to_owned();
    let answers = Memo::new(move |_| {
        portfolio.with(|p| p.worksheets.get(&id).map(|w| w.removed_answers(None)).unwrap_or_default())
    });
    let delete = move |_| {
        if window().confirm_with_message(i18n.t().delete_entry_confirm).unwrap_or(false) {
            store.delete(key.clone());
            location.navigate(&Route::Portfolio);
        }
    };
    view! {
        <h1 tabindex="-1">{move || i18n.t().kind_names[Kind::Worksheet.position()]}</h1>
        <p class="notice info">{i18n.text(|t| t.sheets.unknown)}</p>
        <div class="card">{removed_list(answers)}</div>
        <div class="actions">
            <button type="button" class="button danger" disabled=move || !store.can_edit() on:click=delete>{i18n.text(|t| t.delete_entry)}</button>
        </div>
    }
}
