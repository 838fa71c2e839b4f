// dist/ as nginx serves it with deploy/nginx.conf: the pre-compressed copies the build writes, and
// the pre-rendered content pages a first visit paints before the app has loaded.
import { readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect, Leerpad, Onboarding, expectNoAxeViolations } from './leerpad.mjs';

const dist = resolve(import.meta.dirname, '../../dist');
const wasm = readdirSync(dist).find((f) => f.endsWith('.wasm'));

test('the module is sent as the build’s own brotli file, and as gzip to browsers without brotli', async ({ request }) => {
  const br = await request.get(`/${wasm}`, { headers: { 'accept-encoding': 'br, gzip' } });
  expect(br.headers()['content-encoding']).toBe('br');
  expect(Number(br.headers()['content-length'])).toBe(statSync(resolve(dist, `${wasm}.br`)).size);
  expect(br.headers()['content-type']).toBe('application/wasm');
  const gz = await request.get(`/${wasm}`, { headers: { 'accept-encoding': 'gzip' } });
  expect(gz.headers()['content-encoding']).toBe('gzip');
  expect(Number(gz.headers()['content-length'])).toBe(statSync(resolve(dist, `${wasm}.gz`)).size);
});

test('a deep link gets index.html compressed too', async ({ request }) => {
  const page = await request.get('/blg/module/3', { headers: { 'accept-encoding': 'br' } });
  expect(page.headers()['content-encoding']).toBe('br');
  expect(await page.text()).toContain('<html');
});

test.describe('before the app has loaded', () => {
  // The app's scripts never arrive: what shows is the static HTML alone.
  test.use({ waitForApp: false });
  test.beforeEach(async ({ page }) => {
    await page.route(/\.(js|wasm)$/, (route) => route.abort());
  });

  test('a module page is already complete and accessible as static HTML', async ({ page }) => {
    await page.goto('/blg/module/3');
    await expect(page.locator('main h1')).toHaveText('Module 3: Ik en mijn team');
    await expect(page.locator('main ol.goal-list > li')).toHaveCount(6);
    await expect(page).toHaveTitle(/Module 3 – BLG/);
    await expectNoAxeViolations(page);
  });

  test('the home page is the welcome of a first visit; other addresses get the plain app shell', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('main h1')).toHaveText('Welkom bij Leerpad');
    await page.goto('/portfolio');
    await expect(page.locator('main')).toHaveCount(0);
  });
});

test('the app takes a pre-rendered page over without showing anything twice', async ({ page }) => {
  const app = new Leerpad(page);
  await app.goto('/smec/module/2');
  await expect(page.locator('[data-prerendered]')).toHaveCount(0);
  await expect(page.locator('main')).toHaveCount(1);
  await expect(page.locator('h1')).toHaveCount(1);
  // It is the live app now: the status can be set.
  await page.getByLabel('Bezig').check();
  await expect(page.getByLabel('Bezig')).toBeChecked();
});

test.describe('a static page before the app has loaded', () => {
  // Without the service worker, which would answer with the app shell instead.
  test.use({ waitForApp: false, serviceWorkers: 'block' });

  test('someone returning does not see the welcome meant for a first visit while the app loads', async ({ page }) => {
    // The app notes for the start script that this device holds a portfolio.
    await new Onboarding(page).complete({ name: 'Terug' });
    await page.route(/\.wasm$/, (route) => route.abort());
    await page.goto('/');
    await expect(page.locator('html')).toHaveClass(/returning/);
    await expect(page.getByRole('heading', { name: 'Welkom bij Leerpad' })).toBeHidden();
  });

  test('offers no control that would do nothing', async ({ page }) => {
    await page.route(/\.(js|wasm)$/, (route) => route.abort());
    await page.goto('/blg/module/3');
    const controls = page.locator('main button, main input, header button');
    expect(await controls.count()).toBeGreaterThan(0);
    for (const control of await controls.all()) await expect(control).toBeDisabled();
  });
});
