//! A module as one step on the participant's track, as the programme overview and the dashboard
//! show it.

use leptos::prelude::*;

use crate::domain::{Module, ModuleStatus, Programme, route::Route};
use crate::i18n::Texts;

/// The CSS class that colours a module status (number circle, badge, status control).
pub fn status_class(status: ModuleStatus) -> &'static str {
    match status {
        ModuleStatus::NotStarted => "status-not-started",
        ModuleStatus::InProgress => "status-in-progress",
        ModuleStatus::Done => "status-done",
    }
}

/// How much a step tells about its module.
#[derive(Clone, Copy, PartialEq)]
pub enum Detail {
    /// The programme overview: a heading, the subtitle, the number of goals, and the status once
    /// the participant started.
    Full,
    /// The dashboard: the link and the status on one line.
    Compact,
}

/// One `<li>` of an `<ol class="track">`.
pub fn track_step(
    t: &'static Texts,
    programme: &'static Programme,
    module: &'static Module,
    status: ModuleStatus,
    detail: Detail,
) -> impl IntoView + use<> {
    let link = view! {
        <a href=Route::Module(programme.id.to_string(), module.number).href()>
            {(t.module_n)(module.number)} ": " <span lang="nl">{&*module.title}</span>
        </a>
    };
    let class = status_class(status);
    let body = match detail {
        Detail::Full => {
            let badge = (status != ModuleStatus::NotStarted)
                .then(|| view! { <p class=format!("status-badge {class}")>{t.status(status)}</p> });
            view! {
                <h3>{link}</h3>
                {module.subtitle.as_deref().map(|s| view! { <p class="subtitle" lang="nl">{s}</p> })}
                <p class="meta">{(t.goals_count)(module.goals.len())}</p>
                {badge}
            }
            .into_any()
        }
        Detail::Compact => view! {
            {link}
            " "
            <span class=format!("status-badge {class}")>{t.status(status)}</span>
        }
        .into_any(),
    };
    view! {
        <li class="track-step">
            <span class=format!("step-number {class}") aria-hidden="true">
                {module.number}
            </span>
            <div class="step-body">{body}</div>
        </li>
    }
}
