//! The frame around every page: skip link, header with navigation and language switch, footer.

use leptos::prelude::*;
use leptos_router::{components::A, hooks::use_location};

use super::{document, use_i18n};
use crate::domain::Catalog;
use crate::i18n::Locale;

#[component]
pub fn Shell(children: Children) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.t();
    let pathname = use_location().pathname;
    // Focus the new page's heading on every in-app navigation, not on the first load.
    Effect::new(move |previous: Option<String>| {
        let path = pathname.get();
        if previous.is_some_and(|p| p != path) {
            document::focus_page_heading();
        }
        path
    });
    let skip = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        document::focus_by_id("main");
    };
    view! {
        <a class="skip-link" href="#main" on:click=skip>{move || t().skip_link}</a>
        <header class="site-header">
            <div class="wrap header-row">
                <A href="/" attr:class="brand">
                    <span class="brand-mark" aria-hidden="true"></span>
                    {move || t().app_name}
                </A>
                <nav class="main-nav" aria-label=move || t().main_nav>
                    <ul>
                        {Catalog::embedded()
                            .programmes()
                            .iter()
                            .map(|p| {
                                view! {
                                    <li>
                                        <A href=format!("/{}", p.id)>{p.code.clone()}</A>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </nav>
                <LanguageSwitch />
            </div>
        </header>
        <main id="main" tabindex="-1">
            <div class="wrap">{children()}</div>
        </main>
        <footer class="site-footer">
            <div class="wrap">
                <p>{move || t().footer_privacy}</p>
            </div>
        </footer>
    }
}

/// Two buttons, each in its own language; the pressed one is the current language.
#[component]
fn LanguageSwitch() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="lang-switch" role="group" aria-label=move || i18n.t().language>
            {Locale::ALL
                .into_iter()
                .map(|locale| {
                    view! {
                        <button
                            type="button"
                            lang=locale.code()
                            aria-pressed=move || (i18n.locale() == locale).to_string()
                            on:click=move |_| i18n.set(locale)
                        >
                            {locale.native_name()}
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}
