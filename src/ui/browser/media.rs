//! Media queries, read once (for a default that depends on the screen, such as folded filters).

/// Whether the CSS media query `query` matches now; `false` where it cannot be asked.
pub fn matches(query: &str) -> bool {
    leptos::prelude::window().match_media(query).ok().flatten().is_some_and(|m| m.matches())
}
