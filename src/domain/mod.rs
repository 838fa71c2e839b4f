//! Pure Rust: the model, its rules and everything computed from it. No browser APIs here, so
//! all of it is tested natively with `cargo test`.

pub mod archive;
pub mod assessment;
pub mod attachments;
pub mod backup;
pub mod catalog;
pub mod chart;
pub mod content_model;
pub mod conversation;
pub mod csv;
pub mod dates;
pub mod decode;
pub mod disclosure;
pub mod encode;
pub mod envelope;
pub mod figures;
pub mod forms;
pub mod gaps;
pub mod html;
pub mod items;
pub mod json;
pub mod keyed;
pub mod legacy;
pub mod merge;
pub mod migrate;
pub mod overview;
pub mod pace;
pub mod pack;
pub mod portfolio;
pub mod record_fields;
pub mod records;
pub mod reply;
pub mod report;
pub mod route;
pub mod sheet_chart;
pub mod sheet_html;
pub mod sorting;
pub mod stored;
pub mod tabs;
pub mod text;
pub mod worksheet;
pub mod zip;

pub use catalog::Catalog;
pub use content_model::{Goal, Module, Programme};
pub use portfolio::{ModuleStatus, Portfolio, Profile};
