//! The development portfolio: the overview with search and filters, one editor for every kind of
//! entry, "Mijn Why" and the 360-feedback canvas. The form itself is [`crate::ui::form`].

mod canvas;
mod entry;
mod list;
mod why;
mod worksheet;

pub use canvas::CanvasPage;
pub use entry::EntryPage;
pub use list::PortfolioPage;
pub use why::WhyPage;
pub use worksheet::WorksheetPage;
