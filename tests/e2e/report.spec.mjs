// The report for the ontwikkelgesprek as a manager gets it: printed from /verslag.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, Leerpad, Onboarding, seedRecords, expectNoAxeViolations } from './leerpad.mjs';
import { fullBlgPortfolio } from './full-portfolio.mjs';

async function fullReport(page) {
  const app = new Leerpad(page);
  await new Onboarding(page).skip();
  await seedRecords(page, fullBlgPortfolio());
  await app.goto('/verslag');
  await expect(app.heading).toHaveText('Verslag voor het ontwikkelgesprek');
  const report = page.locator('.report-preview article.report');
  await expect(report).toContainText('Mijn ontwikkeling: Robin Jansen');
  return { app, report };
}

/** The text of every page of the report as Chromium prints it (A4), read back with poppler's pdftotext. */
async function printedPages(page) {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const path = join(mkdtempSync(join(tmpdir(), 'leerpad-report-')), 'report.pdf');
  writeFileSync(path, pdf);
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))[1]);
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }));
  const pages = [];
  for (let n = 1; n <= count; n++) {
    pages.push(execFileSync('pdftotext', ['-f', `${n}`, '-l', `${n}`, path, '-'], { encoding: 'utf8' }));
  }
  return { pages, width: Number(size[1]), height: Number(size[2]) };
}

test('a full BLG portfolio prints on at most four A4 pages, with the brief on page 1 and no near-empty page', async ({ page }) => {
  await fullReport(page);
  const { pages, width, height } = await printedPages(page);
  expect([Math.round(width), Math.round(height)]).toEqual([595, 842]); // A4 in points
  expect(pages.length).toBeLessThanOrEqual(4);

  // Page 1 is all a manager needs: who, where in the programme, what to discuss and what is
  // asked, strengths and development points in the participant's words, the actions.
  const one = pages[0].replace(/\s+/g, ' ');
  for (const text of [
    'Mijn ontwikkeling: Robin Jansen', 'Mira de Boer', '3 van 5 modules afgerond', 'op 18 van de 28 leerdoelen gegroeid',
    'Hoe geef ik mijn team meer eigen regie?', 'Ruimte om een half jaar te experimenteren',
    'Sterkste leerdoelen', 'Mogelijke ontwikkelpunten', 'ambitie 3', 'In het teamoverleg laat ik nu eerst anderen',
    'Weekoverleg laten voorzitten door een teamlid', 'Gepland',
  ]) {
    expect(one, `page 1 holds "${text}"`).toContain(text);
  }
  expect(one).not.toContain('Privé');

  // Every page is worth its paper: no page that is nearly empty or holds only the footer line.
  const footer = /Ontwikkelgesprek · Robin Jansen · .* · gemaakt met Leerpad/;
  for (const [i, text] of pages.entries()) {
    expect(text, `page ${i + 1} has the footer`).toMatch(footer);
    const body = text.replace(footer, '').replace(/\s+/g, ' ').trim();
    expect(body.length, `page ${i + 1} holds real content`).toBeGreaterThan(600);
  }
  // The appendix: every goal of the programme with its figures, and what else is shared.
  const all = pages.join('\n');
  expect(all).toContain('Bijlage 1 · Zelfbeoordeling per module');
  expect(all.match(/^\d\.\d /gm)?.length ?? 0).toBeGreaterThanOrEqual(28);
  for (const text of ['Je neemt het werk te snel over (loslaten)', 'Terugblik op module 2', 'Casus: een medewerker die niet meebeweegt', 'Ik wil dat mensen in de publieke dienst']) {
    expect(all).toContain(text);
  }
  expect(all).not.toContain('twijfels over de functie');
});

test('the preview has one h1, is reachable by keyboard and has no axe violations', async ({ page }) => {
  const { report } = await fullReport(page);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(report.locator('h3.r-title')).toHaveText('Mijn ontwikkeling: Robin Jansen');
  const preview = page.getByRole('region', { name: 'Voorbeeld' });
  await preview.focus();
  await expect(preview).toBeFocused();
  await expectNoAxeViolations(page);
});

test('the radar and the explanations per module are a choice in the preview', async ({ page }) => {
  const { report } = await fullReport(page);
  const appendixGoal = report.locator('table.r-stack tbody tr', { hasText: '1.1 Heeft verdiept zelfinzicht' });
  await expect(report.locator('svg.radar')).toHaveCount(0);
  await expect(appendixGoal).toContainText('In het teamoverleg laat ik nu eerst anderen');

  await page.getByLabel(/^Radargrafiek per module/).check();
  await expect(report.locator('svg.radar')).toHaveCount(5);

  await page.getByText('Je toelichting bij de scores: per module kiezen').click();
  await page.getByLabel('Toelichting bij module 1').uncheck();
  await expect(appendixGoal).not.toContainText('In het teamoverleg');
  await expect(report.locator('table.r-stack tbody tr', { hasText: '2.1 Voert effectieve' })).toContainText('Mijn collega gaf in de 360-feedback');
});

test('on a phone the report reads without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  const { report } = await fullReport(page);
  const widths = await page.evaluate(() => {
    const preview = document.querySelector('.report-preview');
    return { page: document.documentElement.scrollWidth, preview: preview.scrollWidth, box: preview.clientWidth };
  });
  expect(widths.page).toBeLessThanOrEqual(360);
  expect(widths.preview).toBeLessThanOrEqual(widths.box);
  // A table's row stacks, every figure with its column's name.
  await expect(report.locator('table.r-stack tbody tr', { hasText: '1.1 Heeft verdiept' }).locator('td[data-label="Ambitie"]')).toBeVisible();
});
