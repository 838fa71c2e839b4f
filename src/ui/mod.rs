//! Pages and components. They stay thin: what to show comes from [`crate::domain`], words
//! from [`crate::i18n`].

mod document;
mod i18n;
mod layout;
mod pages;

use leptos::prelude::*;
use leptos_router::{
    components::{Route, Router, Routes},
    path,
};

pub use i18n::{I18n, use_i18n};

/// The whole application: language, router and the page shell.
#[component]
pub fn App() -> impl IntoView {
    i18n::provide_i18n();
    view! {
        <Router>
            <layout::Shell>
                <Routes fallback=pages::NotFound>
                    <Route path=path!("/") view=pages::Home />
                    <Route path=path!("/:programme") view=pages::ProgrammePage />
                    <Route path=path!("/:programme/module/:number") view=pages::ModulePage />
                </Routes>
            </layout::Shell>
        </Router>
    }
}
