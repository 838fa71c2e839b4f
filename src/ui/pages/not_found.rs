use leptos::prelude::*;

use crate::domain::{Catalog, route::Route};
use crate::ui::{document::use_title, use_i18n};

#[component]
pub fn NotFound() -> impl IntoView {
    let i18n = use_i18n();
    use_title(move || Some(i18n.t().not_found_title.to_owned()));
    move || {
        let t = i18n.t();
        view! {
            <h1 tabindex="-1">{t.not_found_title}</h1>
            <p>{t.not_found_body}</p>
            <ul>
                <li>
                    <a href="/">{t.to_home}</a>
                </li>
                {Catalog::embedded()
                    .programmes()
                    .iter()
                    .map(|p| {
                        view! {
                            <li>
                                <a href=Route::Programme(p.id.to_string()).href()>
                                    {&*p.code} ": " <span lang="nl">{&*p.name}</span>
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
    }
}
