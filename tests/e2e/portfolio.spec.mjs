import { test, expect, WIDTHS, Leerpad, Onboarding, expectNoAxeViolations, expectSaved, seedRecords, storedRecords } from './leerpad.mjs';

async function newEntry(page, button, heading) {
  const app = new Leerpad(page);
  await app.goto('/portfolio');
  await page.getByRole('button', { name: button }).click();
  await expect(app.heading).toHaveText(heading);
}

/** Puts portfolio items straight into storage, for tests that are about finding or deleting, not typing. */
function seed(page, items) {
  return seedRecords(page, Object.fromEntries(Object.entries(items).map(([key, fields]) => [key, { created: 1, updated: 1, ...fields }])));
}

test('an empty portfolio says so and passes axe', async ({ page }) => {
  const app = new Leerpad(page);
  await new Onboarding(page).complete({ programme: 'BLG' });
  await app.goto('/portfolio');
  await expect(page.getByText('Je portfolio is nog leeg.')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a reflection keeps its prompts, source and module', async ({ page }) => {
  await new Onboarding(page).complete({ programme: 'BLG' });
  await newEntry(page, 'Nieuwe reflectie', 'Reflectie');
  await expect(page.getByText('Leidende vragen: wat gebeurde er, wat leerde ik, wat ga ik anders doen?')).toBeVisible();
  await page.getByLabel('Titel').fill('Eerste teamoverleg');
  await page.getByLabel('Afkomstig uit').selectOption('Praktijkopdracht');
  await page.getByLabel('Wat gebeurde er?').fill('Ik nam het gesprek over.');
  await page.getByLabel('Wat leerde ik?').fill('Ruimte laten werkt beter.');
  await page.getByLabel('Wat ga ik anders doen?').fill('Eerst twee vragen stellen.');
  await page.getByLabel('Module', { exact: true }).selectOption('blg.m2');
  await expectSaved(page);
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(page.getByLabel('Wat leerde ik?')).toHaveValue('Ruimte laten werkt beter.');
  await expect(page.getByLabel('Afkomstig uit')).toHaveValue('assignment');
  await expect(page.getByLabel('Module', { exact: true })).toHaveValue('blg.m2');
});

test('an action linked to a goal and shared shows both in the overview', async ({ page }) => {
  const app = new Leerpad(page);
  await new Onboarding(page).complete({ programme: 'BLG' });
  await newEntry(page, 'Nieuwe actie', 'Actie of experiment');
  await page.getByLabel('Wat ga ik doen?').fill('Delegeren van het weekoverleg');
  await page.getByLabel('Klaar op').fill('2026-01-15');
  await page.locator('details.goal-picker summary').click();
  await page.getByLabel(/vertaalt feedback naar concreet gedrag/).check();
  await page.getByLabel('Delen met leidinggevende').check();
  await expectSaved(page);
  await app.goto('/portfolio');
  const line = page.locator('li.entry', { hasText: 'Delegeren van het weekoverleg' });
  await expect(line).toContainText('Gedeeld met leidinggevende');
  await expect(line).toContainText('Over de datum');
  await page.getByLabel('Leerdoel').selectOption({ value: 'blg.m1.g3' });
  await expect(page.locator('#result-count')).toHaveText('1 item');
});

test('a leeropgave can be marked for the ontwikkelgesprek', async ({ page }) => {
  await new Onboarding(page).complete({ programme: 'BLG' });
  await newEntry(page, 'Nieuwe leeropgave', 'Leeropgave');
  await page.getByLabel('Leervraag').fill('Hoe geef ik lastige feedback?');
  await page.getByLabel('Bespreken in het ontwikkelgesprek').check();
  await expectSaved(page);
  await page.reload();
  await expect(page.getByLabel('Bespreken in het ontwikkelgesprek')).toBeChecked();
});

test('intervision reminds the participant not to name colleagues', async ({ page }) => {
  await new Onboarding(page).complete({ programme: 'BLG' });
  await newEntry(page, 'Nieuwe intervisie', 'Intervisie');
  await expect(page.getByText('Schrijf geen namen van collega')).toBeVisible();
  await page.getByLabel('Ingebrachte casus').fill('Conflict over planning');
  await page.getByLabel('Inzichten voor mij').fill('Eerder escaleren.');
  await expectSaved(page);
});

test('a 360 point to let go becomes an action with its behaviour', async ({ page }) => {
  const app = new Leerpad(page);
  await new Onboarding(page).complete({ programme: 'BLG' });
  await app.goto('/portfolio/360');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Nieuw feedbackpunt (Loslaten)' }).click();
  await page.getByLabel('Uitkomst van de feedback').fill('Neemt snel het woord');
  await page.getByLabel('Concreet gedrag', { exact: true }).fill('Anderen eerst laten uitpraten');
  await expect(page.getByLabel('Wat doe ik met dit gedrag?')).toHaveValue('let_go');
  await expectSaved(page);
  await page.getByRole('button', { name: 'Maak er een actie van' }).click();
  await expect(app.heading).toHaveText('Actie of experiment');
  await expect(page.getByLabel('Wat ga ik doen?')).toHaveValue('Anderen eerst laten uitpraten');
  await expectSaved(page);
  await app.goto('/portfolio/360');
  await expect(page.locator('section[aria-labelledby="col-let_go"]')).toContainText('Neemt snel het woord');
});

test('Mijn Why keeps markup as text', async ({ page }) => {
  const app = new Leerpad(page);
  await new Onboarding(page).complete({ programme: 'BLG' });
  await app.goto('/portfolio/why');
  await page.getByLabel('Mijn drijfveren en waarden').fill('Rechtvaardigheid & <b>vertrouwen</b>');
  await expectSaved(page);
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(page.getByLabel('Mijn drijfveren en waarden')).toHaveValue('Rechtvaardigheid & <b>vertrouwen</b>');
  await expect(page.locator('main b')).toHaveCount(0);
});

test('the overview filters by kind, status, goal and text', async ({ page }) => {
  const app = new Leerpad(page);
  await new Onboarding(page).complete({ programme: 'BLG' });
  await seed(page, {
    'journal:j1': { title: 'Eerste teamoverleg', learned: 'Ruimte laten werkt beter.' },
    'action:a1': { title: 'Delegeren van het weekoverleg', status: 'planned', goals: ['blg.m1.g3'] },
    'action:a2': { title: 'Anderen eerst laten uitpraten', status: 'doing' },
    'question:q1': { title: 'Hoe geef ik lastige feedback?', discuss: true },
    'intervision:i1': { title: 'Conflict over planning' },
  });
  await app.goto('/portfolio');
  await expect(page.locator('#result-count')).toHaveText('5 items');
  await page.getByLabel('Soort').selectOption({ label: 'Actie of experiment' });
  await expect(page.locator('#result-count')).toHaveText('2 items');
  await page.getByLabel('Status van acties').selectOption({ label: 'Gedaan' });
  await expect(page.getByText('Niets gevonden')).toBeVisible();
  await page.getByLabel('Status van acties').selectOption({ label: 'Gepland' });
  await expect(page.locator('#result-count')).toHaveText('1 item');
  await page.getByLabel('Status van acties').selectOption({ value: '' });
  await page.getByLabel('Leerdoel').selectOption({ value: 'blg.m1.g3' });
  await expect(page.locator('#result-count')).toHaveText('1 item');
  await page.getByLabel('Leerdoel').selectOption({ value: '' });
  await page.getByLabel('Soort').selectOption({ value: '' });
  await page.getByLabel('Zoek in tekst').fill('ruimte LATEN');
  await expect(page.locator('li.entry')).toHaveCount(1);
  await expect(page.locator('li.entry')).toContainText('Eerste teamoverleg');
  await page.getByLabel('Zoek in tekst').fill('bestaat nergens');
  await expect(page.getByText('Niets gevonden')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('deleting asks first and can be undone, also after a reload', async ({ page }) => {
  const app = new Leerpad(page);
  await new Onboarding(page).complete({ programme: 'BLG' });
  await seed(page, {
    'journal:j1': { title: 'Eerste teamoverleg' },
    'intervision:i1': { title: 'Conflict over planning' },
  });
  await app.goto('/portfolio');
  await page.locator('li.entry', { hasText: 'Conflict over planning' }).getByRole('link').click();
  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: 'Verwijderen' }).click();
  await expect(app.heading).toHaveText('Mijn portfolio');
  await expect(page.locator('#result-count')).toHaveText('1 item');
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(page.locator('#result-count')).toHaveText('2 items');
  await expectSaved(page);
  await page.reload();
  await expect(page.locator('li.entry', { hasText: 'Conflict over planning' })).toHaveCount(1);
  const stored = await storedRecords(page);
  expect(Object.keys(stored).filter((k) => k.startsWith('leerpad:intervision:'))).toHaveLength(1);
});

test('a typed reflection survives a reload at any moment', async ({ page }) => {
  await new Onboarding(page).complete({ programme: 'SMEC' });
  await newEntry(page, 'Nieuwe reflectie', 'Reflectie');
  await page.getByLabel('Wat gebeurde er?').pressSequentially('Snel getypt en meteen herladen', { delay: 5 });
  await page.reload();
  await expect(page.getByLabel('Wat gebeurde er?')).toHaveValue('Snel getypt en meteen herladen');
});

test('SMEC participants get the ambition questions in Mijn Why', async ({ page }) => {
  const app = new Leerpad(page);
  await new Onboarding(page).complete({ programme: 'SMEC' });
  await app.goto('/portfolio/why');
  for (const q of ['Waar wil ik naartoe?', 'Welke impact wil ik maken?', 'In welke rol?', 'Welk pad kies ik daarheen?']) {
    await expect(page.getByLabel(q)).toBeVisible();
  }
  await app.goto('/profiel');
  await page.getByLabel(/^BLG – /).check();
  await expectSaved(page);
  await app.goto('/portfolio/why');
  await expect(page.getByLabel('Waar wil ik naartoe?')).toHaveCount(0);
});

test('a long overview shows fifty entries at a time, and the rest on request', async ({ page }) => {
  const app = new Leerpad(page);
  await new Onboarding(page).skip();
  await seedRecords(page, Object.fromEntries(Array.from({ length: 120 }, (_, i) => [
    `journal:j${String(i).padStart(3, '0')}`, { title: `Reflectie ${i}`, date: '2026-10-01', created: i, updated: i },
  ])));
  await app.goto('/portfolio');
  const lines = page.locator('ul.entries > li');
  await expect(page.locator('#result-count')).toHaveText('120 items');
  await expect(lines).toHaveCount(50);
  await page.getByRole('button', { name: 'Toon er nog 50' }).click();
  await expect(lines).toHaveCount(100);
  await page.getByRole('button', { name: 'Toon er nog 20' }).click();
  await expect(lines).toHaveCount(120);
  await expect(page.locator('#show-more')).toHaveCount(0);
  // A new search starts at the first page again.
  await page.getByLabel('Zoek in tekst').fill('Reflectie 11');
  await expect(page.locator('#result-count')).toHaveText('11 items');
  await expect(lines).toHaveCount(11);
});

for (const [name, viewport] of WIDTHS) {
  test.describe(name, () => {
    test.use({ viewport });
    test('each line of the overview says what its date is, names the module and shows the status', async ({ page }) => {
      const app = new Leerpad(page);
      await new Onboarding(page).complete({ programme: 'BLG' });
      await seed(page, {
        'action:a1': { title: 'Delegeren van het weekoverleg', status: 'doing', due: '2099-12-15', module: 'blg.m2' },
        'journal:j1': { title: 'Eerste teamoverleg', date: '2026-11-03' },
      });
      await app.goto('/portfolio');
      const action = page.locator('li.entry', { hasText: 'Delegeren van het weekoverleg' });
      await expect(action.locator('.meta')).toHaveText('Klaar op: 15 december 2099 · Module 2: Ik en mijn medewerker');
      await expect(action.locator('.chips')).toHaveText('Bezig');
      await expect(page.locator('li.entry', { hasText: 'Eerste teamoverleg' }).locator('.meta')).toHaveText('Datum: 3 november 2026');
      await expect(page.locator('main')).not.toContainText('BLG.M2');
    });
  });
}

for (const [width, open] of [[360, false], [1366, true]]) {
  test(`the filters are ${open ? 'open' : 'folded'} at ${width} px; search stays in view`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    const app = new Leerpad(page);
    await new Onboarding(page).complete({ programme: 'BLG' });
    await seed(page, { 'journal:j1': { title: 'Eerste teamoverleg' } });
    await app.goto('/portfolio');
    await expect(page.locator('details.filter-panel')).toHaveJSProperty('open', open);
    await expect(page.getByLabel('Zoek in tekst')).toBeVisible();
    // On a phone the list starts on the first screen.
    const first = await page.locator('li.entry').first().boundingBox();
    if (!open) expect(first.y).toBeLessThan(800);
    if (!open) await page.locator('details.filter-panel summary').click();
    await page.getByLabel('Soort').selectOption({ label: 'Actie of experiment' });
    await expect(page.locator('details.filter-panel summary')).toContainText('(1 actief)');
  });
}
