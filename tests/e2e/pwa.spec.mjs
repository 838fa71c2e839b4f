import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, renameSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect, Leerpad, Onboarding, download, expectNoAxeViolations, expectSaved, installStorageSwitch } from './leerpad.mjs';

test('the app is installable: a manifest with name, language, scope and icons', async ({ page, request }) => {
  const app = new Leerpad(page);
  await app.goto('/');
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');
  const response = await request.get('/manifest.webmanifest');
  expect(response.headers()['content-type']).toContain('application/manifest+json');
  const manifest = await response.json();
  expect(manifest).toMatchObject({ name: 'Leerpad', short_name: 'Leerpad', lang: 'nl', start_url: '/', scope: '/', display: 'standalone', theme_color: '#154273' });
  const sizes = manifest.icons.map((i) => `${i.sizes}${i.purpose ? ' ' + i.purpose : ''}`);
  expect(sizes).toEqual(['192x192', '512x512', '512x512 maskable']);
  for (const icon of manifest.icons) {
    const png = await request.get(icon.src);
    expect(png.status(), icon.src).toBe(200);
    expect(png.headers()['content-type']).toBe('image/png');
    const body = await png.body();
    const [w, h] = [body.readUInt32BE(16), body.readUInt32BE(20)];
    expect(`${w}x${h}`).toBe(icon.sizes);
  }
});

test('the header tells when the device goes offline and comes back', async ({ page, context }) => {
  const app = new Leerpad(page);
  await app.goto('/blg');
  const status = page.locator('.connection-status');
  await expect(status).toBeEmpty();
  await context.setOffline(true);
  await expect(status).toHaveText('Offline: je werk blijft op dit apparaat bewaard');
  await expect(status).toHaveAttribute('role', 'status');
  await expectNoAxeViolations(page);
  await context.setOffline(false);
  await expect(status).toHaveText('Weer online');
});

// ---------------------------------------------------------------------------------------------
// The service worker. These tests run their own nginx (the deployment configuration, like the
// shared server), so that "offline" can also mean "the server is gone" and so that a second build
// can be put in place of the first on the same origin.

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const DIST = join(repo, 'dist');
const DIST_NEXT = join(repo, 'target', 'dist-next');
// Each Playwright worker gets ports of its own, so that repeated runs never share a server.
const PORT = 4181 + 2 * Number(process.env.TEST_WORKER_INDEX ?? 0);

/** nginx serving `site` (a symlink to a build, so it can be swapped) on `port`. */
class Server {
  constructor(port, build) {
    this.port = port;
    this.origin = `http://127.0.0.1:${port}`;
    this.dir = mkdtempSync(join(tmpdir(), 'leerpad-site-'));
    this.site = join(this.dir, 'site');
    this.serve(build);
  }

  /** Publishes another build: from now on every request gets its files. */
  serve(build) {
    const link = join(this.dir, 'next-link');
    symlinkSync(build, link);
    renameSync(link, this.site);
  }

  /** Starts nginx, unless it is running. */
  async start() {
    if (this.process && this.process.exitCode === null) return;
    this.process = spawn('bash', [join(repo, 'scripts', 'serve-nginx.sh'), this.site, String(this.port)], { stdio: 'ignore' });
    await expect.poll(() => fetch(`${this.origin}/`).then((r) => r.status, () => 0), { timeout: 10_000 }).toBe(200);
  }

  async stop() {
    if (!this.process || this.process.exitCode !== null) return;
    const exited = new Promise((resolve) => this.process.once('exit', resolve));
    this.process.kill('SIGTERM');
    await exited;
    await expect.poll(() => fetch(`${this.origin}/`).then(() => 'up', () => 'down')).toBe('down');
  }
}

/** Waits until the service worker controls the page; returns the names of Leerpad's caches. */
async function expectControlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  return page.evaluate(async () => (await caches.keys()).filter((n) => n.startsWith('leerpad-')));
}

/** What the cache of this build holds, as paths. */
function cachedPaths(page, name) {
  return page.evaluate(async (n) => (await (await caches.open(n)).keys()).map((r) => new URL(r.url).pathname).sort(), name);
}

function buildFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    // The .br and .gz copies are what nginx sends for the same address, not files of their own.
    // Pre-rendered pages are for first visits from the network; the worker answers every
    // navigation with the app shell (index.html) instead.
    .filter((e) => e.isFile() && e.name !== 'sw.js' && !/\.(br|gz)$/.test(e.name))
    .filter((e) => e.name !== 'index.html' || (e.parentPath ?? e.path) === dir)
    .map((e) => '/' + relative(dir, join(e.parentPath ?? e.path, e.name)).split(sep).join('/'))
    .sort();
}

test.describe('offline, with the service worker', () => {
  const server = new Server(PORT, DIST);
  test.use({ baseURL: server.origin });
  test.afterAll(() => server.stop());

  /** A first visit that installs the worker, then the server goes away and the device offline. */
  async function goOffline(page, context) {
    const app = new Leerpad(page);
    await server.start();
    await new Onboarding(page).complete({ name: 'Ada Offline', programme: 'BLG' });
    await expectControlled(page);
    await server.stop();
    await context.setOffline(true);
    await page.reload();
    await expect(app.heading).toHaveText('Mijn leerpad');
    await expect(page.locator('.connection-status')).toHaveText('Offline: je werk blijft op dit apparaat bewaard');
    return app;
  }

  test('the first visit installs the worker with exactly the files of this build', async ({ page, context }) => {
    await server.start();
    await new Onboarding(page).complete({ programme: 'BLG' });
    const caches = await expectControlled(page);
    expect(caches).toHaveLength(1);
    // The list in sw.js matches dist/.
    expect(await cachedPaths(page, caches[0])).toEqual(buildFiles(DIST));
    // Chromium's own installability check: manifest, icons and worker pass. (Playwright's browser
    // contexts are off the record, which Chromium always reports; nothing else may be reported.)
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
    await cdp.detach();
  });

  test('without a network every route still opens', async ({ page, context }) => {
    // One cold start per route, by design: each is a navigation the worker must answer.
    test.slow();
    const app = await goOffline(page, context);
    for (const path of Leerpad.routes()) {
      await page.goto(path);
      await expect(app.heading, path).toBeVisible();
      await expect(page.locator('.site-header'), path).toContainText('Leerpad');
    }
    await page.goto('/blg/module/3');
    await expect(app.heading).toContainText('Ik en mijn team');
  });

  test('without a network an edit is saved and still there after a reload', async ({ page, context }) => {
    const app = await goOffline(page, context);
    await app.goto('/blg/module/3');
    await page.getByRole('group', { name: 'Mijn voortgang in deze module' }).getByLabel('Bezig').check();
    await expectSaved(page);
    await app.goto('/portfolio');
    await page.getByRole('button', { name: 'Nieuwe reflectie' }).click();
    await page.getByLabel('Titel').fill('Geschreven in de trein');
    await expectSaved(page);
    await page.reload();
    await expect(page.getByLabel('Titel')).toHaveValue('Geschreven in de trein');
    await app.goto('/blg');
    await expect(page.locator('ol.track > li').nth(2)).toContainText('Bezig');
    await expect(page.locator('.connection-status')).toHaveText('Offline: je werk blijft op dit apparaat bewaard');
  });
});

test.describe('a new version', () => {
  const server = new Server(PORT + 1, DIST);
  test.use({ baseURL: server.origin });
  test.beforeAll(() => {
    if (!existsSync(join(DIST_NEXT, 'index.html'))) {
      throw new Error('target/dist-next is missing: run scripts/build-next.sh (make test does)');
    }
  });
  test.afterAll(() => server.stop());

  test('waits for the participant, saves pending work first, then shows the new content with all data', async ({ page }) => {
    const app = new Leerpad(page);
    server.serve(DIST);
    await server.start();
    await installStorageSwitch(page);
    await new Onboarding(page).complete({ name: 'Bram Bijwerken', programme: 'BLG' });
    const [before] = await expectControlled(page);
    await app.goto('/blg/module/1');
    await page.getByRole('group', { name: 'Mijn voortgang in deze module' }).getByLabel('Afgerond').check();
    await expectSaved(page);
    await expect(page.locator('main')).toContainText('Inzicht in je kracht als leider');
    await expect(page.locator('main')).not.toContainText('(bijgewerkt)');

    // The programme office publishes a new build; the participant comes back to the app.
    server.serve(DIST_NEXT);
    await page.reload();
    const banner = page.locator('#update-banner');
    await expect(banner).toContainText('Nieuwe versie beschikbaar');
    await expect(banner.getByRole('button', { name: 'Bijwerken' })).toBeVisible();
    await expectNoAxeViolations(page);
    await app.switchLanguage('English');
    await expect(banner).toContainText('New version available');
    await expect(banner.getByRole('button', { name: 'Update' })).toBeVisible();
    await app.switchLanguage('Nederlands');

    // Nothing switches by itself: after another reload the old version still runs, and offers the new one.
    await page.reload();
    await expect(app.heading).toBeVisible();
    await expect(page.locator('main')).not.toContainText('(bijgewerkt)');
    await expect(banner).toContainText('Nieuwe versie beschikbaar');

    // While an edit cannot be saved, the update waits and says why.
    await app.goto('/profiel');
    await page.evaluate(() => { window.__storageFull = true; });
    await page.getByLabel('Naam', { exact: true }).fill('Bram, niet opgeslagen');
    await banner.getByRole('button', { name: 'Bijwerken' }).click();
    await expect(banner).toContainText('Bijwerken kan pas als die veilig bewaard is');
    await expect(page.locator('#save-error')).toContainText('opslagruimte van je browser is vol');
    await expect(app.heading).toHaveText('Mijn profiel');
    await expect(page.getByLabel('Naam', { exact: true })).toHaveValue('Bram, niet opgeslagen');
    await expectNoAxeViolations(page);
    await page.evaluate(() => { window.__storageFull = false; });

    // A second tab offers the update too.
    const other = await page.context().newPage();
    await other.goto('/blg/module/1');
    await expect(other.locator('#update-banner')).toContainText('Nieuwe versie beschikbaar');

    // An edit still waiting for its (debounced) save, then at once the click.
    await page.getByLabel('Naam', { exact: true }).fill('Bram na de update');
    await Promise.all([page.waitForEvent('framenavigated'), banner.getByRole('button', { name: 'Bijwerken' }).click()]);

    await expect(app.heading).toHaveText('Mijn profiel');
    await expect(page.getByLabel('Naam', { exact: true })).toHaveValue('Bram na de update');
    await expect(page.locator('#update-banner')).toHaveCount(0);
    await app.goto('/blg/module/1');
    await expect(page.locator('main')).toContainText('Inzicht in je kracht als leider (bijgewerkt)');
    await expect(page.getByRole('group', { name: 'Mijn voortgang in deze module' }).getByLabel('Afgerond')).toBeChecked();
    const after = await expectControlled(page);
    expect(after).toHaveLength(1);
    expect(after[0]).not.toBe(before);
    expect(await cachedPaths(page, after[0])).toEqual(buildFiles(DIST_NEXT));

    // The other tab still runs the old version: it says so, and switches when asked.
    const otherBanner = other.locator('#update-banner');
    await expect(otherBanner).toContainText('Leerpad is in een ander tabblad bijgewerkt');
    await expectNoAxeViolations(other);
    await Promise.all([other.waitForEvent('framenavigated'), otherBanner.getByRole('button', { name: 'Pagina vernieuwen' }).click()]);
    await expect(other.locator('main')).toContainText('Inzicht in je kracht als leider (bijgewerkt)');
    await expect(otherBanner).toHaveCount(0);
  });
});

test('a whole journey sends no request to another origin', async ({ page, context, baseURL }) => {
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const app = new Leerpad(page);
  await new Onboarding(page).complete({ name: 'Cor Controle', programme: 'SMEC' });
  await expectControlled(page);
  for (const path of ['/smec', '/smec/module/2', '/blg/module/4', '/uitleg-schaal']) await app.goto(path);

  await app.goto('/zelfbeoordeling');
  await page.getByRole('button', { name: 'Meetmoment starten' }).click();
  await expect(app.heading).toHaveText('Nulmeting');
  await page.locator('main input[type="radio"]').first().check();
  await expectSaved(page);

  await app.goto('/portfolio');
  await page.getByRole('button', { name: 'Nieuwe actie' }).click();
  await page.getByLabel('Wat ga ik doen?').fill('Elke week één experiment');
  await expectSaved(page);
  await app.goto('/portfolio/why');
  await app.goto('/portfolio/360');
  await app.goto('/groei');
  await app.goto('/verslag');
  await download(page, page.getByRole('button', { name: 'Downloaden als HTML-bestand' }));
  await app.goto('/gegevens');
  await download(page, page.getByRole('button', { name: 'Back-up downloaden' }));
  await download(page, page.getByRole('button', { name: 'Scores downloaden als CSV' }));
  await app.switchLanguage('English');
  await app.goto('/profiel');

  expect(requests.length).toBeGreaterThan(5);
  const foreign = requests.filter((url) => !(url.startsWith(`${baseURL}/`) || url.startsWith(`blob:${baseURL}/`) || url.startsWith('data:')));
  expect(foreign).toEqual([]);
});
