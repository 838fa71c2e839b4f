//! Opening the conversation file: by the file picker or by dropping it, then, for a locked file,
//! its passphrase. Every refusal says what is wrong and what to do.

use std::sync::Arc;

use leptos::prelude::*;
use web_sys::{DragEvent, File, HtmlInputElement};

use super::Answer;
use crate::domain::{
    conversation::{self, ConversationError, Kind, MAX_REQUEST_BYTES},
    envelope::looks_encrypted,
};
use crate::ui::{
    browser::{crypto::unseal, files::read_text, tasks::Slices},
    messages, use_i18n,
};

/// Where opening stands.
#[derive(Clone)]
enum Step {
    Choose,
    Reading,
    /// A locked file, waiting for its passphrase.
    Locked(Arc<String>),
    Unlocking,
}

#[component]
pub(super) fn OpenConversation(opened: RwSignal<Option<Answer>>) -> impl IntoView {
    let i18n = use_i18n();
    let step = RwSignal::new(Step::Choose);
    let error = RwSignal::new(None::<String>);
    // The plain text of a conversation file, and the passphrase that opened it.
    let take = move |text: &str, passphrase: Option<String>| match conversation::read_request(text) {
        Ok(request) => opened.set(Some(Answer::new(request, passphrase))),
        Err(e) => {
            step.set(Step::Choose);
            error.set(Some(messages::conversation_error(i18n.t(), e, Kind::Request).to_owned()));
        }
    };
    let open_file = move |file: Option<File>| {
        let Some(file) = file else { return };
        error.set(None);
        if file.size() > MAX_REQUEST_BYTES as f64 {
            let e = ConversationError::TooLarge;
            return error.set(Some(messages::conversation_error(i18n.t(), e, Kind::Request).to_owned()));
        }
        step.set(Step::Reading);
        leptos::task::spawn_local(async move {
            let Some(text) = read_text(&file, &mut Slices::new()).await else {
                step.set(Step::Choose);
                return error.set(Some(i18n.t().conversation.unreadable.to_owned()));
            };
            if looks_encrypted(&text) {
                step.set(Step::Locked(Arc::new(text)));
                crate::ui::document::focus_by_id("conversation-passphrase");
            } else {
                take(&text, None);
            }
        });
    };
    let unlock = move |passphrase: String| {
        let Step::Locked(text) = step.get_untracked() else { return };
        step.set(Step::Unlocking);
        error.set(None);
        leptos::task::spawn_local(async move {
            match unseal(&text, &passphrase).await {
                Ok(plain) => take(&plain, Some(passphrase)),
                Err(e) => {
                    step.set(Step::Locked(text));
                    error.set(Some(messages::open_error(i18n.t(), e).to_owned()));
                }
            }
        });
    };
    let on_pick = move |ev: leptos::ev::Event| {
        let input: HtmlInputElement = event_target(&ev);
        open_file(input.files().and_then(|f| f.get(0)));
        input.set_value("");
    };
    let on_drop = move |ev: DragEvent| {
        ev.prevent_default();
        open_file(ev.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)));
    };
    let locked = move || matches!(step.get(), Step::Locked(_) | Step::Unlocking);
    view! {
        <h1 tabindex="-1">{i18n.text(|t| t.conversation.manager_title)}</h1>
        <p class="lead">{i18n.text(|t| t.conversation.manager_lead)}</p>
        <section class="card drop-zone" aria-labelledby="open-heading" hidden=locked
            on:dragover=|ev: DragEvent| ev.prevent_default() on:drop=on_drop>
            <h2 id="open-heading">{i18n.text(|t| t.conversation.open_heading)}</h2>
            <p class="hint">{i18n.text(|t| t.conversation.open_hint)}</p>
            <input type="file" id="conversation-file" class="file-input" accept=".json,application/json"
                on:change=on_pick />
            <label for="conversation-file" class="button primary">{i18n.text(|t| t.conversation.choose_file)}</label>
            <span class="hint drop-hint">{i18n.text(|t| t.conversation.drop_hint)}</span>
            <p role="status">{move || matches!(step.get(), Step::Reading).then(|| i18n.t().conversation.reading)}</p>
        </section>
        <div role="alert">{move || (!locked()).then(|| error.get().map(|e| view! { <p class="notice error">{e}</p> }))}</div>
        {move || locked().then(|| view! {
            <section class="card" aria-labelledby="locked-heading">
                <h2 id="locked-heading">{i18n.text(|t| t.conversation.locked_heading)}</h2>
                <p>{i18n.text(|t| t.conversation.locked_hint)}</p>
                <crate::ui::passphrase::PassphrasePrompt id="conversation-passphrase" on_open=unlock
                    error=error busy=Signal::derive(move || matches!(step.get(), Step::Unlocking)) />
                <button type="button" class="link-button" on:click=move |_| { step.set(Step::Choose); error.set(None); }>
                    {i18n.text(|t| t.conversation.other_file)}
                </button>
            </section>
        })}
        <section class="card" aria-labelledby="how-heading">
            <h2 id="how-heading">{i18n.text(|t| t.conversation.how_heading)}</h2>
            <ol class="steps">
                {move || i18n.t().conversation.how_steps.iter().map(|s| view! { <li>{*s}</li> }).collect_view()}
            </ol>
        </section>
    }
}
