//! Rating one moment, a module at a time: a progress bar that stays in view with a jump to every
//! module, the module's goals, and "Vorige" / "Volgende module"; the last module closes the
//! moment and leads to what changed since the moment before (`/zelfbeoordeling/:id/klaar`).

use leptos::prelude::*;

use crate::domain::{
    Catalog, Goal, Programme,
    assessment::{
        LEVELS, changes, may_be_not_applicable, module_progress, previous_moment, programme_of, progress,
        resume_module,
    },
    attachments::Owner,
    figures,
    portfolio::{Moment, Rating},
    route::Route,
    text::{excerpt, goal_text},
};
use crate::ui::{
    attachments::Attachments, browser::location::use_location, document::use_title, store::use_store,
    use_i18n,
};

/// How much of the previous explanation a goal shows.
const PREVIOUS_NOTE_CHARS: usize = 90;

/// What a moment's pages show around the ratings: its name, date, whether it is closed, and its
/// programme.
type Header = (String, String, bool, &'static Programme);

/// The header of moment `id`, following the store. It changes with the moment's name and state,
/// not with every rating, and it copies no ratings.
fn use_moment_header(id: StoredValue<String>) -> Memo<Option<Header>> {
    let portfolio = use_store().portfolio();
    Memo::new(move |_| {
        id.with_value(|id| {
            portfolio.with(|p| {
                let m = p.moments.get(id)?;
                Some((
                    m.name.clone(),
                    m.date.clone(),
                    m.closed,
                    Catalog::embedded().programme(programme_of(m))?,
                ))
            })
        })
    })
}

/// `/zelfbeoordeling/:id` (at the module where rating goes on) and `/zelfbeoordeling/:id/module/:n`.
#[component]
pub fn MomentPage(id: String, #[prop(optional)] module: Option<u8>) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let portfolio = store.portfolio();
    let id = StoredValue::new(id);
    let header = use_moment_header(id);
    // Reads the moment in place (a rating changes it with every click: nothing is copied).
    let with_moment = move |f: &dyn Fn(&Moment) -> (usize, usize)| {
        id.with_value(|id| portfolio.with(|p| p.moments.get(id).map(f))).unwrap_or((0, 0))
    };
    // Where this visit starts: the module asked for, or where rating goes on (read once), which
    // the address then names, so that a reload stays on it.
    let location = use_location();
    let number = module.or_else(|| {
        let (.., programme) = header.get_untracked()?;
        let resume = id.with_value(|id| {
            portfolio.with_untracked(|p| p.moments.get(id).map(|m| resume_module(m, programme)))
        })?;
        location.show_as(&Route::MomentModule(id.get_value(), resume));
        Some(resume)
    });
    // The moment before this one, as it was when the page opened: what "last time" refers to.
    let previous = StoredValue::new(id.with_value(|id| {
        portfolio.with_untracked(|p| p.moments.get(id).and_then(|m| previous_moment(p, m)).cloned())
    }));
    let unlocked = RwSignal::new(false);
    let editable = Signal::derive(move || {
        store.can_edit() && header.get().is_some_and(|(_, _, closed, _)| !closed || unlocked.get())
    });
    use_title(move || header.get().map(|(name, ..)| format!("{name} – {}", i18n.t().assessment_title)));
    let delete = move |_| {
        let t = i18n.t();
        let name = header.get_untracked().map(|(n, ..)| n).unwrap_or_default();
        if window().confirm_with_message(&(t.delete_moment_confirm)(&name)).unwrap_or(false) {
            store.delete_moment(&id.get_value());
            location.navigate(&Route::Assessment);
        }
    };
    let finish = move |_| {
        store.edit_moment(&id.get_value(), |m| m.closed = true);
        unlocked.set(false);
        location.navigate(&Route::MomentDone(id.get_value()));
    };
    move || {
        let t = i18n.t();
        let (Some((name, date, closed, programme)), Some(number)) = (header.get(), number) else {
            return view! { <super::NotFound /> }.into_any();
        };
        let Some(at) = programme.modules.iter().position(|m| m.number == number) else {
            return view! { <super::NotFound /> }.into_any();
        };
        let module = &programme.modules[at];
        let step = |m: &crate::domain::Module| Route::MomentModule(id.get_value(), m.number).href();
        let prev = at.checked_sub(1).map(|i| &programme.modules[i]);
        let next = programme.modules.get(at + 1);
        let goals = module
            .goals
            .iter()
            .enumerate()
            .map(|(i, g)| {
                let before = previous.with_value(|p| p.as_ref().and_then(|p| p.ratings.get(&g.id).cloned()));
                view! { <GoalRating moment_id=id goal=g number=figures::goal_number(number, i + 1) editable=editable previous=before /> }
            })
            .collect_view();
        let rated = move || with_moment(&|m| progress(m, programme));
        let jump = programme
            .modules
            .iter()
            .map(|m| {
                let n = m.number;
                let counts = move || with_moment(&|mo| module_progress(mo, m));
                view! {
                    <li>
                        <a href=step(m) aria-current=(n == number).then_some("step")
                            class:complete=move || { let (r, total) = counts(); r == total }>
                            <span aria-hidden="true">{n}</span>
                            <span class="sr-only">{move || { let (r, total) = counts(); (t.module_rated)(n, r, total) }}</span>
                        </a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <nav class="breadcrumb" aria-label=t.breadcrumb>
                <ol>
                    <li><a href="/zelfbeoordeling">{t.assessment_title}</a></li>
                    <li aria-current="page">{name.clone()}</li>
                </ol>
            </nav>
            <h1 tabindex="-1">{name.clone()}</h1>
            <p class="lead">{(t.date)(&date)} " · " <a href="/uitleg-schaal">{t.scale_help_link}</a></p>
            <div class="rating-progress">
                <p id="rated-count">{move || { let (r, n) = rated(); (t.rated_count)(r, n) }}</p>
                <progress max=move || rated().1 value=move || rated().0 aria-labelledby="rated-count"></progress>
                <nav aria-label=t.modules_of_moment><ol class="module-jump">{jump}</ol></nav>
            </div>
            {closed.then(|| view! {
                <div class="notice info" id="closed-notice">
                    <p>{t.closed_notice}</p>
                    {move || (!unlocked.get()).then(|| view! {
                        <button type="button" class="button secondary" on:click=move |_| unlocked.set(true)>{t.reopen_moment}</button>
                    })}
                </div>
            })}
            <section class="rating-module" aria-labelledby="rate-module">
                <h2 id="rate-module">{(t.module_n)(number)} ": " <span lang="nl">{&*module.title}</span></h2>
                {goals}
            </section>
            <div class="step-nav">
                {prev.map(|m| view! { <a class="button secondary" href=step(m)>{t.previous_module}</a> })}
                {match next {
                    Some(m) => view! { <a class="button primary" href=step(m)>{t.next_module}</a> }.into_any(),
                    None if !closed => view! {
                        <button type="button" class="button primary" disabled=move || !store.can_edit() on:click=finish>{t.close_moment}</button>
                    }.into_any(),
                    None => view! { <a class="button primary" href=Route::MomentDone(id.get_value()).href()>{t.what_changed}</a> }.into_any(),
                }}
            </div>
            <div class="moment-actions">
                <button type="button" class="button danger" disabled=move || !store.can_edit() on:click=delete>
                    {t.delete_moment}
                </button>
            </div>
        }
        .into_any()
    }
}

/// One goal: the scale as one row of five (plus n.v.t. where allowed), what was given last
/// time, the explanation and the ambition.
#[component]
fn GoalRating(
    moment_id: StoredValue<String>,
    goal: &'static Goal,
    number: String,
    editable: Signal<bool>,
    previous: Option<Rating>,
) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let portfolio = store.portfolio();
    let t = i18n.t();
    let rating = Memo::new(move |_| {
        moment_id.with_value(|id| {
            portfolio.with(|p| {
                p.moments.get(id).and_then(|m| m.ratings.get(&goal.id).cloned()).unwrap_or_default()
            })
        })
    });
    let set = move |change: &dyn Fn(&mut Rating)| {
        store.edit_moment(&moment_id.get_value(), |m| {
            change(m.ratings.get_or_insert_with(&goal.id, Default::default))
        });
    };
    let name = format!("level-{}", goal.id);
    let levels = LEVELS
        .iter()
        .map(|&level| {
            let id = format!("{name}-{level}");
            view! {
                <div class="level">
                    <input type="radio" id=id.clone() name=name.clone() disabled=move || !editable.get()
                        prop:checked=move || rating.with(|r| r.level == Some(level) && !r.not_applicable)
                        on:change=move |_| set(&|r: &mut Rating| { r.level = Some(level); r.not_applicable = false; }) />
                    <label for=id>
                        <span class="level-n">{level}</span>
                        <span class="sr-only">" – "</span>
                        <span class="level-text">{t.levels[usize::from(level) - 1]}</span>
                    </label>
                </div>
            }
        })
        .collect_view();
    let not_applicable = may_be_not_applicable(goal).then(|| {
        let id = format!("{name}-na");
        view! {
            <div class="level na">
                <input type="radio" id=id.clone() name=name.clone() disabled=move || !editable.get()
                    prop:checked=move || rating.with(|r| r.not_applicable)
                    on:change=move |_| set(&|r: &mut Rating| { r.level = None; r.not_applicable = true; }) />
                <label for=id><span class="level-n">{t.not_applicable}</span></label>
            </div>
        }
    });
    // On a phone only the numbers fit in the row; the chosen level's words show underneath.
    let chosen = move || {
        rating.with(|r| match (r.level, r.not_applicable) {
            (_, true) => t.not_applicable.to_owned(),
            (Some(level), _) => t.level(level),
            _ => String::new(),
        })
    };
    let before = previous.filter(|p| p.level.is_some() || p.not_applicable).map(|p| {
            let level = if p.not_applicable { t.not_applicable.to_owned() } else { t.level(p.level.unwrap_or(0)) };
            let note = p.note.trim().to_owned();
            let take_over = (!note.is_empty()).then(|| {
                let note = note.clone();
                view! {
                    <button type="button" class="link-button" disabled=move || !editable.get() || rating.with(|r| !r.note.trim().is_empty())
                        on:click=move |_| { let n = note.clone(); set(&|r: &mut Rating| r.note = n.clone()); }>
                        {t.take_over_note}
                    </button>
                }
            });
            view! {
                <p class="previous-rating">
                    {(t.previous_time)(&level)}
                    {(!note.is_empty()).then(|| format!(" — “{}”", excerpt(&note, PREVIOUS_NOTE_CHARS)))}
                    " " {take_over}
                </p>
            }
        });
    let note_id = format!("note-{}", goal.id);
    let target_id = format!("target-{}", goal.id);
    view! {
        <fieldset class="goal-rating card">
            <legend><span class="goal-number">{number}</span> " " <span lang="nl">{goal_text(&goal.text)}</span></legend>
            {before}
            <div class="scale">{levels}{not_applicable}</div>
            <p class="level-chosen" aria-hidden="true">{chosen}</p>
            <div class="rating-extra">
                <div class="field">
                    <label for=note_id.clone()>{t.explanation}</label>
                    <textarea id=note_id rows="2" disabled=move || !editable.get()
                        prop:value=move || rating.with(|r| r.note.clone())
                        on:input=move |ev| { let v = event_target_value(&ev); set(&|r: &mut Rating| r.note = v.clone()); } />
                </div>
                <div class="field">
                    <label for=target_id.clone()>{t.target}</label>
                    <select id=target_id disabled=move || !editable.get()
                        prop:value=move || rating.with(|r| r.target.map(|t| t.to_string()).unwrap_or_default())
                        on:change=move |ev| { let v = event_target_value(&ev).parse::<u8>().ok(); set(&|r: &mut Rating| r.target = v); }>
                        <option value="">{t.no_target}</option>
                        {LEVELS.iter().map(|&l| view! { <option value=l.to_string()>{t.level(l)}</option> }).collect_view()}
                    </select>
                </div>
            </div>
            <Attachments owner=Owner::Rating { moment: moment_id.get_value(), goal: goal.id.to_string() } editable compact=true />
        </fieldset>
    }
}

/// `/zelfbeoordeling/:id/klaar`: a closed moment, what changed since the one before, and where
/// to go from here.
#[component]
pub fn MomentDone(id: String) -> impl IntoView {
    let i18n = use_i18n();
    let portfolio = use_store().portfolio();
    let id = StoredValue::new(id);
    let header = use_moment_header(id);
    use_title(move || header.with(|h| h.as_ref().map(|(name, ..)| (i18n.t().moment_done_title)(name))));
    move || {
        let t = i18n.t();
        let Some((.., programme)) = header.get() else { return view! { <super::NotFound /> }.into_any() };
        let Some((m, before)) = id.with_value(|id| {
            portfolio.with(|p| p.moments.get(id).map(|m| (m.clone(), previous_moment(p, m).cloned())))
        }) else {
            return view! { <super::NotFound /> }.into_any();
        };
        if !m.closed {
            return view! {
                <h1 tabindex="-1">{m.name.clone()}</h1>
                <p class="notice info">{t.moment_not_closed}</p>
                <p><a class="button primary" href=Route::Moment(m.id.clone()).href()>{t.continue_rating}</a></p>
            }
            .into_any();
        }
        let (rated, total) = progress(&m, programme);
        let summary = match &before {
            None => view! { <p>{t.moment_done_first}</p> }.into_any(),
            Some(b) => {
                let c = changes(programme, b, &m);
                let rises = c
                    .largest
                    .iter()
                    .map(|(goal, number, from, to)| {
                        view! {
                            <li>
                                <span class="goal-number">{number.clone()}</span> " "
                                <span lang="nl">{goal_text(&goal.text)}</span> " "
                                <span class="figure">{format!("{from} → {to}")}</span>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <p>{(t.changes_since)(&b.name, c.up, c.same, c.down)}</p>
                    {(!c.largest.is_empty()).then(|| view! {
                        <h2>{t.largest_rises}</h2>
                        <ul class="highlight-list">{rises}</ul>
                    })}
                }
                .into_any()
            }
        };
        view! {
            <h1 tabindex="-1">{(t.moment_done_title)(&m.name)}</h1>
            <p class="lead">{(t.rated_count)(rated, total)}</p>
            {summary}
            <div class="actions">
                <a class="button primary" href="/groei">{t.see_growth}</a>
                <a class="button secondary" href="/verslag">{t.to_report}</a>
                <a class="button secondary" href="/">{t.back_to_dashboard}</a>
            </div>
        }
        .into_any()
    }
}
