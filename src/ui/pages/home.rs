use leptos::prelude::*;
use leptos_router::components::A;

use crate::domain::Catalog;
use crate::ui::{document::use_title, use_i18n};

#[component]
pub fn Home() -> impl IntoView {
    let i18n = use_i18n();
    use_title(|| None);
    move || {
        let t = i18n.t();
        let cards = Catalog::embedded()
            .programmes()
            .iter()
            .map(|p| {
                let modules = (t.modules_count)(p.modules.len());
                let goals = (t.goals_count)(p.goal_count());
                view! {
                    <li class="card programme-card">
                        <h3>
                            <A href=format!("/{}", p.id)>
                                <span class="card-code">{p.code.clone()}</span>
                                <span class="card-name" lang="nl">{p.name.clone()}</span>
                            </A>
                        </h3>
                        <p>
                            {t.for_whom} ": " <span lang="nl">{p.target_group.clone()}</span>
                        </p>
                        <p class="meta">{modules} " · " {goals}</p>
                    </li>
                }
            })
            .collect_view();
        view! {
            <h1 tabindex="-1">{t.home_title}</h1>
            <p class="lead">{t.home_lead}</p>
            <section aria-labelledby="choose-heading">
                <h2 id="choose-heading">{t.choose_programme}</h2>
                <ul class="cards" role="list">{cards}</ul>
            </section>
            <p class="privacy-note">{t.home_privacy}</p>
        }
    }
}
