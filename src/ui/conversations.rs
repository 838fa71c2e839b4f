//! The conversations with the manager, on /verslag (issue 16): reading in the manager's reply
//! (checked like a backup: a reply to another conversation, a changed or foreign file changes
//! nothing), and every conversation sent, with its agreements and the agreed actions to take over.

use std::sync::Arc;

use leptos::prelude::*;
use web_sys::{DragEvent, File, HtmlInputElement};

use crate::domain::{
    conversation::{self, ConversationError, Kind, MAX_REPLY_BYTES},
    conversations::Conversation,
    envelope::looks_encrypted,
    route::Route,
};
use crate::ui::{
    browser::{crypto::unseal, files::read_text, location::use_location, tasks::Slices},
    messages,
    passphrase::PassphrasePrompt,
    store::use_store,
    use_i18n,
};

#[component]
pub fn Conversations() -> impl IntoView {
    let i18n = use_i18n();
    let portfolio = use_store().portfolio();
    let ids = Memo::new(move |_| {
        portfolio
            .with(|p| p.conversations_in_order().into_iter().rev().map(|c| c.id.clone()).collect::<Vec<_>>())
    });
    view! {
        <section class="conversations no-print" aria-labelledby="conversations-heading" hidden=move || ids.with(Vec::is_empty)>
            <h2 id="conversations-heading">{i18n.text(|t| t.conversation.conversations_heading)}</h2>
            <ReadInReply />
            <ul class="conversation-list" role="list">
                <For each=move || ids.get() key=|id| id.clone() children=move |id| view! { <li><ConversationCard id /></li> } />
            </ul>
        </section>
    }
}

/// Where reading in a reply stands.
#[derive(Clone)]
enum Step {
    Choose,
    /// A locked reply, waiting for the passphrase the conversation file was locked with.
    Locked(Arc<String>),
    Unlocking,
}

/// Reading in the manager's reply file.
#[component]
fn ReadInReply() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let step = RwSignal::new(Step::Choose);
    // The outcome in words: (whether it worked, the sentence).
    let outcome = RwSignal::new(None::<(bool, String)>);
    let error = RwSignal::new(None::<String>);
    let take = move |text: &str| {
        let t = i18n.t();
        step.set(Step::Choose);
        let sent = conversation::answers(text)
            .filter(|id| store.portfolio().with_untracked(|p| p.conversations.contains_key(id)));
        let read = conversation::read_reply(text, sent.as_deref().unwrap_or_default());
        let said = match read {
            Ok(reply) => {
                let manager = reply.manager.clone();
                match store.read_in_reply(reply) {
                    Ok(()) => (true, (t.conversation.reply_read)(&manager)),
                    Err(_) => (false, t.conversation.errors.not_sent_here.to_owned()),
                }
            }
            Err(ConversationError::OtherConversation) => {
                (false, t.conversation.errors.not_sent_here.to_owned())
            }
            Err(e) => (false, messages::conversation_error(t, e, Kind::Reply).to_owned()),
        };
        outcome.set(Some(said));
    };
    let open_file = move |file: Option<File>| {
        let Some(file) = file else { return };
        outcome.set(None);
        error.set(None);
        if file.size() > MAX_REPLY_BYTES as f64 {
            let e = messages::conversation_error(i18n.t(), ConversationError::TooLarge, Kind::Reply);
            return outcome.set(Some((false, e.to_owned())));
        }
        leptos::task::spawn_local(async move {
            let Some(text) = read_text(&file, &mut Slices::new()).await else {
                return outcome.set(Some((false, i18n.t().conversation.unreadable.to_owned())));
            };
            if looks_encrypted(&text) {
                step.set(Step::Locked(Arc::new(text)));
                request_animation_frame(|| crate::ui::document::focus_by_id("reply-passphrase"));
            } else {
                take(&text);
            }
        });
    };
    let unlock = move |passphrase: String| {
        let Step::Locked(text) = step.get_untracked() else { return };
        step.set(Step::Unlocking);
        error.set(None);
        leptos::task::spawn_local(async move {
            match unseal(&text, &passphrase).await {
                Ok(plain) => take(&plain),
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
        <div class="card drop-zone read-in-reply" on:dragover=|ev: DragEvent| ev.prevent_default() on:drop=on_drop>
            <h3>{i18n.text(|t| t.conversation.read_in_heading)}</h3>
            <p class="hint">{i18n.text(|t| t.conversation.read_in_hint)}</p>
            <input type="file" id="reply-file" class="file-input" accept=".json,application/json" on:change=on_pick />
            <label for="reply-file" class="button secondary">{i18n.text(|t| t.conversation.read_in)}</label>
            <span class="hint drop-hint">{i18n.text(|t| t.conversation.drop_hint)}</span>
            {move || locked().then(|| view! {
                <p>{i18n.text(|t| t.conversation.reply_locked)}</p>
                <PassphrasePrompt id="reply-passphrase" on_open=unlock error=error
                    busy=Signal::derive(move || matches!(step.get(), Step::Unlocking)) />
            })}
            <div role="status">
                {move || outcome.get().filter(|(ok, _)| *ok).map(|(_, said)| view! { <p class="notice success">{said}</p> })}
            </div>
            <div role="alert">
                {move || outcome.get().filter(|(ok, _)| !*ok).map(|(_, said)| view! { <p class="notice error">{said}</p> })}
            </div>
        </div>
    }
}

/// One conversation: when, whether the reply is in, and the reply's agreements.
#[component]
fn ConversationCard(id: String) -> impl IntoView {
    let i18n = use_i18n();
    let portfolio = use_store().portfolio();
    let key = StoredValue::new(id);
    let conversation =
        Memo::new(move |_| key.with_value(|id| portfolio.with(|p| p.conversations.get(id).cloned())));
    move || {
        let c = conversation.get()?;
        let t = i18n.t();
        let heading = (t.conversation.conversation_of)(&(t.date)(c.held()));
        let status = match &c.reply {
            None => (t.conversation.waiting)(&(t.date)(&c.date)),
            Some(r) => (t.conversation.answered)(&r.manager),
        };
        Some(view! {
            <article class="card conversation">
                <h3>{heading}</h3>
                <p class="meta">{status}</p>
                {c.reply.is_some().then(|| reply_view(&c))}
            </article>
        })
    }
}

/// The reply's agreements: the texts given, the next conversation, the agreed actions.
fn reply_view(c: &Conversation) -> impl IntoView + use<> {
    let i18n = use_i18n();
    let t = i18n.t();
    let r = c.reply.as_ref().expect("called with a reply");
    let texts = [
        (t.conversation.went_well, &r.went_well),
        (t.conversation.develop, &r.develop),
        (t.conversation.support, &r.support),
    ];
    let mut rows: Vec<(&'static str, String)> =
        texts.iter().filter(|(_, v)| !v.trim().is_empty()).map(|(l, v)| (*l, (*v).clone())).collect();
    if !r.next_date.is_empty() {
        rows.push((t.conversation.next_date, (t.date)(&r.next_date)));
    }
    let rated = r.ratings.values().filter(|v| v.level.is_some()).count();
    let comments = r.comments.len();
    let actions = r
        .actions
        .iter()
        .map(|a| {
            let taken = c.taken_over.get(&a.id).cloned();
            view! { <AgreedActionLine conversation=c.id.clone() agreed=a.id.clone() title=a.title.clone() due=a.due.clone() taken /> }
        })
        .collect_view();
    view! {
        <dl class="reply-texts">
            {rows.into_iter().map(|(label, text)| view! { <div><dt>{label}</dt><dd>{text}</dd></div> }).collect_view()}
        </dl>
        {(!r.actions.is_empty()).then(|| view! {
            <h4>{t.conversation.actions_heading}</h4>
            <ul class="agreed-list" role="list">{actions}</ul>
        })}
        <p>
            {(t.conversation.rated_summary)(rated, comments)} " "
            {(rated > 0).then(|| view! { <a href="/groei">{t.conversation.see_growth}</a> })}
        </p>
    }
}

/// An agreed action, with the button that makes it the participant's own (once).
#[component]
fn AgreedActionLine(
    conversation: String,
    agreed: String,
    title: String,
    due: String,
    taken: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let location = use_location();
    let due = (!due.is_empty()).then(|| (i18n.t().conversation.due_on)(&(i18n.t().date)(&due)));
    let action = match taken {
        Some(action) => {
            let href = Route::of(&crate::domain::records::RecordKey::Item(
                crate::domain::records::Collection::Action,
                action,
            ))
            .map(|r| r.href());
            view! { <a href=href>{i18n.text(|t| t.conversation.taken_over)}</a> }.into_any()
        }
        None => view! {
            <button type="button" class="button secondary" on:click=move |_| {
                if let Some(key) = store.take_over_action(&conversation, &agreed)
                    && let Some(route) = Route::of(&key)
                {
                    location.navigate(&route);
                }
            }>{i18n.text(|t| t.conversation.take_over)}</button>
        }
        .into_any(),
    };
    view! {
        <li>
            <span class="agreed-title">{title}</span>
            <span class="meta">{due}</span>
            " " {action}
        </li>
    }
}
