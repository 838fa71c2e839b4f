//! Self-assessment: the list of moments, starting a new one, and the scale explained. Rating
//! a moment is `moment.rs`.

use leptos::prelude::*;

use crate::domain::{
    Programme,
    assessment::{LEVELS, moments_of, progress, start_moment},
    portfolio::track_summary,
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
    // The kind that is due: the nulmeting first, then "na module n" for the last finished module.
    let due = store.portfolio().with_untracked(|p| {
        if moments_of(p, &programme.id).is_empty() {
            0
        } else {
            track_summary(programme, p).done.clamp(1, programme.modules.len())
        }
    });
    let kind = RwSignal::new(kinds[due].clone());
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
