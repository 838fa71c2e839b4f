// Attached files: adding them to an entry and a rating, opening, renaming, removing, the limit.
import { createHash } from 'node:crypto';
import { test, expect, Leerpad, Onboarding, download, expectNoAxeViolations, expectSaved, storedRecords, storedFiles, momentRecord, seedRecords } from './leerpad.mjs';

/** A small but real PDF and PNG. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAYAAABytg0kAAAAFklEQVR4nGNkYGD4z8DAwMDAwMDAAAAOAAEBsWBdVgAAAABJRU5ErkJggg==', 'base64');
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** A new reflection with a title, on its page. */
async function newReflection(page, title = 'Terugblik trainingsdag') {
  const app = new Leerpad(page);
  await new Onboarding(page).complete({ programme: 'BLG' });
  await app.goto('/portfolio');
  await page.getByRole('button', { name: 'Nieuwe reflectie' }).click();
  await page.getByLabel('Titel').fill(title);
  return app;
}

/** The attachments' records as stored, by name. */
async function storedAttachments(page) {
  const records = await storedRecords(page);
  return Object.fromEntries(Object.entries(records).filter(([k]) => k.startsWith('leerpad:file:')).map(([, v]) => [JSON.parse(v).name, JSON.parse(v)]));
}

const files = (page) => page.locator('.attachments .file');

test('a PDF and a photo attached to a reflection are kept byte for byte and listed with what they are', async ({ page }) => {
  await newReflection(page);
  await page.getByLabel('Bestanden toevoegen').setInputFiles([
    { name: '360-rapport.pdf', mimeType: 'application/pdf', buffer: PDF },
    { name: 'flip-over.png', mimeType: 'image/png', buffer: PNG },
  ]);
  await expect(files(page)).toHaveCount(2);
  await expect(files(page).nth(0)).toContainText('360-rapport.pdf');
  await expect(files(page).nth(0)).toContainText('PDF · 1 kB');
  await expect(files(page).nth(1).locator('img.thumb')).toBeVisible();
  await expectSaved(page);
  await expectNoAxeViolations(page);
  const records = await storedAttachments(page);
  expect(records['360-rapport.pdf']).toMatchObject({ of: 'journal', media_type: 'application/pdf', size: PDF.length, sha256: sha256(PDF) });
  const kept = await storedFiles(page);
  expect(Buffer.from(kept[sha256(PDF)], 'base64').equals(PDF)).toBe(true);
  expect(Buffer.from(kept[sha256(PNG)], 'base64').equals(PNG)).toBe(true);
  await page.reload();
  await expect(files(page)).toHaveCount(2);
});

test('the portfolio shows how many files an entry has and filters on having them', async ({ page }) => {
  const app = await newReflection(page, 'Met bijlage');
  await page.getByLabel('Bestanden toevoegen').setInputFiles({ name: 'a.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(files(page)).toHaveCount(1);
  await app.goto('/portfolio');
  await page.getByRole('button', { name: 'Nieuwe actie' }).click();
  await page.getByLabel('Wat ga ik doen?').fill('Zonder bijlage');
  await app.goto('/portfolio');
  await expect(page.locator('.entry')).toHaveCount(2);
  await expect(page.locator('.entry', { hasText: 'Met bijlage' })).toContainText('1 bijlage');
  const panel = page.locator('details.filter-panel');
  if (!(await panel.evaluate((d) => d.open))) await panel.locator('summary').click();
  await page.getByLabel('Alleen met bijlagen').check();
  await expect(page.locator('.entry')).toHaveCount(1);
  await expect(page.locator('.entry')).toContainText('Met bijlage');
  await expectNoAxeViolations(page);
});

test.describe(() => {
  // Only so that the test can read the opened tab's bytes back (the CSP allows no fetch of blob:).
  test.use({ bypassCSP: true });
test('a PDF opens in a new tab as itself; an HTML file is only downloaded, never shown', async ({ page, context }) => {
  await newReflection(page);
  const html = Buffer.from('<script>document.title = "uitgevoerd"</script><h1>Hallo</h1>');
  await page.getByLabel('Bestanden toevoegen').setInputFiles([
    { name: 'rapport.pdf', mimeType: 'application/pdf', buffer: PDF },
    { name: 'pagina.html', mimeType: 'text/html', buffer: html },
  ]);
  await expect(files(page)).toHaveCount(2);
  const [tab] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'rapport.pdf (opent in een nieuw tabblad)' }).click()]);
  expect(tab.url()).toMatch(/^blob:/);
  const shown = await page.evaluate((url) => fetch(url).then(async (r) => [r.headers.get('content-type'), [...new Uint8Array(await r.arrayBuffer())]]), tab.url());
  expect(shown[0]).toBe('application/pdf');
  expect(Buffer.from(shown[1]).equals(PDF)).toBe(true);
  await tab.close();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'pagina.html (wordt gedownload)' }).click()]);
  expect(download.suggestedFilename()).toBe('pagina.html');
  expect(Buffer.concat(await (await download.createReadStream()).toArray()).equals(html)).toBe(true);
  expect(context.pages()).toHaveLength(1);
});
});

test('the same file attached twice to one entry is kept once, and said so', async ({ page }) => {
  await newReflection(page);
  await page.getByLabel('Bestanden toevoegen').setInputFiles({ name: 'rapport.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(files(page)).toHaveCount(1);
  await page.getByLabel('Bestanden toevoegen').setInputFiles({ name: 'kopie van rapport.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(page.getByRole('alert').filter({ hasText: '‘kopie van rapport.pdf’ is hier al toegevoegd (hetzelfde bestand), dus niet nog een keer.' })).toBeVisible();
  await expect(files(page)).toHaveCount(1);
  await expectSaved(page);
  expect(Object.keys(await storedAttachments(page))).toEqual(['rapport.pdf']);
});

test('a file over 25 MB is refused in words and nothing is written', async ({ page }) => {
  await newReflection(page);
  await expectSaved(page);
  await page.getByLabel('Bestanden toevoegen').setInputFiles({ name: 'video.mp4', mimeType: 'video/mp4', buffer: Buffer.alloc(25_000_001) });
  await expect(page.getByRole('alert').filter({ hasText: '‘video.mp4’ is groter dan 25 MB en is niet toegevoegd' })).toBeVisible();
  await expect(files(page)).toHaveCount(0);
  expect(await storedAttachments(page)).toEqual({});
  expect(await storedFiles(page)).toEqual({});
  await expectNoAxeViolations(page);
});

test('a file is renamed keeping its extension, and a removed file comes back with undo', async ({ page }) => {
  await newReflection(page);
  await page.getByLabel('Bestanden toevoegen').setInputFiles({ name: 'scan 001.pdf', mimeType: 'application/pdf', buffer: PDF });
  await page.getByRole('button', { name: 'Naam wijzigen scan 001.pdf' }).click();
  // Focus goes into the name, with the part before the extension selected.
  await expect(page.getByLabel('Nieuwe naam')).toBeFocused();
  expect(await page.getByLabel('Nieuwe naam').evaluate((i) => i.value.slice(i.selectionStart, i.selectionEnd))).toBe('scan 001');
  await page.getByLabel('Nieuwe naam').fill('360-rapport <b>team</b>');
  await page.getByRole('button', { name: 'Naam opslaan' }).click();
  await expect(page.getByRole('button', { name: /^Naam wijzigen 360-rapport/ })).toBeFocused();
  // Text, never markup: the characters a file name cannot hold become underscores.
  await expect(files(page)).toContainText('360-rapport _b_team__b_.pdf');
  await expect(files(page).locator('b')).toHaveCount(0);
  await expectSaved(page);
  expect(Object.keys(await storedAttachments(page))).toEqual(['360-rapport _b_team__b_.pdf']);
  await page.getByRole('button', { name: /Verwijderen 360-rapport/ }).click();
  await expect(files(page)).toHaveCount(0);
  // Said in the section itself, where the participant is looking, and only there.
  await expect(page.locator('.attachments [role="status"]')).toContainText('Bijlage ‘360-rapport _b_team__b_.pdf’ verwijderd.');
  await expect(page.locator('#undo-notice')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Ongedaan maken' })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(files(page)).toHaveCount(1);
  await expect(page.getByLabel('Bestanden toevoegen')).toBeFocused();
  await expectSaved(page);
  expect(Object.keys(await storedAttachments(page))).toHaveLength(1);
});

test('deleting an entry takes its files along, and undo brings both back', async ({ page }) => {
  const app = await newReflection(page, 'Weg ermee');
  await page.getByLabel('Bestanden toevoegen').setInputFiles({ name: 'a.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(files(page)).toHaveCount(1);
  page.once('dialog', (d) => d.accept());
  await page.locator('.entry-actions').getByRole('button', { name: 'Verwijderen' }).click();
  await expect(app.heading).toHaveText('Mijn portfolio');
  await expectSaved(page);
  expect(await storedAttachments(page)).toEqual({});
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(page.locator('.entry', { hasText: 'Weg ermee' })).toContainText('1 bijlage');
  await expectSaved(page);
  expect(Object.keys(await storedAttachments(page))).toEqual(['a.pdf']);
});

test('a rating takes a file as evidence beside its explanation', async ({ page }) => {
  const app = new Leerpad(page);
  await new Onboarding(page).complete({ programme: 'BLG' });
  await seedRecords(page, { 'moment:m1': momentRecord({ name: 'Nulmeting', date: '2026-09-07', created: 1, goals: ['blg.m1.g1'], levels: [2] }) });
  await app.goto('/zelfbeoordeling/m1');
  const goal = page.locator('.goal-rating').first();
  await goal.getByLabel('Bijlage toevoegen').setInputFiles({ name: 'feedback collega.png', mimeType: 'image/png', buffer: PNG });
  await expect(goal.locator('.file')).toContainText('feedback collega.png');
  await expectSaved(page);
  expect((await storedAttachments(page))['feedback collega.png']).toMatchObject({ of: 'rating', of_id: 'm1', goal: 'blg.m1.g1' });
  await expectNoAxeViolations(page);
});

test('the report lists a shared item’s files, and the downloaded file holds its photos when asked', async ({ page }) => {
  const app = await newReflection(page, 'Gedeelde reflectie');
  await page.getByLabel('Delen met leidinggevende').check();
  await page.getByLabel('Bestanden toevoegen').setInputFiles([
    { name: 'rapport.pdf', mimeType: 'application/pdf', buffer: PDF },
    { name: 'flip-over.png', mimeType: 'image/png', buffer: PNG },
    { name: 'vertrouwelijk.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 vertrouwelijk') },
  ]);
  await expect(files(page)).toHaveCount(3);
  await page.getByRole('checkbox', { name: 'Niet delen vertrouwelijk.pdf' }).check();
  await expectSaved(page);
  await app.goto('/verslag');
  const preview = page.locator('.report-preview');
  await expect(preview.locator('.r-files li')).toHaveCount(2);
  await expect(preview.locator('.r-files')).toContainText('rapport.pdf (PDF, 1 kB,');
  await expect(preview.locator('.r-files')).toContainText('Deze bestanden stuurt de deelnemer apart mee.');
  await expect(preview).not.toContainText('vertrouwelijk.pdf');
  await expectNoAxeViolations(page);
  const option = page.getByLabel(/Gedeelde foto’s opnemen in het HTML-bestand/);
  await expect(option).not.toBeChecked();
  const plain = await download(page, page.getByRole('button', { name: 'Downloaden als HTML-bestand' }));
  expect(plain.text).not.toContain('<img');
  await option.check();
  const full = await download(page, page.getByRole('button', { name: 'Downloaden als HTML-bestand' }));
  expect(full.text).toContain(`<img class="r-image" src="data:image/png;base64,${PNG.toString('base64')}" alt="flip-over.png">`);
});

test('a kept file that nothing names any more is removed a day after it was kept; a named one stays', async ({ page }) => {
  const app = new Leerpad(page);
  await new Onboarding(page).complete({ programme: 'BLG' });
  const [named, orphan] = [sha256(PDF), sha256(PNG)];
  await seedRecords(page, { 'file:f1': { id: 'f1', of: 'why', name: 'a.pdf', media_type: 'application/pdf', size: PDF.length, sha256: named, crc32: 0 } });
  await page.evaluate(`new Promise((resolve) => { const r = indexedDB.open('leerpad'); r.onsuccess = () => {
    const tx = r.result.transaction('files', 'readwrite');
    for (const sha of ${JSON.stringify([named, orphan])}) tx.objectStore('files').put({ blob: new Blob(['x']), kept: 0 }, sha);
    tx.oncomplete = () => { r.result.close(); resolve(); }; }; })`);
  await app.goto('/portfolio/why');
  // Tidied once the page has been quiet for a while.
  await expect.poll(async () => Object.keys(await storedFiles(page)), { timeout: 20_000 }).toEqual([named]);
});
