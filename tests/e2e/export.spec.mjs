import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test, expect, Leerpad, Onboarding, clearSiteData, download, expectNoAxeViolations, expectSaved, localStorageItems, putRecords, seedRecords, storedIn, storedRecords } from './leerpad.mjs';

const BAD = resolve(import.meta.dirname, '../fixtures/bad-backups');

/** A participant with ratings at two moments, a shared action, a private reflection and a question. */
async function participant(page) {
  const app = new Leerpad(page);
  await new Onboarding(page).complete({ name: 'Robin <b>Jansen</b>', role: 'Teamleider', manager: 'Mira', programme: 'BLG', cohortStart: '2026-09-07' });
  const r = (level, target) => ({ level, target, not_applicable: false, note: '' });
  await seedRecords(page, {
    'moment:m1': { name: 'Nulmeting', date: '2026-09-07', programme: 'blg', created: 1, ratings: { 'blg.m1.g1': r(2, 4), 'blg.m1.g2': r(3, null) } },
    'moment:m2': { name: 'Na module 1', date: '2026-10-20', programme: 'blg', created: 2, ratings: { 'blg.m1.g1': r(4, 4), 'blg.m1.g2': r(3, null) } },
    'action:a1': { title: 'Weekoverleg delegeren', status: 'done', learned: 'Het team pakt meer op.', shared: true },
    'journal:j1': { title: 'Privé reflectie over een collega', body: 'geheim' },
    'question:q1': { title: 'Hoe verdeel ik mijn tijd?', discuss: true },
  });
  await page.reload();
  await expect(app.heading).toHaveText('Mijn leerpad');
  return app;
}

test('the report shows what is shared, prints without navigation and downloads as a self-contained file', async ({ page, browser }) => {
  const app = await participant(page);
  await app.mainNav.getByRole('link', { name: 'Verslag' }).click();
  await expect(app.heading).toHaveText('Verslag voor het ontwikkelgesprek');
  const report = page.locator('.report-preview article.report');
  await expect(report).toContainText('Mijn ontwikkeling: Robin <b>Jansen</b>');
  await expect(report).toContainText('Module 1: Ik en mijzelf');
  await expect(report.locator('svg.radar')).toHaveCount(0);
  await expect(report).toContainText('Weekoverleg delegeren (gedaan)');
  await expect(report).toContainText('Hoe verdeel ik mijn tijd?');
  await expect(report).toContainText('Afspraken');
  await expect(report).not.toContainText('Privé reflectie');
  await expect(report.locator('b')).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Choosing: a radar per module, then leave out the ratings altogether.
  await page.getByLabel(/^Radargrafiek per module/).check();
  await expect(report.locator('svg.radar')).toHaveCount(5);
  await page.getByLabel('Zelfbeoordeling per module').uncheck();
  await expect(report.locator('svg.radar')).toHaveCount(0);
  await expect(page.getByLabel(/^Radargrafiek per module/)).toBeHidden();
  await page.getByLabel('Zelfbeoordeling per module').check();

  // Print: no navigation, no options, the report stays.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.site-header')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Afdrukken of opslaan als pdf' })).toBeHidden();
  await expect(report).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // Download and open it with JavaScript off and no network.
  const file = await download(page, page.getByRole('button', { name: 'Downloaden als HTML-bestand' }));
  expect(file.name).toMatch(/^leerpad-ontwikkelgesprek-\d{4}-\d{2}-\d{2}\.html$/);
  expect(file.text).not.toContain('<script');
  const path = join(mkdtempSync(join(tmpdir(), 'leerpad-')), file.name);
  writeFileSync(path, file.text);
  const offline = await browser.newContext({ javaScriptEnabled: false, offline: true });
  const viewer = await offline.newPage();
  const requests = [];
  viewer.on('request', (r) => requests.push(r.url()));
  await viewer.goto(`file://${path}`);
  await expect(viewer.locator('h1')).toHaveText('Mijn ontwikkeling: Robin <b>Jansen</b>');
  await expect(viewer.locator('svg.radar')).toHaveCount(5);
  await expect(viewer.getByText('Weekoverleg delegeren (gedaan)')).toBeVisible();
  expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
  await offline.close();
});

test('backup, clear, restore: everything is back, and the previous data can be brought back', async ({ page }) => {
  const app = await participant(page);
  await app.goto('/gegevens');
  await expectNoAxeViolations(page);
  const backup = await download(page, page.getByRole('button', { name: 'Back-up downloaden' }));
  await expectSaved(page);
  const before = await storedRecords(page);
  const path = join(mkdtempSync(join(tmpdir(), 'leerpad-')), backup.name);
  writeFileSync(path, backup.text);

  await clearSiteData(page);
  await app.goto('/');
  await expect(app.heading).toHaveText('Welkom bij Leerpad');
  expect(await storedRecords(page)).toEqual({});
  await app.goto('/gegevens');
  await page.getByLabel('Back-upbestand kiezen').setInputFiles(path);
  await expect(page.locator('#restore-preview')).toContainText('Robin <b>Jansen</b>');
  await expect(page.locator('#restore-preview')).toContainText('2 meetmomenten');
  await page.getByRole('button', { name: 'Vervangen' }).click();
  await expect(page.locator('#restore-done')).toHaveText('De back-up is teruggezet.');
  await expectSaved(page);
  // Exactly the same data: a new backup holds the same portfolio as the one restored.
  const again = await download(page, page.getByRole('button', { name: 'Back-up downloaden' }));
  // The same, except that the restored data counts as backed up when the file was made.
  const original = JSON.parse(backup.text);
  const restored = JSON.parse(again.text).portfolio;
  expect(restored.settings.last_backup).toBe(original.exported_at);
  expect({ ...restored, settings: { ...restored.settings, last_backup: null } }).toEqual({ ...original.portfolio, settings: { ...original.portfolio.settings, last_backup: null } });
  expect(Object.keys(await storedRecords(page))).toEqual(expect.arrayContaining(Object.keys(before)));
  await app.goto('/');
  await expect(page.getByText('Welkom terug, Robin <b>Jansen</b>.')).toBeVisible();
  await expect(page.locator('#highlight-growth')).toContainText('Heeft verdiept zelfinzicht');

  // The data from before the restore (empty here) can be brought back with one click.
  await app.goto('/gegevens');
  await page.getByRole('button', { name: 'Vorige gegevens terugzetten' }).click();
  await expect(page.locator('#restore-done')).toBeVisible();
  await app.goto('/');
  await expect(page.getByText('Welkom terug, Robin')).toHaveCount(0);
});

test('bad files give their own message and leave the portfolio byte for byte the same', async ({ page }) => {
  const app = await participant(page);
  await app.goto('/gegevens');
  const before = await storedRecords(page);
  const cases = [
    ['not-json.txt', 'Leerpad kan dit bestand niet lezen'],
    ['html-page.html', 'Leerpad kan dit bestand niet lezen'],
    ['truncated.json', 'niet compleet'],
    ['wrong-format.json', 'Dit is geen Leerpad-back-up.'],
    ['newer-schema.json', 'nieuwere versie van Leerpad (gegevensversie 99)'],
    ['damaged-checksum.json', 'controlecode klopt niet'],
    ['wrong-types.json', 'gegevens die niet kloppen'],
  ];
  for (const [name, text] of cases) {
    await page.getByLabel('Back-upbestand kiezen').setInputFiles(join(BAD, name));
    await expect(page.locator('#restore-error'), name).toContainText(text);
    await expect(page.locator('#restore-error')).toContainText('Je huidige gegevens zijn niet veranderd.');
  }
  expect(await storedRecords(page)).toEqual(before);
  await expectNoAxeViolations(page);
});

test('a backup with markup in its text restores it as text', async ({ page }) => {
  const app = new Leerpad(page);
  await new Onboarding(page).skip();
  await app.goto('/gegevens');
  await page.getByLabel('Back-upbestand kiezen').setInputFiles(resolve(import.meta.dirname, '../fixtures/backup-with-markup.json'));
  await page.getByRole('button', { name: 'Samenvoegen' }).click();
  await expect(page.locator('#restore-done')).toBeVisible();
  await app.goto('/');
  await expect(page.getByText('Welkom terug, <img src=x onerror=alert(1)>Kim.')).toBeVisible();
  await expect(page.locator('main img')).toHaveCount(0);
});

test('the ratings CSV opens in Dutch Excel: BOM, semicolons, one row per goal and moment', async ({ page }) => {
  const app = await participant(page);
  await app.goto('/gegevens');
  const csv = await download(page, page.getByRole('button', { name: 'Scores downloaden als CSV' }));
  expect(csv.name).toMatch(/^leerpad-scores-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(csv.text.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.text.slice(1).trimEnd().split('\r\n');
  expect(lines[0]).toBe('Programma;Module;Leerdoel-ID;Leerdoel;Meetmoment;Datum;Niveau;n.v.t.;Ambitie;Toelichting');
  expect(lines).toHaveLength(1 + 2 * 28);
  expect(lines[1]).toContain('BLG;Module 1: Ik en mijzelf;blg.m1.g1;');
  expect(lines[1]).toContain(';Nulmeting;2026-09-07;2;;4;');
});

test('a backup can be dropped onto the restore box', async ({ page }) => {
  const app = new Leerpad(page);
  await new Onboarding(page).skip();
  await app.goto('/gegevens');
  const text = readFileSync(resolve(import.meta.dirname, '../fixtures/backup-with-markup.json'), 'utf8');
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'leerpad-backup-2026-11-30.json', { type: 'application/json' }));
    document.querySelector('.drop-zone').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, text);
  await expect(page.locator('#restore-preview')).toContainText('Kim');
  await page.getByRole('button', { name: 'Vervangen' }).click();
  await expect(page.locator('#restore-done')).toBeVisible();
});

test('everything can be removed from the device, only after a confirmation, and nothing comes back', async ({ page }) => {
  const app = new Leerpad(page);
  await new Onboarding(page).complete({ name: 'Wil Wissen', programme: 'BLG' });
  await app.goto('/blg/module/2');
  await page.getByRole('group', { name: 'Mijn voortgang in deze module' }).getByLabel('Bezig').check();
  await expectSaved(page);
  await app.goto('/profiel');
  await page.getByLabel('Naam', { exact: true }).fill('Wil Wissen 2');
  await expectSaved(page);
  await app.switchLanguage('English');
  await app.switchLanguage('Nederlands');
  const before = await storedRecords(page);
  expect(Object.keys(before)).toEqual(expect.arrayContaining(['leerpad:meta', 'leerpad:profile']));
  expect(Object.keys(await storedIn(page, 'previous'))).toEqual(expect.arrayContaining(['leerpad:profile']));
  expect(Object.keys(await localStorageItems(page)).sort()).toEqual(['leerpad.locale', 'leerpad.returning']);

  const other = new Leerpad(await page.context().newPage());
  await other.goto('/');
  await expect(other.heading).toHaveText('Mijn leerpad');
  await app.goto('/gegevens');
  await expectNoAxeViolations(page);
  const button = page.getByRole('button', { name: 'Alles verwijderen' });
  page.once('dialog', (dialog) => dialog.dismiss());
  await button.click();
  expect(await storedRecords(page)).toEqual(before);

  page.once('dialog', (dialog) => {
    expect(dialog.message()).toContain('kan niet ongedaan worden gemaakt');
    return dialog.accept();
  });
  await button.click();
  await expect(page.locator('#erase-done')).toHaveText('Alles is verwijderd. Leerpad bewaart niets meer van je op dit apparaat.');
  for (const store of ['records', 'previous', 'kept']) expect(await storedIn(page, store), store).toEqual({});
  expect(await localStorageItems(page)).toEqual({});
  await expectNoAxeViolations(page);
  // Another open tab starts over too.
  await expect(other.heading).toHaveText('Welkom bij Leerpad');

  // The app starts over as on a first visit, in this page and after a reload; nothing is written back.
  await app.mainNav.getByRole('link', { name: 'Mijn leerpad' }).click();
  await expect(app.heading).toHaveText('Welkom bij Leerpad');
  await page.waitForTimeout(500); // longer than the save delay: a pending save would have run
  expect(await storedRecords(page)).toEqual({});
  await page.reload();
  await expect(app.heading).toHaveText('Welkom bij Leerpad');
  expect(await storedRecords(page)).toEqual({});
});

/** A valid backup whose `portfolio` is changed by `change`, with its checksum made right again. */
function backupWith(change) {
  const file = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/backup-with-markup.json'), 'utf8'));
  change(file.portfolio);
  // The checksum is FNV-1a 64 over the compact JSON of `portfolio` with its keys sorted, as
  // serde_json writes it (src/domain/backup.rs).
  const sorted = (v) => (v && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted(v[k])]))
    : Array.isArray(v) ? v.map(sorted) : v);
  file.portfolio = sorted(file.portfolio);
  let hash = 0xcbf29ce484222325n;
  for (const byte of Buffer.from(JSON.stringify(file.portfolio), 'utf8')) {
    hash = BigInt.asUintN(64, (hash ^ BigInt(byte)) * 0x100000001b3n);
  }
  file.checksum = hash.toString(16).padStart(16, '0');
  return { name: 'leerpad-backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) };
}

test('hostile backups are refused in a short sentence that names the part and echoes nothing', async ({ page }) => {
  const app = new Leerpad(page);
  await new Onboarding(page).skip();
  await app.goto('/gegevens');
  const before = await storedRecords(page);
  const error = page.locator('#restore-error');
  const cases = [
    // A five-megabyte value where a module status belongs.
    [backupWith((p) => { p.progress = { 'blg.m1': 'A'.repeat(5_000_000) }; }), 'een tekst is langer dan 100.000 tekens (in de voortgang per module)'],
    // A 4.8 MB name in characters of two to four bytes: refused before it reaches the screen.
    [backupWith((p) => { p.profile.name = 'é€😀'.repeat(530_000); }), 'een tekst is langer dan 100.000 tekens (in het profiel)'],
    [backupWith((p) => { p.progress = { 'blg.m1': 'AAAAAAAAAAAAAAAAAAAAAAAAA' }; }), 'de gegevens hebben niet de vorm die Leerpad verwacht (in de voortgang per module)'],
    [backupWith((p) => { p.journal = { j1: { title: 'x', goals: 42 } }; }), '(in reflectie ‘j1’)'],
  ];
  for (const [file, text] of cases) {
    await page.getByLabel('Back-upbestand kiezen').setInputFiles(file);
    await expect(error).toContainText(text);
    const shown = await error.textContent();
    expect(shown.length).toBeLessThan(400);
    expect(shown).not.toMatch(/AAAAAAAAAA|invalid type|expected|line \d|column/);
  }
  expect(await storedRecords(page)).toEqual(before);
  await app.switchLanguage('English');
  await expect(error).toContainText('(in reflection ‘j1’)');
});

test('restoring onto read-only data is refused in words, not as program output', async ({ page }) => {
  const app = new Leerpad(page);
  await new Onboarding(page).skip();
  await putRecords(page, { 'leerpad:meta': '{"schema":99}' });
  await app.goto('/gegevens');
  await page.getByLabel('Back-upbestand kiezen').setInputFiles(resolve(import.meta.dirname, '../fixtures/backup-with-markup.json'));
  await page.getByRole('button', { name: 'Vervangen' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'alleen te lezen' });
  await expect(alert).toContainText('Je gegevens zijn nu alleen te lezen, dus er is niets veranderd.');
  await expect(page.locator('main')).not.toContainText('Other(');
  expect((await storedRecords(page))['leerpad:meta']).toBe('{"schema":99}');
});
