//! Manager mode (issue 16), at `/leidinggevende`: a manager opens the conversation file that a
//! participant sent, reads the report, gives their own view per learning goal, comments on what
//! is shared, records the agreements and saves a reply file to send back.
//!
//! It is an app of its own, mounted instead of [`super::App`] on that address (`crate::mount`):
//! it has no store, so it never opens, creates or reads a portfolio on the manager's device, and
//! it keeps nothing once the tab closes: the reply file is the only thing it writes.

mod agreements;
mod comments;
mod goals;
mod open;
mod save;

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::reply::Reply;
use crate::domain::{
    Catalog, Programme,
    conversation::Request,
    report::{self, Placement},
};
use crate::ui::{
    browser::clock::now,
    document::use_title,
    layout::{Brand, LanguageSwitch, SkipLink},
    use_i18n,
};

/// The address of manager mode.
pub const PATH: &str = "/leidinggevende";

/// Whether `path` is manager mode's (a trailing slash does not matter).
pub fn is_manager_path(path: &str) -> bool {
    path.trim_end_matches('/') == PATH
}

/// An opened conversation and the answer being written; shared by the answer's sections.
#[derive(Clone, Copy)]
pub(crate) struct Answer {
    request: StoredValue<Arc<Request>>,
    reply: RwSignal<Reply>,
    /// The passphrase the request was locked with: the reply is locked with it too.
    passphrase: StoredValue<Option<String>>,
    /// Whether something changed since the reply was last saved.
    unsaved: RwSignal<bool>,
}

impl Answer {
    fn new(request: Request, passphrase: Option<String>) -> Answer {
        let reply = Reply::new(&request.conversation);
        Answer {
            request: StoredValue::new(Arc::new(request)),
            reply: RwSignal::new(reply),
            passphrase: StoredValue::new(passphrase),
            unsaved: RwSignal::new(false),
        }
    }

    fn request(self) -> Arc<Request> {
        self.request.get_value()
    }

    fn programme(self) -> Option<&'static Programme> {
        self.request.with_value(|r| r.programme.as_deref().and_then(|id| Catalog::embedded().programme(id)))
    }

    /// Changes the reply by `edit`, which says whether it changed anything.
    fn edit(self, edit: impl FnOnce(&mut Reply) -> bool) {
        let mut changed = false;
        self.reply.maybe_update(|r| {
            changed = edit(r);
            if changed {
                r.updated = now();
            }
            changed
        });
        if changed {
            self.unsaved.set(true);
        }
    }

    /// Part of the reply (tracked, and only when that part changes).
    fn slice<T: PartialEq + Send + Sync + 'static>(
        self,
        pick: impl Fn(&Reply) -> T + Send + Sync + 'static,
    ) -> Memo<T> {
        let reply = self.reply;
        Memo::new(move |_| reply.with(&pick))
    }
}

/// The whole of manager mode: its own frame, the file to open, then the answer.
#[component]
pub fn ManagerApp() -> impl IntoView {
    let i18n = super::i18n::provide_i18n();
    let opened = RwSignal::new(None::<Answer>);
    use_title(move || Some(i18n.t().conversation.manager_title.to_owned()));
    // Closing the tab with an answer not saved asks first: nothing else keeps it.
    let leaving = window_event_listener(leptos::ev::beforeunload, move |ev| {
        if opened.get_untracked().is_some_and(|a| a.unsaved.get_untracked()) {
            ev.prevent_default();
        }
    });
    on_cleanup(move || leaving.remove());
    view! {
        <SkipLink />
        <header class="site-header">
            <div class="wrap header-row">
                // Without the in-app navigation here, the brand's link loads the participant's Leerpad anew.
                <Brand />
                <p class="mode-name">{i18n.text(|t| t.conversation.mode_name)}</p>
                <div class="mode-switch">
                    <LanguageSwitch />
                </div>
            </div>
        </header>
        <main id="main" tabindex="-1">
            <div class="wrap">
                {move || match opened.get() {
                    None => view! { <open::OpenConversation opened /> }.into_any(),
                    Some(answer) => view! { <AnswerPage answer /> }.into_any(),
                }}
            </div>
        </main>
        <footer class="site-footer">
            <div class="wrap">
                <p>{i18n.text(|t| t.conversation.manager_privacy)}</p>
                // Plain links: the participant's app shows the statements, loaded anew.
                <ul class="footer-links" role="list">
                    <li><a href="/privacy">{i18n.text(|t| t.privacy_link)}</a></li>
                    <li><a href="/toegankelijkheid">{i18n.text(|t| t.accessibility_link)}</a></li>
                </ul>
            </div>
        </footer>
    }
}

/// The opened conversation: the report first, then the manager's answer in four parts.
#[component]
fn AnswerPage(answer: Answer) -> impl IntoView {
    let i18n = use_i18n();
    let request = answer.request();
    let name = request.participant.clone();
    let report = Memo::new(move |_| {
        let words = i18n.t().report_words();
        let r = answer.request();
        report::fragment(&r.portfolio, answer.programme(), &r.options, &r.date, &words, Placement::InPage)
    });
    let heading = {
        let name = name.clone();
        move || (i18n.t().conversation.answer_title)(&name)
    };
    let lead = {
        let (name, date) = (name.clone(), request.date.clone());
        move || {
            let t = i18n.t();
            (t.conversation.answer_lead)(&name, &(t.report_words().format_date)(&date))
        }
    };
    crate::ui::document::focus_page_heading();
    view! {
        <h1 tabindex="-1">{heading}</h1>
        <p class="lead">{lead}</p>
        <nav class="jump-links" aria-label=i18n.text(|t| t.conversation.parts)>
            <ul role="list">
                <li><a href="#verslag">{i18n.text(|t| t.conversation.report_heading)}</a></li>
                <li><a href="#beoordeling">{i18n.text(|t| t.conversation.goals_heading)}</a></li>
                <li><a href="#opmerkingen">{i18n.text(|t| t.conversation.comments_heading)}</a></li>
                <li><a href="#afspraken">{i18n.text(|t| t.conversation.agreements_heading)}</a></li>
                <li><a href="#opslaan">{i18n.text(|t| t.conversation.save_heading)}</a></li>
            </ul>
        </nav>
        <section id="verslag">
            <h2 id="verslag-heading">{i18n.text(|t| t.conversation.report_heading)}</h2>
            <div class="report-preview" tabindex="0" role="region" aria-labelledby="verslag-heading" inner_html=move || report.get()></div>
        </section>
        <goals::GoalRatings answer />
        <comments::Comments answer />
        <agreements::Agreements answer />
        <save::SaveReply answer />
    }
}
