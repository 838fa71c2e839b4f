import { test, expect, Leerpad } from './leerpad.mjs';

test('home → BLG → module 3 shows its learning goals', async ({ page }) => {
  const app = new Leerpad(page);
  await app.goto('/');
  await expect(page).toHaveTitle('Welkom bij Leerpad – Leerpad');
  await expect(app.heading).toHaveText('Welkom bij Leerpad');

  await app.mainNav.getByRole('link', { name: 'BLG' }).click();
  await expect(page).toHaveURL('/blg');
  await expect(app.heading).toHaveText('Programma voor Beginnend Leidinggevenden');
  const steps = page.locator('ol.track > li');
  await expect(steps).toHaveCount(5);
  await expect(steps.nth(2)).toContainText('6 leerdoelen');

  await page.getByRole('link', { name: 'Module 3: Ik en mijn team' }).click();
  await expect(page).toHaveURL('/blg/module/3');
  await expect(page).toHaveTitle('Module 3 – BLG: Ik en mijn team – Leerpad');
  await expect(app.heading).toHaveText('Module 3: Ik en mijn team');
  await expect(page.locator('main .subtitle')).toHaveText('Het team als krachtige basis');
  await expect(page.getByRole('heading', { level: 2, name: 'Leerdoelen' })).toBeVisible();
  await expect(app.goals).toHaveText([
    'stuurt doelgericht op teamresultaten en opgaven;',
    'herkent en beïnvloedt teamdynamieken effectief;',
    'bouwt aan een veilige en resultaatgerichte teamcultuur;',
    'maakt bewuste keuzes in teamsamenstelling (incl. diversiteit en inclusie);',
    'stimuleert eigenaarschap en samenwerking;',
    'kent de eigen rol, kracht en ontwikkelpunten binnen het team.',
  ]);
  // Focus moved to the new page's heading, so screen readers announce where we arrived.
  await expect(app.heading).toBeFocused();
});

test('SMEC module 5 shows its learning goals, with previous but no next module', async ({ page }) => {
  const app = new Leerpad(page);
  await app.goto('/smec');
  await expect(page.locator('ol.track > li')).toHaveCount(5);
  await page.getByRole('link', { name: 'Module 5: Ik en de teamdynamiek' }).click();
  await expect(app.heading).toHaveText('Module 5: Ik en de teamdynamiek');
  await expect(app.goals).toHaveCount(5);
  await expect(app.goals.first()).toHaveText('heeft inzicht in teamrollen en dynamieken;');
  await expect(app.goals.last()).toHaveText('creëert voorwaarden voor optimaal functioneren van het team.');
  const pager = page.getByRole('navigation', { name: 'Vorige en volgende module' });
  await expect(pager.getByRole('link', { name: /Vorige module/ })).toContainText('Module 4: Ik en de systemen');
  await expect(pager.getByRole('link', { name: /Volgende module/ })).toHaveCount(0);
  await pager.getByRole('link', { name: /Vorige module/ }).click();
  await expect(page).toHaveURL('/smec/module/4');
});

test('a deep link works on first load and after a reload', async ({ page }) => {
  const app = new Leerpad(page);
  await app.goto('/blg/module/4');
  await expect(app.heading).toHaveText('Module 4: Ik en de systemen');
  await expect(page.getByRole('note')).toContainText('Voor deze module stelt het programmabureau');
  await page.reload();
  await expect(app.heading).toHaveText('Module 4: Ik en de systemen');
  await expect(app.goals).toHaveCount(5);
});

test('browser back and forward move through the visited pages', async ({ page }) => {
  const app = new Leerpad(page);
  await app.goto('/');
  await app.mainNav.getByRole('link', { name: 'SMEC' }).click();
  await expect(app.heading).toHaveText('Programma SMEC');
  await page.getByRole('link', { name: 'Module 2: Ik en mijn omgeving' }).click();
  await expect(app.heading).toHaveText('Module 2: Ik en mijn omgeving');
  await page.getByRole('link', { name: /Volgende module/ }).click();
  await expect(app.heading).toHaveText('Module 3: Ik en de ander ontwikkelen');

  await page.goBack();
  await expect(page).toHaveURL('/smec/module/2');
  await expect(app.heading).toHaveText('Module 2: Ik en mijn omgeving');
  await page.goBack();
  await expect(app.heading).toHaveText('Programma SMEC');
  await page.goBack();
  await expect(app.heading).toHaveText('Welkom bij Leerpad');
  await page.goForward();
  await page.goForward();
  await expect(page).toHaveURL('/smec/module/2');
  await expect(app.heading).toHaveText('Module 2: Ik en mijn omgeving');
});

test('unknown addresses show a not-found page with a way back', async ({ page }) => {
  const app = new Leerpad(page);
  for (const path of ['/bestaat-niet', '/blg/module/6', '/blg/module/abc', '/xyz/module/1']) {
    await app.goto(path);
    await expect(app.heading).toHaveText('Pagina niet gevonden');
    await expect(page).toHaveTitle('Pagina niet gevonden – Leerpad');
  }
  await page.getByRole('link', { name: 'Naar de startpagina' }).click();
  await expect(app.heading).toHaveText('Welkom bij Leerpad');
});

test('the skip link is the first tab stop and moves focus to the main content', async ({ page }) => {
  const app = new Leerpad(page);
  await app.goto('/blg/module/1');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Naar de inhoud' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('the print view shows the module without navigation or controls', async ({ page }) => {
  const app = new Leerpad(page);
  await app.goto('/blg/module/2');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.site-header')).toBeHidden();
  await expect(page.locator('footer')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Vorige en volgende module' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeHidden();
  await expect(app.heading).toBeVisible();
  await expect(app.goals).toHaveCount(6);
});

test('links inside the app change the page without loading it again, at the top of the new page', async ({ page }) => {
  const app = new Leerpad(page);
  await app.goto('/blg/module/1');
  await page.evaluate(() => { window.__samePage = true; window.scrollTo(0, document.body.scrollHeight); });
  await page.getByRole('navigation', { name: 'Vorige en volgende module' }).getByRole('link', { name: /Volgende module/ }).click();
  await expect(app.heading).toHaveText('Module 2: Ik en mijn medewerker');
  expect(await page.evaluate(() => window.__samePage)).toBe(true);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('the main menu marks the part of the app one is in, and only that', async ({ page }) => {
  const app = new Leerpad(page);
  const current = app.mainNav.locator('[aria-current="page"]');
  await app.goto('/blg/module/3');
  await expect(current).toHaveText(['BLG']);
  await expect(page.locator('.brand')).not.toHaveAttribute('aria-current');
  await expect(page.getByRole('navigation', { name: 'Kruimelpad' }).getByRole('link', { name: 'Home' })).not.toHaveAttribute('aria-current');
  await app.mainNav.getByRole('link', { name: 'Portfolio' }).click();
  await expect(current).toHaveText(['Portfolio']);
  await page.goto('/portfolio/why');
  await expect(current).toHaveText(['Portfolio']);
  await app.mainNav.getByRole('link', { name: 'Mijn leerpad' }).click();
  await expect(current).toHaveText(['Mijn leerpad']);
});

test('a link opened in a new tab is left to the browser; this tab stays where it is', async ({ page }) => {
  const app = new Leerpad(page);
  await app.goto('/blg');
  // Headless Chromium opens the tab, but Playwright does not always report it (its 'page' event
  // can stay away for good), so the test checks Leerpad's part: the click is not taken over.
  await page.evaluate(() => window.addEventListener('click', (e) => { window.__leftToBrowser = !e.defaultPrevented; }));
  await page.locator('main a[href="/blg/module/2"]').click({ modifiers: ['ControlOrMeta'] });
  await expect.poll(() => page.evaluate(() => window.__leftToBrowser)).toBe(true);
  await expect(page).toHaveURL(/\/blg\/?$/);
  await expect(app.heading).toHaveText('Programma voor Beginnend Leidinggevenden');
});
