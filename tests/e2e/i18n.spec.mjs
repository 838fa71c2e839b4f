// The language switch reaches every word of the interface on every page, at once, and back.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect, Leerpad, Onboarding } from './leerpad.mjs';

/** The string literals of one language table, with `{…}` placeholders cut out. */
function literals(file) {
  const source = readFileSync(resolve(import.meta.dirname, '../../src/i18n', file), 'utf8');
  const out = new Set();
  for (const [, text] of source.matchAll(/"((?:[^"\\]|\\.)*)"/g)) {
    for (const piece of text.split(/\{[^}]*\}/)) {
      const clean = piece.replace(/\\n/g, ' ').trim();
      if (clean.length >= 8) out.add(clean);
    }
  }
  return out;
}

// Interface strings that exist only in Dutch: any of them on an English page is a missed switch
// (and the other way round).
const nl = literals('nl.rs');
const en = literals('en.rs');
const onlyDutch = [...nl].filter((s) => !en.has(s));
const onlyEnglish = [...en].filter((s) => !nl.has(s));

/** All interface text of the page: text, labels and accessible names; programme content (lang=nl) left out. */
function interfaceText(page) {
  return page.evaluate(() => {
    const copy = document.body.cloneNode(true);
    copy.querySelectorAll('[lang="nl"], script').forEach((e) => e.remove());
    const attributes = [...copy.querySelectorAll('[aria-label], [title], [placeholder]')]
      .flatMap((e) => ['aria-label', 'title', 'placeholder'].map((a) => e.getAttribute(a) ?? ''));
    return [copy.textContent, ...attributes].join('\n');
  });
}

async function expectOnly(page, forbidden, language) {
  const text = await interfaceText(page);
  const left = forbidden.filter((s) => text.includes(s));
  expect(left, `${language} page ${page.url()} still shows`).toEqual([]);
}

/** A participant with something of every kind, so that lists, editors and the report have content. */
async function participant(page) {
  await new Onboarding(page).complete({ name: 'Robin', programme: 'BLG', cohortStart: '2026-09-07' });
  await page.evaluate(() => {
    const r = (level) => ({ level, target: 4, not_applicable: false, note: 'x' });
    const item = (fields) => JSON.stringify({ created: 1, updated: 1, shared: true, ...fields });
    localStorage.setItem('leerpad:moment:m1', JSON.stringify({ name: 'M1', date: '2026-09-07', programme: 'blg', created: 1, ratings: { 'blg.m1.g1': r(2), 'blg.m1.g2': r(3) } }));
    localStorage.setItem('leerpad:moment:m2', JSON.stringify({ name: 'M2', date: '2026-10-20', programme: 'blg', created: 2, ratings: { 'blg.m1.g1': r(4), 'blg.m1.g2': r(3) } }));
    localStorage.setItem('leerpad:journal:j1', item({ title: 'J1', date: '2026-09-08', module: 'blg.m1' }));
    localStorage.setItem('leerpad:feedback:f1', item({ title: 'F1', column: 'develop' }));
    localStorage.setItem('leerpad:action:a1', item({ title: 'A1', status: 'doing', due: '2026-01-01' }));
    localStorage.setItem('leerpad:question:q1', item({ title: 'Q1', discuss: true }));
    localStorage.setItem('leerpad:intervision:i1', item({ title: 'I1', date: '2026-09-09' }));
  });
}

const routes = [
  ...Leerpad.routes(),
  '/zelfbeoordeling/m2',
  '/portfolio/journal/j1',
  '/portfolio/feedback/f1',
  '/portfolio/action/a1',
  '/portfolio/question/q1',
  '/portfolio/intervision/i1',
];

test('the interface tables differ enough for the check to mean something', () => {
  expect(onlyDutch.length).toBeGreaterThan(200);
  expect(onlyEnglish.length).toBeGreaterThan(200);
});

for (const path of routes) {
  test(`switching language on ${path} changes every interface text on the spot, and back`, async ({ page }) => {
    const app = new Leerpad(page);
    await participant(page);
    await app.goto(path);
    await expectOnly(page, onlyEnglish, 'Dutch');
    await app.switchLanguage('English');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expectOnly(page, onlyDutch, 'English');
    await app.switchLanguage('Nederlands');
    await expectOnly(page, onlyEnglish, 'Dutch');
  });
}

test('switching language on the first-visit welcome changes every interface text, and back', async ({ page }) => {
  const app = new Leerpad(page);
  await app.goto('/');
  await expect(app.heading).toHaveText('Welkom bij Leerpad');
  await app.switchLanguage('English');
  await expectOnly(page, onlyDutch, 'English');
  await app.switchLanguage('Nederlands');
  await expectOnly(page, onlyEnglish, 'Dutch');
});
