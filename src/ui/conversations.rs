//! The conversations with the manager, on /verslag (issue 16): reading in the manager's reply
//! (checked like a backup: a reply to another conversation, a changed or foreign file changes
//! nothing), and every conversation sent, with its agreements and the agreed actions to take over.

use leptos::prelude::*;
use web_sys::DragEvent;

use crate::domain::{
    conversation::{self, ConversationError, Kind, MAX_REPLY_BYTES},
    conversations::Conversation,
    route::Route,
};
use crate::ui::{
    browser::location::use_location, locked_file::use_locked_file, messages, passphrase::PassphrasePrompt,
    store::use_store, use_i18n,
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

/// Reading in the manager's reply file.
#[component]
fn ReadInReply() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    // What reading the last reply did, in words.
    let read = RwSignal::new(None::<String>);
    let file = use_locked_file(Kind::Reply, MAX_REPLY_BYTES, "reply-passphrase", move |text, _| {
        let t = i18n.t();
        read.set(None);
        let sent = conversation::answers(text)
            .filter(|id| store.portfolio().with_untracked(|p| p.conversations.contains_key(id)));
        let not_sent = || t.conversation.errors.not_sent_here.to_owned();
        let reply =
            conversation::read_reply(text, sent.as_deref().unwrap_or_default()).map_err(|e| match e {
                ConversationError::OtherConversation => not_sent(),
                e => messages::conversation_error(t, e, Kind::Reply).to_owned(),
            })?;
        let manager = reply.manager.clone();
        store.read_in_reply(reply).map_err(|_| not_sent())?;
        read.set(Some((t.conversation.reply_read)(&manager)));
        Ok(())
    });
    let error = file.error;
    view! {
        <div class="card drop-zone read-in-reply" on:dragover=|ev: DragEvent| ev.prevent_default() on:drop=file.on_drop()>
            <h3>{i18n.text(|t| t.conversation.read_in_heading)}</h3>
            <p class="hint">{i18n.text(|t| t.conversation.read_in_hint)}</p>
            <input type="file" id="reply-file" class="file-input" accept=".json,application/json" on:change=file.on_pick() />
            <label for="reply-file" class="button secondary">{i18n.text(|t| t.conversation.read_in)}</label>
            <span class="hint drop-hint">{i18n.text(|t| t.conversation.drop_hint)}</span>
            {move || file.locked().then(|| view! {
                <p>{i18n.text(|t| t.conversation.reply_locked)}</p>
                <PassphrasePrompt id="reply-passphrase" on_open=move |p| file.unlock(p) error=error
                    busy=Signal::derive(move || file.unlocking()) />
            })}
            <div role="status">
                {move || read.get().map(|said| view! { <p class="notice success">{said}</p> })}
            </div>
            <div role="alert">
                {move || (!file.locked()).then(|| error.get().map(|e| view! { <p class="notice error">{e}</p> }))}
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
