// The portfolio in IndexedDB: the move from the localStorage of earlier builds, a database lost
// or full under the app, a newer Leerpad in another tab, the announced wait while a portfolio is
// read, and portfolios far beyond localStorage's 5 MB.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test, expect, Leerpad, Onboarding, clearSiteData, download, expectNoAxeViolations, expectSaved, generateReflections, localStorageItems, storedIn, storedRecords } from './leerpad.mjs';

/** What a build before the IndexedDB store kept in localStorage for tests/fixtures/portfolio/v1.json
 *  (checked against that build's record writer in tests/migrations.rs). */
const OLD = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/local-storage/v1.json'), 'utf8'));
const records = (items) => Object.fromEntries(Object.entries(items).filter(([k]) => k.startsWith('leerpad:')));

/** Puts `items` into localStorage on a page of the site that has no app (a 404), as an earlier
 *  build left it, before Leerpad starts. */
async function earlierBuildLeft(page, items) {
  await page.goto('/bench-setup.txt');
  await page.evaluate((items) => { for (const [k, v] of Object.entries(items)) localStorage.setItem(k, v); }, items);
}

test('a portfolio kept in localStorage by an earlier build is moved on the first start, without loss', async ({ page }) => {
  const app = new Leerpad(page);
  await earlierBuildLeft(page, OLD);
  await app.goto('/');
  await expect(page.getByText('Welkom terug, Fatima el Amrani.')).toBeVisible();
  expect(await storedRecords(page)).toEqual(records(OLD));
  expect(Object.keys(await storedIn(page, 'previous'))).toEqual(['leerpad:profile']);
  expect(await storedIn(page, 'kept')).toHaveProperty('before-restore', OLD['leerpad.before-restore']);
  // Only the language, the hint for the first paint and the marker that tells an older build
  // still open elsewhere to stand still remain.
  expect(await localStorageItems(page)).toEqual({
    'leerpad.locale': '"nl"',
    'leerpad.returning': '1',
    'leerpad:meta': '{"moved_to":"indexeddb","schema":2}',
  });
  // The restore point came along: the data from before the last restore can still come back.
  await app.goto('/gegevens');
  await expect(page.locator('#restore-point')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Back-upbestand kiezen')).toBeAttached();
  expect(await storedRecords(page)).toEqual(records(OLD));
});

test('a large portfolio of an earlier build (over 4 MB) is moved whole', async ({ page }) => {
  test.slow();
  const app = new Leerpad(page);
  const large = { 'leerpad:meta': '{"schema":1}', 'leerpad:profile': JSON.stringify({ name: 'Groot', programme: 'blg' }) };
  const body = 'Wat gebeurde er, wat leerde ik en wat ga ik anders doen. '.repeat(20);
  for (let i = 0; i < 3500; i++) {
    large[`leerpad:journal:j-${String(i).padStart(4, '0')}`] = JSON.stringify({ title: `Reflectie ${i}`, body, created: i, updated: i });
  }
  const bytes = Object.entries(large).reduce((n, [k, v]) => n + k.length + v.length, 0);
  expect(bytes).toBeGreaterThan(4_000_000);
  await earlierBuildLeft(page, large);
  await app.goto('/');
  await expect(page.locator('.counts')).toHaveText('3500 reflecties', { timeout: 30_000 });
  const stored = await storedRecords(page);
  expect(Object.keys(stored)).toHaveLength(Object.keys(large).length);
  expect(stored).toEqual(large);
  expect(Object.keys(await localStorageItems(page)).sort()).toEqual(['leerpad.returning', 'leerpad:meta']);
});

test('damaged records of an earlier build are moved as they are and open the recovery page', async ({ page }) => {
  const app = new Leerpad(page);
  await earlierBuildLeft(page, { ...OLD, 'leerpad:profile': '{"name": "Fatima", kapot' });
  await app.goto('/');
  await expect(app.heading).toHaveText('Je gegevens konden niet worden gelezen');
  expect((await storedRecords(page))['leerpad:profile']).toBe('{"name": "Fatima", kapot');
  // The previous version came along, so the damage can be repaired.
  await page.getByRole('button', { name: 'Vorige versie terugzetten' }).click();
  await expect(app.heading).toHaveText('Mijn leerpad');
  await expect(page.getByText('Welkom terug, Fatima el Amrani.')).toBeVisible();
});

test('a database lost under the app (site data cleared) keeps the work on screen, and a retry stores it all again', async ({ page }) => {
  const app = new Leerpad(page);
  await new Onboarding(page).complete({ name: 'Voor', programme: 'BLG' });
  await app.goto('/blg/module/1');
  await page.getByLabel('Afgerond').check();
  await expectSaved(page);
  await app.goto('/profiel');
  await clearSiteData(page);
  await page.getByLabel('Naam', { exact: true }).fill('Na het wissen');
  const alert = page.locator('#save-error');
  await expect(alert).toContainText('websitegegevens zijn gewist');
  await expect(page.getByLabel('Naam', { exact: true })).toHaveValue('Na het wissen');
  await expectNoAxeViolations(page);
  await alert.getByRole('button', { name: 'Opnieuw proberen' }).click();
  await expectSaved(page);
  await expect(alert).toBeHidden();
  await page.reload();
  await expect(page.getByLabel('Naam', { exact: true })).toHaveValue('Na het wissen');
  await app.goto('/');
  await expect(page.getByText('1 van 5 modules afgerond')).toBeVisible();
});

test('a full disk: the quota error is said in words, the edit stays, and it is saved once there is room', async ({ page }) => {
  const app = new Leerpad(page);
  // The browser's own quota for the site, made small (Chrome DevTools Protocol) before Leerpad
  // opens its database: room for a profile, not for 90,000 characters more.
  await page.goto('/bench-setup.txt');
  const cdp = await page.context().newCDPSession(page);
  const origin = new URL(page.url()).origin;
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 150_000 });
  await new Onboarding(page).complete({ name: 'Vol' });
  await app.goto('/profiel');
  await page.getByLabel('Functie of rol').fill('x'.repeat(90_000));
  const alert = page.locator('#save-error');
  await expect(alert).toContainText('opslagruimte van je browser is vol');
  await expect(page.getByLabel('Functie of rol')).toHaveValue('x'.repeat(90_000));
  expect(JSON.parse((await storedRecords(page))['leerpad:profile']).role).toBe('');
  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  await alert.getByRole('button', { name: 'Opnieuw proberen' }).click();
  await expectSaved(page);
  expect(JSON.parse((await storedRecords(page))['leerpad:profile']).role).toHaveLength(90_000);
});

test('a newer Leerpad opened in another tab gets the database: this tab saves what it had and asks for a reload', async ({ context }) => {
  const page = await context.newPage();
  const app = new Leerpad(page);
  await new Onboarding(page).complete({ name: 'Oud tabblad' });
  await app.goto('/profiel');
  const newer = await context.newPage();
  await newer.goto('/bench-setup.txt');
  // `blocked` may be fired while the older tab finishes a save; what counts is that it lets go.
  const version = await newer.evaluate(() => new Promise((resolve, reject) => {
    const r = indexedDB.open('leerpad', 2);
    r.onsuccess = () => { r.result.close(); resolve(r.result.version); };
    r.onerror = () => reject(r.error);
  }));
  expect(version).toBe(2);
  const notice = page.locator('#superseded-notice');
  await expect(notice).toContainText('nieuwere versie van Leerpad');
  await expect(page.getByLabel('Naam', { exact: true })).toBeDisabled();
  await expectNoAxeViolations(page);
  await notice.getByRole('button', { name: 'Pagina vernieuwen' }).click();
  await expect(page.getByLabel('Naam', { exact: true })).toHaveValue('Oud tabblad');
  await expect(page.getByLabel('Naam', { exact: true })).toBeEnabled();
});

test('pages that show the portfolio say they are loading it; content pages do not wait', async ({ page }) => {
  const app = new Leerpad(page);
  await new Onboarding(page).complete({ name: 'Geduld' });
  // A slow disk: opening the database takes three seconds.
  await page.addInitScript(() => {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (...args) {
      const request = open.apply(this, args);
      const success = Object.getOwnPropertyDescriptor(IDBRequest.prototype, 'onsuccess');
      Object.defineProperty(request, 'onsuccess', {
        set(handler) { success.set.call(this, (event) => setTimeout(() => handler(event), 3000)); },
        get() { return success.get.call(this); },
      });
      return request;
    };
  });
  await page.goto('/');
  const waiting = page.getByRole('status').filter({ hasText: 'Je gegevens worden geladen…' });
  await expect(waiting).toBeVisible();
  await expect(page.locator('.counts')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await expect(page.getByText('Welkom terug, Geduld.').or(page.getByText('Welkom, Geduld.'))).toBeVisible({ timeout: 10_000 });
  await page.goto('/blg/module/2');
  await expect(app.goals.first()).toBeVisible();
  await expect(waiting).toHaveCount(0);
});

test('a portfolio of 20 MB, four times what localStorage held, saves, reloads, backs up and restores', async ({ page }) => {
  test.slow();
  const app = new Leerpad(page);
  await new Onboarding(page).complete({ name: 'Veel', programme: 'BLG' });
  await generateReflections(page, 16_000, 1_300);
  await page.reload();
  await expect(page.locator('.counts')).toHaveText('16000 reflecties', { timeout: 30_000 });
  // A save at this size.
  await app.goto('/profiel');
  await page.getByLabel('Functie of rol').fill('Teamleider');
  await expectSaved(page);

  await app.goto('/gegevens');
  const backup = await download(page, page.getByRole('button', { name: 'Back-up downloaden' }));
  expect(backup.text.length).toBeGreaterThan(20_000_000);
  expect(Object.keys(JSON.parse(backup.text).portfolio.journal)).toHaveLength(16_000);
  const path = join(mkdtempSync(join(tmpdir(), 'leerpad-')), backup.name);
  writeFileSync(path, backup.text);

  await clearSiteData(page);
  await app.goto('/');
  await expect(app.heading).toHaveText('Welkom bij Leerpad');
  await app.goto('/gegevens');
  await page.getByLabel('Back-upbestand kiezen').setInputFiles(path);
  await expect(page.locator('#restore-preview')).toContainText('16000 reflecties', { timeout: 60_000 });
  await page.getByRole('button', { name: 'Vervangen' }).click();
  await expect(page.locator('#restore-done')).toBeVisible({ timeout: 60_000 });
  await page.reload();
  await app.goto('/');
  await expect(page.locator('.counts')).toHaveText('16000 reflecties', { timeout: 30_000 });
  await app.goto('/profiel');
  await expect(page.getByLabel('Functie of rol')).toHaveValue('Teamleider');
});

test('a backup file larger than the room the browser still gives is refused before it is read', async ({ page }) => {
  const app = new Leerpad(page);
  // A device with 1 MB of room left, as the browser estimates it.
  await page.addInitScript(() => {
    navigator.storage.estimate = async () => ({ usage: 1_000_000, quota: 2_000_000 });
  });
  await new Onboarding(page).complete({ name: 'Krap' });
  await app.goto('/gegevens');
  const before = await storedRecords(page);
  await page.getByLabel('Back-upbestand kiezen').setInputFiles({ name: 'groot.json', mimeType: 'application/json', buffer: Buffer.alloc(3_000_000, 32) });
  const error = page.locator('#restore-error');
  await expect(error).toContainText('Dit bestand (3,0 MB) past niet in de ruimte die je browser Leerpad nog geeft (1,0 MB).');
  await expect(error).toContainText('Je huidige gegevens zijn niet veranderd.');
  expect(await storedRecords(page)).toEqual(before);
  await expectNoAxeViolations(page);
});
