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
    let i18n = use_i18n();
    let store = use_store();
    let fresh = Memo::new(move |_| store.mode() == Mode::Fresh);
    // A conversation file dropped here opens in manager mode (issue 16); anything else is said.
    let refused = RwSignal::new(false);
    let on_drop = move |ev: web_sys::DragEvent| {
        let Some(file) = ev.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)) else { return };
        ev.prevent_default();
        leptos::task::spawn_local(async move {
            let mut pace = crate::ui::browser::tasks::Slices::new();
            let text = crate::ui::browser::files::read_text(&file, &mut pace).await.unwrap_or_default();
            use crate::domain::conversation::{Kind, kind_of};
            if crate::domain::envelope::looks_encrypted(&text) || kind_of(&text) == Some(Kind::Request) {
                // If the tab cannot keep it for a moment, the manager chooses it there once more.
                let _ = crate::storage::handover::put(&text);
                let _ = window().location().assign(crate::ui::manager::PATH);
            } else {
                refused.set(true);
            }
        });
    };
    view! {
        <div class="home" on:dragover=|ev: web_sys::DragEvent| ev.prevent_default() on:drop=on_drop>
            <div role="alert">
                {move || refused.get().then(|| view! { <p class="notice error">{i18n.text(|t| t.conversation.home_drop_refused)}</p> })}
            </div>
            {move || if fresh.get() { view! { <Welcome /> }.into_any() } else { view! { <Dashboard /> }.into_any() }}
        </div>
    }
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
