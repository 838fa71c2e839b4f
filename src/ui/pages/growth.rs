//! "Mijn groei": what stands out, per module a radar chart with its data table, and a sortable
//! overview of all goals.

use leptos::prelude::*;

use crate::domain::sorting::sort_by_key;
use crate::domain::{
    Module, Programme,
    assessment::{GoalRow, goal_rows, highlights, module_average, moment_label, moments_of},
    chart::{Series, SeriesStyle, radar_svg},
    figures,
    portfolio::Moment,
    text::goal_text,
};
use crate::i18n::Texts;
use crate::ui::{
    document::use_title, highlights::highlight_cards, hooks::use_my_programme, store::use_store, use_i18n,
};

/// The goal's number (module.goal) and text as a sentence, or its ID marked as removed.
fn goal_cell(t: &'static Texts, row: &GoalRow<'static>) -> impl IntoView + use<> {
    match row.goal {
        Some(g) => view! {
            <span class="goal-number">{row.number_label()}</span> " "
            <span lang="nl">{goal_text(&g.text)}</span>
        }
        .into_any(),
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

/// The rows of the programme's goals, and the names of the first and latest moment ("Nulmeting
/// (7 september 2026)"); one name when there is only one moment.
type Rated = (Vec<GoalRow<'static>>, Option<String>, Option<String>);

#[component]
pub fn GrowthPage() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let portfolio = store.portfolio();
    let programme = use_my_programme();
    use_title(move || Some(i18n.t().growth_title.to_owned()));
    let rows = Memo::new(move |_| -> Option<Rated> {
        let programme = programme.get()?;
        let date = i18n.t().date;
        Some(portfolio.with(|p| {
            let moments = moments_of(p, &programme.id);
            let name = |m: &Moment| moment_label(m, date);
            let first = moments.first().filter(|_| moments.len() > 1).map(|m| name(m));
            (goal_rows(programme, &moments), first, moments.last().map(|m| name(m)))
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
        let Some((rows, first_name, latest_name)) = rows.get() else { return ().into_any() };
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
            .map(|m| module_view(t, m, &rows, first_name.as_deref(), latest_name.as_deref().unwrap_or("")))
            .collect_view();
        let cards = highlight_cards(t, &highlights(&rows));
        view! {
            <h1 tabindex="-1">{t.growth_title}</h1>
            <p class="lead">{t.growth_lead}</p>
            <section aria-labelledby="highlights-heading">
                <h2 id="highlights-heading">{t.highlights_heading}</h2>
                {cards}
            </section>
            {modules}
            <Overview rows=rows.clone() programme=programme sort=sort />
        }
        .into_any()
    }
}

/// One module: its radar chart (first and latest moment, ambition) and the same figures as a
/// table, whose goal numbers are the chart's axes. The first moment is left out when there is one.
fn module_view(
    t: &'static Texts,
    m: &'static Module,
    rows: &[GoalRow<'static>],
    first_name: Option<&str>,
    latest_name: &str,
) -> impl IntoView + use<> {
    let module_rows: Vec<&GoalRow<'static>> = rows.iter().filter(|r| r.module == m.number).collect();
    let labels: Vec<String> = module_rows.iter().map(|r| r.number_label()).collect();
    let values = |pick: fn(&GoalRow) -> Option<u8>| module_rows.iter().map(|r| pick(r)).collect();
    let mut series = Vec::with_capacity(3);
    if let Some(first) = first_name {
        series.push(Series { label: first, style: SeriesStyle::First, values: values(|r| r.first) });
    }
    series.push(Series { label: latest_name, style: SeriesStyle::Latest, values: values(|r| r.latest) });
    series.push(Series { label: t.target_series, style: SeriesStyle::Target, values: values(|r| r.target) });
    let svg = radar_svg(&(t.chart_title)(m.number), &labels, &series);
    let average = figures::average(module_average(rows, m), t.decimal_separator);
    let body = module_rows
        .iter()
        .map(|r| {
            view! {
                <tr class:removed=r.removed()>
                    <th scope="row">{goal_cell(t, r)}</th>
                    <td data-label=t.col_first>{figures::level(r.first)}</td>
                    <td data-label=t.col_latest>{latest_cell(t, r)}</td>
                    <td data-label=t.col_change>{figures::change(r.change)}</td>
                    <td data-label=t.col_target>{figures::level(r.target)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="growth-module" aria-labelledby=format!("growth-{}", m.id)>
            <h2 id=format!("growth-{}", m.id)>{(t.module_n)(m.number)} ": " <span lang="nl">{&*m.title}</span></h2>
            <p class="meta">{t.average} ": " {average}</p>
            <div class="growth-grid">
                <div class="chart" inner_html=svg></div>
                <table class="data-table stack">
                    <caption>{(t.chart_title)(m.number)}</caption>
                    <thead><tr>
                        <th scope="col">{t.col_goal}</th><th scope="col">{t.col_first}</th>
                        <th scope="col">{t.col_latest}</th><th scope="col">{t.col_change}</th>
                        <th scope="col">{t.col_target}</th>
                    </tr></thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
        </section>
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
                        <th scope="row">{goal_cell(t, &r)}</th>
                        <td data-label=t.col_latest>{latest_cell(t, &r)}</td>
                        <td data-label=t.col_change>{figures::change(r.change)}</td>
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
            <table class="data-table stack sortable" id="all-goals" aria-labelledby="all-goals-heading">
                <thead><tr>
                    {header(t.col_goal, SortBy::Track)}
                    {header(t.col_latest, SortBy::Latest)}
                    {header(t.col_change, SortBy::Change)}
                </tr></thead>
                <tbody>{body}</tbody>
            </table>
        </section>
    }
}
