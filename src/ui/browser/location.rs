//! The address bar as a signal. In-app links and [`Location::navigate`] change it without
//! loading a page (the History API), and so do the browser's back and forward buttons. Which page
//! an address shows is [`Route`]'s business.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlAnchorElement, MouseEvent};

use crate::domain::route::Route;

/// The current address of this tab. Copy it freely.
#[derive(Clone, Copy)]
pub struct Location {
    path: RwSignal<String>,
}

impl Location {
    /// The current path (without query or fragment), tracked.
    pub fn path(self) -> String {
        self.path.get()
    }

    /// Goes to `route` as a new step in the tab's history, at the top of the new page.
    pub fn navigate(self, route: &Route) {
        self.go(&route.href());
    }

    /// Writes `route` into the address bar for the page on screen, which shows it already: no new
    /// step in the history and no new page (a reload or a bookmark then opens the same view).
    pub fn show_as(self, route: &Route) {
        if let Ok(history) = window().history() {
            let _ = history.replace_state_with_url(&JsValue::from(depth()), "", Some(&route.href()));
        }
    }

    /// Goes back one page, to where the participant came from, when that is a page of Leerpad in
    /// this tab; otherwise to `fallback`.
    pub fn back_or(self, fallback: &Route) {
        match window().history() {
            Ok(history) if depth() > 0 => drop(history.back()),
            _ => self.navigate(fallback),
        }
    }

    /// Goes to `href`, a path of this site (with query and fragment, as a link gives it).
    fn go(self, href: &str) {
        let window = window();
        if let Ok(history) = window.history() {
            let _ = history.push_state_with_url(&JsValue::from(depth() + 1), "", Some(href));
        }
        self.path.set(current_path());
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Starts following the address bar for the rest of the current owner's life and makes it
/// available to [`use_location`].
pub fn provide_location() -> Location {
    let location = Location { path: RwSignal::new(current_path()) };
    let back_or_forward =
        window_event_listener(leptos::ev::popstate, move |_| location.path.set(current_path()));
    let click = window_event_listener(leptos::ev::click, move |ev| {
        if let Some(href) = in_app_link(&ev) {
            ev.prevent_default();
            location.go(&href);
        }
    });
    on_cleanup(move || {
        back_or_forward.remove();
        click.remove();
    });
    provide_context(location);
    location
}

/// The tab's address, as provided by [`provide_location`].
pub fn use_location() -> Location {
    expect_context()
}

/// How many of Leerpad's pages this tab's history holds before the current one. Each step
/// Leerpad adds carries its number as the history state; the page the tab opened with has none.
fn depth() -> u32 {
    window().history().ok().and_then(|h| h.state().ok()).and_then(|s| s.as_f64()).map_or(0, |d| d as u32)
}

fn current_path() -> String {
    window().location().pathname().unwrap_or_else(|_| "/".to_owned())
}

/// The address a click goes to, when the app can show it itself: a plain left click on a link
/// to another page of this site that is not meant for a new tab or a download.
fn in_app_link(ev: &MouseEvent) -> Option<String> {
    if ev.default_prevented()
        || ev.button() != 0
        || ev.meta_key()
        || ev.ctrl_key()
        || ev.shift_key()
        || ev.alt_key()
    {
        return None;
    }
    let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    let link = target.closest("a[href]").ok()??.dyn_into::<HtmlAnchorElement>().ok()?;
    if link.has_attribute("download") || !matches!(link.target().as_str(), "" | "_self") {
        return None;
    }
    let here = window().location();
    if link.origin() != here.origin().ok()? {
        return None;
    }
    let (path, search, hash) = (link.pathname(), link.search(), link.hash());
    // Manager mode is an app of its own (`crate::ui::manager`): the browser loads it anew.
    if crate::ui::manager::is_manager_path(&path) {
        return None;
    }
    // A link within this page (`#main`) is the browser's to follow.
    if !hash.is_empty()
        && Some(&path) == here.pathname().ok().as_ref()
        && Some(&search) == here.search().ok().as_ref()
    {
        return None;
    }
    Some(format!("{path}{search}{hash}"))
}
