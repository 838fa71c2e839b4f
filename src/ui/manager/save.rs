//! Saving the answer as a reply file (locked with the request's passphrase when it had one), and
//! opening a reply saved earlier to go on with it: the reply file is also the manager's draft.

use leptos::prelude::*;
use web_sys::HtmlInputElement;

use super::Answer;
use crate::domain::{
    conversation::{self, ConversationError, Kind, MAX_REPLY_BYTES, reply_file, reply_file_name},
    envelope::looks_encrypted,
};
use crate::ui::{
    browser::{
        clock::{now, today},
        crypto::{seal, unseal},
        files::read_text,
        tasks::Slices,
    },
    download::download,
    messages, use_i18n,
};

/// What the last save or open did, for the status line.
#[derive(Clone, PartialEq)]
enum Done {
    Saved(String),
    Opened,
    Failed(String),
}

#[component]
pub(super) fn SaveReply(answer: Answer) -> impl IntoView {
    let i18n = use_i18n();
    let manager = answer.slice(|r| r.manager.clone());
    let done = RwSignal::new(None::<Done>);
    let busy = RwSignal::new(false);
    let locked = answer.passphrase.with_value(Option::is_some);
    let name = answer.request().participant.clone();
    let save = move |_| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        leptos::task::spawn_local(async move {
            let text = reply_file(&answer.reply.get_untracked(), now());
            let passphrase = answer.passphrase.get_value();
            let file = reply_file_name(&today());
            let result = match seal(&text, passphrase.as_deref()).await {
                Ok(sealed) => download(&file, "application/json", &sealed).map_err(|_| ()),
                Err(_) => Err(()),
            };
            busy.set(false);
            match result {
                Ok(()) => {
                    answer.unsaved.set(false);
                    done.set(Some(Done::Saved(file)));
                }
                Err(()) => done.set(Some(Done::Failed(i18n.t().conversation.save_failed.to_owned()))),
            }
        });
    };
    let open_earlier = move |ev: leptos::ev::Event| {
        let input: HtmlInputElement = event_target(&ev);
        let file = input.files().and_then(|f| f.get(0));
        input.set_value("");
        let Some(file) = file else { return };
        leptos::task::spawn_local(async move {
            let t = i18n.t();
            let refuse = |e| Done::Failed(messages::conversation_error(t, e, Kind::Reply).to_owned());
            if file.size() > MAX_REPLY_BYTES as f64 {
                return done.set(Some(refuse(ConversationError::TooLarge)));
            }
            let Some(mut text) = read_text(&file, &mut Slices::new()).await else {
                return done.set(Some(Done::Failed(t.conversation.unreadable.to_owned())));
            };
            if looks_encrypted(&text) {
                let Some(passphrase) = answer.passphrase.get_value() else {
                    return done.set(Some(Done::Failed(t.conversation.earlier_locked.to_owned())));
                };
                match unseal(&text, &passphrase).await {
                    Ok(plain) => text = plain,
                    Err(e) => return done.set(Some(Done::Failed(messages::open_error(t, e).to_owned()))),
                }
            }
            let id = answer.request.with_value(|r| r.conversation.clone());
            match conversation::read_reply(&text, &id) {
                Ok(reply) => {
                    answer.reply.set(reply);
                    answer.unsaved.set(false);
                    done.set(Some(Done::Opened));
                }
                Err(e) => done.set(Some(refuse(e))),
            }
        });
    };
    let status = move || {
        let t = i18n.t();
        done.get().map(|d| match d {
            Done::Saved(file) => {
                view! { <p class="notice success">{(t.conversation.saved)(&file, &name)}</p> }.into_any()
            }
            Done::Opened => {
                view! { <p class="notice success">{t.conversation.earlier_opened}</p> }.into_any()
            }
            Done::Failed(why) => view! { <p class="notice error">{why}</p> }.into_any(),
        })
    };
    view! {
        <section id="opslaan" aria-labelledby="save-heading">
            <h2 id="save-heading">{i18n.text(|t| t.conversation.save_heading)}</h2>
            <div class="card form">
                <div class="field">
                    <label for="manager-name">{i18n.text(|t| t.conversation.manager_name)}</label>
                    <input type="text" id="manager-name" autocomplete="name" prop:value=manager
                        on:input=move |ev| { let v = event_target_value(&ev); answer.edit(|r| r.set_manager(&v)); } />
                </div>
                <p class="hint">
                    {move || if locked { i18n.t().conversation.save_locked } else { i18n.t().conversation.save_plain }}
                </p>
                <p class="hint" hidden=move || !answer.unsaved.get()>{i18n.text(|t| t.conversation.unsaved)}</p>
                <div class="actions">
                    <button type="button" class="button primary" id="save-reply" on:click=save aria-disabled=move || busy.get().to_string()>
                        {i18n.text(|t| t.conversation.save)}
                    </button>
                    <input type="file" id="earlier-reply" class="file-input" accept=".json,application/json" on:change=open_earlier />
                    <label for="earlier-reply" class="button secondary">{i18n.text(|t| t.conversation.open_earlier)}</label>
                </div>
                <div role="status">{status}</div>
            </div>
        </section>
    }
}
