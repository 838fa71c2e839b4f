//! The three lists of what stands out in the ratings — strongest goals, largest growth,
//! development points — as cards, on the dashboard and on Mijn groei. A list with nothing in it
//! is left out rather than shown as an empty card.

use leptos::prelude::*;

use crate::domain::{
    assessment::{GoalRow, Highlights},
    figures,
    text::goal_text,
};
use crate::i18n::Texts;

/// One item: the goal's number (module.goal), its text as a sentence, and the figure.
fn item(figure: String, row: &GoalRow<'static>) -> impl IntoView + use<> {
    let text = goal_text(row.goal.map_or("", |g| &*g.text));
    view! {
        <li>
            <span class="goal-number">{row.number_label()}</span> " "
            <span lang="nl">{text}</span> " "
            <span class="figure">{figure}</span>
        </li>
    }
}

/// The cards for `h`, titled with `h3` (under the page's `h2`).
pub fn highlight_cards(t: &'static Texts, h: &Highlights<'_, 'static>) -> impl IntoView + use<> {
    let level = move |r: &GoalRow| (t.report.level)(&figures::level(r.latest));
    let card = |title: &'static str,
                id: &'static str,
                items: &[&GoalRow<'static>],
                figure: &dyn Fn(&GoalRow) -> String| {
        (!items.is_empty()).then(|| {
            let list = items.iter().map(|r| item(figure(r), r)).collect_view();
            view! {
                <div class="highlight card" id=id>
                    <h3>{title}</h3>
                    {(id == "highlight-development").then(|| view! { <p class="meta">{t.development_hint}</p> })}
                    <ul class="highlight-list">{list}</ul>
                </div>
            }
        })
    };
    view! {
        <div class="highlights">
            {card(t.strongest, "highlight-strongest", &h.strongest, &level)}
            {card(t.largest_growth, "highlight-growth", &h.growth, &|r| figures::change(r.change))}
            {card(t.development_points, "highlight-development", &h.development, &|r| match r.target {
                Some(target) => format!("{} · {}", level(r), (t.report.ambition)(&target.to_string())),
                None => level(r),
            })}
        </div>
    }
}
