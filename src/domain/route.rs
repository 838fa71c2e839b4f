//! Every page of Leerpad as its address names it: the one place where paths are read and
//! written. The interface's router (`ui::router`) turns the address bar into a [`Route`] and
//! shows its page; links to pages with a parameter get their `href` from here.

use super::content_model::STATEMENT_IDS;
use super::items::Kind;
use super::records::{Collection, RecordKey};

/// A page, with what its address says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// `/`: the welcome or the dashboard.
    Home,
    /// `/profiel`
    Profile,
    /// `/zelfbeoordeling`: the rating moments.
    Assessment,
    /// `/zelfbeoordeling/:id`: one rating moment, at the module where rating goes on.
    Moment(String),
    /// `/zelfbeoordeling/:id/module/:number`: one module's goals of a rating moment.
    MomentModule(String, u8),
    /// `/zelfbeoordeling/:id/klaar`: a moment just closed, and what changed.
    MomentDone(String),
    /// `/uitleg-schaal`
    ScaleHelp,
    /// `/groei`
    Growth,
    /// `/portfolio`: the overview of every entry.
    Portfolio,
    /// `/portfolio/why`
    Why,
    /// `/portfolio/360`: the feedback canvas.
    Canvas,
    /// `/portfolio/:kind/:id`: one entry.
    Entry(Kind, String),
    /// `/werkbladen`: every worksheet of the participant's programme, by module.
    Sheets,
    /// `/werkbladen/:id`: one worksheet, the participant's filled-in ones and their picture.
    Sheet(String),
    /// `/verslag`
    Report,
    /// `/gegevens`: backups, export, erase.
    Data,
    /// `/toegankelijkheid` or `/privacy`: a statement of `content/statements.toml`.
    Statement(&'static str),
    /// `/:programme`: a programme and its modules (an unknown name is the page's to refuse).
    Programme(String),
    /// `/:programme/module/:number`
    Module(String, u8),
    /// Any other address.
    NotFound,
}

impl Route {
    /// Whether the page shows the participant's portfolio, and so waits while it is read. Content
    /// pages (programmes, modules, the scale, statements) never wait.
    pub fn shows_portfolio(&self) -> bool {
        !matches!(
            self,
            Route::ScaleHelp
                | Route::Statement(_)
                | Route::Programme(_)
                | Route::Module(..)
                | Route::NotFound
        )
    }

    /// The page at `path` (the address without query or fragment). A trailing slash and empty
    /// segments do not matter.
    pub fn parse(path: &str) -> Route {
        let mut segments = path.split('/').filter(|s| !s.is_empty());
        let parts: [Option<&str>; 4] = std::array::from_fn(|_| segments.next());
        let owned = |s: &str| s.to_owned();
        match parts {
            [None, ..] => Route::Home,
            [Some("profiel"), None, ..] => Route::Profile,
            [Some("zelfbeoordeling"), None, ..] => Route::Assessment,
            [Some("zelfbeoordeling"), Some(id), None, _] => Route::Moment(owned(id)),
            [Some("zelfbeoordeling"), Some(id), Some("klaar"), None] => Route::MomentDone(owned(id)),
            [Some("zelfbeoordeling"), Some(id), Some("module"), Some(number)] => match number.parse() {
                Ok(n) if !number.starts_with('+') && segments.next().is_none() => {
                    Route::MomentModule(owned(id), n)
                }
                _ => Route::NotFound,
            },
            [Some("uitleg-schaal"), None, ..] => Route::ScaleHelp,
            [Some("groei"), None, ..] => Route::Growth,
            [Some("portfolio"), None, ..] => Route::Portfolio,
            [Some("portfolio"), Some("why"), None, _] => Route::Why,
            [Some("portfolio"), Some("360"), None, _] => Route::Canvas,
            [Some("portfolio"), Some(kind), Some(id), None] => {
                Kind::from_segment(kind).map_or(Route::NotFound, |k| Route::Entry(k, owned(id)))
            }
            [Some("werkbladen"), None, ..] => Route::Sheets,
            [Some("werkbladen"), Some(id), None, _] => Route::Sheet(owned(id)),
            [Some("verslag"), None, ..] => Route::Report,
            [Some("gegevens"), None, ..] => Route::Data,
            [Some(id), None, ..] if let Some(s) = STATEMENT_IDS.into_iter().find(|s| *s == id) => {
                Route::Statement(s)
            }
            [Some(programme), None, ..] => Route::Programme(owned(programme)),
            [Some(programme), Some("module"), Some(number), None] => match number.parse() {
                Ok(n) if !number.starts_with('+') => Route::Module(owned(programme), n),
                _ => Route::NotFound,
            },
            _ => Route::NotFound,
        }
    }

    /// The page of record `key`, if it has one of its own: an entry, a rating moment, the profile
    /// or "Mijn Why" (an attachment is shown on its owner's page).
    pub fn of(key: &RecordKey) -> Option<Route> {
        match key {
            RecordKey::Item(Collection::Moment, id) => Some(Route::Moment(id.clone())),
            // Conversations are kept and shown on the report page.
            RecordKey::Item(Collection::Conversation, _) => Some(Route::Report),
            RecordKey::Item(c, id) => Some(Route::Entry(c.kind()?, id.clone())),
            RecordKey::Profile => Some(Route::Profile),
            RecordKey::Why => Some(Route::Why),
            RecordKey::Progress | RecordKey::Settings => None,
        }
    }

    /// The address of this page (`/` for [`Route::NotFound`]).
    pub fn href(&self) -> String {
        let fixed = match self {
            Route::Home | Route::NotFound => "/",
            Route::Profile => "/profiel",
            Route::Assessment => "/zelfbeoordeling",
            Route::ScaleHelp => "/uitleg-schaal",
            Route::Growth => "/groei",
            Route::Portfolio => "/portfolio",
            Route::Why => "/portfolio/why",
            Route::Canvas => "/portfolio/360",
            Route::Sheets => "/werkbladen",
            Route::Report => "/verslag",
            Route::Data => "/gegevens",
            Route::Statement(id) => return format!("/{id}"),
            Route::Moment(id) => return format!("/zelfbeoordeling/{id}"),
            Route::MomentModule(id, n) => return format!("/zelfbeoordeling/{id}/module/{n}"),
            Route::MomentDone(id) => return format!("/zelfbeoordeling/{id}/klaar"),
            Route::Entry(kind, id) => return format!("/portfolio/{}/{id}", kind.segment()),
            Route::Sheet(id) => return format!("/werkbladen/{id}"),
            Route::Programme(p) => return format!("/{p}"),
            Route::Module(p, n) => return format!("/{p}/module/{n}"),
        };
        fixed.to_owned()
    }
}

/// Whether a menu link to `href` leads to the part of Leerpad that `path` is in: `/` only for
/// itself, any other link for its own address and every address below it.
pub fn is_within(path: &str, href: &str) -> bool {
    let path = path.trim_end_matches('/');
    let href = href.trim_end_matches('/');
    if href.is_empty() {
        return path.is_empty();
    }
    path.strip_prefix(href).is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_route() -> Vec<Route> {
        let mut routes = vec![
            Route::Home,
            Route::Profile,
            Route::Assessment,
            Route::Moment("m-1a2b".into()),
            Route::MomentModule("m-1a2b".into(), 3),
            Route::MomentDone("m-1a2b".into()),
            Route::ScaleHelp,
            Route::Growth,
            Route::Portfolio,
            Route::Why,
            Route::Canvas,
            Route::Sheets,
            Route::Sheet("teamscan".into()),
            Route::Report,
            Route::Data,
            Route::Statement("toegankelijkheid"),
            Route::Statement("privacy"),
            Route::Programme("blg".into()),
            Route::Module("smec".into(), 5),
        ];
        routes.extend(Kind::ALL.iter().map(|k| Route::Entry(*k, "x9".into())));
        routes
    }

    #[test]
    fn every_address_reads_back_as_its_page() {
        for route in every_route() {
            assert_eq!(Route::parse(&route.href()), route, "{}", route.href());
            assert_eq!(Route::parse(&format!("{}/", route.href())), route, "trailing slash");
        }
    }

    #[test]
    fn fixed_names_win_over_programme_names() {
        assert_eq!(Route::parse("/groei"), Route::Growth);
        assert_eq!(Route::parse("/portfolio/why"), Route::Why);
        assert_eq!(Route::parse("/blg"), Route::Programme("blg".into()));
        assert_eq!(Route::parse("/bestaat-niet"), Route::Programme("bestaat-niet".into()));
    }

    #[test]
    fn malformed_addresses_are_not_found() {
        for path in [
            "/blg/module/abc",
            "/blg/module/+3",
            "/blg/module/300",
            "/blg/module",
            "/blg/module/1/extra",
            "/portfolio/onbekend/x",
            "/portfolio/journal/x/y",
            "/zelfbeoordeling/a/b",
            "/zelfbeoordeling/a/module/x",
            "/zelfbeoordeling/a/module/2/x",
            "/profiel/x",
        ] {
            assert_eq!(Route::parse(path), Route::NotFound, "{path}");
        }
    }

    #[test]
    fn records_lead_to_their_own_page() {
        assert_eq!(Route::of(&RecordKey::Item(Collection::Attachment, "x9".into())), None);
        assert_eq!(Route::of(&RecordKey::Item(Collection::Conversation, "x9".into())), Some(Route::Report));
        for c in Collection::ALL
            .into_iter()
            .filter(|c| ![Collection::Attachment, Collection::Conversation].contains(c))
        {
            let route = Route::of(&RecordKey::Item(c, "x9".into())).unwrap();
            assert_eq!(Route::parse(&route.href()), route);
            let expected = if c == Collection::Moment {
                "/zelfbeoordeling/x9".to_owned()
            } else {
                format!("/portfolio/{}/x9", c.segment())
            };
            assert_eq!(route.href(), expected);
        }
        assert_eq!(Route::of(&RecordKey::Why), Some(Route::Why));
        assert_eq!(Route::of(&RecordKey::Profile), Some(Route::Profile));
        assert_eq!(Route::of(&RecordKey::Progress), None);
        assert_eq!(Route::of(&RecordKey::Settings), None);
    }

    #[test]
    fn menu_links_cover_their_part_of_the_app() {
        assert!(is_within("/", "/"));
        assert!(!is_within("/groei", "/"));
        assert!(is_within("/portfolio/why", "/portfolio"));
        assert!(is_within("/portfolio/", "/portfolio"));
        assert!(!is_within("/portfolioo", "/portfolio"));
        assert!(is_within("/blg/module/3", "/blg"));
        assert!(!is_within("/smec/module/3", "/blg"));
    }

    #[test]
    fn content_pages_never_wait_for_the_portfolio() {
        for path in ["/blg", "/smec/module/2", "/uitleg-schaal", "/privacy", "/bestaat-niet"] {
            assert!(!Route::parse(path).shows_portfolio(), "{path}");
        }
        for path in ["/", "/profiel", "/zelfbeoordeling", "/groei", "/portfolio", "/verslag", "/gegevens"] {
            assert!(Route::parse(path).shows_portfolio(), "{path}");
        }
    }
}
