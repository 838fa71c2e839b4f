use leptos::prelude::*;

use super::track::{Detail, track_step};
use crate::domain::{
    Catalog, Programme,
    assessment::{goal_rows, highlights, moments_of, next_moment_due, progress},
    dates::backup_reminder_due,
    portfolio::{ProfileField, track_summary},
    route::Route,
};
use crate::ui::{
    browser::clock::{date_of, now},
    document::use_title,
    highlights::highlight_cards,
    store::{Mode, use_store},
    use_i18n,
};

/// "Mijn leerpad": where the participant is, what is next, what the portfolio holds.
#[component]
pub fn Dashboard() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let portfolio = store.portfolio();
    use_title(move || Some(i18n.t().dashboard_title.to_owned()));
    let programme = Memo::new(move |_| {
        portfolio.with(|p| p.profile.programme.as_deref().and_then(|id| Catalog::embedded().programme(id)))
    });
    move || {
        let t = i18n.t();
        let name = portfolio.with(|p| p.profile.name.trim().to_owned());
        let track = match programme.get() {
            Some(p) => track_view(p).into_any(),
            None => choose_programme_view().into_any(),
        };
        let counts = portfolio.with(|p| p.counts());
        let counts = [
            counts.journal,
            counts.feedback,
            counts.actions,
            counts.questions,
            counts.intervisions,
            counts.worksheets,
        ];
        let held: Vec<String> =
            counts.iter().enumerate().filter(|(_, n)| **n > 0).map(|(k, n)| (t.kind_count)(k, *n)).collect();
        let read_only = matches!(store.mode(), Mode::ReadOnly { .. });
        let (last_backup, own_work) = portfolio.with(|p| (p.settings.last_backup, p.has_own_work()));
        // Only once there is something to lose.
        let reminder = (!read_only && own_work && backup_reminder_due(last_backup, now())).then(|| {
            let text = match last_backup {
                None => t.backup_never.to_owned(),
                Some(ms) => (t.backup_overdue)(&(t.date)(&date_of(ms))),
            };
            view! {
                <div class="notice info backup-reminder">
                    <p>{text}</p>
                    <p>
                        <a href="/gegevens">{t.make_backup}</a>
                    </p>
                </div>
            }
        });
        // The latest conversation with the manager, and the next one when it was agreed.
        let conversation = portfolio.with(|p| {
            let (c, reply) = p.latest_reply()?;
            let next = (!reply.next_date.is_empty()).then(|| (t.date)(&reply.next_date));
            Some((t.conversation.last_conversation)(&(t.date)(c.held()), next.as_deref()))
        });
        view! {
            <h1 tabindex="-1">{t.dashboard_title}</h1>
            {(!name.is_empty()).then(|| view! {
                <p class="lead">{if own_work { (t.hello)(&name) } else { (t.hello_first)(&name) }}</p>
            })}
            {reminder}
            {conversation.map(|line| view! { <p class="last-conversation"><a href="/verslag">{line}</a></p> })}
            {track}
            <section aria-labelledby="portfolio-heading">
                <h2 id="portfolio-heading">{t.portfolio_heading}</h2>
                <p class="counts">
                    {if held.is_empty() { t.portfolio_nothing_yet.to_owned() } else { held.join(" · ") }}
                </p>
                <p><a href="/portfolio">{t.portfolio_title}</a> " · " <a href="/werkbladen">{t.sheets.title}</a></p>
            </section>
        }
    }
}

fn track_view(programme: &'static Programme) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let portfolio = store.portfolio();
    let t = i18n.t();
    let (summary, cohort, rated) = portfolio.with(|p| {
        (
            track_summary(programme, p),
            p.profile.cohort_start.clone(),
            !moments_of(p, &programme.id).is_empty(),
        )
    });
    let (done, total, next) = (summary.done, summary.total, summary.next);
    let summary_text = (t.modules_done)(done, total);
    let next_view = match next {
        // Before anything else: where the participant stands at the start.
        _ if !rated && done == 0 => view! {
            <div class="next-step card">
                <h3>{t.next_step}</h3>
                <p>{(t.baseline_explain)(programme.goal_count())}</p>
                <p><a class="button primary" href="/zelfbeoordeling">{t.start_baseline}</a></p>
            </div>
        }
        .into_any(),
        Some(m) => view! {
            <div class="next-step card">
                <h3>{t.next_step}</h3>
                <p>
                    <a href=Route::Module(programme.id.to_string(), m.number).href()>
                        {(t.module_n)(m.number)} ": " <span lang="nl">{&*m.title}</span>
                    </a>
                </p>
            </div>
        }
        .into_any(),
        None => view! { <p class="next-step done">{t.all_done}</p> }.into_any(),
    };
    let modules = programme
        .modules
        .iter()
        .map(|m| track_step(t, programme, m, portfolio.with(|p| p.status(&m.id)), Detail::Compact))
        .collect_view();
    view! {
        <section aria-labelledby="where-heading">
            <h2 id="where-heading">{t.where_am_i}</h2>
            <p>
                <a href=Route::Programme(programme.id.to_string()).href()>
                    <span lang="nl">{&*programme.name}</span>
                </a>
                " (" {&*programme.code} ")"
            </p>
            {cohort.map(|date| view! { <p>{(t.cohort_started)(&(t.date)(&date))}</p> })}
            <p class="progress-summary">
                <label for="track-progress">{summary_text}</label>
                <progress id="track-progress" max=total value=done>
                    {done} "/" {total}
                </progress>
            </p>
            {next_view}
            <ol class="track compact" role="list">{modules}</ol>
        </section>
        {(rated || done > 0).then(|| assessment_view(programme, done))}
    }
}

/// The current moment's progress and the three highlights; `done` is how many modules are
/// afgerond (for when the next moment is due).
fn assessment_view(programme: &'static Programme, done: usize) -> impl IntoView {
    let i18n = use_i18n();
    let portfolio = use_store().portfolio();
    let t = i18n.t();
    let (current, rows, next_due) = portfolio.with(|p| {
        let moments = moments_of(p, &programme.id);
        let current =
            moments.last().map(|m| (m.id.clone(), m.name.clone(), m.closed, progress(m, programme)));
        (current, goal_rows(programme, &moments), next_moment_due(moments.len(), done))
    });
    let current_view = match current {
        Some((id, name, false, (rated, total))) => view! {
            <p>
                <strong>{name}</strong> ": " {(t.rated_count)(rated, total)} " · "
                <a href=Route::Moment(id.clone()).href()>{t.continue_rating}</a>
            </p>
            <progress max=total value=rated aria-label=t.current_moment>{rated} "/" {total}</progress>
        }
        .into_any(),
        Some((id, name, true, _)) => view! {
            <p>
                <strong>{(t.moment_done_title)(&name)}</strong> " · "
                <a href=Route::MomentDone(id.clone()).href()>{t.what_changed}</a>
            </p>
            {next_due.map(|after| view! {
                <p><a class="button primary" href="/zelfbeoordeling">{(t.next_moment_due)(after)}</a></p>
            })}
        }
        .into_any(),
        None => view! { <p><a class="button primary" href="/zelfbeoordeling">{t.start_baseline}</a></p> }
            .into_any(),
    };
    let h = highlights(&rows);
    let nothing_yet = h.strongest.is_empty() && h.growth.is_empty() && h.development.is_empty();
    view! {
        <section aria-labelledby="assessment-heading">
            <h2 id="assessment-heading">{t.current_moment}</h2>
            {current_view}
            {highlight_cards(t, &h)}
            {nothing_yet.then(|| view! { <p class="meta">{t.not_enough_ratings}</p> })}
            <p><a href="/groei">{t.nav_growth}</a></p>
        </section>
    }
}

fn choose_programme_view() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let t = i18n.t();
    let cards = Catalog::embedded()
        .programmes()
        .iter()
        .map(|p| {
            let id = p.id.clone();
            view! {
                <li class="card programme-card">
                    <h3>
                        <span class="card-code">{&*p.code}</span>
                        <a href=Route::Programme(p.id.to_string()).href()>
                            <span class="card-name" lang="nl">{&*p.name}</span>
                        </a>
                    </h3>
                    <p>
                        {t.for_whom} ": " <span lang="nl">{&*p.target_group}</span>
                    </p>
                    <p class="meta">
                        {(t.modules_count)(p.modules.len())} " · " {(t.goals_count)(p.goal_count())}
                    </p>
                    <button
                        type="button"
                        class="button primary"
                        disabled=move || !store.can_edit()
                        on:click=move |_| store.edit_profile(|profile| profile.set(ProfileField::Programme, id.to_string()))
                    >
                        {(t.this_is_my_programme)(&p.code)}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="choose-heading">
            <h2 id="choose-heading">{t.choose_programme}</h2>
            <p>{t.no_programme_yet}</p>
            <ul class="cards" role="list">{cards}</ul>
        </section>
    }
}
