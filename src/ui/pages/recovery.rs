use leptos::prelude::*;

use crate::domain::route::Route;

use crate::ui::{
    browser::location::use_location,
    document::use_title,
    messages::{sentence, store_error},
    store::{Mode, Recovery, StoreError, use_store},
    use_i18n,
};

/// Shown instead of every page while stored data cannot be read. Nothing is written until the
/// participant picks one of the ways out; the destructive ones ask for confirmation.
#[component]
pub fn RecoveryPage() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    use_title(move || Some(i18n.t().recovery_title.to_owned()));
    let error = RwSignal::new(None::<StoreError>);
    let confirm = |question: &str| window().confirm_with_message(question).unwrap_or(false);
    let location = use_location();
    // Once the data is readable again, continue at the dashboard (or onboarding).
    let report = move |choice: std::pin::Pin<Box<dyn Future<Output = Result<(), StoreError>>>>| {
        leptos::task::spawn_local(async move {
            match choice.await {
                Ok(()) => {
                    error.set(None);
                    location.navigate(&Route::Home);
                }
                Err(e) => error.set(Some(e)),
            }
        });
    };
    move || {
        let t = i18n.t();
        let Mode::Recovery(Recovery { problems, restorable, .. }) = store.mode() else {
            return ().into_any();
        };
        let problem_list =
            problems.iter().map(|p| view! { <li>{sentence((t.problem)(p))}</li> }).collect_view();
        view! {
            <h1 tabindex="-1">{t.recovery_title}</h1>
            <p class="lead">{t.recovery_lead}</p>
            <h2>{t.recovery_problems}</h2>
            <ul class="problems">{problem_list}</ul>
            <div class="recovery-options">
                <div class="card">
                    <p>{t.recovery_download_explain}</p>
                    <button type="button" class="button primary" on:click=move |_| store.download_raw()>
                        {t.recovery_download}
                    </button>
                </div>
                {(!restorable.is_empty()).then(|| view! {
                    <div class="card">
                        <p>{t.recovery_restore_explain}</p>
                        <button type="button" class="button primary" on:click=move |_| report(Box::pin(store.restore_backups()))>
                            {t.recovery_restore}
                        </button>
                    </div>
                })}
                <div class="card">
                    <button
                        type="button"
                        class="button secondary"
                        on:click=move |_| {
                            if confirm(t.recovery_discard_confirm) {
                                report(Box::pin(store.discard_damaged()));
                            }
                        }
                    >
                        {t.recovery_discard}
                    </button>
                    " "
                    <button
                        type="button"
                        class="button danger"
                        on:click=move |_| {
                            if confirm(t.recovery_fresh_confirm) {
                                report(Box::pin(store.erase_all()));
                            }
                        }
                    >
                        {t.recovery_fresh}
                    </button>
                </div>
            </div>
            {move || error.get().map(|e| view! { <p class="notice error" role="alert">{store_error(i18n.t(), &e)}</p> })}
        }
        .into_any()
    }
}
