//! Opening the conversation file: by the file picker or by dropping it, then, for a locked file,
//! its passphrase. Every refusal says what is wrong and what to do.

use leptos::prelude::*;
use web_sys::DragEvent;

use super::Answer;
use crate::domain::conversation::{self, Kind, MAX_REQUEST_BYTES};
use crate::ui::{locked_file::use_locked_file, messages, passphrase::PassphrasePrompt, use_i18n};

#[component]
pub(super) fn OpenConversation(opened: RwSignal<Option<Answer>>) -> impl IntoView {
    let i18n = use_i18n();
    // The plain text of a conversation file, and the passphrase that opened it.
    let file = use_locked_file(
        Kind::Request,
        MAX_REQUEST_BYTES,
        "conversation-passphrase",
        move |text, passphrase| {
            let request = conversation::read_request(text)
                .map_err(|e| messages::conversation_error(i18n.t(), e, Kind::Request).to_owned())?;
            opened.set(Some(Answer::new(request, passphrase)));
            Ok(())
        },
    );
    // A file dropped on the home page, handed over to this page.
    if let Some(text) = crate::storage::handover::take() {
        file.open_text(text);
    }
    let locked = move || file.locked();
    let error = file.error;
    view! {
        <h1 tabindex="-1">{i18n.text(|t| t.conversation.manager_title)}</h1>
        <p class="lead">{i18n.text(|t| t.conversation.manager_lead)}</p>
        <section class="card drop-zone" aria-labelledby="open-heading" hidden=locked
            on:dragover=|ev: DragEvent| ev.prevent_default() on:drop=file.on_drop()>
            <h2 id="open-heading">{i18n.text(|t| t.conversation.open_heading)}</h2>
            <p class="hint">{i18n.text(|t| t.conversation.open_hint)}</p>
            <input type="file" id="conversation-file" class="file-input" accept=".json,application/json"
                on:change=file.on_pick() />
            <label for="conversation-file" class="button primary">{i18n.text(|t| t.conversation.choose_file)}</label>
            <span class="hint drop-hint">{i18n.text(|t| t.conversation.drop_hint)}</span>
            <p role="status">{move || file.reading().then(|| i18n.t().conversation.reading)}</p>
        </section>
        <div role="alert">{move || (!locked()).then(|| error.get().map(|e| view! { <p class="notice error">{e}</p> }))}</div>
        {move || locked().then(|| view! {
            <section class="card" aria-labelledby="locked-heading">
                <h2 id="locked-heading">{i18n.text(|t| t.conversation.locked_heading)}</h2>
                <p>{i18n.text(|t| t.conversation.locked_hint)}</p>
                <PassphrasePrompt id="conversation-passphrase" on_open=move |p| file.unlock(p)
                    error=error busy=Signal::derive(move || file.unlocking()) />
                <button type="button" class="link-button" on:click=move |_| file.reset()>
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
