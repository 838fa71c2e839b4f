use super::Texts;

pub static TEXTS: Texts = Texts {
    app_name: "Leerpad",
    skip_link: "Skip to content",
    main_nav: "Main menu",
    home: "Home",
    language: "Language",
    footer_privacy: "Leerpad keeps everything on this device only. No account, no tracking: nothing leaves your device unless you export it yourself.",
    content_in_dutch: "The programme content is available in Dutch only.",

    home_title: "Leerpad",
    home_lead: "Your personal learning path in the leadership programmes of the Dutch central government. Browse the modules and learning goals of your programme and work on your own development.",
    home_privacy: "Everything you do in Leerpad stays in this browser on this device. There is no account and nobody is watching.",
    choose_programme: "Choose your programme",
    for_whom: "For",
    open_programme: |code| format!("View programme {code}"),

    modules_heading: "The learning track",
    about_programme: "About this programme",
    module_n: |n| format!("Module {n}"),
    modules_count: |n| if n == 1 { "1 module".to_owned() } else { format!("{n} modules") },
    goals_count: |n| if n == 1 { "1 learning goal".to_owned() } else { format!("{n} learning goals") },

    breadcrumb: "Breadcrumb",
    learning_goals: "Learning goals",
    module_nav: "Previous and next module",
    previous_module: "Previous module",
    next_module: "Next module",
    back_to_overview: "Back to the overview",
    print: "Print",

    not_found_title: "Page not found",
    not_found_body: "This page does not exist (any more). Perhaps the address was not copied completely.",
    to_home: "Go to the home page",

    date: crate::domain::dates::english_date,

    nav_my_path: "My learning path",
    nav_profile: "Profile",

    saving: "Saving…",
    saved: "Saved",
    not_saved: "Not saved",
    save_failed_quota: "Your browser's storage is full. Your changes are still on this page, but they have not been kept. Download a backup now (Profile → Download backup) and free up space, for example by clearing site data of other websites. Then try again.",
    save_failed_unavailable: "Your browser does not allow Leerpad to keep data, for example in a private window or because of a setting. What you enter disappears when you close the page. Download a backup (Profile → Download backup) or allow storage for this site.",
    save_failed_other: |detail| {
        format!(
            "Something went wrong while saving ({detail}). Your changes are still on this page. Download a backup (Profile → Download backup) and try again."
        )
    },
    retry: "Try again",
    conflict_body: "You changed the same part in another tab at the same time. What you entered here has been kept; the other change to the same fields has been replaced. Please check that everything is right.",
    dismiss: "Close",
    read_only_title: "Read only",
    read_only_body: |schema| {
        format!(
            "Your data was saved by a newer version of Leerpad (data version {schema}). To avoid damaging it, this version changes nothing. Reload the page to get the newest version of Leerpad."
        )
    },

    welcome_title: "Welcome to Leerpad",
    welcome_lead: "Leerpad guides you through your leadership programme. Tell it briefly who you are; it then shows where you stand and what comes next.",
    fields_optional: "All fields are optional and stay on this device. You can change them later under Profile.",
    field_name: "Name",
    field_role: "Function or role",
    field_organisation: "Organisation",
    field_organisation_hint: "For example your ministry or agency.",
    field_manager: "Your manager's name",
    field_programme: "Programme",
    programme_not_chosen: "Not chosen yet",
    field_cohort_start: "Start date of your group",
    start: "Start",
    skip: "Skip",
    browse_first: "Rather look around first? View the programmes:",

    dashboard_title: "My learning path",
    hello: |name| format!("Welcome back, {name}."),
    where_am_i: "Where I am",
    cohort_started: |date| format!("Your group started on {date}."),
    modules_done: |done, total| format!("{done} of {total} modules completed"),
    next_step: "Next step",
    all_done: "You have completed all modules. Congratulations!",
    no_programme_yet: "You have not chosen a programme yet. Choose the one you follow; you can always view both.",
    this_is_my_programme: |code| format!("{code} is my programme"),
    portfolio_heading: "My portfolio",
    count_reflections: |n| if n == 1 { "1 reflection".to_owned() } else { format!("{n} reflections") },
    count_moments: |n| {
        if n == 1 { "1 assessment moment".to_owned() } else { format!("{n} assessment moments") }
    },
    backup_never: "You have not made a backup yet. Your data exists only in this browser; a backup file protects it.",
    backup_overdue: |date| {
        format!(
            "Your last backup is from {date}, more than 30 days ago. Make a new one so that you lose nothing."
        )
    },
    make_backup_on_profile: "Make a backup on your profile page",

    status_legend: "My progress in this module",
    status_not_started: "Not started",
    status_in_progress: "In progress",
    status_done: "Completed",

    profile_title: "My profile",
    profile_lead: "Changes are saved automatically, on this device only.",
    storage_heading: "Your data on this device",
    storage_explain: "Leerpad keeps everything in this browser. A browser can erase that data: when you clear it yourself, when the disk fills up, or automatically (Safari does so after 7 days without use). A backup file protects you against that. Keep it somewhere safe.",
    persistent_yes: "Your browser has promised not to clear this data by itself.",
    persistent_no: "Your browser may clear this data when it needs space. So make a backup regularly.",
    persistent_unknown: "Your browser does not tell whether this data will be kept. So make a backup regularly.",
    last_backup: |date| format!("Last backup: {date}."),
    download_backup: "Download backup",
    backup_explain: "The file holds your whole portfolio. With a backup you can restore your data, also on another device.",

    recovery_title: "Your data could not be read",
    recovery_lead: "Part of what Leerpad stored on this device is damaged. Nothing has been erased or overwritten. Choose below what you want to do.",
    recovery_problems: "What could not be read",
    recovery_download: "Download raw data",
    recovery_download_explain: "First keep everything exactly as it was stored, for example to show the programme office.",
    recovery_restore: "Restore the previous version",
    recovery_restore_explain: "An earlier version of the damaged parts was kept. Leerpad puts it back; the rest stays as it is.",
    recovery_discard: "Continue without the damaged parts",
    recovery_discard_confirm: "The damaged parts will be removed. Have you downloaded the raw data? Continue?",
    recovery_fresh: "Start completely afresh",
    recovery_fresh_confirm: "Everything Leerpad stored on this device will be erased. This cannot be undone. Have you downloaded the raw data? Continue?",
};
