//! The manager's comments on one shared item (issue 16), from every reply read in, oldest first,
//! shown with the item itself.

use leptos::prelude::*;

use crate::domain::records::RecordKey;
use crate::ui::{store::use_store, use_i18n};

#[component]
pub fn ManagerComments(key: RecordKey) -> impl IntoView {
    let i18n = use_i18n();
    let portfolio = use_store().portfolio();
    let comments = Memo::new(move |_| {
        portfolio.with(|p| {
            p.comments_on(&key)
                .into_iter()
                .map(|(date, manager, text)| (date.to_owned(), manager.to_owned(), text.to_owned()))
                .collect::<Vec<_>>()
        })
    });
    move || {
        let t = i18n.t();
        comments
            .get()
            .into_iter()
            .map(|(date, manager, text)| {
                view! {
                    <div class="manager-comment">
                        <p><strong>{(t.conversation.comment_of)(&manager, &(t.date)(&date))}</strong></p>
                        <p>{text}</p>
                    </div>
                }
            })
            .collect_view()
    }
}
