mod assessment;
mod dashboard;
mod data;
mod device;
mod growth;
mod module;
mod moment;
mod not_found;
mod portfolio;
mod profile;
mod programme;
mod recovery;
mod report;
mod sheets;
mod statement;
mod track;
mod waiting;
mod welcome;

pub use assessment::{AssessmentPage, ScaleHelp};
pub use dashboard::Dashboard;
pub use data::DataPage;
pub use growth::GrowthPage;
pub use module::ModulePage;
pub use moment::{MomentDone, MomentPage};
pub use not_found::NotFound;
pub use portfolio::{CanvasPage, EntryPage, PortfolioPage, WhyPage, WorksheetPage};
pub use profile::ProfilePage;
pub use programme::ProgrammePage;
pub use recovery::RecoveryPage;
pub use report::ReportPage;
pub use sheets::{ModuleSheets, SheetPage, SheetsPage};
pub use statement::StatementPage;
pub use waiting::{Loading, Unreadable};
pub use welcome::Welcome;

use leptos::prelude::*;

use super::{
    store::{Mode, use_store},
    use_i18n,
};
use crate::i18n::Locale;

/// `/`: onboarding on a first visit, the dashboard afterwards.
#[component]
pub fn Home() -> impl IntoView {
    let store = use_store();
    let fresh = Memo::new(move |_| store.mode() == Mode::Fresh);
    move || if fresh.get() { view! { <Welcome /> }.into_any() } else { view! { <Dashboard /> }.into_any() }
}

/// A text of the programme description that was written for the supplier, word for word,
/// folded away under "Achtergrond: programmabeschrijving".
#[component]
fn Background(text: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <details class="background">
            <summary>{i18n.text(|t| t.background)}</summary>
            <p lang="nl">{text}</p>
        </details>
    }
}

/// Shown above Dutch-only content while the interface is in another language.
#[component]
pub(crate) fn ContentLanguageNote() -> impl IntoView {
    let i18n = use_i18n();
    move || {
        (i18n.locale() != Locale::Nl)
            .then(|| view! { <p class="content-lang-note">{i18n.t().content_in_dutch}</p> })
    }
}
