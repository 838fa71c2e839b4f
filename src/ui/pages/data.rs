//! `/gegevens`: backup, restore (replace or merge, with a restore point) and the CSV export.

use leptos::prelude::*;
use web_sys::{DragEvent, File, HtmlInputElement};

use crate::domain::{Catalog, backup, csv, dates::backup_reminder_due, figures};
use crate::ui::{
    backup_file::{self, Loaded},
    browser::clock::{date_of, now, today},
    browser::crypto::unseal_blob,
    document::use_title,
    download::download,
    messages::{backup_error, open_error, store_error},
    passphrase::{NewPassphrase, PassphraseChoice, PassphrasePrompt},
    store::{StoreError, use_store},
    use_i18n,
};

#[component]
pub fn DataPage() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    use_title(move || Some(i18n.t().data_title.to_owned()));
    let loaded = RwSignal::new(None::<Loaded>);
    let outcome = RwSignal::new(None::<Result<(), StoreError>>);
    let restore_point = RwSignal::new(None);
    leptos::task::spawn_local(async move { restore_point.set(store.restore_point().await) });
    // The file chosen last; a file chosen before it that is still being read is forgotten.
    let chosen = StoredValue::new(0_u32);
    let take = move |file: File| {
        outcome.set(None);
        chosen.update_value(|n| *n += 1);
        let this = chosen.get_value();
        loaded.set(Some(Loaded::Reading));
        leptos::task::spawn_local(async move {
            let result = backup_file::read(file.into()).await;
            if chosen.try_get_value() == Some(this) {
                loaded.set(Some(result));
            }
        });
    };
    let on_pick = move |ev: leptos::ev::Event| {
        let input: HtmlInputElement = event_target(&ev);
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            take(file);
        }
        input.set_value("");
    };
    let on_drop = move |ev: DragEvent| {
        ev.prevent_default();
        if let Some(file) = ev.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)) {
            take(file);
        }
    };
    // An encrypted backup: opened with its passphrase, then read like any other.
    let unlock_error = RwSignal::new(None::<String>);
    let unlocking = RwSignal::new(false);
    let unlock = move |passphrase: String| {
        let Some(Loaded::Locked(blob)) = loaded.get_untracked() else { return };
        unlocking.set(true);
        unlock_error.set(None);
        let this = chosen.get_value();
        leptos::task::spawn_local(async move {
            match unseal_blob(&passphrase, &blob).await {
                Ok((plain, _)) => {
                    let result = backup_file::read(plain).await;
                    if chosen.try_get_value() == Some(this) {
                        loaded.set(Some(result));
                    }
                }
                Err(e) => unlock_error.set(Some(open_error(i18n.t(), e).to_owned())),
            }
            unlocking.set(false);
        });
    };
    // The backup download, encrypted when the participant chooses a passphrase.
    let lock = NewPassphrase::off("backup-passphrase");
    let backup_failed = RwSignal::new(false);
    let download_backup = move |_| {
        let Some(passphrase) = lock.take() else { return };
        backup_failed.set(false);
        leptos::task::spawn_local(async move {
            let offered = store.offer_backup(passphrase).await;
            backup_failed.set(!offered);
        });
    };
    let apply = move |merge: bool| {
        // Taken out, not copied: the portfolio may be large.
        let Some(Some(Loaded::Ready(preview, portfolio, files))) = loaded.try_update(Option::take) else {
            return;
        };
        leptos::task::spawn_local(async move {
            let result =
                store.restore(backup::as_restored(*portfolio, preview.exported_at), files, merge).await;
            if result.is_ok() {
                restore_point.set(Some(now()));
            }
            outcome.set(Some(result));
        });
    };
    let undo = move |_| {
        leptos::task::spawn_local(async move {
            let result = store.undo_restore().await;
            if result.is_ok() {
                restore_point.set(None);
            }
            outcome.set(Some(result));
        });
    };
    let csv_download = move |_| {
        let text = store.portfolio().with_untracked(|p| csv::ratings_csv(p, Catalog::embedded()));
        let _ = download(&csv::file_name(&today()), "text/csv", &text);
    };
    let preview = move || {
        let t = i18n.t();
        // Read in place, not copied: the portfolio may be large.
        loaded.with(|l| l.as_ref().map(|l| match l {
            Loaded::Ready(p, ..) => {
                let name = if p.name.trim().is_empty() { String::new() } else { format!(" ({})", p.name.trim()) };
                let c = p.counts;
                view! {
                    <div class="notice info" id="restore-preview">
                        <p>{(t.restore_preview)(&(t.date)(&date_of(p.exported_at)), &name)}</p>
                        <ul>
                            <li>{(t.count_moments)(c.moments)}</li>
                            <li>{(t.count_reflections)(c.journal)}</li>
                            // The other kinds only when the backup has any.
                            {[c.feedback, c.actions, c.questions, c.intervisions, c.worksheets].into_iter().enumerate()
                                .filter(|(_, n)| *n > 0)
                                .map(|(k, n)| view! { <li>{t.kind_names[k + 1]} ": " {n}</li> })
                                .collect_view()}
                            {(p.files > 0).then(|| view! {
                                <li>{(t.files.count)(p.files)} " (" {figures::size(p.files_size as f64, t.decimal_separator)} ")"</li>
                            })}
                        </ul>
                        <div class="actions">
                            <button type="button" class="button primary" on:click=move |_| apply(false)>{t.replace_all}</button>
                            <button type="button" class="button secondary" on:click=move |_| apply(true)>{t.merge_in}</button>
                        </div>
                        <p class="hint">{t.replace_all} ": " {t.replace_explain} " " {t.merge_in} ": " {t.merge_explain}</p>
                    </div>
                }
                .into_any()
            }
            Loaded::Locked(_) => view! {
                <div class="notice info" id="restore-locked">
                    <p>{t.conversation.backup_locked}</p>
                    <PassphrasePrompt id="restore-passphrase" on_open=unlock error=unlock_error busy=unlocking />
                </div>
            }
            .into_any(),
            Loaded::Reading => view! {
                <p class="notice info" role="status" id="restore-reading">{t.reading_file}</p>
            }
            .into_any(),
            Loaded::NoRoom { file, room } => {
                let size = |bytes| figures::size(bytes, t.decimal_separator);
                view! {
                    <div class="notice error" role="alert" id="restore-error">
                        <p>{(t.restore_errors.no_room)(&size(*file), &size(*room))}</p>
                        <p>{t.unchanged}</p>
                    </div>
                }
                .into_any()
            }
            Loaded::Refused(e) => view! {
                <div class="notice error" role="alert" id="restore-error">
                    <p>{backup_error(t, e)}</p>
                    <p>{t.unchanged}</p>
                </div>
            }
            .into_any(),
            Loaded::Unreadable => view! {
                <div class="notice error" role="alert" id="restore-error">
                    <p>{t.restore_errors.unreadable} " " {t.unchanged}</p>
                </div>
            }
            .into_any(),
        }))
    };
    let result = move || {
        let t = i18n.t();
        outcome.get().map(|r| match r {
            Ok(()) => {
                view! { <p class="notice info" role="status" id="restore-done">{t.restored}</p> }.into_any()
            }
            Err(e) => view! { <p class="notice error" role="alert">{store_error(t, &e)}</p> }.into_any(),
        })
    };
    let backup_line = move || {
        let t = i18n.t();
        let last = store.portfolio().with(|p| p.settings.last_backup);
        let text = match last {
            Some(ms) => (t.last_backup)(&(t.date)(&date_of(ms))),
            None => t.backup_never.to_owned(),
        };
        let due = backup_reminder_due(last, now());
        view! { <p class=if due { "notice info" } else { "" } id="last-backup">{text}</p> }
    };
    let point = move || {
        let t = i18n.t();
        restore_point.get().map(|ms| {
            view! {
                <div class="notice info" id="restore-point">
                    <p>{(t.restore_point)(&(t.date)(&date_of(ms)))}</p>
                    <button type="button" class="button secondary" on:click=undo>{t.undo_restore}</button>
                </div>
            }
        })
    };
    let erased = RwSignal::new(None::<Result<(), StoreError>>);
    let erase = move |_| {
        let t = i18n.t();
        if !window().confirm_with_message(t.erase_confirm).unwrap_or(false) {
            return;
        }
        leptos::task::spawn_local(async move {
            let result = store.erase_all().await;
            if result.is_ok() {
                restore_point.set(None);
                loaded.set(None);
                outcome.set(None);
            }
            erased.set(Some(result));
        });
    };
    let erase_done = move || {
        let t = i18n.t();
        matches!(erased.get(), Some(Ok(())))
            .then(|| view! { <p class="notice info" id="erase-done">{t.erased}</p> })
    };
    let erase_failed = move || {
        let t = i18n.t();
        match erased.get() {
            Some(Err(e)) => Some(view! {
                <p class="notice error" role="alert" id="erase-failed">{t.erase_failed} " " {store_error(t, &e)}</p>
            }),
            _ => None,
        }
    };
    view! {
        <h1 tabindex="-1">{i18n.text(|t| t.data_title)}</h1>
        <p class="lead">{i18n.text(|t| t.data_lead)}</p>
        <section aria-labelledby="backup-heading">
            <h2 id="backup-heading">{i18n.text(|t| t.backup_heading)}</h2>
            <p>{i18n.text(|t| t.backup_explain)}</p>
            {backup_line}
            <PassphraseChoice choice=lock backup=true />
            <button type="button" class="button primary" on:click=download_backup>{i18n.text(|t| t.download_backup)}</button>
            <div role="alert">
                {move || backup_failed.get().then(|| view! { <p class="notice error">{i18n.text(|t| t.conversation.backup_failed)}</p> })}
            </div>
        </section>
        <section aria-labelledby="restore-heading">
            <h2 id="restore-heading">{i18n.text(|t| t.restore_heading)}</h2>
            <p>{i18n.text(|t| t.restore_explain)}</p>
            <div class="drop-zone card" on:dragover=|ev: DragEvent| ev.prevent_default() on:drop=on_drop>
                // The browser's own file button speaks the browser's language, not Leerpad's: the
                // input stays for keyboard and screen reader, the label is the visible button.
                <input id="restore-file" class="file-input" type="file" accept=".json,.zip,.leerpad,application/json,application/zip" on:change=on_pick />
                <label for="restore-file" class="button secondary">{i18n.text(|t| t.choose_file)}</label>
                <p class="hint drop-hint">{i18n.text(|t| t.drop_here)}</p>
            </div>
            {preview}
            {result}
            {point}
        </section>
        <super::device::DeviceStorage />
        <section aria-labelledby="csv-heading">
            <h2 id="csv-heading">{i18n.text(|t| t.csv_heading)}</h2>
            <p>{i18n.text(|t| t.csv_explain)}</p>
            <button type="button" class="button secondary" on:click=csv_download>{i18n.text(|t| t.download_csv)}</button>
        </section>
        <section aria-labelledby="erase-heading">
            <h2 id="erase-heading">{i18n.text(|t| t.erase_heading)}</h2>
            <p>{i18n.text(|t| t.erase_explain)}</p>
            <button type="button" class="button danger" on:click=erase>{i18n.text(|t| t.erase_button)}</button>
            <div role="status">{erase_done}</div>
            {erase_failed}
        </section>
    }
}
