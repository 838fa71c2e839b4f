//! `/verslag`: the report for the ontwikkelgesprek, chosen in a preview, printed or downloaded.

use leptos::prelude::*;

use crate::domain::{
    assessment::{moment_label, moments_of},
    figures,
    report::{self, Options, Placement},
};
use crate::i18n::Texts;
use crate::ui::{
    browser::files::data_url,
    browser::{clock::today, stylesheet::stylesheet_text},
    conversations::Conversations,
    document::use_title,
    download::{download, typed},
    hooks::use_my_programme,
    send_conversation::SendConversation,
    store::use_store,
    use_i18n,
};

#[component]
pub fn ReportPage() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let portfolio = store.portfolio();
    let programme = use_my_programme();
    use_title(move || Some(i18n.t().report_title.to_owned()));
    let options = RwSignal::new(Options::default());
    let html = Memo::new(move |_| {
        let options = options.get();
        // In the interface language: a switch rewrites the preview.
        let words = i18n.t().report_words();
        portfolio
            .with(|p| report::fragment(p, programme.get(), &options, &today(), &words, Placement::InPage))
    });
    let moments = Memo::new(move |_| {
        let Some(prog) = programme.get() else { return Vec::new() };
        let date = i18n.t().date;
        portfolio.with(|p| {
            moments_of(p, &prog.id)
                .into_iter()
                .map(|m| (m.id.clone(), moment_label(m, date)))
                .collect::<Vec<_>>()
        })
    });
    type Flag = fn(&mut Options) -> &mut bool;
    // In the order of `Texts::report_sections`.
    let flags: [Flag; 6] = [
        |o| &mut o.profile,
        |o| &mut o.questions,
        |o| &mut o.highlights,
        |o| &mut o.actions,
        |o| &mut o.ratings,
        |o| &mut o.shared,
    ];
    let section = move |i: usize| {
        let flag = flags[i];
        choice(
            format!("section-{i}"),
            Signal::derive(move || options.with(|o| *flag(&mut o.clone()))),
            Box::new(move |on| options.update(|o| *flag(o) = on)),
            Signal::derive(move || i18n.t().report_sections[i].to_owned()),
        )
    };
    // Per module: whether its table keeps the participant's explanations.
    let module_notes = move || {
        programme.get().map(|prog| {
            prog.modules
                .iter()
                .map(|m| {
                    let n = m.number;
                    choice(
                        format!("notes-{n}"),
                        Signal::derive(move || options.with(|o| !o.notes_left_out.contains(&n))),
                        Box::new(move |on| {
                            options.update(|o| {
                                o.notes_left_out.retain(|&m| m != n);
                                if !on {
                                    o.notes_left_out.push(n);
                                }
                            })
                        }),
                        Signal::derive(move || (i18n.t().report_notes_of)(n)),
                    )
                })
                .collect_view()
        })
    };
    let moment_select = move |label: fn(&'static Texts) -> &'static str, id: &'static str, latest: bool| {
        view! {
            <div class="field">
                <label for=id>{i18n.text(label)}</label>
                <select id=id on:change=move |ev| {
                    let v = Some(event_target_value(&ev)).filter(|v| !v.is_empty());
                    options.update(|o| if latest { o.latest_moment = v } else { o.first_moment = v });
                }>
                    {move || {
                        let all = moments.get();
                        let default = if latest { all.last() } else { all.first() }.map(|(id, _)| id.clone());
                        all.into_iter()
                            .map(|(mid, name)| view! { <option value=mid.clone() selected=Some(&mid) == default.as_ref()>{name}</option> })
                            .collect_view()
                    }}
                </select>
            </div>
        }
    };
    // Shared photos, which the downloaded file may hold itself: their IDs and size together.
    let images = Memo::new(move |_| {
        portfolio.with(|p| {
            let shared = p.shared_images();
            (
                shared.iter().map(|a| a.id.clone()).collect::<Vec<_>>(),
                shared.iter().map(|a| f64::from(a.size)).sum::<f64>(),
            )
        })
    });
    let with_images = RwSignal::new(false);
    let sending = RwSignal::new(false);
    let download_html = move |_| {
        leptos::task::spawn_local(async move {
            let date = today();
            let t = i18n.t();
            let words = t.report_words();
            let mut inline = report::Images::new();
            if with_images.get_untracked() && options.with_untracked(|o| o.shared) {
                for id in images.get_untracked().0 {
                    let Some(a) = portfolio.with_untracked(|p| p.attachments.get(&id).cloned()) else {
                        continue;
                    };
                    if let Ok(Some(blob)) = store.file_of(&id).await
                        && let Ok(typed) = typed(&blob, a.safe_media_type())
                        && let Some(url) = data_url(&typed).await
                    {
                        inline.push((a.sha256, url));
                    }
                }
            }
            let fragment = portfolio.with_untracked(|p| {
                report::fragment_with_images(
                    p,
                    programme.get_untracked(),
                    &options.get_untracked(),
                    &date,
                    &words,
                    Placement::Document,
                    Some(&inline),
                )
            });
            // Without the style sheet (it is always loaded with the page) the file is still readable.
            let css = stylesheet_text("/report-").unwrap_or_default();
            let _ = download(
                &report::file_name(&date),
                "text/html",
                &report::document(&fragment, t.report_title, t.report.lang, &css),
            );
        });
    };
    // The downloaded file's size with the photos in it: the report, and each photo as base64.
    let size_with_images = move || {
        let t = i18n.t();
        let bytes = html.with(String::len) as f64 + 20_000.0 + images.with(|(_, size)| *size) * 4.0 / 3.0;
        (t.report_images)(&figures::size(bytes, t.decimal_separator))
    };
    view! {
        <div class="no-print">
            <h1 tabindex="-1">{i18n.text(|t| t.report_title)}</h1>
            <p class="lead">{i18n.text(|t| t.report_lead)}</p>
            <form class="form card report-options" on:submit=|ev| ev.prevent_default()>
                <fieldset>
                    <legend>{i18n.text(|t| t.report_page_one)}</legend>
                    {(0..4).map(section).collect_view()}
                </fieldset>
                <fieldset>
                    <legend>{i18n.text(|t| t.report_appendix)}</legend>
                    {section(4)}
                    <div class="choice-group" hidden=move || !options.with(|o| o.ratings)>
                        {choice("radar".into(), Signal::derive(move || options.with(|o| o.radar)), Box::new(move |on| options.update(|o| o.radar = on)), Signal::derive(move || i18n.t().report_radar.to_owned()))}
                        <details class="choice-details">
                            <summary>{i18n.text(|t| t.report_notes)}</summary>
                            {module_notes}
                        </details>
                    </div>
                    {section(5)}
                    <div class="choice-group" hidden=move || !options.with(|o| o.shared) || images.with(|(ids, _)| ids.is_empty())>
                        {choice("with-images".into(), with_images.into(), Box::new(move |on| with_images.set(on)), Signal::derive(size_with_images))}
                    </div>
                </fieldset>
                {move || (moments.with(|m| m.len()) > 1).then(|| view! {
                    {moment_select(|t| t.compare_first, "compare-first", false)}
                    {moment_select(|t| t.compare_latest, "compare-latest", true)}
                })}
                <div class="actions">
                    <button type="button" class="button primary" on:click=|_| { let _ = window().print(); }>{i18n.text(|t| t.print_report)}</button>
                    <button type="button" class="button secondary" on:click=download_html>{i18n.text(|t| t.download_report)}</button>
                    <button type="button" class="button secondary" aria-expanded=move || sending.get().to_string()
                        aria-controls="send-conversation"
                        on:click=move |_| {
                            sending.update(|on| *on = !*on);
                            if sending.get_untracked() {
                                request_animation_frame(|| crate::ui::document::focus_by_id("send-heading"));
                            }
                        }>
                        {i18n.text(|t| t.conversation.send)}
                    </button>
                </div>
            </form>
            <SendConversation options open=sending />
            <Conversations />
            <h2 id="preview-heading">{i18n.text(|t| t.report_preview)}</h2>
        </div>
        // On a narrow screen the report scrolls sideways inside this box, so it takes keyboard focus.
        <div class="report-preview" tabindex="0" role="region" aria-labelledby="preview-heading" inner_html=move || html.get()></div>
    }
}

/// One labelled checkbox of the preview's choices (not generic: one copy of its code serves all).
fn choice(id: String, checked: Signal<bool>, set: Box<dyn Fn(bool)>, label: Signal<String>) -> impl IntoView {
    view! {
        <div class="choice">
            <input type="checkbox" id=id.clone() prop:checked=checked
                on:change=move |ev| set(event_target_checked(&ev)) />
            <label for=id>{label}</label>
        </div>
    }
}
