use super::Texts;

pub static TEXTS: Texts = Texts {
    app_name: "Leerpad",
    skip_link: "Naar de inhoud",
    main_nav: "Hoofdmenu",
    home: "Home",
    language: "Taal",
    footer_privacy: "Leerpad bewaart alles alleen op dit apparaat. Geen account, geen tracking: niets verlaat je apparaat tenzij je het zelf exporteert.",
    content_in_dutch: "De programma-inhoud is alleen in het Nederlands beschikbaar.",

    home_title: "Leerpad",
    home_lead: "Je persoonlijke leerpad in de leiderschapsprogramma's van de Rijksoverheid. Bekijk de modules en leerdoelen van je programma en werk aan je eigen ontwikkeling.",
    home_privacy: "Alles wat je in Leerpad doet, blijft in deze browser op dit apparaat. Er is geen account en niemand kijkt mee.",
    choose_programme: "Kies je programma",
    for_whom: "Voor",
    open_programme: |code| format!("Bekijk programma {code}"),

    modules_heading: "Het leertraject",
    about_programme: "Over dit programma",
    module_n: |n| format!("Module {n}"),
    modules_count: |n| if n == 1 { "1 module".to_owned() } else { format!("{n} modules") },
    goals_count: |n| if n == 1 { "1 leerdoel".to_owned() } else { format!("{n} leerdoelen") },

    breadcrumb: "Kruimelpad",
    learning_goals: "Leerdoelen",
    module_nav: "Vorige en volgende module",
    previous_module: "Vorige module",
    next_module: "Volgende module",
    back_to_overview: "Terug naar het overzicht",
    print: "Afdrukken",

    not_found_title: "Pagina niet gevonden",
    not_found_body: "Deze pagina bestaat niet (meer). Misschien is het adres niet helemaal goed overgenomen.",
    to_home: "Naar de startpagina",
};
