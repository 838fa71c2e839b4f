//! The files of one owner (a portfolio item, the Why, a rating): the list, keyed by attachment,
//! and adding files by the file picker or by dropping them. Each line opens its file (PDFs and
//! photos in a new tab, everything else as a download), renames it, leaves it out of sharing or
//! removes it (with the usual undo).

use leptos::prelude::*;
use web_sys::{DragEvent, File, FileList, HtmlInputElement, Url};

use crate::domain::attachments::{Attachment, Opening, Owner};
use crate::domain::figures;
use crate::ui::{
    browser::focus::focus_soon,
    download::{download_blob, open_blob},
    messages::store_error,
    store::{AttachError, use_store},
    use_i18n,
};

/// The files of a list, as an array.
fn files_of(list: Option<FileList>) -> Vec<File> {
    let Some(list) = list else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// The id of the file picker of `owner`: unique on a page (one item or Why per page; a goal once
/// per moment).
fn picker_id(owner: &Owner) -> String {
    match owner {
        Owner::Item(..) => "attach-files".to_owned(),
        Owner::Why => "attach-why".to_owned(),
        Owner::Rating { goal, .. } => format!("attach-{goal}"),
    }
}

/// The files of `owner`, and the way to add more. `compact` (beside a rating) leaves out the
/// heading and the explanation.
#[component]
pub fn Attachments(owner: Owner, editable: Signal<bool>, #[prop(optional)] compact: bool) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let portfolio = store.portfolio();
    let picker = picker_id(&owner);
    let heading = format!("{picker}-heading");
    let owner = StoredValue::new(owner);
    let ids = Memo::new(move |_| {
        portfolio.with(|p| {
            owner.with_value(|o| p.attachments_of(o).iter().map(|a| a.id.clone()).collect::<Vec<_>>())
        })
    });
    // Leaving one file out of sharing means something only while its owner is shared (a rating's
    // files stay on the device).
    let shared = Signal::derive(move || owner.with_value(|o| portfolio.with(|p| p.is_shared(o))));
    // A file of this list removed a moment ago: said here, where the participant is looking, with
    // the way back; focus goes to it, and after the undo to the picker.
    let removed = Memo::new(move |_| {
        store.removed_file().filter(|(o, _)| owner.with_value(|mine| o == mine)).map(|(_, name)| name)
    });
    let undo_id = StoredValue::new(format!("{picker}-undo"));
    let undo = {
        let picker = picker.clone();
        move |_| {
            store.undo_delete();
            focus_soon(picker.clone(), None);
        }
    };
    // Files being added (their names), and what went wrong, in words.
    let adding = RwSignal::new(Vec::<String>::new());
    let problems = RwSignal::new(Vec::<String>::new());
    let add = move |files: Vec<File>| {
        problems.set(Vec::new());
        for file in files {
            let name = file.name();
            adding.update(|a| a.push(name.clone()));
            leptos::task::spawn_local(async move {
                let result = store.attach(owner.get_value(), file).await;
                let t = i18n.t();
                let problem = match result {
                    Ok(_) => None,
                    Err(AttachError::TooLarge) => Some((t.files.too_large)(&name)),
                    Err(AttachError::NoRoom(size)) => {
                        Some((t.files.no_room)(&name, &figures::size(size, t.decimal_separator)))
                    }
                    Err(AttachError::Unreadable) => Some((t.files.unreadable)(&name)),
                    Err(AttachError::AlreadyThere) => Some((t.files.already_there)(&name)),
                    Err(AttachError::Store(e)) => Some(store_error(t, &e).to_owned()),
                };
                let _ = adding.try_update(|a| {
                    if let Some(i) = a.iter().position(|n| *n == name) {
                        a.remove(i);
                    }
                });
                if let Some(problem) = problem {
                    let _ = problems.try_update(|p| p.push(problem));
                }
            });
        }
    };
    let on_pick = move |ev: leptos::ev::Event| {
        let input: HtmlInputElement = event_target(&ev);
        add(files_of(input.files()));
        // The same file can be chosen again (after removing it).
        input.set_value("");
    };
    let on_drag = move |ev: DragEvent| {
        if editable.get_untracked() {
            ev.prevent_default();
        }
    };
    let on_drop = move |ev: DragEvent| {
        ev.prevent_default();
        if editable.get_untracked() {
            add(files_of(ev.data_transfer().and_then(|d| d.files())));
        }
    };
    let list = view! {
        <ul class="files" role="list" hidden=move || ids.with(Vec::is_empty)>
            <For each=move || ids.get() key=|id| id.clone()
                children=move |id| view! { <FileLine id editable shared undo_id /> } />
        </ul>
    };
    view! {
        <section class="attachments" class:compact=compact aria-labelledby=(!compact).then(|| heading.clone())
            on:dragover=on_drag on:drop=on_drop>
            {(!compact).then(|| view! {
                <h2 id=heading.clone()>{i18n.text(|t| t.files.heading)}</h2>
                <p class="hint">{i18n.text(|t| t.files.hint)}</p>
            })}
            {list}
            <div role="status">
                {move || adding.get().into_iter().map(|name| view! {
                    <p class="adding"><progress></progress> " " {(i18n.t().files.adding)(&name)}</p>
                }).collect_view()}
                {move || removed.get().map(|name| view! {
                    <p class="removed">
                        {(i18n.t().files.removed)(&name)} " "
                        <button type="button" class="button secondary" id=undo_id.get_value() on:click=undo.clone()>
                            {i18n.text(|t| t.undo)}
                        </button>
                    </p>
                })}
            </div>
            <div role="alert">
                {move || problems.get().into_iter().map(|p| view! { <p class="notice error">{p}</p> }).collect_view()}
            </div>
            <div class="add-files" hidden=move || !editable.get()>
                <input type="file" multiple id=picker.clone() class="file-input" on:change=on_pick
                    disabled=move || !editable.get() />
                <label for=picker class="button secondary">
                    {move || if compact { i18n.t().files.add_one } else { i18n.t().files.add }}
                </label>
                {(!compact).then(|| view! { <span class="hint drop-hint">{i18n.text(|t| t.files.drop_hint)}</span> })}
            </div>
        </section>
    }
}

/// The thumbnail of a photo: an object URL of its kept bytes, given up with the line.
fn thumbnail(id: String) -> impl IntoView {
    let store = use_store();
    let url = RwSignal::new(None::<String>);
    leptos::task::spawn_local(async move {
        if let Ok(Some(blob)) = store.file_of(&id).await
            && let Ok(made) = Url::create_object_url_with_blob(&blob)
            && url.try_set(Some(made.clone())).is_some()
        {
            // The line went while the file was read.
            let _ = Url::revoke_object_url(&made);
        }
    });
    on_cleanup(move || {
        if let Some(Some(made)) = url.try_get_untracked() {
            let _ = Url::revoke_object_url(&made);
        }
    });
    view! { <img class="thumb" alt="" width="48" height="48" src=move || url.get() hidden=move || url.with(Option::is_none) /> }
}

/// One attached file.
#[component]
fn FileLine(
    id: String,
    editable: Signal<bool>,
    shared: Signal<bool>,
    undo_id: StoredValue<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let portfolio = store.portfolio();
    let key = StoredValue::new(id.clone());
    let file = Memo::new(move |_| key.with_value(|id| portfolio.with(|p| p.attachments.get(id).cloned())));
    let renaming = RwSignal::new(false);
    let typed = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let open = move |_| {
        let Some(a) = file.get_untracked() else { return };
        leptos::task::spawn_local(async move {
            let t = i18n.t();
            let result = match store.file_of(&a.id).await {
                Ok(Some(blob)) => {
                    let shown = match a.opening() {
                        Opening::Tab => open_blob(&blob, a.safe_media_type()),
                        Opening::Download => download_blob(&a.name, &blob),
                    };
                    shown.map_err(|_| t.restore_errors.unreadable.to_owned())
                }
                Ok(None) => Err(t.files.missing.to_owned()),
                Err(e) => Err(store_error(t, &e).to_owned()),
            };
            let _ = problem.try_set(result.err());
        });
    };
    // Focus follows the rename: into the name (its stem selected), and back to the button after;
    // after a removal, to the way back.
    let rename_id = format!("rename-{id}");
    let rename_button = StoredValue::new(format!("rename-button-{id}"));
    let start_rename = {
        let rename_id = rename_id.clone();
        move |_| {
            let name = file.with_untracked(|f| f.as_ref().map(|a| a.name.clone()).unwrap_or_default());
            let stem = name.rfind('.').filter(|at| *at > 0).unwrap_or(name.len());
            typed.set(name.clone());
            renaming.set(true);
            focus_soon(rename_id.clone(), u32::try_from(name[..stem].encode_utf16().count()).ok());
        }
    };
    let end_rename = move || {
        renaming.set(false);
        focus_soon(rename_button.get_value(), None);
    };
    let save_name = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        key.with_value(|id| store.rename_attachment(id, &typed.get_untracked()));
        end_rename();
    };
    let thumb =
        file.with_untracked(|f| f.as_ref().is_some_and(Attachment::is_image)).then(|| thumbnail(id.clone()));
    let name = move || file.with(|f| f.as_ref().map(|a| a.name.clone()).unwrap_or_default());
    let meta = move || {
        file.with(|f| {
            let t = i18n.t();
            f.as_ref().map(|a| {
                let kind = t.files.kinds[a.kind()];
                let size = figures::size(f64::from(a.size), t.decimal_separator);
                format!("{kind} · {size} · {}", (t.date)(&a.date))
            })
        })
    };
    let verb = move || {
        let t = i18n.t();
        match file.with(|f| f.as_ref().map(Attachment::opening)) {
            Some(Opening::Download) => t.files.download,
            _ => t.files.open,
        }
    };
    let exclude_id = format!("exclude-{id}");
    view! {
        <li class="file">
            {thumb}
            <div class="file-main">
                <button type="button" class="link-button file-name" on:click=open>
                    {name} <span class="sr-only">{move || format!(" ({})", verb())}</span>
                </button>
                <p class="meta">{meta}</p>
                {move || problem.get().map(|p| view! { <p class="notice error" role="alert">{p}</p> })}
                {move || renaming.get().then(|| view! {
                    <form class="rename" on:submit=save_name>
                        <label for=rename_id.clone()>{i18n.text(|t| t.files.new_name)}</label>
                        <input id=rename_id.clone() type="text" maxlength="120" prop:value=move || typed.get()
                            on:input=move |ev| typed.set(event_target_value(&ev)) />
                        <button type="submit" class="button secondary">{i18n.text(|t| t.files.save_name)}</button>
                        <button type="button" class="link-button" on:click=move |_| end_rename()>
                            {i18n.text(|t| t.files.cancel)}
                        </button>
                    </form>
                })}
            </div>
            <div class="file-actions" hidden=move || !editable.get() || renaming.get()>
                <span class="choice" hidden=move || !shared.get()>
                    <input type="checkbox" id=exclude_id.clone()
                        prop:checked=move || file.with(|f| f.as_ref().is_some_and(|a| a.excluded))
                        on:change=move |ev| {
                            let on = event_target::<HtmlInputElement>(&ev).checked();
                            key.with_value(|id| store.exclude_attachment(id, on));
                        } />
                    <label for=exclude_id>{i18n.text(|t| t.files.exclude)} <span class="sr-only">{name}</span></label>
                </span>
                <button type="button" class="link-button" on:click=start_rename id=rename_button.get_value()>
                    {i18n.text(|t| t.files.rename)} <span class="sr-only">{name}</span>
                </button>
                <button type="button" class="link-button danger"
                    on:click=move |_| {
                        key.with_value(|id| store.remove_attachment(id));
                        focus_soon(undo_id.get_value(), None);
                    }>
                    {i18n.text(|t| t.files.remove)} <span class="sr-only">{name}</span>
                </button>
            </div>
        </li>
    }
}
