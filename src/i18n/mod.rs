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

/// An item ID as shown in a message: enough to tell items apart, never a long run of file
/// content. IDs Leerpad makes are short and plain; anything else is not repeated at all.
fn short_id(id: &str) -> String {
    const SHOWN: usize = 16;
    if !id.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')) {
        return String::new();
    }
    if id.len() <= SHOWN { format!(" ‘{id}’") } else { format!(" ‘{}…’", &id[..SHOWN]) }
}

/// The interface strings. Functions build the few strings that hold a number or a name.
pub struct Texts {
    pub app_name: &'static str,
    pub skip_link: &'static str,
    pub main_nav: &'static str,
    pub menu: &'static str,
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

    /// Formats a `YYYY-MM-DD` date for reading.
    pub date: fn(&str) -> String,

    pub nav_my_path: &'static str,
    pub nav_profile: &'static str,

    pub saving: &'static str,
    pub saved: &'static str,
    pub not_saved: &'static str,
    pub save_failed_quota: &'static str,
    pub save_failed_unavailable: &'static str,
    pub save_failed_other: &'static str,
    pub save_failed_closed: &'static str,
    pub superseded_body: &'static str,
    pub blocked_body: &'static str,
    pub loading_data: &'static str,
    pub unreadable_title: &'static str,
    pub unreadable_body: &'static str,
    /// Said of a record or a file that cannot be read: what is wrong, and where.
    pub problem: fn(&crate::domain::records::Problem) -> String,
    pub store_read_only: &'static str,
    pub no_restore_point: &'static str,
    pub restore_point_unreadable: &'static str,
    pub clash_replaced: &'static str,
    pub retry: &'static str,
    pub conflict_body: &'static str,
    pub dismiss: &'static str,
    pub read_only_title: &'static str,
    pub read_only_body: fn(u32) -> String,

    pub welcome_title: &'static str,
    pub welcome_lead: &'static str,
    pub fields_optional: &'static str,
    pub field_name: &'static str,
    pub field_role: &'static str,
    pub field_organisation: &'static str,
    pub field_organisation_hint: &'static str,
    pub field_manager: &'static str,
    pub field_programme: &'static str,
    pub programme_not_chosen: &'static str,
    pub field_cohort_start: &'static str,
    pub start: &'static str,
    pub skip: &'static str,
    pub browse_first: &'static str,

    pub dashboard_title: &'static str,
    pub hello: fn(&str) -> String,
    /// The greeting before the participant has done anything (no "terug" yet).
    pub hello_first: fn(&str) -> String,
    /// The first step: what the nulmeting is, for a programme of this many goals.
    pub baseline_explain: fn(usize) -> String,
    /// How many items of a kind (`Kind::ALL` position, count): "3 reflecties".
    pub kind_count: fn(usize, usize) -> String,
    pub portfolio_nothing_yet: &'static str,
    pub where_am_i: &'static str,
    pub cohort_started: fn(&str) -> String,
    pub modules_done: fn(usize, usize) -> String,
    pub next_step: &'static str,
    pub all_done: &'static str,
    pub no_programme_yet: &'static str,
    pub this_is_my_programme: fn(&str) -> String,
    pub portfolio_heading: &'static str,
    pub count_reflections: fn(usize) -> String,
    pub count_moments: fn(usize) -> String,
    pub backup_never: &'static str,
    pub backup_overdue: fn(&str) -> String,
    pub make_backup: &'static str,

    pub status_legend: &'static str,
    pub status_not_started: &'static str,
    pub status_in_progress: &'static str,
    pub status_done: &'static str,

    pub profile_title: &'static str,
    pub profile_lead: &'static str,
    pub storage_heading: &'static str,
    pub storage_explain: &'static str,
    pub persistent_yes: &'static str,
    pub persistent_no: &'static str,
    pub persistent_unknown: &'static str,
    /// What Leerpad uses on this device and what the browser allows: sizes as written.
    pub storage_use: fn(&str, &str) -> String,
    pub storage_use_unknown: &'static str,
    pub safari_note: &'static str,
    pub last_backup: fn(&str) -> String,
    pub download_backup: &'static str,
    pub backup_explain: &'static str,

    pub recovery_title: &'static str,
    pub recovery_lead: &'static str,
    pub recovery_problems: &'static str,
    pub recovery_download: &'static str,
    pub recovery_download_explain: &'static str,
    pub recovery_restore: &'static str,
    pub recovery_restore_explain: &'static str,
    pub recovery_discard: &'static str,
    pub recovery_discard_confirm: &'static str,
    pub recovery_fresh: &'static str,
    pub recovery_fresh_confirm: &'static str,

    pub nav_assessment: &'static str,
    pub nav_growth: &'static str,
    pub assessment_title: &'static str,
    pub assessment_lead: &'static str,
    pub choose_programme_first: &'static str,
    pub scale_help_link: &'static str,
    pub scale_title: &'static str,
    pub scale_intro: &'static str,
    /// The five levels, 1 to 5.
    pub levels: [&'static str; 5],
    pub not_applicable: &'static str,
    pub not_applicable_explain: &'static str,
    pub moments_heading: &'static str,
    pub no_moments: &'static str,
    pub new_moment: &'static str,
    pub moment_kind: &'static str,
    pub kind_baseline: &'static str,
    pub kind_after_module: fn(u8) -> String,
    pub kind_final: &'static str,
    pub kind_custom: &'static str,
    pub moment_name: &'static str,
    pub moment_date: &'static str,
    pub start_moment: &'static str,
    pub prefilled_note: &'static str,
    pub rated_count: fn(usize, usize) -> String,
    pub moment_open: &'static str,
    pub moment_closed: &'static str,
    pub close_moment: &'static str,
    pub reopen_moment: &'static str,
    pub closed_notice: &'static str,
    pub delete_moment: &'static str,
    pub delete_moment_confirm: fn(&str) -> String,
    pub explanation: &'static str,
    pub target: &'static str,
    pub no_target: &'static str,
    pub level_label: fn(u8, &str) -> String,
    pub growth_title: &'static str,
    pub growth_lead: &'static str,
    pub chart_title: fn(u8) -> String,
    pub target_series: &'static str,
    pub col_goal: &'static str,
    pub col_module: &'static str,
    pub col_first: &'static str,
    pub col_latest: &'static str,
    pub col_change: &'static str,
    pub col_target: &'static str,
    pub removed_goal: &'static str,
    pub all_goals_heading: &'static str,
    pub highlights_heading: &'static str,
    pub average: &'static str,
    pub no_ratings_yet: &'static str,
    pub strongest: &'static str,
    pub largest_growth: &'static str,
    pub development_points: &'static str,
    pub not_enough_ratings: &'static str,
    /// Under "development points": what they are and how the figure reads.
    pub development_hint: &'static str,
    pub current_moment: &'static str,
    pub continue_rating: &'static str,
    pub modules_of_moment: &'static str,
    /// "Module {n}: {rated} van {total} beoordeeld"
    pub module_rated: fn(n: u8, rated: usize, total: usize) -> String,
    /// "Vorige keer: {level}"
    pub previous_time: fn(level: &str) -> String,
    pub take_over_note: &'static str,
    pub what_changed: &'static str,
    /// "Start je meting na module {n}"
    pub next_moment_due: fn(after: usize) -> String,
    /// "{name} is afgerond"
    pub moment_done_title: fn(name: &str) -> String,
    pub moment_done_first: &'static str,
    pub moment_not_closed: &'static str,
    /// "Sinds {previous}: {up} leerdoelen hoger, {same} gelijk, {down} lager."
    pub changes_since: fn(previous: &str, up: usize, same: usize, down: usize) -> String,
    pub largest_rises: &'static str,
    pub see_growth: &'static str,
    pub to_report: &'static str,
    pub back_to_dashboard: &'static str,
    pub start_baseline: &'static str,

    pub nav_portfolio: &'static str,
    pub portfolio_title: &'static str,
    pub portfolio_lead: &'static str,
    /// Per kind (reflection, feedback, action, question, intervision): name, "new …", purpose.
    pub kind_names: [&'static str; 6],
    pub kind_new: [&'static str; 6],
    pub kind_purpose: [&'static str; 6],
    pub why_title: &'static str,
    pub why_purpose: &'static str,
    pub canvas_title: &'static str,
    pub find_heading: &'static str,
    pub search_label: &'static str,
    pub filter_kind: &'static str,
    pub all_kinds: &'static str,
    pub filter_module: &'static str,
    pub all_modules: &'static str,
    pub filter_goal: &'static str,
    pub all_goals: &'static str,
    pub filter_status: &'static str,
    pub all_statuses: &'static str,
    pub results: fn(usize) -> String,
    pub no_results: &'static str,
    /// The button under a long result list: how many more it shows.
    pub show_more: fn(usize) -> String,
    pub portfolio_empty: &'static str,
    pub untitled: &'static str,
    pub shared_badge: &'static str,
    pub overdue: &'static str,
    pub statuses: [&'static str; 4],
    pub columns: [&'static str; 4],
    pub sources: [&'static str; 3],
    pub none_option: &'static str,
    pub general_no_module: &'static str,
    pub field_labels: FieldLabels,
    /// What the sharing switch means for the report: per kind (in `Kind::ALL` order), then "Mijn Why".
    pub share_hints: [&'static str; 7],
    /// The footer's links to the statements.
    pub privacy_link: &'static str,
    pub accessibility_link: &'static str,
    /// The folded programme description on the programme and module pages.
    pub background: &'static str,
    /// The module page's ways to work on its goals.
    pub rate_this_module: &'static str,
    /// The portfolio's folded filters, and how many are set ("" for none).
    /// The welcome's way in for someone with a backup.
    pub have_backup: &'static str,
    pub restore_it: &'static str,
    pub filters: &'static str,
    pub filters_active: fn(usize) -> String,
    pub reflect_on_module: &'static str,
    /// The editor's way out: back to where the participant came from.
    pub done: &'static str,
    /// The confirmation after "Klaar", per kind.
    pub kind_saved: [&'static str; 6],
    /// After "Klaar" on a form with nothing in it: no item was made.
    pub draft_empty: &'static str,
    /// Under a new, still empty form.
    pub draft_hint: &'static str,
    /// Before the link to the action made from a 360 item.
    pub action_of_feedback: &'static str,
    /// Before the link to the 360 item an action came from.
    pub feedback_of_action: &'static str,
    /// The goal picker: the chosen module's goals, the others, or all when no module is chosen.
    pub goals_of_module: fn(u8) -> String,
    pub goals_other_modules: &'static str,
    pub goals_pick: &'static str,
    pub goals_linked: fn(usize) -> String,
    pub intervision_hint: &'static str,
    pub prompts_hint: &'static str,
    pub delete_entry: &'static str,
    pub delete_entry_confirm: &'static str,
    pub deleted: &'static str,
    pub undo: &'static str,
    pub make_action: &'static str,
    pub ambition_heading: &'static str,

    pub nav_data: &'static str,
    pub offline: &'static str,
    pub back_online: &'static str,
    pub erase_heading: &'static str,
    pub erase_explain: &'static str,
    pub erase_button: &'static str,
    pub erase_confirm: &'static str,
    pub erased: &'static str,
    pub erase_failed: &'static str,
    /// Between the units and the decimal of an average level.
    pub decimal_separator: &'static str,
    pub update_available: &'static str,
    pub update_body: &'static str,
    pub update_button: &'static str,
    pub updated_elsewhere: &'static str,
    pub reload_button: &'static str,
    pub update_waits: &'static str,
    pub nav_report: &'static str,
    pub data_title: &'static str,
    pub data_lead: &'static str,
    pub backup_heading: &'static str,
    pub restore_heading: &'static str,
    pub restore_explain: &'static str,
    pub choose_file: &'static str,
    pub drop_here: &'static str,
    pub restore_preview: fn(&str, &str) -> String,
    pub replace_all: &'static str,
    pub replace_explain: &'static str,
    pub merge_in: &'static str,
    pub merge_explain: &'static str,
    pub restored: &'static str,
    pub restore_point: fn(&str) -> String,
    pub undo_restore: &'static str,
    pub restore_errors: RestoreErrors,
    pub files: FileTexts,
    /// While a large backup file is being read and checked.
    pub reading_file: &'static str,
    pub unchanged: &'static str,
    pub csv_heading: &'static str,
    pub csv_explain: &'static str,
    pub download_csv: &'static str,
    pub report_title: &'static str,
    pub report_lead: &'static str,
    /// In the order of the report's options: profile, questions, highlights, actions, ratings, shared.
    pub report_sections: [&'static str; 6],
    pub report_page_one: &'static str,
    pub report_appendix: &'static str,
    pub report_radar: &'static str,
    /// Shared photos in the downloaded file itself; its size then, as written.
    pub report_images: fn(&str) -> String,
    pub report_notes: &'static str,
    /// "Toelichting bij module {n}"
    pub report_notes_of: fn(n: u8) -> String,
    pub compare_first: &'static str,
    pub compare_latest: &'static str,
    pub print_report: &'static str,
    pub download_report: &'static str,
    pub report_preview: &'static str,
    /// The words only the report uses.
    pub report: crate::domain::report::Phrases,
    /// Worksheets: the words around the content's own.
    pub sheets: SheetTexts,
    /// The words of a worksheet on paper and in the report.
    pub sheet: crate::domain::sheet_html::SheetWords,
    /// The ontwikkelgesprek both ways: sending, manager mode, passphrases.
    pub conversation: ConversationTexts,
}

/// The words of the conversation files: the participant's sending, manager mode and passphrases.
pub struct ConversationTexts {
    // Sending, on /verslag.
    pub send: &'static str,
    pub send_heading: &'static str,
    pub send_lead: &'static str,
    /// "Je leidinggevende opent het op {address}: …"
    pub send_where: fn(&str) -> String,
    pub send_button: &'static str,
    /// "Het gespreksbestand {file} staat in je downloads. …"
    pub sent: fn(&str) -> String,
    pub sent_passphrase: &'static str,
    pub send_failed: &'static str,
    // Passphrases.
    pub lock: &'static str,
    pub lock_hint: &'static str,
    /// The same for a backup on /gegevens.
    pub lock_backup: &'static str,
    pub lock_backup_hint: &'static str,
    pub backup_locked: &'static str,
    pub backup_failed: &'static str,
    pub passphrase: &'static str,
    pub passphrase_again: &'static str,
    /// "Minstens {n} tekens."
    pub passphrase_min: fn(usize) -> String,
    pub strength_label: &'static str,
    /// Too short, weak, fair, strong.
    pub strength: [&'static str; 4],
    pub strength_advice: &'static str,
    pub passphrase_different: &'static str,
    pub unrecoverable: &'static str,
    pub open: &'static str,
    pub opening: &'static str,
    // Manager mode: opening.
    pub mode_name: &'static str,
    /// In the participant's footer.
    pub manager_link: &'static str,
    /// On the welcome page: the way in for a manager.
    pub manager_entry_heading: &'static str,
    pub manager_entry_body: &'static str,
    pub manager_entry_link: &'static str,
    /// A file dropped on the home page that is no conversation file.
    pub home_drop_refused: &'static str,
    pub manager_title: &'static str,
    pub manager_lead: &'static str,
    pub manager_privacy: &'static str,
    pub open_heading: &'static str,
    pub open_hint: &'static str,
    pub choose_file: &'static str,
    pub drop_hint: &'static str,
    pub reading: &'static str,
    pub unreadable: &'static str,
    pub locked_heading: &'static str,
    pub locked_hint: &'static str,
    pub other_file: &'static str,
    pub how_heading: &'static str,
    pub how_steps: [&'static str; 4],
    // Manager mode: the answer.
    /// "Ontwikkelgesprek met {name}"
    pub answer_title: fn(&str) -> String,
    /// "{name} stuurde dit verslag op {date}. …"
    pub answer_lead: fn(&str, &str) -> String,
    pub parts: &'static str,
    pub report_heading: &'static str,
    pub goals_heading: &'static str,
    pub goals_hint: &'static str,
    pub no_programme: &'static str,
    /// "2 van 6 beoordeeld"
    pub rated_of: fn(usize, usize) -> String,
    pub clear_level: &'static str,
    pub not_rated: &'static str,
    /// "Eigen beoordeling van de deelnemer: {level}"
    pub own_rating: fn(&str) -> String,
    pub level_note: &'static str,
    pub comments_heading: &'static str,
    pub comments_hint: &'static str,
    pub nothing_to_comment: &'static str,
    pub agreements_heading: &'static str,
    pub agreements_hint: &'static str,
    pub date: &'static str,
    pub went_well: &'static str,
    pub develop: &'static str,
    pub actions_heading: &'static str,
    pub no_actions: &'static str,
    pub add_action: &'static str,
    pub new_action: &'static str,
    pub action_title: &'static str,
    pub action_due: &'static str,
    pub action_goal: &'static str,
    pub no_goal: &'static str,
    pub remove_action: &'static str,
    pub support: &'static str,
    pub next_date: &'static str,
    pub save_heading: &'static str,
    pub manager_name: &'static str,
    pub save_locked: &'static str,
    pub save_plain: &'static str,
    pub unsaved: &'static str,
    pub save: &'static str,
    /// "Je antwoord staat in je downloads als {file}. Stuur het terug naar {name}."
    pub saved: fn(&str, &str) -> String,
    pub save_failed: &'static str,
    pub open_earlier: &'static str,
    pub earlier_opened: &'static str,
    pub earlier_locked: &'static str,
    // The participant's conversations, on /verslag.
    pub conversations_heading: &'static str,
    pub read_in_heading: &'static str,
    pub read_in_hint: &'static str,
    pub read_in: &'static str,
    pub reply_locked: &'static str,
    /// "Het antwoord van {manager} is ingelezen. …"
    pub reply_read: fn(&str) -> String,
    /// "Gesprek van {date}"
    pub conversation_of: fn(&str) -> String,
    /// "Verstuurd op {date}; nog geen antwoord ingelezen."
    pub waiting: fn(&str) -> String,
    /// "Antwoord van {manager}"
    pub answered: fn(&str) -> String,
    /// "{rated} leerdoelen beoordeeld, {comments} reacties bij gedeelde onderdelen."
    pub rated_summary: fn(usize, usize) -> String,
    pub see_growth: &'static str,
    /// "uiterlijk {date}"
    pub due_on: fn(&str) -> String,
    pub take_over: &'static str,
    pub taken_over: &'static str,
    // Mijn groei and the dashboard.
    pub manager_series: &'static str,
    /// The same as a table's column heading, which may break (a soft hyphen).
    pub manager_column: &'static str,
    pub gaps_heading: &'static str,
    /// "Volgens het gesprek van {date} met {manager}."
    pub gaps_lead: fn(&str, &str) -> String,
    pub manager_higher: &'static str,
    pub own_higher: &'static str,
    /// "jij {own}, leidinggevende {manager}"
    pub gap_figures: fn(u8, u8) -> String,
    pub no_gaps: &'static str,
    /// "Laatste gesprek: {date}" and, when agreed, "; volgende: {date}"
    pub last_conversation: fn(&str, Option<&str>) -> String,
    /// Above the manager's comments under an item.
    pub comment_of: fn(&str, &str) -> String,
    pub errors: ConversationErrors,
}

/// One message per reason a conversation file is refused or does not open.
pub struct ConversationErrors {
    pub too_large: &'static str,
    pub foreign: &'static str,
    pub truncated: &'static str,
    pub newer: &'static str,
    pub reply_not_request: &'static str,
    pub request_not_reply: &'static str,
    pub damaged: &'static str,
    pub invalid_request: &'static str,
    pub invalid_reply: &'static str,
    pub other_conversation: &'static str,
    pub wrong_passphrase: &'static str,
    pub no_crypto: &'static str,
    pub damaged_envelope: &'static str,
    pub not_sent_here: &'static str,
}

/// The interface words of the worksheet pages.
pub struct SheetTexts {
    pub title: &'static str,
    pub lead: &'static str,
    /// On a module page, above its worksheets.
    pub of_module: &'static str,
    /// "Nog niet ingevuld", "2 keer ingevuld".
    pub filled: fn(usize) -> String,
    pub mine: &'static str,
    pub none_yet: &'static str,
    pub print_blank: &'static str,
    pub print: &'static str,
    /// "5 van 12 vragen ingevuld"
    pub answered: fn(usize, usize) -> String,
    pub add_row: &'static str,
    /// "‘A.B.’ verwijderen" (a row, by its name, or "Rij 3" when it has none).
    pub remove_row: fn(&str) -> String,
    /// "Rij 3": an own row without a name yet.
    pub row_n: fn(usize) -> String,
    pub initials_hint: &'static str,
    /// The first option of a scale: not answered yet.
    pub scale_none: &'static str,
    /// The first option of a choice.
    pub choose: &'static str,
    /// "‘Thema's’ als CSV downloaden"
    pub csv: fn(&str) -> String,
    /// On a worksheet the content no longer has.
    pub unknown: &'static str,
    /// The date field of every worksheet.
    pub date: &'static str,
    /// Under "Werkbladen" on the dashboard and the portfolio: where to find them.
    pub all: &'static str,
    /// The link from a worksheet to its worksheet's page.
    pub about: &'static str,
    /// The portfolio's "new" button for worksheets leads to the list.
    pub choose_sheet: &'static str,
    /// Above the picture a worksheet draws (the stakeholder map).
    pub picture: &'static str,
    /// Where that picture will be, before any row is scored.
    pub picture_empty: &'static str,
    /// Above a programme's worksheets that another programme's participant opens.
    pub other_programme: &'static str,
}

/// One message per reason a backup file is refused.
pub struct RestoreErrors {
    pub too_large: &'static str,
    /// The file's size and the room the browser still gives, as written.
    pub no_room: fn(&str, &str) -> String,
    pub not_json: &'static str,
    pub truncated: &'static str,
    pub not_a_backup: &'static str,
    pub newer: fn(u32) -> String,
    pub damaged: &'static str,
    pub invalid: fn(&crate::domain::records::Problem) -> String,
    pub unreadable: &'static str,
    /// A zip that Leerpad did not make in this form (repacked, compressed, unsafe names …).
    pub archive_refused: &'static str,
    pub missing_file: &'static str,
    pub file_damaged: &'static str,
    pub unexpected_file: &'static str,
}

/// Attached files: the list, adding, and what can go wrong.
pub struct FileTexts {
    pub heading: &'static str,
    pub hint: &'static str,
    pub add: &'static str,
    /// The button beside a rating.
    pub add_one: &'static str,
    pub drop_hint: &'static str,
    pub adding: fn(&str) -> String,
    /// After a file's name, for a screen reader: what activating it does.
    pub open: &'static str,
    pub download: &'static str,
    pub rename: &'static str,
    pub new_name: &'static str,
    pub save_name: &'static str,
    pub cancel: &'static str,
    pub remove: &'static str,
    pub exclude: &'static str,
    /// PDF, photo, other file.
    pub kinds: [&'static str; 3],
    pub too_large: fn(&str) -> String,
    /// The file's name and size.
    pub no_room: fn(&str, &str) -> String,
    pub unreadable: fn(&str) -> String,
    pub missing: &'static str,
    pub count: fn(usize) -> String,
    pub with_files: &'static str,
    pub removed: fn(&str) -> String,
    pub already_there: fn(&str) -> String,
}

/// Labels of the portfolio's form fields.
pub struct FieldLabels {
    pub title: [&'static str; 5],
    pub body: [&'static str; 5],
    pub learned: [&'static str; 5],
    pub differently: &'static str,
    pub date: &'static str,
    pub source: &'static str,
    pub column: &'static str,
    pub why: &'static str,
    pub with_whom: &'static str,
    pub due: &'static str,
    pub success: &'static str,
    pub status: &'static str,
    pub happened: &'static str,
    pub discuss: &'static str,
    pub ask: &'static str,
    pub agreements: &'static str,
    pub module: &'static str,
    pub goals: &'static str,
    pub shared: &'static str,
    pub drivers: &'static str,
    pub strengthens: &'static str,
    pub holds_back: &'static str,
    pub ambition_where: &'static str,
    pub ambition_impact: &'static str,
    pub ambition_role: &'static str,
    pub ambition_path: &'static str,
}

impl Texts {
    /// A module as the participant knows it: "Module 2", or "BLG · Module 2" when `code` is given
    /// (while both programmes are in view).
    pub fn module_of(&self, code: Option<&str>, number: u8) -> String {
        let n = (self.module_n)(number);
        code.map_or_else(|| n.clone(), |c| format!("{c} · {n}"))
    }

    /// An item's title as shown, or "(zonder titel)" when it has none yet.
    pub fn shown_title(&self, title: &str) -> String {
        if title.trim().is_empty() { self.untitled.to_owned() } else { title.to_owned() }
    }

    /// Every word of the report: its own phrases ([`Texts::report`]) and, for what the forms and pages
    /// also show, the same words they use.
    pub fn report_words(&'static self) -> crate::domain::report::Words {
        use crate::domain::report::{ActionWords, Words};
        let f = &self.field_labels;
        Words {
            phrases: &self.report,
            decimal_separator: self.decimal_separator,
            format_date: self.date,
            name: self.field_name,
            organisation: self.field_organisation,
            programme: self.field_programme,
            module: self.col_module,
            modules_done: self.modules_done,
            columns: [self.col_goal, self.col_first, self.col_latest, self.col_change, self.col_target],
            not_applicable: self.not_applicable,
            highlight_titles: [self.strongest, self.largest_growth, self.development_points],
            body: f.body[3],
            ask: f.ask,
            agreements: f.agreements,
            status: self.statuses,
            action_fields: ActionWords { why: f.why, with_whom: f.with_whom, due: f.due, success: f.success },
            why: self.why_title,
            why_fields: [
                f.drivers,
                f.strengthens,
                f.holds_back,
                f.ambition_where,
                f.ambition_impact,
                f.ambition_role,
                f.ambition_path,
            ],
            behaviour_columns: self.columns,
            behaviour: f.body[1],
            date: f.date,
            happened: f.body[0],
            action_happened: f.happened,
            learned: f.learned[0],
            differently: f.differently,
            insights: f.learned[4],
            sheet: &self.sheet,
        }
    }

    /// "3 – regelmatig"
    pub fn level(&self, level: u8) -> String {
        let label = self.levels.get(usize::from(level).wrapping_sub(1)).copied().unwrap_or("");
        format!("{level} – {label}")
    }

    pub fn status(&self, status: crate::domain::ModuleStatus) -> &'static str {
        use crate::domain::ModuleStatus::*;
        match status {
            NotStarted => self.status_not_started,
            InProgress => self.status_in_progress,
            Done => self.status_done,
        }
    }
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
