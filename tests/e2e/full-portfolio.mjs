// A realistic portfolio of a BLG participant halfway through the programme, for tests about how
// pages and the report look with real amounts of text: all 28 goals rated at two moments with
// ambitions and explanations, three modules done, and ten items shared with the manager.
//
//   await seedRecords(page, fullBlgPortfolio());

const MODULE_GOALS = [6, 6, 6, 5, 5];

export const BLG_GOALS = MODULE_GOALS.flatMap((count, m) => Array.from({ length: count }, (_, g) => `blg.m${m + 1}.g${g + 1}`));

const NOTES = [
  'In het teamoverleg laat ik nu eerst anderen aan het woord; dat gaat steeds vaker vanzelf.',
  'Bij de reorganisatie merkte ik dat ik te snel zelf de oplossing gaf in plaats van door te vragen.',
  'Mijn collega gaf in de 360-feedback aan dat ik duidelijker ben geworden over wat ik verwacht.',
  'Lastig als het druk is: dan val ik terug in zelf doen. Daar wil ik met Mira over sparren.',
];

function ratings(moment) {
  return Object.fromEntries(BLG_GOALS.map((goal, i) => {
    const first = 1 + (i * 7) % 4; // 1–4
    const level = moment === 1 ? first : Math.min(5, first + ((i * 2) % 3)); // grows by 0–2
    const target = i % 5 === 4 ? null : Math.min(5, first + 2);
    const note = (moment === 2 && i % 3 !== 1) || (moment === 1 && i % 4 === 0) ? NOTES[i % NOTES.length] : '';
    return [goal, { level, target, not_applicable: false, note }];
  }));
}

export function fullBlgPortfolio({ name = 'Robin Jansen' } = {}) {
  const shared = true;
  return {
    profile: { name, role: 'Teamleider Klantcontact', organisation: 'Dienst Toeslagen', manager: 'Mira de Boer', programme: 'blg', cohort_start: '2026-09-07' },
    progress: { 'blg.m1': 'done', 'blg.m2': 'done', 'blg.m3': 'done', 'blg.m4': 'in_progress' },
    settings: { last_backup: Date.UTC(2026, 10, 20), persistence_requested: false },
    'moment:m1': { name: 'Nulmeting', date: '2026-09-07', programme: 'blg', created: 1, closed: true, ratings: ratings(1) },
    'moment:m2': { name: 'Tussenmeting', date: '2026-11-16', programme: 'blg', created: 2, closed: true, ratings: ratings(2) },
    'question:q1': { title: 'Hoe geef ik mijn team meer eigen regie?', body: 'Ik merk dat medewerkers bij elke beslissing naar mij kijken. Ik wil leren loslaten zonder dat de kwaliteit daalt.', ask: 'Ruimte om een half jaar te experimenteren met zelfroosteren, en jouw steun als het even misgaat.', discuss: true, module: 'blg.m2', goals: ['blg.m2.g3'] },
    'question:q2': { title: 'Hoe houd ik het gesprek over verzuim?', body: 'Twee medewerkers zitten langdurig thuis; ik vind het moeilijk om zorg en zakelijkheid te combineren.', ask: 'Een vast moment per maand om casussen met je door te spreken.', discuss: true, module: 'blg.m4' },
    'action:a1': { title: 'Weekoverleg laten voorzitten door een teamlid', why: 'Meer eigenaarschap in het team.', with_whom: 'Team Klantcontact', due: '2026-12-15', success: 'Na zes weken zit iedereen een keer voor.', status: 'doing', happened: '', learned: '', shared },
    'action:a2': { title: 'Elke week één feedbackgesprek voeren', why: 'Uit de 360-feedback: ik geef weinig positieve feedback.', with_whom: 'Medewerkers', due: '2026-11-30', success: 'Medewerkers noemen het in het MTO.', status: 'done', happened: 'Zes gesprekken gevoerd, twee waren lastig.', learned: 'Concreet gedrag benoemen werkt beter dan een algemeen compliment.', shared },
    'action:a3': { title: 'Delegeren van de planning aan Sanne', with_whom: 'Sanne', due: '2027-01-31', status: 'planned', shared },
    'feedback:f1': { title: 'Je bent betrokken en toegankelijk', column: 'continue', body: 'Medewerkers lopen makkelijk binnen en voelen zich gehoord.', shared },
    'feedback:f2': { title: 'Je neemt het werk te snel over', column: 'let_go', body: 'Als iets niet snel genoeg gaat, doe ik het zelf.', shared },
    'feedback:f3': { title: 'Meer richting geven bij veranderingen', column: 'develop', body: 'Het team wil eerder weten waar we naartoe gaan.', shared },
    'journal:j1': { title: 'Het lastige gesprek met Karim', date: '2026-10-02', body: 'Ik had het gesprek over zijn functioneren lang uitgesteld.', learned: 'Voorbereiden met het model hielp me om bij de feiten te blijven.', differently: 'Eerder het gesprek aangaan.', shared },
    'journal:j2': { title: 'Terugblik op module 2', date: '2026-10-28', body: 'De oefening met de acteur was confronterend.', learned: 'Ik praat sneller als ik onzeker ben.', differently: 'Pauzes laten vallen.', shared },
    'journal:j3': { title: 'Privé: twijfels over de functie', body: 'Dit is alleen voor mij.' },
    'intervision:i1': { title: 'Casus: een medewerker die niet meebeweegt', date: '2026-11-05', body: 'Een ervaren medewerker verzet zich tegen de nieuwe werkwijze.', learned: 'Eerst vragen wat hij nodig heeft, dan pas uitleggen waarom.', shared },
    why: { drivers: 'Ik wil dat mensen in de publieke dienst trots zijn op hun werk.', strengthens: 'Rust en humor.', holds_back: 'Mijn neiging het zelf te doen.', shared },
  };
}
