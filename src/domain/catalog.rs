//! The programme content, embedded at build time as Rust data (see `build.rs`).

use std::borrow::Cow;

use super::content_model::{Goal, Module, Programme, Section, Statement, StatementText};

/// All programmes Leerpad knows, in display order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalog {
    programmes: &'static [Programme],
}

/// The content as `build.rs` checked it, written out as static Rust data.
static CATALOG: Catalog = Catalog { programmes: include!(concat!(env!("OUT_DIR"), "/content.rs")) };

/// The statements of `content/statements.toml`, as `build.rs` checked them.
static STATEMENTS: &[Statement] = include!(concat!(env!("OUT_DIR"), "/statements.rs"));

/// The statement `id` (one of [`super::content_model::STATEMENT_IDS`]).
pub fn statement(id: &str) -> Option<&'static Statement> {
    STATEMENTS.iter().find(|s| s.id == id)
}

impl Catalog {
    /// The content embedded in this build.
    pub fn embedded() -> &'static Catalog {
        &CATALOG
    }

    pub fn programmes(&self) -> &'static [Programme] {
        self.programmes
    }

    pub fn programme(&self, id: &str) -> Option<&Programme> {
        self.programmes.iter().find(|p| p.id == id)
    }

    /// The module with this ID (`blg.m2`), with its programme.
    pub fn module(&self, id: &str) -> Option<(&Programme, &Module)> {
        self.programmes.iter().find_map(|p| Some((p, p.modules.iter().find(|m| m.id == id)?)))
    }
}

impl Programme {
    /// The module with this number (1-based), if there is one.
    pub fn module(&self, number: u8) -> Option<&Module> {
        self.modules.iter().find(|m| m.number == number)
    }

    /// The modules just before and just after module `number` in the track.
    pub fn neighbours(&self, number: u8) -> (Option<&Module>, Option<&Module>) {
        let previous = number.checked_sub(1).and_then(|n| self.module(n));
        let next = number.checked_add(1).and_then(|n| self.module(n));
        (previous, next)
    }

    pub fn goal_count(&self) -> usize {
        self.modules.iter().map(|m| m.goals.len()).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_module_is_found_by_its_id_with_its_programme() {
        let (p, m) = Catalog::embedded().module("smec.m3").unwrap();
        assert_eq!((&*p.id, m.number), ("smec", 3));
        assert!(Catalog::embedded().module("blg.m9").is_none());
    }

    #[test]
    fn finds_programmes_and_modules_by_id_and_number() {
        let catalog = Catalog::embedded();
        let blg = catalog.programme("blg").expect("BLG exists");
        assert_eq!(blg.module(3).map(|m| &*m.id), Some("blg.m3"));
        assert!(blg.module(0).is_none());
        assert!(blg.module(6).is_none());
        assert!(catalog.programme("BLG").is_none(), "IDs are exact");
        assert!(catalog.programme("xyz").is_none());
    }

    #[test]
    fn neighbours_stop_at_the_ends_of_the_track() {
        let smec = Catalog::embedded().programme("smec").unwrap();
        let ids = |(p, n): (Option<&Module>, Option<&Module>)| (p.map(|m| m.number), n.map(|m| m.number));
        assert_eq!(ids(smec.neighbours(1)), (None, Some(2)));
        assert_eq!(ids(smec.neighbours(3)), (Some(2), Some(4)));
        assert_eq!(ids(smec.neighbours(5)), (Some(4), None));
        assert_eq!(ids(smec.neighbours(u8::MAX)), (None, None));
    }
}
