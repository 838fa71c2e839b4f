//! "Voor het ontwikkelgesprek versturen" on /verslag (issue 16): the conversation file with
//! exactly what the report shows, locked with a passphrase unless the participant chooses not
//! to, for the manager to open in Leerpad's manager mode.

use leptos::prelude::*;

use crate::domain::conversation::{request_file, request_file_name};
use crate::domain::report::Options;
use crate::ui::{
    browser::{
        clock::{new_id, now, today},
        crypto::seal,
    },
    download::download,
    hooks::use_my_programme,
    manager::PATH,
    passphrase::{NewPassphrase, PassphraseChoice},
    store::use_store,
    use_i18n,
};

#[component]
pub fn SendConversation(options: RwSignal<Options>, open: RwSignal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let portfolio = store.portfolio();
    let programme = use_my_programme();
    let lock = NewPassphrase::new("send-passphrase");
    // The file just made (its name), or why it could not be made.
    let done = RwSignal::new(None::<Result<String, ()>>);
    let busy = RwSignal::new(false);
    let send = move |_| {
        let Some(passphrase) = lock.take() else { return };
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        done.set(None);
        let (date, id) = (today(), new_id("gesprek"));
        let text = portfolio.with_untracked(|p| {
            request_file(p, programme.get_untracked(), &options.get_untracked(), &id, now(), &date)
        });
        leptos::task::spawn_local(async move {
            let file = request_file_name(&date);
            let result = match seal(&text, passphrase.as_deref()).await {
                Ok(sealed) => download(&file, "application/json", &sealed).map(|_| file).map_err(|_| ()),
                Err(_) => Err(()),
            };
            if result.is_ok() {
                // Kept, so that the reply can be read in against it.
                store.add_conversation(id, date);
            }
            busy.set(false);
            done.set(Some(result));
        });
    };
    let address = format!("{}{PATH}", window().location().origin().unwrap_or_default());
    let status = move || {
        let t = &i18n.t().conversation;
        done.get().map(|result| match result {
            Ok(file) => {
                let passphrase = lock.locks().then_some(t.sent_passphrase);
                view! { <p class="notice success">{(t.sent)(&file)} " " {passphrase}</p> }.into_any()
            }
            Err(()) => view! { <p class="notice error">{t.send_failed}</p> }.into_any(),
        })
    };
    view! {
        <section class="card send-conversation" id="send-conversation" aria-labelledby="send-heading" hidden=move || !open.get()>
            <h2 id="send-heading" tabindex="-1">{i18n.text(|t| t.conversation.send_heading)}</h2>
            <p>{i18n.text(|t| t.conversation.send_lead)}</p>
            <p>{move || (i18n.t().conversation.send_where)(&address)}</p>
            <PassphraseChoice choice=lock />
            <div class="actions">
                <button type="button" class="button primary" on:click=send aria-disabled=move || busy.get().to_string()>
                    {i18n.text(|t| t.conversation.send_button)}
                </button>
            </div>
            <div role="status">{status}</div>
        </section>
    }
}
