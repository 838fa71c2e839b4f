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

    date: crate::domain::dates::dutch_date,

    nav_my_path: "Mijn leerpad",
    nav_profile: "Profiel",

    saving: "Opslaan…",
    saved: "Opgeslagen",
    not_saved: "Niet opgeslagen",
    save_failed_quota: "De opslagruimte van je browser is vol. Je wijzigingen staan nog op deze pagina, maar zijn niet bewaard. Download nu een back-up (Profiel → Back-up downloaden) en maak ruimte vrij, bijvoorbeeld door websitegegevens van andere sites te wissen. Probeer het daarna opnieuw.",
    save_failed_unavailable: "Je browser staat niet toe dat Leerpad gegevens bewaart, bijvoorbeeld in een privévenster of door een instelling. Wat je invult, verdwijnt als je de pagina sluit. Download een back-up (Profiel → Back-up downloaden) of sta opslag toe voor deze site.",
    save_failed_other: |detail| {
        format!(
            "Er ging iets mis bij het opslaan ({detail}). Je wijzigingen staan nog op deze pagina. Download een back-up (Profiel → Back-up downloaden) en probeer het opnieuw."
        )
    },
    retry: "Opnieuw proberen",
    conflict_body: "Je hebt hetzelfde onderdeel tegelijk in een ander tabblad gewijzigd. Wat je hier hebt ingevuld, is bewaard; de andere wijziging aan dezelfde velden is daardoor vervangen. Controleer of alles klopt.",
    dismiss: "Sluiten",
    read_only_title: "Alleen lezen",
    read_only_body: |schema| {
        format!(
            "Je gegevens zijn opgeslagen door een nieuwere versie van Leerpad (gegevensversie {schema}). Om niets te beschadigen, verandert deze versie er niets aan. Laad de pagina opnieuw om de nieuwste versie van Leerpad te krijgen."
        )
    },

    welcome_title: "Welkom bij Leerpad",
    welcome_lead: "Leerpad begeleidt je door je leiderschapsprogramma. Vertel kort wie je bent; dan laat Leerpad zien waar je staat en wat de volgende stap is.",
    fields_optional: "Alle velden zijn optioneel en blijven op dit apparaat. Je kunt ze later aanpassen onder Profiel.",
    field_name: "Naam",
    field_role: "Functie of rol",
    field_organisation: "Organisatie",
    field_organisation_hint: "Bijvoorbeeld je ministerie of dienst.",
    field_manager: "Naam van je leidinggevende",
    field_programme: "Programma",
    programme_not_chosen: "Nog niet gekozen",
    field_cohort_start: "Startdatum van je groep",
    start: "Beginnen",
    skip: "Overslaan",
    browse_first: "Liever eerst rondkijken? Bekijk de programma's:",

    dashboard_title: "Mijn leerpad",
    hello: |name| format!("Welkom terug, {name}."),
    where_am_i: "Waar sta ik",
    cohort_started: |date| format!("Je groep is gestart op {date}."),
    modules_done: |done, total| format!("{done} van {total} modules afgerond"),
    next_step: "Volgende stap",
    all_done: "Je hebt alle modules afgerond. Gefeliciteerd!",
    no_programme_yet: "Je hebt nog geen programma gekozen. Kies het programma dat je volgt; je kunt altijd beide bekijken.",
    this_is_my_programme: |code| format!("{code} is mijn programma"),
    portfolio_heading: "Mijn portfolio",
    count_reflections: |n| if n == 1 { "1 reflectie".to_owned() } else { format!("{n} reflecties") },
    count_moments: |n| if n == 1 { "1 meetmoment".to_owned() } else { format!("{n} meetmomenten") },
    backup_never: "Je hebt nog geen back-up gemaakt. Je gegevens staan alleen in deze browser; een back-upbestand beschermt ze.",
    backup_overdue: |date| {
        format!(
            "Je laatste back-up is van {date}, meer dan 30 dagen geleden. Maak een nieuwe, zodat je niets kwijtraakt."
        )
    },
    make_backup_on_profile: "Back-up maken op je profielpagina",

    status_legend: "Mijn voortgang in deze module",
    status_not_started: "Niet gestart",
    status_in_progress: "Bezig",
    status_done: "Afgerond",

    profile_title: "Mijn profiel",
    profile_lead: "Wijzigingen worden automatisch opgeslagen, alleen op dit apparaat.",
    storage_heading: "Je gegevens op dit apparaat",
    storage_explain: "Leerpad bewaart alles in deze browser. Een browser kan die gegevens wissen: als je ze zelf wist, als de schijf vol raakt, of automatisch (Safari doet dat na 7 dagen zonder gebruik). Een back-upbestand beschermt je daartegen. Bewaar het op een veilige plek.",
    persistent_yes: "Je browser heeft toegezegd deze gegevens niet zelf op te ruimen.",
    persistent_no: "Je browser kan deze gegevens opruimen als er ruimte nodig is. Maak daarom regelmatig een back-up.",
    persistent_unknown: "Je browser laat niet weten of deze gegevens bewaard blijven. Maak daarom regelmatig een back-up.",
    last_backup: |date| format!("Laatste back-up: {date}."),
    download_backup: "Back-up downloaden",
    backup_explain: "Het bestand bevat je hele portfolio. Met een back-up kun je je gegevens terugzetten, ook op een ander apparaat.",

    recovery_title: "Je gegevens konden niet worden gelezen",
    recovery_lead: "Een deel van wat Leerpad op dit apparaat heeft opgeslagen, is beschadigd. Er is niets gewist of overschreven. Kies hieronder wat je wilt doen.",
    recovery_problems: "Wat er niet gelezen kon worden",
    recovery_download: "Ruwe gegevens downloaden",
    recovery_download_explain: "Bewaar eerst alles precies zoals het is opgeslagen, bijvoorbeeld om aan het programmabureau te laten zien.",
    recovery_restore: "Vorige versie terugzetten",
    recovery_restore_explain: "Voor de beschadigde onderdelen is een eerdere versie bewaard. Die zet Leerpad terug; de rest blijft zoals het is.",
    recovery_discard: "Doorgaan zonder de beschadigde onderdelen",
    recovery_discard_confirm: "De beschadigde onderdelen worden verwijderd. Heb je de ruwe gegevens gedownload? Doorgaan?",
    recovery_fresh: "Helemaal opnieuw beginnen",
    recovery_fresh_confirm: "Alles wat Leerpad op dit apparaat heeft opgeslagen, wordt gewist. Dit kan niet ongedaan worden gemaakt. Heb je de ruwe gegevens gedownload? Doorgaan?",
};
