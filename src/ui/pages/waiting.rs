//! What a page that shows the portfolio shows instead while the portfolio is being read, or when
//! the browser will not hand it over. Content pages never show these.

use leptos::prelude::*;

use crate::ui::{document::use_title, use_i18n};

/// A short, announced wait: never an empty dashboard that looks like lost data.
#[component]
pub fn Loading() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="loading" role="status">
            <h1 tabindex="-1">{i18n.text(|t| t.loading_data)}</h1>
        </div>
    }
}

/// The stored portfolio cannot be read now; nothing has been touched.
#[component]
pub fn Unreadable() -> impl IntoView {
    let i18n = use_i18n();
    use_title(move || Some(i18n.t().unreadable_title.to_owned()));
    view! {
        <h1 tabindex="-1">{i18n.text(|t| t.unreadable_title)}</h1>
        <p class="lead">{i18n.text(|t| t.unreadable_body)}</p>
        <button type="button" class="button primary" on:click=|_| drop(window().location().reload())>
            {i18n.text(|t| t.reload_button)}
        </button>
    }
}
