//! `/portfolio`: everything, newest first, with search and filters. The list is keyed, so a
//! filter change or an edit re-renders only the lines that changed.

use leptos::prelude::*;

use crate::domain::{
    Catalog, Portfolio,
    items::{ActionStatus, Column, Kind},
    overview::{Filter, Row},
    route::Route,
};
use crate::ui::{
    browser::clock::today,
    browser::location::use_location,
    browser::media,
    document::use_title,
    hooks::{linkable_programmes, use_my_programme},
    store::use_store,
    use_i18n,
};

/// How many lines the overview shows at first, and adds with "Meer tonen".
const PAGE: usize = 50;

/// The chip of an action's status.
fn status_chip(status: ActionStatus) -> &'static str {
    match status {
        ActionStatus::Doing => "status-badge status-in-progress",
        ActionStatus::Done => "status-badge status-done",
        ActionStatus::Planned | ActionStatus::Stopped => "status-badge status-not-started",
    }
}

/// One line of the overview: kind, title, its date with what the date is, the module, and chips
/// for sharing and an action's status.
fn row_view(row: Row, both: bool) -> impl IntoView {
    let i18n = use_i18n();
    let Row { entry: e, overdue } = row;
    let k = e.kind.position();
    let href = Route::Entry(e.kind, e.id.clone()).href();
    let title = move || i18n.t().shown_title(&e.title);
    let date = e.sort_key.0;
    let dated = !date.is_empty();
    let due = e.kind == Kind::Action;
    let date = move || {
        dated.then(|| {
            let t = i18n.t();
            format!("{}: {}", if due { t.field_labels.due } else { t.field_labels.date }, (t.date)(&date))
        })
    };
    // The module by name ("Module 2: Ik en mijn medewerker"), with the programme's code while
    // both programmes are in view.
    let module = e.module.as_deref().and_then(|id| Catalog::embedded().module(id)).map(|(p, m)| {
        let code = both.then_some(&*p.code);
        view! { {move || i18n.t().module_of(code, m.number)} ": " <span lang="nl">{&*m.title}</span> }
    });
    let status = e.status.map(|s| {
        let i = ActionStatus::ALL.iter().position(|x| *x == s).unwrap_or(0);
        view! { <li class=status_chip(s)>{move || i18n.t().statuses[i]}</li> }
    });
    view! {
        <li class="entry card">
            <p class="entry-kind">{move || i18n.t().kind_names[k]}</p>
            <h3><a href=href>{title}</a></h3>
            <p class="meta">
                {date}
                {module.map(|m| view! { {dated.then_some(" · ")} {m} })}
            </p>
            <ul class="chips" role="list">
                {status}
                {e.shared.then(|| view! { <li class="status-badge status-done">{i18n.text(|t| t.shared_badge)}</li> })}
                {overdue.then(|| view! { <li class="status-badge status-in-progress">{i18n.text(|t| t.overdue)}</li> })}
                {(e.files > 0).then(|| view! { <li class="status-badge files-badge">{move || (i18n.t().files.count)(e.files)}</li> })}
            </ul>
        </li>
    }
}

#[component]
pub fn PortfolioPage() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let portfolio = store.portfolio();
    let programme = use_my_programme();
    use_title(move || Some(i18n.t().portfolio_title.to_owned()));
    let text = RwSignal::new(String::new());
    let kind = RwSignal::new(String::new());
    let module = RwSignal::new(String::new());
    let goal = RwSignal::new(String::new());
    let status = RwSignal::new(String::new());
    let with_files = RwSignal::new(false);
    let location = use_location();
    // Built once per change of the portfolio; a filter change only filters.
    let entries = Memo::new(move |_| portfolio.with(Portfolio::entries));
    let listing = Memo::new(move |_| {
        let filter = Filter {
            kind: Kind::from_segment(&kind.get()),
            module: Some(module.get()).filter(|m| !m.is_empty()),
            goal: Some(goal.get()).filter(|g| !g.is_empty()),
            status: ActionStatus::from_code(&status.get()),
            text: text.get(),
            with_files: with_files.get(),
        };
        entries.with(|entries| portfolio.with(|p| p.listing(entries, &filter, &today())))
    });
    // A long result shows a page at a time, so that no filter change builds thousands of lines.
    let shown = RwSignal::new(PAGE);
    Effect::new(move |_| {
        listing.track();
        shown.set(PAGE);
    });
    let more = move || listing.with(|l| l.rows.len().saturating_sub(shown.get()));
    let new_buttons = Kind::ALL
        .into_iter()
        .filter(|k| *k != Kind::Feedback)
        .map(|k| {
            // A worksheet starts from the list of worksheets, where the participant picks one.
            if k == Kind::Worksheet {
                return view! {
                    <a class="button secondary" href=Route::Sheets.href()>{i18n.text(|t| t.sheets.choose_sheet)}</a>
                }
                .into_any();
            }
            view! {
                <button type="button" class="button secondary" disabled=move || !store.can_edit()
                    on:click=move |_| {
                        let key = store.add_item(k, None, Column::default());
                        if let Some(entry) = Route::of(&key) {
                            location.navigate(&entry);
                        }
                    }>
                    {move || i18n.t().kind_new[k.position()]}
                </button>
            }
            .into_any()
        })
        .collect_view();
    let programmes = linkable_programmes(programme.get_untracked());
    let both = programmes.len() > 1;
    let module_options = programmes
        .iter()
        .flat_map(|p| p.modules.iter())
        .map(|m| view! { <option value=&*m.id>{move || format!("{}: {}", (i18n.t().module_n)(m.number), m.title)}</option> })
        .collect_view();
    let goal_options = programmes
        .iter()
        .flat_map(|p| {
            p.modules
                .iter()
                .flat_map(move |m| m.goals.iter().enumerate().map(move |(i, g)| (m.number, i + 1, g)))
        })
        .map(|(m, i, g)| view! { <option value=&*g.id>{format!("{m}.{i} {}", g.text)}</option> })
        .collect_view();
    // How many filters are set, for the folded panel's summary.
    let active = move || {
        let n = [kind, module, goal, status].iter().filter(|f| f.with(|v| !v.is_empty())).count()
            + usize::from(with_files.get());
        (i18n.t().filters_active)(n)
    };
    let empty = move || {
        listing.with(|l| {
            if l.total == 0 {
                Some(i18n.t().portfolio_empty)
            } else if l.rows.is_empty() {
                Some(i18n.t().no_results)
            } else {
                None
            }
        })
    };
    let list = view! {
        {move || empty().map(|text| view! { <p class="empty">{text}</p> })}
        <p class="meta" id="result-count" hidden=move || empty().is_some()>
            {move || (i18n.t().results)(listing.with(|l| l.rows.len()))}
        </p>
        <ul class="entries" role="list" hidden=move || empty().is_some()>
            <For
                each=move || listing.with(|l| l.rows.iter().take(shown.get()).cloned().collect::<Vec<_>>())
                key=Row::shown_as
                children=move |row| row_view(row, both)
            />
        </ul>
        {move || (more() > 0).then(|| view! {
            <button type="button" class="button secondary" id="show-more" on:click=move |_| shown.update(|n| *n += PAGE)>
                {move || (i18n.t().show_more)(more().min(PAGE))}
            </button>
        })}
    };
    view! {
        <h1 tabindex="-1">{i18n.text(|t| t.portfolio_title)}</h1>
        <p class="lead">{i18n.text(|t| t.portfolio_lead)}</p>
        <p class="portfolio-links">
            <a href="/portfolio/why">{i18n.text(|t| t.why_title)}</a> " · " <a href="/portfolio/360">{i18n.text(|t| t.kind_names[1])}</a>
            " · " <a href="/werkbladen">{i18n.text(|t| t.sheets.title)}</a>
        </p>
        <div class="actions new-entries">{new_buttons}</div>
        <section aria-labelledby="find-heading">
            <h2 id="find-heading">{i18n.text(|t| t.find_heading)}</h2>
            <div class="field">
                <label for="find-text">{i18n.text(|t| t.search_label)}</label>
                <input id="find-text" type="search" prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev)) />
            </div>
            // Folded on a phone, so that the list starts on the first screen; open on a wider one.
            <details class="filter-panel" prop:open=media::matches("(min-width: 48em)")>
                <summary>{i18n.text(|t| t.filters)} {active}</summary>
            <div class="filters">
                <div class="field">
                    <label for="find-kind">{i18n.text(|t| t.filter_kind)}</label>
                    <select id="find-kind" on:change=move |ev| kind.set(event_target_value(&ev))>
                        <option value="">{i18n.text(|t| t.all_kinds)}</option>
                        {Kind::ALL.into_iter().map(|k| view! { <option value=k.segment()>{move || i18n.t().kind_names[k.position()]}</option> }).collect_view()}
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
                <div class="choice">
                    <input id="find-files" type="checkbox" prop:checked=move || with_files.get()
                        on:change=move |ev| with_files.set(event_target_checked(&ev)) />
                    <label for="find-files">{i18n.text(|t| t.files.with_files)}</label>
                </div>
            </div>
            </details>
            <div aria-live="polite">{list}</div>
        </section>
    }
}
