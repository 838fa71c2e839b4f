// Screenshots of the main pages at a phone's and a laptop's width, with a full BLG portfolio,
// written to test-results/screens/ for a person to look at (they assert nothing but that each
// page rendered its heading; the other specs test behaviour).
import { test, expect, WIDTHS, Leerpad, Onboarding, seedRecords } from './leerpad.mjs';
import { resolve } from 'node:path';
import { fullBlgPortfolio } from './full-portfolio.mjs';

const PAGES = ['/', '/zelfbeoordeling/m2/module/1', '/groei', '/portfolio', '/portfolio/action/a1', '/verslag', '/gegevens', '/blg', '/blg/module/4', '/privacy', '/toegankelijkheid'];

for (const [name, viewport] of WIDTHS) {
  test(`screenshots of the main pages on a ${name}`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(viewport);
    const app = new Leerpad(page);
    await new Onboarding(page).skip();
    await seedRecords(page, fullBlgPortfolio());
    for (const path of PAGES) {
      await app.goto(path);
      await expect(app.heading).toBeVisible();
      const file = `${path.replace(/\//g, '_').replace(/^_$/, '_home')}-${viewport.width}.png`;
      await page.screenshot({ path: resolve(import.meta.dirname, '../../test-results/screens', file.replace(/^_/, '')), fullPage: true });
    }
  });
}
