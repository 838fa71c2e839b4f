//! Browser capabilities the interface uses, one small module each (in the style of leptos-use).
//! Whatever a module starts listening to, it stops listening to when the reactive owner that
//! asked for it is disposed.

pub mod broadcast;
pub mod clock;
pub mod crypto;
pub mod digest;
pub mod files;
pub mod focus;
pub mod location;
pub mod media;
pub mod page_hidden;
pub mod stylesheet;
pub mod tasks;
