//! `/portfolio/360`: the feedback canvas in four columns (voortzetten, ontwikkelen, doseren,
//! loslaten); each column's list is keyed.

use leptos::prelude::*;

use crate::domain::{
    items::{Column, Kind},
    route::Route,
};
use crate::ui::{
    browser::location::use_location, document::use_title, hooks::use_my_programme, store::use_store, use_i18n,
};

#[component]
pub fn CanvasPage() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let portfolio = store.portfolio();
    let programme = use_my_programme();
    use_title(move || Some(i18n.t().kind_names[1].to_owned()));
    let location = use_location();
    let columns = Column::ALL
        .into_iter()
        .enumerate()
        .map(|(i, column)| {
            let items = Memo::new(move |_| {
                portfolio.with(|p| {
                    p.feedback.values().filter(|f| f.column == column).map(|f| (f.id.clone(), f.title.clone())).collect::<Vec<_>>()
                })
            });
            let item = move |(id, title): (String, String)| {
                let title = move || i18n.t().shown_title(&title);
                view! { <li><a href=Route::Entry(Kind::Feedback, id.clone()).href()>{title}</a></li> }
            };
            let code = column.code();
            view! {
                <section class="canvas-column card" aria-labelledby=format!("col-{code}")>
                    <h2 id=format!("col-{code}")>{move || i18n.t().columns[i]}</h2>
                    <ul>
                        <For each=move || items.get() key=|item| item.clone() children=item />
                    </ul>
                    <button type="button" class="button secondary" disabled=move || !store.can_edit()
                        on:click=move |_| {
                            let module = programme.get_untracked().map(|p| format!("{}.m1", p.id));
                            let key = store.add_item(Kind::Feedback, module, column);
                            if let Some(entry) = Route::of(&key) {
                                location.navigate(&entry);
                            }
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
                <li><a href="/portfolio">{i18n.text(|t| t.portfolio_title)}</a></li>
                <li aria-current="page">{i18n.text(|t| t.kind_names[1])}</li>
            </ol>
        </nav>
        <h1 tabindex="-1">{i18n.text(|t| t.canvas_title)}</h1>
        <p class="lead">{i18n.text(|t| t.kind_purpose[1])}</p>
        <div class="canvas">{columns}</div>
    }
}
