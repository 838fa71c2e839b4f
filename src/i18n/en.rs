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
};
