//! The frame around every page: skip link, header with navigation and language switch, footer.

use leptos::prelude::*;

use super::{
    app_update,
    browser::location::use_location,
    document, messages,
    startup::{AtStage, Stage},
    store::{Mode, SaveState, use_store},
    use_i18n,
};
use crate::domain::{
    Catalog,
    route::{Route, is_within},
};
use crate::i18n::Locale;
use crate::storage::StorageError;

#[component]
pub fn Shell(children: Children) -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    // Focus the new page's heading on every in-app navigation, not on the first load.
    Effect::new(move |previous: Option<String>| {
        let path = location.path();
        if previous.is_some_and(|p| p != path) {
            document::focus_page_heading();
        }
        path
    });
    // On a phone the menu and the language switch fold away behind one button; a wider screen
    // always shows them (style/main.css). Going to a page folds the menu again.
    let menu_open = RwSignal::new(false);
    Effect::new(move |_| {
        location.path();
        menu_open.set(false);
    });
    // A participant who chose a programme sees only that one in the menu.
    let store = use_store();
    let chosen = Memo::new(move |_| store.portfolio().with(|p| p.profile.programme.clone()));
    view! {
        <SkipLink />
        <header class="site-header">
            <div class="wrap header-row">
                <Brand />
                <AtStage stage=Stage::Status>
                    <ConnectionStatus />
                    <SaveStatus />
                </AtStage>
                <button type="button" class="menu-button" aria-controls="site-menu"
                    aria-expanded=move || menu_open.get().to_string()
                    on:click=move |_| menu_open.update(|open| *open = !*open)>
                    <span class="menu-icon" aria-hidden="true"></span>
                    {i18n.text(|t| t.menu)}
                </button>
                <div class="site-menu" id="site-menu" class:open=move || menu_open.get()>
                <nav class="main-nav" aria-label=i18n.text(|t| t.main_nav)>
                    <ul>
                        <MenuLink href="/">{i18n.text(|t| t.nav_my_path)}</MenuLink>
                        {Catalog::embedded()
                            .programmes()
                            .iter()
                            .map(|p| {
                                let id = p.id.to_string();
                                let shown = move || chosen.with(|c| c.as_ref().is_none_or(|c| *c == id));
                                view! { <MenuLink href=Route::Programme(p.id.to_string()).href() shown>{&*p.code}</MenuLink> }
                            })
                            .collect_view()}
                        <MenuLink href="/zelfbeoordeling">{i18n.text(|t| t.nav_assessment)}</MenuLink>
                        <MenuLink href="/portfolio">{i18n.text(|t| t.nav_portfolio)}</MenuLink>
                        <MenuLink href="/groei">{i18n.text(|t| t.nav_growth)}</MenuLink>
                        <MenuLink href="/verslag">{i18n.text(|t| t.nav_report)}</MenuLink>
                        <MenuLink href="/gegevens">{i18n.text(|t| t.nav_data)}</MenuLink>
                        <MenuLink href="/profiel">{i18n.text(|t| t.nav_profile)}</MenuLink>
                    </ul>
                </nav>
                <AtStage stage=Stage::Status>
                    <LanguageSwitch />
                </AtStage>
                </div>
            </div>
        </header>
        <main id="main" tabindex="-1">
            <div class="wrap">
                <AtStage stage=Stage::Status>
                    <app_update::UpdateBanner />
                    <Notices />
                </AtStage>
                {children()}
            </div>
        </main>
        <footer class="site-footer">
            <div class="wrap">
                <p>{i18n.text(|t| t.footer_privacy)}</p>
                <ul class="footer-links" role="list">
                    <li><a href="/privacy">{i18n.text(|t| t.privacy_link)}</a></li>
                    <li><a href="/toegankelijkheid">{i18n.text(|t| t.accessibility_link)}</a></li>
                    <li><a href=super::manager::PATH>{i18n.text(|t| t.conversation.manager_link)}</a></li>
                </ul>
            </div>
        </footer>
    }
}

/// The link that skips to the page's content, first on every page (also in manager mode).
#[component]
pub(super) fn SkipLink() -> impl IntoView {
    let i18n = use_i18n();
    let skip = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        document::focus_by_id("main");
    };
    view! { <a class="skip-link" href="#main" on:click=skip>{i18n.text(|t| t.skip_link)}</a> }
}

/// Leerpad's name in the header, a link to the home page.
#[component]
pub(super) fn Brand() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <a href="/" class="brand">
            <span class="brand-mark" aria-hidden="true"></span>
            {i18n.text(|t| t.app_name)}
        </a>
    }
}

/// One item of the main menu, marked as the current page while the address is in its part of
/// the app.
#[component]
fn MenuLink(
    #[prop(into)] href: String,
    /// Whether the item is in the menu (the programmes: only the participant's own).
    #[prop(into, default = Signal::stored(true))]
    shown: Signal<bool>,
    children: Children,
) -> impl IntoView {
    let location = use_location();
    let current = {
        let href = href.clone();
        move || is_within(&location.path(), &href).then_some("page")
    };
    view! {
        <li hidden=move || !shown.get()>
            <a href=href aria-current=current>
                {children()}
            </a>
        </li>
    }
}

/// Two buttons, each in its own language; the pressed one is the current language.
#[component]
pub(super) fn LanguageSwitch() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="lang-switch" role="group" aria-label=i18n.text(|t| t.language)>
            {Locale::ALL
                .into_iter()
                .map(|locale| {
                    view! {
                        <button
                            type="button"
                            lang=locale.code()
                            aria-pressed=move || (i18n.locale() == locale).to_string()
                            on:click=move |_| i18n.set(locale)
                        >
                            {locale.native_name()}
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}

/// A quiet status in the header, read out by screen readers when it changes.
#[component]
fn SaveStatus() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let text = move || {
        let t = i18n.t();
        match store.save_state() {
            SaveState::Idle => "",
            SaveState::Pending => t.saving,
            SaveState::Saved => t.saved,
            SaveState::Failed(_) => t.not_saved,
        }
    };
    let failed = move || matches!(store.save_state(), SaveState::Failed(_));
    view! {
        <p class="save-status" class:failed=failed role="status">
            {text}
        </p>
    }
}

/// Messages about the data that must be seen wherever the participant is.
#[component]
fn Notices() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let read_only = move || {
        let Mode::ReadOnly { schema } = store.mode() else { return None };
        let t = i18n.t();
        Some(view! {
            <div class="notice warning" id="read-only-notice">
                <p>
                    <strong>{t.read_only_title} ": "</strong>
                    {(t.read_only_body)(schema)}
                </p>
            </div>
        })
    };
    let save_failed = move || {
        let SaveState::Failed(error) = store.save_state() else { return None };
        let t = i18n.t();
        // Retrying helps once space is freed or the storage is back; refused storage needs a
        // reload after allowing it.
        let retry = (error != StorageError::Unavailable).then(|| {
            view! {
                <button type="button" class="button secondary" on:click=move |_| store.retry()>
                    {t.retry}
                </button>
            }
        });
        Some(view! {
            <div class="notice error" role="alert" id="save-error">
                <p>
                    <strong>{t.not_saved} ": "</strong>
                    {messages::storage_error(t, &error)}
                </p>
                <div class="actions">
                    <button type="button" class="button primary" on:click=move |_| store.download_backup()>
                        {t.download_backup}
                    </button>
                    {retry}
                </div>
            </div>
        })
    };
    // Another tab runs a newer Leerpad: this page saves nothing more until it is reloaded.
    let superseded = move || {
        store.superseded().then(|| {
            let t = i18n.t();
            view! {
                <div class="notice warning" role="alert" id="superseded-notice">
                    <p>{t.superseded_body}</p>
                    <button type="button" class="button primary" on:click=|_| drop(window().location().reload())>
                        {t.reload_button}
                    </button>
                </div>
            }
        })
    };
    let blocked = move || {
        store.blocked().then(
            || view! { <p class="notice info" role="status" id="blocked-notice">{i18n.t().blocked_body}</p> },
        )
    };
    let conflict = move || {
        let clash = store.clash()?;
        let t = i18n.t();
        let replaced = (!clash.replaced.is_empty()).then(|| {
            view! {
                <p>{t.clash_replaced}</p>
                {clash.replaced.into_iter().map(|text| view! { <blockquote class="replaced">{text}</blockquote> }).collect_view()}
            }
        });
        Some(view! {
            <div class="notice warning" role="alert" id="conflict-notice">
                <p>{t.conflict_body}</p>
                {replaced}
                <button type="button" class="button secondary" on:click=move |_| store.dismiss_clash()>
                    {t.dismiss}
                </button>
            </div>
        })
    };
    let undo = move || {
        // A removed file is said in its own section, where the participant is looking.
        (store.recently_deleted() && store.removed_file().is_none()).then(|| {
            let t = i18n.t();
            view! {
                <div class="notice info undo" id="undo-notice">
                    <p>{t.deleted}</p>
                    <button type="button" class="button secondary" on:click=move |_| store.undo_delete()>
                        {t.undo}
                    </button>
                </div>
            }
        })
    };
    view! { {read_only} {superseded} {blocked} {save_failed} {conflict} <div role="status">{undo}</div> <crate::ui::confirmation::ConfirmationToast /> }
}

/// Shows when the device is offline, and briefly when it is back online; announced politely.
#[component]
fn ConnectionStatus() -> impl IntoView {
    let i18n = use_i18n();
    #[derive(Clone, Copy, PartialEq)]
    enum Connection {
        Online,
        Offline,
        BackOnline,
    }
    let online = window().navigator().on_line();
    let state = RwSignal::new(if online { Connection::Online } else { Connection::Offline });
    let offline = window_event_listener(leptos::ev::offline, move |_| state.set(Connection::Offline));
    let online = window_event_listener(leptos::ev::online, move |_| {
        state.set(Connection::BackOnline);
        set_timeout(
            move || {
                if state.get_untracked() == Connection::BackOnline {
                    state.set(Connection::Online);
                }
            },
            std::time::Duration::from_secs(5),
        );
    });
    on_cleanup(move || {
        offline.remove();
        online.remove();
    });
    let text = move || match state.get() {
        Connection::Online => "",
        Connection::Offline => i18n.t().offline,
        Connection::BackOnline => i18n.t().back_online,
    };
    view! {
        <p class="connection-status" class:offline=move || state.get() == Connection::Offline role="status">
            {text}
        </p>
    }
}
