use leptos::prelude::*;

use super::{Background, ContentLanguageNote, NotFound};
use crate::domain::{
    Catalog, Module, ModuleStatus, Programme, assessment::moments_of, items::Column, items::Kind,
    route::Route,
};
use crate::ui::{
    browser::location::use_location, document::use_title, hooks::use_my_programme, store::use_store, use_i18n,
};

/// One module: its description and numbered learning goals, with previous/next.
#[component]
pub fn ModulePage(programme: String, number: u8) -> impl IntoView {
    let i18n = use_i18n();
    let found = Catalog::embedded().programme(&programme).and_then(|p| Some((p, p.module(number)?)));
    use_title(move || {
        found.map(|(p, m)| format!("{} – {}: {}", (i18n.t().module_n)(m.number), p.code, m.title))
    });
    move || match found {
        Some((p, m)) => module_view(p, m).into_any(),
        None => view! { <NotFound /> }.into_any(),
    }
}

fn module_view(p: &'static Programme, m: &'static Module) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    let (previous, next) = p.neighbours(m.number);
    let link = move |target: &'static Module, label: &'static str, class: &'static str| {
        view! {
            <a href=Route::Module(p.id.to_string(), target.number).href() class=class>
                <span class="pager-label">{label}</span>
                <span class="pager-title">
                    {(t.module_n)(target.number)} ": " <span lang="nl">{&*target.title}</span>
                </span>
            </a>
        }
    };
    let print = |_| {
        let _ = window().print();
    };
    view! {
        <nav class="breadcrumb" aria-label=t.breadcrumb>
            <ol>
                <li>
                    <a href="/">{t.home}</a>
                </li>
                <li>
                    <a href=Route::Programme(p.id.to_string()).href()>
                        {&*p.code}
                    </a>
                </li>
                <li aria-current="page">{(t.module_n)(m.number)}</li>
            </ol>
        </nav>
        <article class="module" aria-labelledby="module-title">
            <p class="eyebrow">
                {&*p.code} " · " {(t.module_n)(m.number)} " / " {p.modules.len()}
            </p>
            <h1 id="module-title" tabindex="-1">
                {(t.module_n)(m.number)} ": " <span lang="nl">{&*m.title}</span>
            </h1>
            {m.subtitle.as_deref().map(|s| view! { <p class="subtitle" lang="nl">{s}</p> })}
            <ContentLanguageNote />
            <div class="description" lang="nl">
                {m.description.iter().map(|para| view! { <p>{para.clone()}</p> }).collect_view()}
            </div>
            <section class="goals" aria-labelledby="goals-heading">
                <h2 id="goals-heading">{t.learning_goals}</h2>
                <p lang="nl">{&*p.goals_lead}</p>
                <ol class="goal-list" lang="nl">
                    {m.goals.iter().map(|g| view! { <li id=&*g.id>{&*g.text}</li> }).collect_view()}
                </ol>
            </section>
            {m.remark.as_deref().map(|remark| view! { <div class="note" role="note" lang="nl"><p>{remark}</p></div> })}
            {m.note.as_deref().map(|note| view! { <Background text=note /> })}
        </article>
        <WorkOnModule programme=p module=m />
        <super::ModuleSheets module=&*m.id />
        <StatusControl module_id=&*m.id />
        <div class="module-actions">
            <button type="button" class="button secondary" on:click=print>
                {t.print}
            </button>
        </div>
        <nav class="pager" aria-label=t.module_nav>
            {previous.map(|m| link(m, t.previous_module, "pager-prev"))}
            <a href=Route::Programme(p.id.to_string()).href() class="pager-up">
                {t.back_to_overview}
            </a>
            {next.map(|m| link(m, t.next_module, "pager-next"))}
        </nav>
    }
}

/// What the participant can do with the module's goals: rate themselves on them (in the open
/// moment, or by starting one) and write a reflection linked to the module. Only for their own
/// programme, or any while none is chosen.
#[component]
fn WorkOnModule(programme: &'static Programme, module: &'static Module) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let portfolio = store.portfolio();
    let mine = use_my_programme();
    let location = use_location();
    let rate_href = Memo::new(move |_| {
        portfolio.with(|p| match moments_of(p, &programme.id).last() {
            Some(m) if !m.closed => Route::MomentModule(m.id.clone(), module.number),
            _ => Route::Assessment,
        })
    });
    let reflect = move |_| {
        let key = store.add_item(Kind::Reflection, Some(module.id.to_string()), Column::default());
        if let Some(entry) = Route::of(&key) {
            location.navigate(&entry);
        }
    };
    move || {
        mine.get().is_none_or(|p| p.id == programme.id).then(|| {
            view! {
                <div class="actions work-on-module">
                    <a class="button primary" href=move || rate_href.get().href()>{i18n.text(|t| t.rate_this_module)}</a>
                    <button type="button" class="button secondary" disabled=move || !store.can_edit() on:click=reflect>
                        {i18n.text(|t| t.reflect_on_module)}
                    </button>
                </div>
            }
        })
    }
}

/// The participant's own status for a module: three radio buttons (arrow keys move between them).
#[component]
fn StatusControl(module_id: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let portfolio = store.portfolio();
    let t = i18n.t();
    let options = ModuleStatus::ALL
        .into_iter()
        .map(|status| {
            let id = format!("status-{}", super::track::status_class(status));
            view! {
                <div class="choice">
                    <input
                        type="radio"
                        name="module-status"
                        id=id.clone()
                        disabled=move || !store.can_edit()
                        prop:checked=move || portfolio.with(|p| p.status(module_id)) == status
                        on:change=move |_| store.set_status(module_id, status)
                    />
                    <label for=id>{t.status(status)}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="status-control card">
            <legend>{t.status_legend}</legend>
            <div class="choices-row">{options}</div>
        </fieldset>
    }
}
