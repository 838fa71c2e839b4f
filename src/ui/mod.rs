//! Pages and components. They stay thin: what to show comes from [`crate::domain`], words
//! from [`crate::i18n`], saved state from [`store`].

mod app_update;
pub mod browser;
mod document;
mod download;
mod form;
mod hooks;
mod i18n;
mod layout;
pub mod messages;
mod pages;
mod profile_form;
pub mod store;

use leptos::prelude::*;
use leptos_router::{
    components::{Route, Router, Routes},
    path,
};

pub use i18n::{I18n, use_i18n};

/// The whole application: language, portfolio store, router and the page shell.
#[component]
pub fn App() -> impl IntoView {
    i18n::provide_i18n();
    let store = store::provide_store();
    let recovering = Memo::new(move |_| matches!(store.mode(), store::Mode::Recovery(_)));
    view! {
        <Router>
            <layout::Shell>
                {move || {
                    if recovering.get() {
                        view! { <pages::RecoveryPage /> }.into_any()
                    } else {
                        view! {
                            <Routes fallback=pages::NotFound>
                                <Route path=path!("/") view=pages::Home />
                                <Route path=path!("/profiel") view=pages::ProfilePage />
                                <Route path=path!("/zelfbeoordeling") view=pages::AssessmentPage />
                                <Route path=path!("/zelfbeoordeling/:id") view=pages::MomentPage />
                                <Route path=path!("/groei") view=pages::GrowthPage />
                                <Route path=path!("/portfolio") view=pages::PortfolioPage />
                                <Route path=path!("/verslag") view=pages::ReportPage />
                                <Route path=path!("/gegevens") view=pages::DataPage />
                                <Route path=path!("/portfolio/why") view=pages::WhyPage />
                                <Route path=path!("/portfolio/360") view=pages::CanvasPage />
                                <Route path=path!("/portfolio/:kind/:id") view=pages::EntryPage />
                                <Route path=path!("/uitleg-schaal") view=pages::ScaleHelp />
                                <Route path=path!("/:programme") view=pages::ProgrammePage />
                                <Route path=path!("/:programme/module/:number") view=pages::ModulePage />
                            </Routes>
                        }
                            .into_any()
                    }
                }}
            </layout::Shell>
        </Router>
    }
}
