//! `/toegankelijkheid` and `/privacy`: the statements of `content/statements.toml`, in the
//! interface language.

use leptos::prelude::*;

use crate::domain::catalog::statement;
use crate::i18n::Locale;
use crate::ui::{document::use_title, use_i18n};

#[component]
pub fn StatementPage(id: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    let found = statement(id);
    let text = move || found.map(|s| if i18n.locale() == Locale::Nl { &s.nl } else { &s.en });
    use_title(move || text().map(|t| t.title.to_string()));
    move || {
        let Some(t) = text() else { return view! { <super::NotFound /> }.into_any() };
        let sections = t
            .sections
            .iter()
            .map(|s| {
                view! {
                    <section>
                        <h2>{&*s.heading}</h2>
                        {s.paragraphs.iter().map(|p| view! { <p>{&**p}</p> }).collect_view()}
                    </section>
                }
            })
            .collect_view();
        view! {
            <article class="statement">
                <h1 tabindex="-1">{&*t.title}</h1>
                <p class="lead">{&*t.lead}</p>
                {sections}
            </article>
        }
        .into_any()
    }
}
