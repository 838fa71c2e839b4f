import { test, expect, WIDTHS, Leerpad, Onboarding, download, expectNoAxeViolations, expectSaved, installStorageSwitch, putRecords, seedRecords, storedIn, storedRecords } from './leerpad.mjs';

for (const [name, viewport] of WIDTHS) {
  test.describe(name, () => {
    test.use({ viewport });
    test('the first dashboard has one thing to do: the nulmeting; nothing empty is shown', async ({ page }) => {
      const app = new Leerpad(page);
      await new Onboarding(page).complete({ name: 'Sam', programme: 'BLG' });
      await expect(page.getByText('Welkom terug')).toHaveCount(0);
      const next = page.locator('.next-step');
      await expect(next).toContainText('Beoordeel jezelf op de 28 leerdoelen van je programma.');
      await expect(page.locator('main a.button.primary')).toHaveCount(1);
      await expect(next.getByRole('link', { name: 'Start je nulmeting' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Huidig meetmoment' })).toHaveCount(0);
      await expect(page.locator('.highlight')).toHaveCount(0);
      await expect(page.locator('.counts')).toHaveText(/^Nog leeg\./);
      await next.getByRole('link', { name: 'Start je nulmeting' }).click();
      await expect(app.heading).toHaveText('Zelfbeoordeling');
    });
  });
}

for (const [name, viewport] of WIDTHS) {
  test.describe(name, () => {
    test.use({ viewport });
    test('with work in the portfolio the dashboard counts it in words and says welcome back', async ({ page }) => {
      const app = new Leerpad(page);
      await new Onboarding(page).complete({ name: 'Sam', programme: 'BLG' });
      await seedRecords(page, {
        'journal:j1': { created: 1, updated: 1, title: 'A' },
        'journal:j2': { created: 1, updated: 1, title: 'B' },
        'action:a1': { created: 1, updated: 1, title: 'C' },
      });
      await app.goto('/');
      await expect(page.getByText('Welkom terug, Sam.')).toBeVisible();
      await expect(page.locator('.counts')).toHaveText('2 reflecties · 1 actie');
    });
  });
}

test('onboarding leads to the dashboard, and everything is still there after a reload', async ({ page }) => {
  const app = new Leerpad(page);
  await app.goto('/');
  await expectNoAxeViolations(page);
  await new Onboarding(page).complete({
    name: 'Sam de Vries',
    role: 'Teamleider',
    organisation: 'Ministerie van Financiën',
    manager: 'Anouk Jansen',
    programme: 'BLG',
    cohortStart: '2026-09-07',
  });
  await expect(page.getByText('Welkom, Sam de Vries.')).toBeVisible();
  await expect(page.getByText('Je groep is gestart op 7 september 2026.')).toBeVisible();
  await expect(page.getByText('0 van 5 modules afgerond')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(app.heading).toHaveText('Mijn leerpad');
  await expect(page.getByText('Welkom, Sam de Vries.')).toBeVisible();

  await app.mainNav.getByRole('link', { name: 'Profiel' }).click();
  await expect(app.heading).toHaveText('Mijn profiel');
  await expect(page.getByLabel('Functie of rol')).toHaveValue('Teamleider');
  await expect(page.getByLabel('Organisatie')).toHaveValue('Ministerie van Financiën');
  await expect(page.getByLabel('Naam van je leidinggevende')).toHaveValue('Anouk Jansen');
  await expect(page.getByLabel(/^BLG – /)).toBeChecked();
  await expect(page.getByLabel('Startdatum van je groep')).toHaveValue('2026-09-07');
  await expectNoAxeViolations(page);

  await app.mainNav.getByRole('link', { name: 'Gegevens' }).click();
  await expect(page.locator('#persistence')).not.toBeEmpty();
  await expect(page.locator('#storage-use')).toHaveText(/^Leerpad gebruikt op dit apparaat [\d,]+ [kMG]B van de [\d,]+ [kMGT]B die je browser toestaat\.$/);
  await expect(page.locator('#safari-note')).toContainText('7 dagen');
  await expect(page.locator('#last-backup')).toContainText('nog geen back-up');

  // A backup file holds the whole portfolio; its date shows and the reminder goes away.
  const backup = await download(page, page.getByRole('button', { name: 'Back-up downloaden' }));
  expect(backup.name).toMatch(/^leerpad-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(backup.text);
  expect(file.format).toBe('leerpad-backup');
  expect(file.schema).toBe(1);
  expect(file.checksum).toMatch(/^[0-9a-f]{16}$/);
  expect(file.portfolio.profile.name).toBe('Sam de Vries');
  await expect(page.locator('#last-backup')).toContainText(/^Laatste back-up: \d{1,2} \w+ \d{4}\.$/);
  await app.goto('/');
  await expect(page.locator('.backup-reminder')).toHaveCount(0);
});

test('the backup reminder waits until there is something to lose, and leads to Gegevens', async ({ page }) => {
  const app = new Leerpad(page);
  await new Onboarding(page).complete({ name: 'Sam', programme: 'BLG' });
  await expect(page.locator('.backup-reminder')).toHaveCount(0);
  await seedRecords(page, { 'journal:j1': { title: 'Eerste reflectie', created: 1, updated: 1 } });
  await app.goto('/');
  const reminder = page.locator('.backup-reminder');
  await expect(reminder).toContainText('Je hebt nog geen back-up gemaakt.');
  await reminder.getByRole('link', { name: 'Back-up maken bij Gegevens' }).click();
  await expect(app.heading).toHaveText('Back-up, terugzetten en export');
});

test('a skipped onboarding still lets the participant choose and switch programme without losing data', async ({ page }) => {
  const app = new Leerpad(page);
  await new Onboarding(page).skip();
  await expect(page.getByRole('heading', { name: 'Kies je programma' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'SMEC is mijn programma' }).click();
  await expect(page.getByText('0 van 5 modules afgerond')).toBeVisible();
  await expect(page.locator('.next-step')).toContainText('Beoordeel jezelf op de 25 leerdoelen');

  await app.goto('/smec/module/1');
  await page.getByLabel('Afgerond').check();
  await expectSaved(page);
  await app.goto('/profiel');
  await page.getByLabel(/^BLG – /).check();
  await expectSaved(page);
  await app.goto('/');
  await expect(page.getByText('0 van 5 modules afgerond')).toBeVisible();
  await app.goto('/profiel');
  await page.getByLabel(/^SMEC – /).check();
  await expectSaved(page);
  await app.goto('/');
  await expect(page.getByText('1 van 5 modules afgerond')).toBeVisible();
  await expect(page.locator('.next-step')).toContainText('Module 2: Ik en mijn omgeving');
});

test('a module status is saved, announced, shown on the overview and survives a reload', async ({ page }) => {
  const app = new Leerpad(page);
  await new Onboarding(page).complete({ programme: 'BLG' });
  await app.goto('/blg/module/2');
  const status = page.getByRole('group', { name: 'Mijn voortgang in deze module' });
  await expect(status.getByLabel('Niet gestart')).toBeChecked();
  // Keyboard: focus the checked radio, arrow keys move the choice.
  await status.getByLabel('Niet gestart').focus();
  await page.keyboard.press('ArrowRight');
  await expect(status.getByLabel('Bezig')).toBeChecked();
  await expectSaved(page);
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(status.getByLabel('Bezig')).toBeChecked();
  await app.goto('/blg');
  await expect(page.locator('ol.track > li').nth(1)).toContainText('Bezig');
  await app.goto('/blg/module/1');
  await page.getByLabel('Afgerond').check();
  await expectSaved(page);
  await app.goto('/');
  await expect(page.getByText('1 van 5 modules afgerond')).toBeVisible();
  await expect(page.locator('.next-step')).toContainText('Module 2: Ik en mijn medewerker');
  expect(JSON.parse((await storedRecords(page))['leerpad:progress'])).toEqual({ 'blg.m1': 'done', 'blg.m2': 'in_progress' });
});

test('corrupt storage shows the recovery page, keeps the raw text and offers it as a download', async ({ page }) => {
  const app = new Leerpad(page);
  await new Onboarding(page).complete({ name: 'Eva' });
  await putRecords(page, { 'leerpad:profile': '{"name": "Eva", kapot' });
  await page.reload();
  await expect(app.heading).toHaveText('Je gegevens konden niet worden gelezen');
  await expect(page.locator('.problems')).toHaveText('De tekst is beschadigd (in het profiel)');
  await expectNoAxeViolations(page);
  // Every route shows it; nothing has been written over the damaged text.
  await app.goto('/blg/module/1');
  await expect(app.heading).toHaveText('Je gegevens konden niet worden gelezen');
  expect((await storedRecords(page))['leerpad:profile']).toBe('{"name": "Eva", kapot');

  const raw = await download(page, page.getByRole('button', { name: 'Ruwe gegevens downloaden' }));
  expect(raw.name).toMatch(/^leerpad-ruwe-gegevens-\d{4}-\d{2}-\d{2}\.json$/);
  const dump = JSON.parse(raw.text);
  expect(dump.records['leerpad:profile']).toBe('{"name": "Eva", kapot');

  // Starting fresh only happens on an explicit, confirmed choice.
  page.once('dialog', (dialog) => dialog.dismiss());
  await page.getByRole('button', { name: 'Helemaal opnieuw beginnen' }).click();
  expect((await storedRecords(page))['leerpad:profile']).toBe('{"name": "Eva", kapot');
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Helemaal opnieuw beginnen' }).click();
  await expect(app.heading).toHaveText('Welkom bij Leerpad');
  expect(await storedRecords(page)).toEqual({});
});

test('the recovery page restores the previous version from the backup key', async ({ page }) => {
  const app = new Leerpad(page);
  await new Onboarding(page).complete({ name: 'Eerste naam' });
  await app.goto('/profiel');
  await page.getByLabel('Naam', { exact: true }).fill('Tweede naam');
  await expectSaved(page);
  expect(JSON.parse((await storedIn(page, 'previous'))['leerpad:profile']).name).toBe('Eerste naam');

  await putRecords(page, { 'leerpad:profile': '\u0000 niet leesbaar' });
  await page.reload();
  await expect(app.heading).toHaveText('Je gegevens konden niet worden gelezen');
  await page.getByRole('button', { name: 'Vorige versie terugzetten' }).click();
  await expect(app.heading).toHaveText('Mijn leerpad');
  await expect(page.getByText('Welkom, Eerste naam.')).toBeVisible();
});

test('two pages of one browser see each other’s changes and merge simultaneous edits', async ({ context }) => {
  await installStorageSwitch(context);
  const a = await context.newPage();
  const b = await context.newPage();
  const [appA, appB] = [new Leerpad(a), new Leerpad(b)];
  await new Onboarding(a).complete({ name: 'Tab A', programme: 'BLG' });
  await appB.goto('/');
  await expect(appB.heading).toHaveText('Mijn leerpad');

  await appA.goto('/blg/module/3');
  await a.getByLabel('Afgerond').check();
  await expect(b.getByText('1 van 5 modules afgerond')).toBeVisible();

  // Both tabs edit different profile fields within one save delay: both edits survive.
  await appA.goto('/profiel');
  await appB.goto('/profiel');
  await a.getByLabel('Functie of rol').fill('Coördinator');
  await b.getByLabel('Naam van je leidinggevende').fill('Manager B');
  await expectSaved(a);
  await expectSaved(b);
  for (const page of [a, b]) {
    await expect(page.getByLabel('Functie of rol')).toHaveValue('Coördinator');
    await expect(page.getByLabel('Naam van je leidinggevende')).toHaveValue('Manager B');
  }
  await a.reload();
  await expect(a.getByLabel('Functie of rol')).toHaveValue('Coördinator');
  await expect(a.getByLabel('Naam van je leidinggevende')).toHaveValue('Manager B');

  // Both tabs edit the same field before either is saved. Tab B's write is held back (full
  // storage) so that the clash is certain: B keeps its text, and tab A, whose text is replaced,
  // is told so and shown what it had.
  await b.evaluate(() => { window.__storageFull = true; });
  await b.getByLabel('Naam', { exact: true }).fill('Naam uit B');
  await expect(b.locator('#save-error')).toBeVisible();
  await a.getByLabel('Naam', { exact: true }).fill('Naam uit A');
  await expectSaved(a);
  await expect(a.locator('#conflict-notice')).toContainText('ander tabblad');
  await expect(a.locator('#conflict-notice blockquote')).toHaveText('Naam uit A');
  await expect(b.getByLabel('Naam', { exact: true })).toHaveValue('Naam uit B');
  await b.evaluate(() => { window.__storageFull = false; });
  // The merge schedules a new save; if that already failed, the participant retries.
  const retry = b.locator('#save-error').getByRole('button', { name: 'Opnieuw proberen' });
  if (await retry.isVisible()) await retry.click();
  await expectSaved(b);
  await expect(a.getByLabel('Naam', { exact: true })).toHaveValue('Naam uit B');
  await expect(b.locator('#conflict-notice')).toHaveCount(0);
  await a.locator('#conflict-notice').getByRole('button', { name: 'Sluiten' }).click();
  await expect(a.locator('#conflict-notice')).toHaveCount(0);
});

test('a write that fails shows a clear message, keeps the edit on screen and the stored data intact', async ({ page }) => {
  const app = new Leerpad(page);
  await installStorageSwitch(page);
  await new Onboarding(page).complete({ name: 'Voor' });
  await app.goto('/profiel');
  await page.evaluate(() => { window.__storageFull = true; });
  await page.getByLabel('Naam', { exact: true }).fill('Na');
  const alert = page.locator('#save-error');
  await expect(alert).toContainText('Niet opgeslagen');
  await expect(alert).toContainText('opslagruimte van je browser is vol');
  await expect(page.getByRole('status').filter({ hasText: 'Niet opgeslagen' })).toBeVisible();
  await expect(page.getByLabel('Naam', { exact: true })).toHaveValue('Na');
  expect(JSON.parse((await storedRecords(page))['leerpad:profile']).name).toBe('Voor');
  await expectNoAxeViolations(page);

  await page.evaluate(() => { window.__storageFull = false; });
  await alert.getByRole('button', { name: 'Opnieuw proberen' }).click();
  await expectSaved(page);
  await expect(alert).toBeHidden();
  await page.reload();
  await expect(page.getByLabel('Naam', { exact: true })).toHaveValue('Na');
});

test('data from a newer Leerpad is shown read-only and never overwritten', async ({ page }) => {
  const app = new Leerpad(page);
  await new Onboarding(page).complete({ name: 'Nieuw' });
  await putRecords(page, { 'leerpad:meta': '{"schema":99}' });
  const before = await storedRecords(page);
  await page.reload();
  await expect(page.locator('#read-only-notice')).toContainText('nieuwere versie van Leerpad');
  await expectNoAxeViolations(page);
  await app.goto('/blg/module/1');
  await expect(page.getByLabel('Afgerond')).toBeDisabled();
  await app.goto('/profiel');
  await expect(page.getByLabel('Naam', { exact: true })).toBeDisabled();
  expect(await storedRecords(page)).toEqual(before);
});

test('two tabs editing different fields of one reflection keep both, and nobody is warned', async ({ context }) => {
  await installStorageSwitch(context);
  const a = await context.newPage();
  const b = await context.newPage();
  await new Onboarding(a).complete({ name: 'Tab A', programme: 'BLG' });
  await seedRecords(a, { 'journal:j1': { title: 'Oud', body: 'Oud', created: 1, updated: 1 } });
  const [appA, appB] = [new Leerpad(a), new Leerpad(b)];
  await appA.goto('/portfolio/journal/j1');
  await appB.goto('/portfolio/journal/j1');
  // B's edit is held back until A has saved its own, so both are pending at the same time.
  await b.evaluate(() => { window.__storageFull = true; });
  await b.getByLabel('Wat gebeurde er?').fill('Tekst uit B');
  await expect(b.locator('#save-error')).toBeVisible();
  await a.getByLabel('Titel').fill('Titel uit A');
  await expectSaved(a);
  await expect(b.getByLabel('Titel')).toHaveValue('Titel uit A');
  await b.evaluate(() => { window.__storageFull = false; });
  const retry = b.locator('#save-error').getByRole('button', { name: 'Opnieuw proberen' });
  if (await retry.isVisible()) await retry.click();
  await expectSaved(b);
  for (const page of [a, b]) {
    await expect(page.getByLabel('Titel')).toHaveValue('Titel uit A');
    await expect(page.getByLabel('Wat gebeurde er?')).toHaveValue('Tekst uit B');
    await expect(page.locator('#conflict-notice')).toHaveCount(0);
  }
});

test('when the browser refuses all storage, Leerpad still works in memory, says nothing is kept and offers a backup', async ({ page }) => {
  // As with site data blocked: both IndexedDB and localStorage throw.
  await page.addInitScript(() => {
    for (const name of ['indexedDB', 'localStorage']) {
      Object.defineProperty(window, name, {
        get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
      });
    }
  });
  const app = new Leerpad(page);
  await app.goto('/');
  await expect(app.heading).toHaveText('Welkom bij Leerpad');
  const notice = page.locator('#save-error');
  await expect(notice).toContainText('Je browser laat Leerpad niets bewaren');
  await expect(notice.getByRole('button', { name: 'Opnieuw proberen' })).toHaveCount(0);
  // All content can be browsed.
  await app.mainNav.getByRole('link', { name: 'SMEC' }).click();
  await page.getByRole('link', { name: /Module 4/ }).first().click();
  await expect(app.goals.first()).toBeVisible();
  // Work in memory, then take it along as a backup file.
  await app.mainNav.getByRole('link', { name: 'Mijn leerpad' }).click();
  await page.getByRole('button', { name: 'Overslaan' }).click();
  await expect(app.heading).toHaveText('Mijn leerpad');
  await app.mainNav.getByRole('link', { name: 'Profiel' }).click();
  await page.getByLabel('Naam', { exact: true }).fill('Alleen in het geheugen');
  await expect(notice).toBeVisible();
  const file = await download(page, notice.getByRole('button', { name: 'Back-up downloaden' }));
  expect(JSON.parse(file.text).portfolio.profile.name).toBe('Alleen in het geheugen');
  await app.switchLanguage('English');
  await expect(notice).toContainText('Your browser does not let Leerpad keep anything');
});
