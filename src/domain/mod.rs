//! Pure Rust: the model, its rules and everything computed from it. No browser APIs here, so
//! all of it is tested natively with `cargo test`.

pub mod catalog;
pub mod content_model;

pub use catalog::Catalog;
pub use content_model::{Goal, Module, Programme};
