//! The manager's own view per learning goal: a level on the participant's scale (optional) and a
//! short explanation, beside the participant's latest rating when the report shows it.

use leptos::prelude::*;

use super::Answer;
use crate::domain::{Goal, Module, assessment::goal_rows, report::chosen_moments, text::goal_text};
use crate::ui::use_i18n;

const LEVELS: [u8; 5] = [1, 2, 3, 4, 5];

#[component]
pub(super) fn GoalRatings(answer: Answer) -> impl IntoView {
    let i18n = use_i18n();
    let Some(programme) = answer.programme() else {
        return view! {
            <section id="beoordeling" aria-labelledby="goals-heading">
                <h2 id="goals-heading">{i18n.text(|t| t.conversation.goals_heading)}</h2>
                <p>{i18n.text(|t| t.conversation.no_programme)}</p>
            </section>
        }
        .into_any();
    };
    // The participant's latest levels, when the report shows its tables.
    let request = answer.request();
    let own: Vec<(String, Option<u8>, bool)> = if request.options.ratings {
        let chosen = chosen_moments(&request.portfolio, programme, &request.options);
        goal_rows(programme, &chosen).into_iter().map(|r| (r.goal_id, r.latest, r.not_applicable)).collect()
    } else {
        Vec::new()
    };
    let modules = programme
        .modules
        .iter()
        .map(|module| {
            let own = own.clone();
            view! { <ModuleGoals answer module own /> }
        })
        .collect_view();
    view! {
        <section id="beoordeling" aria-labelledby="goals-heading">
            <h2 id="goals-heading">{i18n.text(|t| t.conversation.goals_heading)}</h2>
            <p class="hint">{i18n.text(|t| t.conversation.goals_hint)}</p>
            {modules}
        </section>
    }
    .into_any()
}

/// One module's goals, folded away behind its title and how many the manager rated.
#[component]
fn ModuleGoals(
    answer: Answer,
    module: &'static Module,
    own: Vec<(String, Option<u8>, bool)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let ids: Vec<&'static str> = module.goals.iter().map(|g| &*g.id).collect();
    let total = ids.len();
    let rated = answer.slice(move |r| ids.iter().filter(|g| r.ratings.contains_key(g)).count());
    let goals = module
        .goals
        .iter()
        .enumerate()
        .map(|(i, goal)| {
            let mine = own.iter().find(|(g, ..)| *g == *goal.id).map(|(_, level, na)| (*level, *na));
            view! { <GoalAnswer answer goal number=format!("{}.{}", module.number, i + 1) own=mine /> }
        })
        .collect_view();
    view! {
        <details class="card module-goals">
            <summary>
                <span>{move || (i18n.t().module_n)(module.number)} ": "</span><span lang="nl">{&*module.title}</span>
                " " <span class="count">{move || (i18n.t().conversation.rated_of)(rated.get(), total)}</span>
            </summary>
            {goals}
        </details>
    }
}

/// `own`: the participant's latest level and whether they marked the goal n.v.t.
#[component]
fn GoalAnswer(
    answer: Answer,
    goal: &'static Goal,
    number: String,
    own: Option<(Option<u8>, bool)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let id: &'static str = &goal.id;
    let rating = answer.slice(move |r| r.ratings.get(id).cloned().unwrap_or_default());
    let name = format!("manager-{id}");
    let levels = LEVELS
        .iter()
        .map(|&level| {
            let input_id = format!("{name}-{level}");
            view! {
                <div class="level">
                    <input type="radio" id=input_id.clone() name=name.clone()
                        prop:checked=move || rating.with(|r| r.level == Some(level))
                        on:change=move |_| answer.edit(|r| r.set_level(id, Some(level))) />
                    <label for=input_id>
                        <span class="level-n">{level}</span>
                        <span class="sr-only">" – "</span>
                        <span class="level-text">{move || i18n.t().levels[usize::from(level) - 1]}</span>
                    </label>
                </div>
            }
        })
        .collect_view();
    let clear = view! {
        <button type="button" class="link-button" disabled=move || rating.with(|r| r.level.is_none())
            on:click=move |_| answer.edit(|r| r.set_level(id, None))>
            {i18n.text(|t| t.conversation.clear_level)}
        </button>
    };
    let own_line = own.map(|(level, na)| {
        view! {
            <p class="previous-rating">
                {move || {
                    let t = i18n.t();
                    let level = match (level, na) {
                        (_, true) => t.not_applicable.to_owned(),
                        (Some(l), _) => t.level(l),
                        (None, _) => t.conversation.not_rated.to_owned(),
                    };
                    (t.conversation.own_rating)(&level)
                }}
            </p>
        }
    });
    let chosen = move || rating.with(|r| r.level.map(|l| i18n.t().level(l)).unwrap_or_default());
    let note_id = format!("{name}-note");
    view! {
        <fieldset class="goal-rating">
            <legend><span class="goal-number">{number}</span> " " <span lang="nl">{goal_text(&goal.text)}</span></legend>
            {own_line}
            <div class="scale">{levels}</div>
            <p class="level-chosen" aria-hidden="true">{chosen}</p>
            {clear}
            <div class="field">
                <label for=note_id.clone()>{i18n.text(|t| t.conversation.level_note)}</label>
                <textarea id=note_id rows="2" prop:value=move || rating.with(|r| r.note.clone())
                    on:input=move |ev| { let v = event_target_value(&ev); answer.edit(|r| r.set_rating_note(id, &v)); } />
            </div>
        </fieldset>
    }
}
