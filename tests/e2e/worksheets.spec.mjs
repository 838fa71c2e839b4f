// Worksheets: the programme's models as forms from content/worksheets/. Each one is filled in,
// kept over a reload, found in the portfolio, shared into the report, printed, and checked by
// axe-core in both languages.
import { test, expect, Leerpad, Onboarding, expectNoAxeViolations, expectSaved, seedRecords, storedRecords, download } from './leerpad.mjs';

// One answer per worksheet, to its first question: [id, label of the field, answer].
const SHEETS = [
  ['gesprek-5r', 'Met wie (initialen of rol)', 'A.B.'],
  ['coachingstijl', null, 'Vragen stellen en laten zoeken'],
  ['talenten-team', null, 'C.D.'],
  ['teamplan', null, 'Eerste kwartaal 2027'],
  ['teamscan', null, '4'],
  ['systemen-contacten', null, 'Rijksportaal'],
  ['stakeholderkaart', null, 'Nieuwe werkwijze'],
  ['kompas-publiek-leiderschap', null, 'Kamervragen over ons dossier'],
];
const SMEC_SHEETS = [
  ['situationeel-leidinggeven', 'E.F.'],
  ['teamrollen-patronen', 'Voorzitter'],
];

const worksheets = async (page) => Object.entries(await storedRecords(page)).filter(([k]) => k.startsWith('leerpad:worksheet:')).map(([, v]) => JSON.parse(v));

/** Starts a new worksheet from its page and waits for its form. */
async function start(page, id) {
  const app = new Leerpad(page);
  await app.goto(`/werkbladen/${id}`);
  await page.getByRole('button', { name: /^Nieuw werkblad/ }).first().click();
  await expect(page).toHaveURL(/\/portfolio\/worksheet\/w/);
  await expect(page.locator('form.sheet-form')).toBeVisible();
  return app;
}

/** The first input of the form after the date: a field, or the first cell of the first row. */
function firstAnswer(page) {
  return page.locator('form.sheet-form .sheet-section').first().locator('input:not([type=radio]), textarea').first();
}

test('every BLG worksheet takes an answer that is still there after a reload', async ({ page }) => {
  await new Onboarding(page).complete({ programme: 'BLG' });
  for (const [id, label, answer] of SHEETS) {
    await start(page, id);
    if (id === 'teamscan') {
      // The team scan opens with its five building blocks, each scored 1–5.
      await page.getByRole('group', { name: 'Vertrouwen' }).getByLabel('4', { exact: true }).check();
    } else if (id === 'talenten-team') {
      await page.getByRole('button', { name: 'Teamlid toevoegen' }).click();
      await expect(firstAnswer(page)).toBeFocused();
      await page.keyboard.type(answer);
    } else {
      const field = label ? page.getByLabel(label, { exact: true }) : firstAnswer(page);
      await field.fill(answer);
    }
    await expectSaved(page);
    await page.reload();
    if (id === 'teamscan') {
      await expect(page.getByRole('group', { name: 'Vertrouwen' }).getByLabel('4', { exact: true })).toBeChecked();
    } else {
      await expect(firstAnswer(page)).toHaveValue(answer);
    }
  }
  const stored = await worksheets(page);
  expect(stored.map((w) => w.sheet).sort()).toEqual(SHEETS.map(([id]) => id).sort());
  expect(stored.every((w) => w.module?.startsWith('blg.') && w.shared === false)).toBe(true);
});

test('a SMEC worksheet is filled in with the keyboard alone', async ({ page }) => {
  await new Onboarding(page).complete({ programme: 'SMEC' });
  const app = new Leerpad(page);
  await app.goto('/werkbladen/situationeel-leidinggeven');
  const focused = () => page.evaluate(() => {
    const e = document.activeElement;
    return `${e.tagName} ${e.id} ${e.textContent.trim().slice(0, 40)}`;
  });
  /** Presses Tab until the focused element matches, as a keyboard user would. */
  const tabTo = async (pattern) => {
    for (let i = 0; i < 80; i++) {
      if (pattern.test(await focused())) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${pattern}; last ${await focused()}`);
  };
  await tabTo(/^BUTTON .*Nieuw werkblad/);
  await page.keyboard.press('Enter');
  await expect(page.locator('form.sheet-form')).toBeVisible();
  await tabTo(/^INPUT f-medewerker/);
  await page.keyboard.type('E.F.');
  await tabTo(/^INPUT f-taak /);
  await page.keyboard.type('Planning van het team');
  await tabTo(/^INPUT f-competentie-0/);
  // Arrow keys move through a radio group and choose.
  for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowRight');
  await tabTo(/^SELECT f-passende-stijl/);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expectSaved(page);
  const [ws] = await worksheets(page);
  expect(ws).toMatchObject({ sheet: 'situationeel-leidinggeven', module: 'smec.m3' });
  expect(ws.values).toMatchObject({ medewerker: 'E.F.', taak: 'Planning van het team', competentie: '2', 'passende-stijl': 'overtuigen' });
});

test('every SMEC worksheet opens with its own rows', async ({ page }) => {
  await new Onboarding(page).complete({ programme: 'SMEC' });
  await start(page, 'systemen-contacten');
  const capacity = page.getByRole('group', { name: 'Capaciteitsplanning' });
  await expect(capacity).toBeVisible();
  // The themes not yet known are listed, and one leaves the list once it is known well enough.
  await expect(page.locator('.sheet-open')).toContainText('Capaciteitsplanning');
  await capacity.getByLabel('4', { exact: true }).check();
  await expect(page.locator('.sheet-open')).not.toContainText('Capaciteitsplanning');
  await expect(page.locator('.sheet-open')).toContainText('P-Direkt');
  for (const [id, answer] of SMEC_SHEETS) {
    await start(page, id);
    const field = id === 'teamrollen-patronen' ? (await page.getByRole('button', { name: 'Rol toevoegen' }).first().click(), firstAnswer(page)) : firstAnswer(page);
    await field.fill(answer);
    await expectSaved(page);
    await page.reload();
    await expect(firstAnswer(page)).toHaveValue(answer);
  }
});

test('a repeated team scan shows the change in its chart and table', async ({ page }) => {
  await new Onboarding(page).complete({ programme: 'BLG' });
  for (const [date, level] of [['2026-10-01', '2'], ['2027-01-15', '4']]) {
    await start(page, 'teamscan');
    await page.getByLabel('Datum', { exact: true }).fill(date);
    await page.getByRole('group', { name: 'Vertrouwen' }).getByLabel(level, { exact: true }).check();
    await expectSaved(page);
  }
  await new Leerpad(page).goto('/werkbladen/teamscan');
  const history = page.locator('.sheet-history');
  await expect(history.locator('svg')).toBeVisible();
  await expect(history.locator('tbody tr')).toHaveCount(2);
  await expect(history.locator('tbody tr').nth(0)).toContainText('1 oktober 2026');
  await expect(history.locator('tbody tr').nth(0).locator('td[data-label="Vertrouwen"]')).toHaveText('2');
  await expect(history.locator('tbody tr').nth(1).locator('td[data-label="Vertrouwen"]')).toHaveText('4');
  await expect(history.locator('svg circle')).toHaveCount(2);
  await expect(page.locator('.sheet-entry')).toHaveCount(2);
  const csv = await download(page, page.getByRole('button', { name: '‘Bouwstenen’ als CSV downloaden' }));
  expect(csv.name).toMatch(/^leerpad-teamscan-bouwstenen-\d{4}-\d\d-\d\d\.csv$/);
  const lines = csv.text.trim().split('\r\n');
  expect(lines).toHaveLength(3);
  expect(lines[1]).toMatch(/^2026-10-01;Bouwstenen van het team;Vertrouwen;2;/);
});

test('a shared stakeholder map is in the report with its map and table', async ({ page }) => {
  await new Onboarding(page).complete({ programme: 'BLG', name: 'Noor' });
  await start(page, 'stakeholderkaart');
  await page.getByLabel('Opgave of casus').fill('Nieuwe werkwijze');
  await page.getByRole('button', { name: 'Stakeholder toevoegen' }).click();
  await page.keyboard.type('DG <b>');
  const row = page.locator('fieldset.sheet-row').first();
  await row.getByRole('group', { name: /Belang/ }).getByLabel('5 hoog').check();
  await row.getByRole('group', { name: /Invloed/ }).getByLabel('4', { exact: true }).check();
  await row.getByLabel('Houding').selectOption('kritisch');
  await expect(page.locator('.sheet-picture svg')).toBeVisible();
  // The card carries the number of its point on the map.
  await expect(row.locator('> legend')).toHaveText('1 · DG <b>');
  await page.getByLabel('Delen met leidinggevende').check();
  await expectSaved(page);
  await new Leerpad(page).goto('/verslag');
  const report = page.locator('.report-preview');
  await expect(report.getByRole('heading', { name: /Werkbladen/ })).toBeVisible();
  await expect(report.locator('.r-sheet')).toContainText('Stakeholderkaart: Nieuwe werkwijze');
  await expect(report.locator('.r-sheet td').first()).toHaveText('1');
  await expect(report.locator('.r-sheet')).toContainText('DG <b>');
  await expect(report.locator('.r-sheet svg')).toBeVisible();
  await expect(report.locator('.r-sheet b')).toHaveCount(0);
});

test('printing a worksheet gives the worksheet, not the form; an empty one prints too', async ({ page }) => {
  await new Onboarding(page).complete({ programme: 'BLG' });
  await start(page, 'gesprek-5r');
  await page.getByLabel('Met wie (initialen of rol)', { exact: true }).fill('A.B.');
  await expectSaved(page);
  await page.emulateMedia({ media: 'print' });
  const paper = page.locator('article.sheet-paper');
  await expect(paper).toBeVisible();
  await expect(page.locator('form.sheet-form')).toBeHidden();
  await expect(paper.getByRole('heading', { level: 1 })).toHaveText('Gesprek voorbereiden met het 5R-model: A.B.');
  await expect(paper).toContainText('Relatie');
  expect((await page.pdf({ format: 'A4' })).length).toBeGreaterThan(1000);
  await page.emulateMedia({ media: 'screen' });
  await new Leerpad(page).goto('/werkbladen/systemen-contacten');
  await page.emulateMedia({ media: 'print' });
  const blank = page.locator('article.sheet-paper');
  await expect(blank).toBeVisible();
  await expect(blank.locator('tbody tr').first()).toContainText('P-Direkt');
  await expect(blank.locator('td.s-empty').first()).toBeVisible();
});

test('worksheets are in the portfolio, its filter and search, and counted on the dashboard', async ({ page }) => {
  await new Onboarding(page).complete({ programme: 'BLG' });
  await start(page, 'gesprek-5r');
  await page.getByLabel('Met wie (initialen of rol)', { exact: true }).fill('K.L.');
  await page.getByLabel('Ruimte', { exact: true }).fill('Meer eigen regie over de planning');
  await page.getByRole('button', { name: 'Klaar' }).click();
  await expect(page.locator('.toast')).toHaveText('Werkblad bewaard.');
  const app = new Leerpad(page);
  await app.goto('/portfolio');
  await page.getByLabel('Soort').selectOption({ label: 'Werkblad' });
  await expect(page.locator('li.entry')).toHaveCount(1);
  await expect(page.locator('li.entry')).toContainText('Gesprek voorbereiden met het 5R-model: K.L.');
  await page.getByLabel('Soort').selectOption({ label: 'Reflectie' });
  await expect(page.locator('li.entry')).toHaveCount(0);
  await page.getByLabel('Soort').selectOption({ index: 0 });
  await page.getByLabel('Zoek in tekst').fill('eigen regie');
  await expect(page.locator('li.entry')).toHaveCount(1);
  await app.goto('/');
  await expect(page.locator('.counts')).toContainText('1 werkblad');
  await app.goto('/blg/module/2');
  await expect(page.locator('.module-sheets')).toContainText('Gesprek voorbereiden met het 5R-model');
  await expect(page.locator('.module-sheets')).toContainText('1 keer ingevuld');
});

test('an answer to a question the content dropped stays visible, marked', async ({ page }) => {
  await new Onboarding(page).complete({ programme: 'BLG' });
  await seedRecords(page, {
    'worksheet:w-old': {
      id: 'w-old', created: 1, updated: 1, sheet: 'gesprek-5r', date: '2026-11-01', module: 'blg.m2', goals: [], shared: false,
      values: { medewerker: 'G.H.', 'vraag-van-vroeger': 'Een antwoord van toen' }, tables: {},
    },
  });
  await new Leerpad(page).goto('/portfolio/worksheet/w-old');
  await expect(page.getByLabel('Met wie (initialen of rol)', { exact: true })).toHaveValue('G.H.');
  const onScreen = page.locator('.sheet-removed');
  await expect(onScreen.getByRole('heading', { name: 'Antwoorden op vragen die niet meer in dit werkblad staan' })).toBeVisible();
  await expect(onScreen).toContainText('Een antwoord van toen');
  await page.emulateMedia({ media: 'print' });
  const removed = page.locator('article.sheet-paper .s-removed');
  await expect(removed).toContainText('Antwoorden op vragen die niet meer in dit werkblad staan');
  await expect(removed).toContainText('Een antwoord van toen');
});

test('a person field asks for initials, visibly', async ({ page }) => {
  await new Onboarding(page).complete({ programme: 'BLG' });
  await start(page, 'gesprek-5r');
  const field = page.getByLabel('Met wie (initialen of rol)', { exact: true });
  await expect(field).toHaveAccessibleDescription(/Noem mensen alleen met initialen of een rol/);
  await expect(page.locator('.privacy-hint').first()).toBeVisible();
});

for (const language of ['Nederlands', 'English']) {
  test(`every worksheet page passes axe-core (${language})`, async ({ page }) => {
    test.setTimeout(120_000);
    await new Onboarding(page).complete({ programme: 'BLG' });
    const app = new Leerpad(page);
    if (language === 'English') await app.switchLanguage('English');
    await app.goto('/werkbladen');
    await expectNoAxeViolations(page);
    for (const [id] of [...SHEETS, ...SMEC_SHEETS]) {
      await app.goto(`/werkbladen/${id}`);
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: /^(Nieuw werkblad|New worksheet)/ }).first().click();
      await expect(page.locator('form.sheet-form')).toBeVisible();
      await expectNoAxeViolations(page);
    }
  });
}
