//! Reactive views of the portfolio that several pages share, each a `use_` function.

use leptos::prelude::*;

use crate::domain::{Catalog, Programme};
use crate::ui::store::use_store;

/// The participant's programme, if chosen.
pub fn use_my_programme() -> Memo<Option<&'static Programme>> {
    let portfolio = use_store().portfolio();
    Memo::new(move |_| {
        portfolio.with(|p| p.profile.programme.as_deref().and_then(|id| Catalog::embedded().programme(id)))
    })
}

/// The programmes whose modules and goals an item can link to: the participant's, or all.
pub fn linkable_programmes(chosen: Option<&'static Programme>) -> Vec<&'static Programme> {
    match chosen {
        Some(p) => vec![p],
        None => Catalog::embedded().programmes().iter().collect(),
    }
}
