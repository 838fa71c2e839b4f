//! "Mijn groei": per module a radar chart with its data table, and a sortable overview.

use leptos::prelude::*;

use crate::domain::sorting::sort_by_key;
use crate::domain::{
    Programme,
    assessment::{GoalRow, goal_rows, module_average, moments_of},
    chart::{Series, SeriesStyle, radar_svg},
    figures,
};
use crate::i18n::Texts;
use crate::ui::{document::use_title, hooks::use_my_programme, store::use_store, use_i18n};

/// The goal's text, or its ID marked as removed.
fn goal_cell(t: &'static Texts, row: &GoalRow<'static>) -> impl IntoView + use<> {
    match row.goal {
        Some(g) => view! { <span lang="nl">{&*g.text}</span> }.into_any(),
        None => {
            view! { <span class="removed">{row.goal_id.clone()} " (" {t.removed_goal} ")"</span> }.into_any()
        }
    }
}

fn latest_cell(t: &'static Texts, row: &GoalRow) -> String {
    if row.not_applicable { t.not_applicable.to_owned() } else { figures::level(row.latest) }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum SortBy {
    Track,
    Latest,
    Change,
}

#[component]
pub fn GrowthPage() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let portfolio = store.portfolio();
    let programme = use_my_programme();
    use_title(move || Some(i18n.t().growth_title.to_owned()));
    let rows = Memo::new(move |_| {
        let programme = programme.get()?;
        Some(portfolio.with(|p| {
            let moments = moments_of(p, &programme.id);
            let names = (
                moments.first().map(|m| format!("{} ({})", m.name, m.date)),
                moments.last().map(|m| format!("{} ({})", m.name, m.date)),
            );
            (goal_rows(programme, &moments), names)
        }))
    });
    let sort = RwSignal::new(SortBy::Track);
    move || {
        let t = i18n.t();
        let Some(programme) = programme.get() else {
            return view! {
                <h1 tabindex="-1">{t.growth_title}</h1>
                <p class="notice info">{t.choose_programme_first}</p>
            }
            .into_any();
        };
        let Some((rows, (first_name, latest_name))) = rows.get() else { return ().into_any() };
        if rows.iter().all(|r| r.latest.is_none() && !r.not_applicable) {
            return view! {
                <h1 tabindex="-1">{t.growth_title}</h1>
                <p>{t.no_ratings_yet}</p>
                <p><a href="/zelfbeoordeling">{t.assessment_title}</a></p>
            }
            .into_any();
        }
        let modules = programme
            .modules
            .iter()
            .map(|m| {
                let module_rows: Vec<GoalRow<'static>> = rows.iter().filter(|r| r.module == m.number).cloned().collect();
                let labels: Vec<String> = module_rows.iter().map(|r| r.number.to_string()).collect();
                let series = [
                    Series { label: first_name.as_deref().unwrap_or(""), style: SeriesStyle::First, values: module_rows.iter().map(|r| r.first).collect() },
                    Series { label: latest_name.as_deref().unwrap_or(""), style: SeriesStyle::Latest, values: module_rows.iter().map(|r| r.latest).collect() },
                    Series { label: t.target_series, style: SeriesStyle::Target, values: module_rows.iter().map(|r| r.target).collect() },
                ];
                let svg = radar_svg(&(t.chart_title)(m.number), &labels, &series);
                let average = figures::average(module_average(&rows, m), t.decimal_separator);
                let body = module_rows
                    .iter()
                    .map(|r| view! {
                        <tr class:removed=r.removed()>
                            <th scope="row"><span class="goal-number">{r.number}</span> " " {goal_cell(t, r)}</th>
                            <td>{figures::level(r.first)}</td>
                            <td>{latest_cell(t, r)}</td>
                            <td>{figures::change(r.change)}</td>
                            <td>{figures::level(r.target)}</td>
                        </tr>
                    })
                    .collect_view();
                view! {
                    <section class="growth-module" aria-labelledby=format!("growth-{}", m.id)>
                        <h2 id=format!("growth-{}", m.id)>{(t.module_n)(m.number)} ": " <span lang="nl">{&*m.title}</span></h2>
                        <p class="meta">{t.average} ": " {average}</p>
                        <div class="growth-grid">
                            <div class="chart" inner_html=svg></div>
                            // Scrolls by itself if it must (never the page); reachable by keyboard.
                            <div class="table-scroll" tabindex="0" role="region" aria-label=(t.chart_title)(m.number)>
                            <table class="data-table">
                                <caption>{(t.chart_title)(m.number)}</caption>
                                <thead><tr>
                                    <th scope="col">{t.col_goal}</th><th scope="col">{t.col_first}</th>
                                    <th scope="col">{t.col_latest}</th><th scope="col">{t.col_change}</th>
                                    <th scope="col">{t.col_target}</th>
                                </tr></thead>
                                <tbody>{body}</tbody>
                            </table>
                            </div>
                        </div>
                    </section>
                }
            })
            .collect_view();
        view! {
            <h1 tabindex="-1">{t.growth_title}</h1>
            <p class="lead">{t.growth_lead}</p>
            <Overview rows=rows.clone() programme=programme sort=sort />
            {modules}
        }
        .into_any()
    }
}

/// All goals in one table, sortable by track order, latest level or change.
#[component]
fn Overview(
    rows: Vec<GoalRow<'static>>,
    programme: &'static Programme,
    sort: RwSignal<SortBy>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    let header = move |label: &'static str, by: SortBy| {
        let aria = move || {
            if sort.get() == by {
                if by == SortBy::Track { "ascending" } else { "descending" }
            } else {
                "none"
            }
        };
        view! {
            <th scope="col" aria-sort=aria>
                <button type="button" class="sort" on:click=move |_| sort.set(by)>{label}</button>
            </th>
        }
    };
    let averages = programme
        .modules
        .iter()
        .map(|m| {
            let avg = figures::average(module_average(&rows, m), t.decimal_separator);
            view! { <li>{(t.module_n)(m.number)} ": " {avg}</li> }
        })
        .collect_view();
    let body = move || {
        let mut sorted = rows.clone();
        match sort.get() {
            SortBy::Track => {}
            SortBy::Latest => sort_by_key(&mut sorted, |r| std::cmp::Reverse(r.latest)),
            SortBy::Change => sort_by_key(&mut sorted, |r| std::cmp::Reverse(r.change)),
        }
        sorted
            .into_iter()
            .map(|r| {
                view! {
                    <tr class:removed=r.removed()>
                        <td>{r.module}</td>
                        <th scope="row">{goal_cell(t, &r)}</th>
                        <td>{latest_cell(t, &r)}</td>
                        <td>{figures::change(r.change)}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        // The table region below carries the heading as its name; a second landmark of that name would repeat it.
        <section>
            <h2 id="all-goals-heading">{t.all_goals_heading}</h2>
            <ul class="averages">{averages}</ul>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="all-goals-heading">
                <table class="data-table" id="all-goals">
                    <thead><tr>
                        {header(t.col_module, SortBy::Track)}
                        <th scope="col">{t.col_goal}</th>
                        {header(t.col_latest, SortBy::Latest)}
                        {header(t.col_change, SortBy::Change)}
                    </tr></thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
        </section>
    }
}
