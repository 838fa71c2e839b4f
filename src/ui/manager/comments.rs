//! The manager's comment on each item the participant shared: one text field per item, named by
//! its kind and title, in the report's order of kinds.

use leptos::prelude::*;

use super::Answer;
use crate::domain::{items::Kind, records::RecordKey};
use crate::ui::use_i18n;

#[component]
pub(super) fn Comments(answer: Answer) -> impl IntoView {
    let i18n = use_i18n();
    let request = answer.request();
    let p = &request.portfolio;
    // (record, kind, title) in the report's order: learning questions and actions (page 1), then
    // Mijn Why, feedback, reflections, intervision and worksheets; within a kind newest first.
    const ORDER: [Option<Kind>; 7] = [
        Some(Kind::Question),
        Some(Kind::Action),
        None,
        Some(Kind::Feedback),
        Some(Kind::Reflection),
        Some(Kind::Intervision),
        Some(Kind::Worksheet),
    ];
    let place = |kind: Option<Kind>| ORDER.iter().position(|k| *k == kind).unwrap_or(0);
    let mut items: Vec<(RecordKey, Option<Kind>, String)> = p
        .entries()
        .into_iter()
        .map(|e| (RecordKey::Item(e.kind.into(), e.id), Some(e.kind), e.title))
        .collect();
    if p.why.shared {
        items.push((RecordKey::Why, None, String::new()));
    }
    crate::domain::sorting::sort_by(&mut items, |a, b| place(a.1).cmp(&place(b.1)));
    let empty = items.is_empty();
    let fields = items
        .into_iter()
        .enumerate()
        .map(|(i, (key, kind, title))| {
            let field_id = format!("comment-{i}");
            let stored = key.clone();
            let text = answer.slice(move |r| r.comment(&stored).to_owned());
            let label = move || {
                let t = i18n.t();
                match kind {
                    None => t.why_title.to_owned(),
                    Some(kind) => format!("{}: {}", t.kind_names[kind.position()], t.shown_title(&title)),
                }
            };
            view! {
                <div class="field">
                    <label for=field_id.clone()>{label}</label>
                    <textarea id=field_id rows="2" prop:value=text
                        on:input=move |ev| { let v = event_target_value(&ev); answer.edit(|r| r.set_comment(&key, &v)); } />
                </div>
            }
        })
        .collect_view();
    view! {
        <section id="opmerkingen" aria-labelledby="comments-heading">
            <h2 id="comments-heading">{i18n.text(|t| t.conversation.comments_heading)}</h2>
            {if empty {
                view! { <p>{i18n.text(|t| t.conversation.nothing_to_comment)}</p> }.into_any()
            } else {
                view! {
                    <p class="hint">{i18n.text(|t| t.conversation.comments_hint)}</p>
                    <div class="card form">{fields}</div>
                }.into_any()
            }}
        </section>
    }
}
