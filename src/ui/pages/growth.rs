//! "Mijn groei": what stands out, per module a radar chart with its data table, and a sortable
//! overview of all goals.

use leptos::prelude::*;

use crate::domain::sorting::sort_by_key;
use crate::domain::{
    Module, Programme,
    assessment::{GoalRow, goal_rows, highlights, module_average, moment_label, moments_of},
    chart::{Series, SeriesStyle, radar_svg},
    conversations::{manager_levels, self_and_manager},
    figures,
    gaps::{Gap, Gaps},
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

/// The latest conversation with a reply: its day, the manager's name, their level per goal, and
/// the gaps with the participant's own.
#[derive(Clone, PartialEq)]
struct ManagerView {
    date: String,
    manager: String,
    levels: Vec<(String, Option<u8>)>,
    gaps: Gaps,
}

/// How many goals the gap list names each way.
const GAPS_SHOWN: usize = 5;

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
    let manager = Memo::new(move |_| {
        let programme = programme.get()?;
        portfolio.with(|p| {
            let (c, reply) = p.latest_reply()?;
            let levels = manager_levels(reply, programme);
            levels.iter().any(|(_, l)| l.is_some()).then(|| ManagerView {
                date: c.held().to_owned(),
                manager: reply.manager.clone(),
                gaps: self_and_manager(p, programme, reply, GAPS_SHOWN),
                levels,
            })
        })
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
        let manager = manager.get();
        let levels = manager.as_ref().map(|m| m.levels.as_slice());
        let modules = programme
            .modules
            .iter()
            .map(|m| {
                module_view(t, m, &rows, first_name.as_deref(), latest_name.as_deref().unwrap_or(""), levels)
            })
            .collect_view();
        let gaps = manager.as_ref().map(|m| gaps_view(t, programme, m));
        let cards = highlight_cards(t, &highlights(&rows));
        view! {
            <h1 tabindex="-1">{t.growth_title}</h1>
            <p class="lead">{t.growth_lead}</p>
            <section aria-labelledby="highlights-heading">
                <h2 id="highlights-heading">{t.highlights_heading}</h2>
                {cards}
            </section>
            {gaps}
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
    manager: Option<&[(String, Option<u8>)]>,
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
    // The manager's view of each goal, from the latest conversation's reply.
    let manager_of =
        |goal: &str| manager.and_then(|all| all.iter().find(|(g, _)| g == goal)).and_then(|(_, l)| *l);
    if manager.is_some() {
        let values = module_rows.iter().map(|r| manager_of(&r.goal_id)).collect();
        series.push(Series { label: t.conversation.manager_series, style: SeriesStyle::Manager, values });
    }
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
                    {manager.is_some().then(|| view! {
                        <td data-label=t.conversation.manager_series>{figures::level(manager_of(&r.goal_id))}</td>
                    })}
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
                        {manager.is_some().then(|| view! { <th scope="col">{t.conversation.manager_column}</th> })}
                    </tr></thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
        </section>
    }
}

/// "Zelfbeeld en beeld van je leidinggevende": the goals where the two are furthest apart, both
/// ways, each with both levels.
fn gaps_view(t: &'static Texts, programme: &'static Programme, m: &ManagerView) -> impl IntoView + use<> {
    let goal = |id: &str| {
        programme.modules.iter().find_map(|module| {
            let i = module.goals.iter().position(|g| g.id == id)?;
            Some((format!("{}.{}", module.number, i + 1), goal_text(&module.goals[i].text)))
        })
    };
    let list = |title: &'static str, gaps: &[Gap]| {
        (!gaps.is_empty()).then(|| {
            let items = gaps
                .iter()
                .filter_map(|g| {
                    let (number, text) = goal(&g.goal)?;
                    Some(view! {
                        <li>
                            <span class="goal-number">{number}</span> " " <span lang="nl">{text}</span>
                            " " <span class="meta">"(" {(t.conversation.gap_figures)(g.own, g.manager)} ")"</span>
                        </li>
                    })
                })
                .collect_view();
            view! { <div><h3>{title}</h3><ul class="gap-list">{items}</ul></div> }
        })
    };
    let none = (m.gaps.manager_higher.is_empty() && m.gaps.own_higher.is_empty())
        .then(|| view! { <p>{t.conversation.no_gaps}</p> });
    view! {
        <section aria-labelledby="gaps-heading" class="gaps">
            <h2 id="gaps-heading">{t.conversation.gaps_heading}</h2>
            <p class="meta">{(t.conversation.gaps_lead)(&(t.date)(&m.date), &m.manager)}</p>
            <div class="gap-columns">
                {list(t.conversation.manager_higher, &m.gaps.manager_higher)}
                {list(t.conversation.own_higher, &m.gaps.own_higher)}
            </div>
            {none}
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
