mod home;
mod module;
mod not_found;
mod programme;

pub use home::Home;
pub use module::ModulePage;
pub use not_found::NotFound;
pub use programme::ProgrammePage;

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::use_i18n;
use crate::domain::{Catalog, Programme};
use crate::i18n::Locale;

/// The programme named in the URL (`/:programme/...`), if it exists.
fn programme_from_route() -> Memo<Option<&'static Programme>> {
    let params = use_params_map();
    Memo::new(move |_| params.read().get("programme").and_then(|id| Catalog::embedded().programme(&id)))
}

/// Shown above Dutch-only content while the interface is in another language.
#[component]
fn ContentLanguageNote() -> impl IntoView {
    let i18n = use_i18n();
    move || {
        (i18n.locale() != Locale::Nl)
            .then(|| view! { <p class="content-lang-note">{i18n.t().content_in_dutch}</p> })
    }
}
