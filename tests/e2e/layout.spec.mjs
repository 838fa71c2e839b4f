import { test, expect, Leerpad, Onboarding, expectNoAxeViolations, momentRecord, seedRecords, watchCsp } from './leerpad.mjs';
import { fullBlgPortfolio } from './full-portfolio.mjs';

/** No content may force sideways scrolling (WCAG 1.4.10 Reflow). */
async function expectNoHorizontalScroll(page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `horizontal overflow on ${page.url()}`).toBeLessThanOrEqual(0);
}

test.describe('axe-core finds no violations', () => {
  for (const path of Leerpad.routes()) {
    test(`on ${path}`, async ({ page }) => {
      const app = new Leerpad(page);
      await app.goto(path);
      await expectNoAxeViolations(page);
    });
  }

  test('in English, and with the skip link focused', async ({ page }) => {
    const app = new Leerpad(page);
    await app.goto('/smec/module/1');
    await app.switchLanguage('English');
    await expectNoAxeViolations(page);
    await page.keyboard.press('Tab');
    await expectNoAxeViolations(page);
  });
});

test.describe('on a 360 px wide phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('every page fits without sideways scrolling and stays usable', async ({ page }) => {
    const app = new Leerpad(page);
    for (const path of Leerpad.routes()) {
      await app.goto(path);
      await expectNoHorizontalScroll(page);
      // One row of header: the menu and the language switch wait behind the menu button.
      const header = await page.locator('header.site-header').boundingBox();
      expect(header.height, `header height on ${path}`).toBeLessThanOrEqual(72);
      await expect(app.mainNav).toBeHidden();
      await app.menuButton.tap();
      await expect(app.menuButton).toHaveAttribute('aria-expanded', 'true');
      await expect(app.mainNav).toBeVisible();
      await expect(app.languageButton('English')).toBeVisible();
      await expectNoHorizontalScroll(page);
    }
    await app.goto('/blg/module/5');
    await page.getByRole('link', { name: /Vorige module/ }).tap();
    await expect(app.heading).toHaveText('Module 4: Ik en de systemen');
  });
});

test('a participant who chose a programme sees only that one in the menu; the other stays reachable', async ({ page }) => {
  const app = new Leerpad(page);
  await new Onboarding(page).complete({ programme: 'BLG' });
  await expect(app.mainNav.getByRole('link', { name: 'BLG' })).toBeVisible();
  await expect(app.mainNav.getByRole('link', { name: 'SMEC' })).toHaveCount(0);
  await app.goto('/smec');
  await expect(app.heading).toHaveText('Programma SMEC');
});

/** A BLG participant with two rated moments over all goals and something of every kind, so that
 *  charts, tables and lists are as wide as they get. */
async function ratedParticipant(page) {
  await new Onboarding(page).complete({ name: 'Robin de Vries', programme: 'BLG', cohortStart: '2026-09-07' });
  const goals = [6, 6, 5, 6, 5].flatMap((n, m) => Array.from({ length: n }, (_, g) => `blg.m${m + 1}.g${g + 1}`));
  const moment = (name, date, created, shift) => momentRecord({
    name, date, created, goals, levels: goals.map((_, i) => 1 + ((i + shift) % 5)), targets: goals.map(() => 4), note: 'In het teamoverleg gevraagd.',
  });
  const item = (fields) => ({ created: 1, updated: 1, shared: true, ...fields });
  await seedRecords(page, {
    'moment:m1': moment('Nulmeting', '2026-09-07', 1, 0),
    'moment:m2': moment('Na module 2', '2026-11-10', 2, 2),
    'action:a1': item({ title: 'Weekoverleg delegeren aan de teamcoördinator', status: 'doing', due: '2026-12-15' }),
    'question:q1': item({ title: 'Hoe geef ik personeelsverantwoordelijkheidsgerelateerde feedback?', discuss: true }),
  });
}

for (const [label, viewport] of [['on a 360 px wide phone', { width: 360, height: 740 }], ['at 200 % zoom', { width: 640, height: 400 }]]) {
  test.describe(`with a rated portfolio, ${label}`, () => {
    test.use({ viewport });

    test('dashboard, growth, report, a moment and the portfolio fit without sideways scrolling and pass axe', async ({ page }) => {
      const app = new Leerpad(page);
      await ratedParticipant(page);
      for (const path of ['/', '/groei', '/verslag', '/zelfbeoordeling/m2', '/portfolio']) {
        await app.goto(path);
        await expectNoHorizontalScroll(page);
        await expectNoAxeViolations(page);
      }
    });
  });
}

test.describe('on a 320 px wide screen (WCAG 1.4.10 Reflow), with a full portfolio', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('no route is wider than the screen, and no table scrolls sideways inside it', async ({ page }) => {
    const app = new Leerpad(page);
    await new Onboarding(page).skip();
    await seedRecords(page, fullBlgPortfolio());
    const editors = ['journal/j1', 'feedback/f1', 'action/a1', 'question/q1', 'intervision/i1'].map((item) => `/portfolio/${item}`);
    for (const path of [...Leerpad.routes(), '/zelfbeoordeling/m1', '/zelfbeoordeling/m2', ...editors]) {
      await app.goto(path);
      await expectNoHorizontalScroll(page);
      const scrolling = await page.evaluate(() => [...document.querySelectorAll('main table, main .table-scroll, main .report-preview')]
        .filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.className || e.tagName));
      expect(scrolling, `sideways scrolling inside ${path}`).toEqual([]);
    }
  });
});

test.describe('at 200 % zoom (1280 px window = 640 CSS px)', () => {
  test.use({ viewport: { width: 640, height: 400 } });

  test('every page reflows without sideways scrolling', async ({ page }) => {
    const app = new Leerpad(page);
    for (const path of Leerpad.routes()) {
      await app.goto(path);
      await expectNoHorizontalScroll(page);
    }
  });
});

test('the app runs under its Content-Security-Policy without a single violation', async ({ page }) => {
  await watchCsp(page);
  const app = new Leerpad(page);
  const response = await page.goto('/');
  expect(response.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  await expect(page.locator('script:not([src])')).toHaveCount(0);
  await new Onboarding(page).complete({ name: 'CSP', programme: 'BLG' });
  for (const path of Leerpad.routes()) {
    await app.goto(path);
    expect(await app.cspViolations(), path).toEqual([]);
  }
});

test('on a phone the entry form stays inside its card, long module names included', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const app = new Leerpad(page);
  await new Onboarding(page).skip();
  await seedRecords(page, { 'journal:j1': { title: 'T', created: 1, updated: 1 } });
  await app.goto('/portfolio/journal/j1');
  const card = await page.locator('form.entry-form').boundingBox();
  const parts = page.locator('form.entry-form :is(.field, input, select, textarea, details)');
  expect(await parts.count()).toBeGreaterThan(5);
  for (const part of await parts.all()) {
    const box = await part.boundingBox();
    if (!box) continue;
    expect(box.x + box.width, 'inside the card').toBeLessThanOrEqual(card.x + card.width + 0.5);
  }
});
