use leptos::prelude::*;

use super::track::{Detail, track_step};
use super::{Background, ContentLanguageNote, NotFound};
use crate::domain::Catalog;
use crate::ui::{document::use_title, store::use_store, use_i18n};

/// A programme's overview: its introduction and the modules as a path.
#[component]
pub fn ProgrammePage(programme: String) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let portfolio = store.portfolio();
    let programme = Catalog::embedded().programme(&programme);
    use_title(move || programme.map(|p| p.name.to_string()));
    move || {
        let Some(p) = programme else {
            return view! { <NotFound /> }.into_any();
        };
        let t = i18n.t();
        let steps = p
            .modules
            .iter()
            .map(|m| track_step(t, p, m, portfolio.with(|pf| pf.status(&m.id)), Detail::Full))
            .collect_view();
        view! {
            <p class="eyebrow">{&*p.code}</p>
            <h1 tabindex="-1" lang="nl">{&*p.name}</h1>
            <p class="lead">
                {t.for_whom} ": " <span lang="nl">{&*p.target_group}</span>
            </p>
            <ContentLanguageNote />
            <div class="welcome" lang="nl">{p.welcome.iter().map(|w| view! { <p>{&**w}</p> }).collect_view()}</div>
            <section aria-labelledby="track-heading">
                <h2 id="track-heading">{t.modules_heading}</h2>
                <p class="meta">
                    {(t.modules_count)(p.modules.len())} " · " {(t.goals_count)(p.goal_count())}
                </p>
                <ol class="track" role="list">{steps}</ol>
            </section>
            <Background text=&p.introduction />
        }
        .into_any()
    }
}
