// The language switch reaches every word of the interface on every page, at once, and back.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect, Leerpad, Onboarding, momentRecord, seedRecords } from './leerpad.mjs';

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
  const goals = ['blg.m1.g1', 'blg.m1.g2'];
  const item = (fields) => ({ created: 1, updated: 1, shared: true, ...fields });
  await seedRecords(page, {
    'moment:m1': momentRecord({ name: 'M1', date: '2026-09-07', created: 1, goals, levels: [2, 3], targets: [4, 4], note: 'x' }),
    'moment:m2': momentRecord({ name: 'M2', date: '2026-10-20', created: 2, goals, levels: [4, 3], targets: [4, 4], note: 'x' }),
    'journal:j1': item({ title: 'J1', date: '2026-09-08', module: 'blg.m1' }),
    'feedback:f1': item({ title: 'F1', column: 'develop' }),
    'action:a1': item({ title: 'A1', status: 'doing', due: '2026-01-01' }),
    'question:q1': item({ title: 'Q1', discuss: true }),
    'intervision:i1': item({ title: 'I1', date: '2026-09-09' }),
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
