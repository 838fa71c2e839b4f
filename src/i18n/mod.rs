//! Every string of the interface, in Dutch (the default) and English.
//!
//! A compile-time table rather than a runtime catalogue: a missing translation is a build error,
//! and it costs the bundle nothing but the strings themselves. Programme content is not translated;
//! it is Dutch and the UI marks it `lang="nl"`.

mod en;
mod nl;

/// The interface language.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Locale {
    #[default]
    Nl,
    En,
}

impl Locale {
    pub const ALL: [Locale; 2] = [Locale::Nl, Locale::En];

    /// BCP 47 tag, used for the `lang` attribute and for storing the choice.
    pub fn code(self) -> &'static str {
        match self {
            Locale::Nl => "nl",
            Locale::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Locale> {
        Locale::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language's own name, shown on the switch whatever the current language is.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::Nl => "Nederlands",
            Locale::En => "English",
        }
    }

    pub fn texts(self) -> &'static Texts {
        match self {
            Locale::Nl => &nl::TEXTS,
            Locale::En => &en::TEXTS,
        }
    }
}

/// The interface strings. Functions build the few strings that hold a number or a name.
pub struct Texts {
    pub app_name: &'static str,
    pub skip_link: &'static str,
    pub main_nav: &'static str,
    pub home: &'static str,
    pub language: &'static str,
    pub footer_privacy: &'static str,
    pub content_in_dutch: &'static str,

    pub home_title: &'static str,
    pub home_lead: &'static str,
    pub home_privacy: &'static str,
    pub choose_programme: &'static str,
    pub for_whom: &'static str,
    pub open_programme: fn(&str) -> String,

    pub modules_heading: &'static str,
    pub about_programme: &'static str,
    pub module_n: fn(u8) -> String,
    pub modules_count: fn(usize) -> String,
    pub goals_count: fn(usize) -> String,

    pub breadcrumb: &'static str,
    pub learning_goals: &'static str,
    pub module_nav: &'static str,
    pub previous_module: &'static str,
    pub next_module: &'static str,
    pub back_to_overview: &'static str,
    pub print: &'static str,

    pub not_found_title: &'static str,
    pub not_found_body: &'static str,
    pub to_home: &'static str,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for l in Locale::ALL {
            assert_eq!(Locale::from_code(l.code()), Some(l));
        }
        assert_eq!(Locale::from_code("de"), None);
        assert_eq!(Locale::default(), Locale::Nl);
    }

    #[test]
    fn no_string_is_empty_and_languages_differ() {
        let (nl, en) = (Locale::Nl.texts(), Locale::En.texts());
        for t in [nl, en] {
            for s in [t.skip_link, t.main_nav, t.home_title, t.home_lead, t.learning_goals, t.not_found_title]
            {
                assert!(!s.trim().is_empty());
            }
        }
        assert_ne!(nl.skip_link, en.skip_link);
        assert_eq!((nl.goals_count)(1), "1 leerdoel");
        assert_eq!((nl.goals_count)(6), "6 leerdoelen");
        assert_eq!((en.goals_count)(1), "1 learning goal");
        assert_eq!((en.module_n)(3), "Module 3");
    }
}
