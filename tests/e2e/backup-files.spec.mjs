// The backup with files: one zip with portfolio.json and every attached file, restored whole or
// refused whole.
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, Leerpad, Onboarding, clearSiteData, downloadBytes, expectNoAxeViolations, expectSaved, storedFiles, storedRecords, unzip } from './leerpad.mjs';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAYAAABytg0kAAAAFklEQVR4nGNkYGD4z8DAwMDAwMDAAAAOAAEBsWBdVgAAAABJRU5ErkJggg==', 'base64');
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** A reflection with a PDF and a photo, and its backup downloaded from /gegevens. */
async function backupWithFiles(page) {
  const app = new Leerpad(page);
  await new Onboarding(page).complete({ name: 'Sanne', programme: 'BLG' });
  await app.goto('/portfolio');
  await page.getByRole('button', { name: 'Nieuwe reflectie' }).click();
  await page.getByLabel('Titel').fill('Terugblik');
  await page.getByLabel('Bestanden toevoegen').setInputFiles([
    { name: '360-rapport.pdf', mimeType: 'application/pdf', buffer: PDF },
    { name: 'flip-over.png', mimeType: 'image/png', buffer: PNG },
  ]);
  await expect(page.locator('.attachments .file')).toHaveCount(2);
  await expectSaved(page);
  await app.goto('/gegevens');
  const backup = await downloadBytes(page, page.getByRole('button', { name: 'Back-up downloaden' }));
  // The date of this backup is stored too.
  await expect.poll(async () => JSON.parse((await storedRecords(page))['leerpad:settings']).last_backup).not.toBeNull();
  return { app, backup };
}

/** Writes `bytes` to a temporary file named `name`, for the file picker. */
function tempFile(name, bytes) {
  const path = join(mkdtempSync(join(tmpdir(), 'leerpad-')), name);
  writeFileSync(path, bytes);
  return path;
}

test('a backup with files is one zip that any computer opens: portfolio.json and each file once', async ({ page }) => {
  const { backup } = await backupWithFiles(page);
  expect(backup.name).toMatch(/^leerpad-backup-\d{4}-\d{2}-\d{2}\.zip$/);
  const entries = unzip(backup.bytes);
  const names = Object.keys(entries);
  expect(names).toEqual(['portfolio.json', `files/${sha256(PDF).slice(0, 12)}-360-rapport.pdf`, `files/${sha256(PNG).slice(0, 12)}-flip-over.png`]);
  expect(entries[names[1]].equals(PDF)).toBe(true);
  expect(entries[names[2]].equals(PNG)).toBe(true);
  const json = JSON.parse(entries['portfolio.json'].toString('utf8'));
  expect(json.format).toBe('leerpad-backup');
  expect(json.files[sha256(PDF)]).toBe(names[1]);
  expect(Object.values(json.portfolio.attachments).map((a) => a.name).sort()).toEqual(['360-rapport.pdf', 'flip-over.png']);
});

test('back up, clear the site, restore: the files come back byte for byte', async ({ page }) => {
  const { app, backup } = await backupWithFiles(page);
  const before = await storedRecords(page);
  const path = tempFile(backup.name, backup.bytes);
  await clearSiteData(page);
  await app.goto('/gegevens');
  await page.getByLabel('Back-upbestand kiezen').setInputFiles(path);
  await expect(page.locator('#restore-preview')).toContainText('2 bijlagen (1 kB)');
  // Kinds the backup has none of are not listed.
  await expect(page.locator('#restore-preview')).not.toContainText('360-feedback: 0');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Vervangen' }).click();
  await expect(page.locator('#restore-done')).toHaveText('De back-up is teruggezet.');
  await expectSaved(page);
  const files = await storedFiles(page);
  expect(Buffer.from(files[sha256(PDF)], 'base64').equals(PDF)).toBe(true);
  expect(Buffer.from(files[sha256(PNG)], 'base64').equals(PNG)).toBe(true);
  const after = await storedRecords(page);
  const attachments = (records) => Object.fromEntries(Object.entries(records).filter(([k]) => k.startsWith('leerpad:file:')));
  expect(attachments(after)).toEqual(attachments(before));
  await app.goto('/portfolio');
  await expect(page.locator('.entry', { hasText: 'Terugblik' })).toContainText('2 bijlagen');
});

test('merging a backup with files into a portfolio keeps both and their files', async ({ page }) => {
  const { app, backup } = await backupWithFiles(page);
  const path = tempFile(backup.name, backup.bytes);
  await clearSiteData(page);
  await new Onboarding(page).complete({ name: 'Sanne', programme: 'BLG' });
  await app.goto('/portfolio');
  await page.getByRole('button', { name: 'Nieuwe reflectie' }).click();
  await page.getByLabel('Titel').fill('Hier gemaakt');
  await page.getByLabel('Bestanden toevoegen').setInputFiles({ name: 'eigen.txt', mimeType: 'text/plain', buffer: Buffer.from('eigen') });
  await expect(page.locator('.attachments .file')).toHaveCount(1);
  await app.goto('/gegevens');
  await page.getByLabel('Back-upbestand kiezen').setInputFiles(path);
  await page.getByRole('button', { name: 'Samenvoegen' }).click();
  await expect(page.locator('#restore-done')).toBeVisible();
  await expectSaved(page);
  expect(Object.keys(await storedFiles(page)).sort()).toEqual([sha256(PDF), sha256(PNG), sha256(Buffer.from('eigen'))].sort());
});

/** The zip with `change` made to its bytes, restored: refused with `message`, nothing changed. */
async function refused(page, change, message) {
  const { app, backup } = await backupWithFiles(page);
  const before = await storedRecords(page);
  const bytes = Buffer.from(backup.bytes);
  const path = tempFile('leerpad-backup.zip', change(bytes));
  await app.goto('/gegevens');
  await page.getByLabel('Back-upbestand kiezen').setInputFiles(path);
  await expect(page.locator('#restore-error')).toContainText(message);
  await expect(page.locator('#restore-error')).toContainText('Je huidige gegevens zijn niet veranderd.');
  expect(await storedRecords(page)).toEqual(before);
}

test('a backup whose file was changed after it was made is refused, and nothing changes', async ({ page }) => {
  // One byte of the PDF, inside the archive: its size and the archive stay whole.
  await refused(page, (bytes) => {
    const at = bytes.indexOf('/Catalog');
    bytes[at + 1] = 'K'.charCodeAt(0);
    return bytes;
  }, 'Een bijlage in deze back-up is na het maken veranderd of beschadigd.');
});

test('a backup cut off halfway is refused, and nothing changes', async ({ page }) => {
  await refused(page, (bytes) => bytes.subarray(0, bytes.length - 40), 'Dit bestand is niet compleet');
});

test('a backup with a name that points out of its folder is refused, and nothing changes', async ({ page }) => {
  // The name of the PNG's entry turned into a path out of the folder, in both headers.
  await refused(page, (bytes) => {
    const name = Buffer.from(`files/${sha256(PNG).slice(0, 12)}-flip-over.png`);
    const evil = Buffer.from(`../../${sha256(PNG).slice(0, 12)}-flip-over.png`.padEnd(name.length, '_').slice(0, name.length));
    for (let at = bytes.indexOf(name); at >= 0; at = bytes.indexOf(name, at + 1)) evil.copy(bytes, at);
    return bytes;
  }, 'Dit zip-bestand is geen back-up zoals Leerpad die maakt');
});

const BACKUP_PASSPHRASE = 'een lange zin als sleutel';

test('an encrypted backup with files restores only with its passphrase, whole and byte for byte', async ({ page }) => {
  const { app } = await backupWithFiles(page);
  await page.getByLabel('Versleutelen met een wachtwoordzin').check();
  await expect(page.getByText('Er is geen herstel mogelijk')).toBeVisible();
  await page.getByLabel('Wachtwoordzin', { exact: true }).fill(BACKUP_PASSPHRASE);
  await page.getByLabel('Wachtwoordzin nog een keer').fill(BACKUP_PASSPHRASE);
  await expectNoAxeViolations(page);
  const sealed = await downloadBytes(page, page.getByRole('button', { name: 'Back-up downloaden' }));
  expect(sealed.name).toMatch(/^leerpad-backup-\d{4}-\d{2}-\d{2}-versleuteld\.leerpad$/);
  expect(sealed.bytes.subarray(0, 20).toString('latin1')).toBe('LEERPAD-VERSLEUTELD\n');
  expect(sealed.bytes.includes(Buffer.from('Terugblik'))).toBe(false);
  expect(sealed.bytes.includes(PDF.subarray(0, 30))).toBe(false);

  await clearSiteData(page);
  await app.goto('/gegevens');
  await page.getByLabel('Back-upbestand kiezen').setInputFiles(tempFile(sealed.name, sealed.bytes));
  await expect(page.locator('#restore-locked')).toContainText('Deze back-up is versleuteld');
  await page.locator('#restore-passphrase').fill('een andere zin als sleutel');
  await page.getByRole('button', { name: 'Openen' }).click();
  await expect(page.locator('#restore-passphrase-error')).toContainText('Met deze wachtwoordzin gaat het bestand niet open');
  expect(await storedRecords(page)).toEqual({});
  await page.locator('#restore-passphrase').fill(BACKUP_PASSPHRASE);
  await page.getByRole('button', { name: 'Openen' }).click();
  await expect(page.locator('#restore-preview')).toContainText('2 bijlagen (1 kB)');
  await page.getByRole('button', { name: 'Vervangen' }).click();
  await expect(page.locator('#restore-done')).toHaveText('De back-up is teruggezet.');
  await expectSaved(page);
  const files = await storedFiles(page);
  expect(Buffer.from(files[sha256(PDF)], 'base64').equals(PDF)).toBe(true);
  expect(Buffer.from(files[sha256(PNG)], 'base64').equals(PNG)).toBe(true);
});

test('an encrypted backup of a newer version or with a damaged header is refused in its own words', async ({ page }) => {
  const { app } = await backupWithFiles(page);
  await page.getByLabel('Versleutelen met een wachtwoordzin').check();
  await page.getByLabel('Wachtwoordzin', { exact: true }).fill(BACKUP_PASSPHRASE);
  await page.getByLabel('Wachtwoordzin nog een keer').fill(BACKUP_PASSPHRASE);
  const sealed = await downloadBytes(page, page.getByRole('button', { name: 'Back-up downloaden' }));
  const text = sealed.bytes.toString('latin1');
  // The date of this backup is stored first.
  await expect.poll(async () => JSON.parse((await storedRecords(page))['leerpad:settings']).last_backup).not.toBeNull();
  await expectSaved(page);
  const before = await storedRecords(page);
  await app.goto('/gegevens');
  for (const [change, words] of [
    [(t) => t.replace('"version":1', '"version":2'), 'nieuwere versie van Leerpad'],
    [(t) => t.replace(/"salt":"[^"]+"/, '"salt":"kapot"'), 'Dit versleutelde bestand is beschadigd'],
  ]) {
    await page.getByLabel('Back-upbestand kiezen').setInputFiles(tempFile(sealed.name, Buffer.from(change(text), 'latin1')));
    await page.locator('#restore-passphrase').fill(BACKUP_PASSPHRASE);
    await page.getByRole('button', { name: 'Openen' }).click();
    await expect(page.locator('#restore-passphrase-error')).toContainText(words);
  }
  expect(await storedRecords(page)).toEqual(before);
});
