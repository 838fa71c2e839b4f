//! Self-assessment: the list of moments, starting a new one, rating a moment, the scale.

use leptos::prelude::*;

use crate::domain::{
    Catalog, Goal, Programme,
    assessment::{LEVELS, may_be_not_applicable, moments_of, progress, start_moment},
    portfolio::Rating,
    route::Route,
};
use crate::ui::{
    browser::clock::{new_id, now, today},
    browser::location::use_location,
    document::use_title,
    hooks::use_my_programme,
    store::use_store,
    use_i18n,
};

#[component]
pub fn AssessmentPage() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let portfolio = store.portfolio();
    let programme = use_my_programme();
    use_title(move || Some(i18n.t().assessment_title.to_owned()));
    move || {
        let t = i18n.t();
        let Some(programme) = programme.get() else {
            return view! {
                <h1 tabindex="-1">{t.assessment_title}</h1>
                <p class="lead">{t.assessment_lead}</p>
                <p class="notice info">{t.choose_programme_first}</p>
                <p><a href="/">{t.nav_my_path}</a> " · " <a href="/profiel">{t.nav_profile}</a></p>
            }
            .into_any();
        };
        let moments = portfolio.with(|p| {
            moments_of(p, &programme.id)
                .into_iter()
                .map(|m| {
                    let (rated, total) = progress(m, programme);
                    (m.id.clone(), m.name.clone(), m.date.clone(), m.closed, rated, total)
                })
                .collect::<Vec<_>>()
        });
        let list = if moments.is_empty() {
            view! { <p>{t.no_moments}</p> }.into_any()
        } else {
            let items = moments
                .into_iter()
                .rev()
                .map(|(id, name, date, closed, rated, total)| {
                    view! {
                        <li class="moment-item">
                            <a href=Route::Moment(id.clone()).href()>{name}</a>
                            <span class="meta">
                                " · " {(t.date)(&date)} " · " {(t.rated_count)(rated, total)} " · "
                                {if closed { t.moment_closed } else { t.moment_open }}
                            </span>
                        </li>
                    }
                })
                .collect_view();
            view! { <ul class="moments" role="list">{items}</ul> }.into_any()
        };
        view! {
            <h1 tabindex="-1">{t.assessment_title}</h1>
            <p class="lead">{t.assessment_lead}</p>
            <p>
                <a href="/uitleg-schaal">{t.scale_help_link}</a>
                " · "
                <a href="/groei">{t.nav_growth}</a>
            </p>
            <section aria-labelledby="moments-heading">
                <h2 id="moments-heading">{t.moments_heading}</h2>
                {list}
            </section>
            <NewMoment programme=programme />
        }
        .into_any()
    }
}

/// Starting a moment: kind (nulmeting, na module n, eindmeting, own name) and date.
#[component]
fn NewMoment(programme: &'static Programme) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let location = use_location();
    let t = i18n.t();
    let kinds: Vec<String> = std::iter::once(t.kind_baseline.to_owned())
        .chain(programme.modules.iter().map(|m| (t.kind_after_module)(m.number)))
        .chain(std::iter::once(t.kind_final.to_owned()))
        .collect();
    let has_moments = store.portfolio().with_untracked(|p| !moments_of(p, &programme.id).is_empty());
    let kind = RwSignal::new(if has_moments { kinds[1].clone() } else { kinds[0].clone() });
    let custom = RwSignal::new(String::new());
    let date = RwSignal::new(today());
    let is_custom = move || kind.get().is_empty();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let name = if is_custom() { custom.get_untracked().trim().to_owned() } else { kind.get_untracked() };
        let name = if name.is_empty() { i18n.t().kind_custom.to_owned() } else { name };
        let previous =
            store.portfolio().with_untracked(|p| moments_of(p, &programme.id).last().map(|m| (*m).clone()));
        let moment =
            start_moment(new_id("m"), &programme.id, name, date.get_untracked(), now(), previous.as_ref());
        let id = moment.id.clone();
        store.add_moment(moment);
        location.navigate(&Route::Moment(id));
    };
    let options = kinds
        .into_iter()
        .map(|k| view! { <option value=k.clone() selected=k == kind.get_untracked()>{k.clone()}</option> })
        .collect_view();
    view! {
        <section aria-labelledby="new-moment-heading">
            <h2 id="new-moment-heading">{t.new_moment}</h2>
            <form class="form card" on:submit=submit>
                <p class="hint">{t.prefilled_note}</p>
                <div class="field">
                    <label for="moment-kind">{t.moment_kind}</label>
                    <select id="moment-kind" on:change=move |ev| kind.set(event_target_value(&ev))>
                        {options}
                        <option value="">{t.kind_custom}</option>
                    </select>
                </div>
                {move || {
                    is_custom()
                        .then(|| {
                            view! {
                                <div class="field">
                                    <label for="moment-name">{t.moment_name}</label>
                                    <input
                                        id="moment-name"
                                        type="text"
                                        prop:value=move || custom.get()
                                        on:input=move |ev| custom.set(event_target_value(&ev))
                                    />
                                </div>
                            }
                        })
                }}
                <div class="field">
                    <label for="moment-date">{t.moment_date}</label>
                    <input
                        id="moment-date"
                        type="date"
                        prop:value=move || date.get()
                        on:input=move |ev| date.set(event_target_value(&ev))
                    />
                </div>
                <div class="actions">
                    <button type="submit" class="button primary">{t.start_moment}</button>
                </div>
            </form>
        </section>
    }
}

/// Rating one moment: every goal of the programme, grouped by module.
#[component]
pub fn MomentPage(id: String) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let portfolio = store.portfolio();
    let id = StoredValue::new(id);
    let exists = Memo::new(move |_| id.with_value(|id| portfolio.with(|p| p.moments.contains_key(id))));
    let header = Memo::new(move |_| {
        id.with_value(|id| {
            portfolio.with(|p| p.moments.get(id).map(|m| (m.name.clone(), m.date.clone(), m.closed)))
        })
    });
    let programme = Memo::new(move |_| {
        id.with_value(|id| {
            portfolio.with(|p| {
                Catalog::embedded().programme(crate::domain::assessment::programme_of(p.moments.get(id)?))
            })
        })
    });
    let unlocked = RwSignal::new(false);
    let editable = Signal::derive(move || {
        store.can_edit() && header.get().is_some_and(|(_, _, closed)| !closed || unlocked.get())
    });
    use_title(move || header.get().map(|(name, _, _)| format!("{name} – {}", i18n.t().assessment_title)));
    let location = use_location();
    let delete = move |_| {
        let t = i18n.t();
        let name = header.get_untracked().map(|(n, _, _)| n).unwrap_or_default();
        if window().confirm_with_message(&(t.delete_moment_confirm)(&name)).unwrap_or(false) {
            store.delete_moment(&id.get_value());
            location.navigate(&Route::Assessment);
        }
    };
    move || {
        let t = i18n.t();
        let (Some((name, date, closed)), Some(programme), true) =
            (header.get(), programme.get(), exists.get())
        else {
            return view! { <super::NotFound /> }.into_any();
        };
        let rated = move || {
            id.with_value(|id| {
                portfolio.with(|p| p.moments.get(id).map(|m| progress(m, programme)).unwrap_or((0, 0)))
            })
        };
        let modules = programme
            .modules
            .iter()
            .map(|m| {
                let goals = m
                    .goals
                    .iter()
                    .enumerate()
                    .map(|(i, g)| view! { <GoalRating moment_id=id goal=g number=format!("{}.{}", m.number, i + 1) editable=editable /> })
                    .collect_view();
                view! {
                    <section class="rating-module" aria-labelledby=format!("rate-{}", m.id)>
                        <h2 id=format!("rate-{}", m.id)>
                            {(t.module_n)(m.number)} ": " <span lang="nl">{&*m.title}</span>
                        </h2>
                        {goals}
                    </section>
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
            <p class="lead">
                {(t.date)(&date)} " · " <span id="rated-count">{move || { let (r, n) = rated(); (t.rated_count)(r, n) }}</span>
            </p>
            <p><a href="/uitleg-schaal">{t.scale_help_link}</a></p>
            {closed.then(|| view! {
                <div class="notice info" id="closed-notice">
                    <p>{t.closed_notice}</p>
                    {move || (!unlocked.get()).then(|| view! {
                        <button type="button" class="button secondary" on:click=move |_| unlocked.set(true)>{t.reopen_moment}</button>
                    })}
                </div>
            })}
            {modules}
            <div class="actions moment-actions">
                {(!closed).then(|| view! {
                    <button type="button" class="button primary" disabled=move || !store.can_edit()
                        on:click=move |_| { store.edit_moment(&id.get_value(), |m| m.closed = true); unlocked.set(false); }>
                        {t.close_moment}
                    </button>
                })}
                <button type="button" class="button danger" disabled=move || !store.can_edit() on:click=delete>
                    {t.delete_moment}
                </button>
            </div>
        }
        .into_any()
    }
}

/// One goal: a radio group for the level (plus n.v.t. where allowed), explanation and target.
#[component]
fn GoalRating(
    moment_id: StoredValue<String>,
    goal: &'static Goal,
    number: String,
    editable: Signal<bool>,
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
    let note_id = format!("note-{}", goal.id);
    let target_id = format!("target-{}", goal.id);
    view! {
        <fieldset class="goal-rating card">
            <legend><span class="goal-number">{number}</span> " " <span lang="nl">{&*goal.text}</span></legend>
            <div class="scale">{levels}{not_applicable}</div>
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
        </fieldset>
    }
}

/// The scale explained.
#[component]
pub fn ScaleHelp() -> impl IntoView {
    let i18n = use_i18n();
    use_title(move || Some(i18n.t().scale_title.to_owned()));
    move || {
        let t = i18n.t();
        view! {
            <h1 tabindex="-1">{t.scale_title}</h1>
            <p class="lead">{t.scale_intro}</p>
            <dl class="scale-help">
                {LEVELS.iter().map(|&l| view! { <dt>{l}</dt><dd>{t.levels[usize::from(l) - 1]}</dd> }).collect_view()}
                <dt>{t.not_applicable}</dt>
                <dd>{t.not_applicable_explain}</dd>
            </dl>
            <p><a href="/zelfbeoordeling">{t.assessment_title}</a></p>
        }
    }
}
