//! Pages and components. They stay thin: what to show comes from [`crate::domain`], words
//! from [`crate::i18n`], saved state from [`store`].

mod app_update;
mod attachments;
mod backup_file;
pub mod browser;
mod confirmation;
mod conversations;
mod document;
mod download;
mod form;
mod highlights;
mod hooks;
mod i18n;
mod layout;
mod locked_file;
pub mod manager;
mod manager_comments;
pub mod messages;
mod pages;
mod passphrase;
mod profile_form;
mod send_conversation;
mod startup;
pub mod store;
mod worksheet_form;

use leptos::prelude::*;

use crate::domain::{items::Kind, route::Route};
use startup::{AtStage, Stage};

pub use i18n::{I18n, use_i18n};

/// The whole application: language, portfolio store, the address bar and the page shell.
///
/// Built in stages, a task each ([`startup`]); `on_first_page` runs once the first page is
/// complete (the start in `lib.rs` then moves the app into the document).
#[component]
pub fn App(#[prop(optional)] on_first_page: Option<Box<dyn FnOnce()>>) -> impl IntoView {
    i18n::provide_i18n();
    let store = store::provide_store();
    confirmation::provide_confirmation();
    let location = browser::location::provide_location();
    let route = Memo::new(move |_| Route::parse(&location.path()));
    let shown = Memo::new(move |_| {
        let route = route.get();
        store.with_mode(|mode| match mode {
            store::Mode::Recovery(_) => Shown::Recovery,
            store::Mode::Loading if route.shows_portfolio() => Shown::Loading,
            store::Mode::Unreadable if route.shows_portfolio() => Shown::Unreadable,
            _ => Shown::Page(route),
        })
    });
    // A page that shows the portfolio comes into view once it is read, unless that takes long:
    // then the short loading message shows.
    startup::provide_startup(on_first_page, Signal::derive(move || shown.get() == Shown::Loading));
    view! {
        <layout::Shell>
            <AtStage stage=Stage::Page>
                {move || match shown.get() {
                    Shown::Recovery => view! { <pages::RecoveryPage /> }.into_any(),
                    Shown::Loading => view! { <pages::Loading /> }.into_any(),
                    Shown::Unreadable => view! { <pages::Unreadable /> }.into_any(),
                    Shown::Page(route) => page(route),
                }}
            </AtStage>
        </layout::Shell>
    }
}

/// What the page area shows.
#[derive(Clone, PartialEq)]
enum Shown {
    Page(Route),
    Loading,
    Unreadable,
    Recovery,
}

/// The page an address shows. A page with a parameter is built anew when its address changes.
fn page(route: Route) -> AnyView {
    match route {
        Route::Home => view! { <pages::Home /> }.into_any(),
        Route::Profile => view! { <pages::ProfilePage /> }.into_any(),
        Route::Assessment => view! { <pages::AssessmentPage /> }.into_any(),
        Route::Moment(id) => view! { <pages::MomentPage id /> }.into_any(),
        Route::MomentModule(id, module) => view! { <pages::MomentPage id module /> }.into_any(),
        Route::MomentDone(id) => view! { <pages::MomentDone id /> }.into_any(),
        Route::ScaleHelp => view! { <pages::ScaleHelp /> }.into_any(),
        Route::Growth => view! { <pages::GrowthPage /> }.into_any(),
        Route::Portfolio => view! { <pages::PortfolioPage /> }.into_any(),
        Route::Why => view! { <pages::WhyPage /> }.into_any(),
        Route::Canvas => view! { <pages::CanvasPage /> }.into_any(),
        Route::Entry(Kind::Worksheet, id) => view! { <pages::WorksheetPage id /> }.into_any(),
        Route::Entry(kind, id) => view! { <pages::EntryPage kind id /> }.into_any(),
        Route::Sheets => view! { <pages::SheetsPage /> }.into_any(),
        Route::Sheet(id) => view! { <pages::SheetPage id /> }.into_any(),
        Route::Report => view! { <pages::ReportPage /> }.into_any(),
        Route::Data => view! { <pages::DataPage /> }.into_any(),
        Route::Statement(id) => view! { <pages::StatementPage id /> }.into_any(),
        Route::Programme(programme) => view! { <pages::ProgrammePage programme /> }.into_any(),
        Route::Module(programme, number) => view! { <pages::ModulePage programme number /> }.into_any(),
        Route::NotFound => view! { <pages::NotFound /> }.into_any(),
    }
}
