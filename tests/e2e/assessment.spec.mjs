import { test, expect, WIDTHS, Leerpad, Onboarding, expectNoAxeViolations, expectSaved, momentRecord, seedRecords, storedRecords } from './leerpad.mjs';

const M1 = [
  'heeft verdiept zelfinzicht in gedrag, drijfveren en patronen;',
  'deze zelfkennis wordt ingezet om zichzelf en medewerkers tot bloei te laten komen',
  'vertaalt feedback naar concreet gedrag en ontwikkelacties;',
  'maakt bewuste keuzes in eigen leiderschap;',
  'kent en benut zijn/haar persoonlijke drijfveren',
  'toont meer consistent en effectief leiderschapsgedrag.',
];
/** A goal as the highlights write it: a sentence of its own. */
const sentence = (text) => text[0].toUpperCase() + text.slice(1).replace(/;$/, '');
const LABELS = ['1 – nog niet', '2 – soms, met hulp', '3 – regelmatig', '4 – vaak en zelfstandig', '5 – vanzelfsprekend, ik help anderen'];

/** The radio group of one goal, found by (the start of) its text, which the form writes as a sentence. */
const goal = (page, text) => page.getByRole('group', { name: new RegExp(text.replace(/;$/, '').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'), 'i') });

/** Goes to module `n` of the moment on screen with the module jump. */
async function toModule(page, n) {
  await page.getByRole('navigation', { name: 'Modules van deze meting' }).getByRole('link', { name: new RegExp(`^Module ${n}:`) }).click();
  await expect(page.locator('#rate-module')).toContainText(`Module ${n}:`);
}

async function rate(page, text, level) {
  await goal(page, text).getByRole('radio', { name: LABELS[level - 1] }).check();
}

async function startMoment(page, kind) {
  const app = new Leerpad(page);
  await app.goto('/zelfbeoordeling');
  await page.getByLabel('Soort meetmoment').selectOption(kind);
  await page.getByRole('button', { name: 'Meetmoment starten' }).click();
  await expect(app.heading).toHaveText(kind);
}

/** Two moments of module 1 put straight into storage: a Nulmeting and one after module 1. */
function twoMoments(page) {
  const goals = ['blg.m1.g1', 'blg.m1.g2', 'blg.m1.g3', 'blg.m1.g4', 'blg.m1.g5', 'blg.m1.g6'];
  return seedRecords(page, {
    'moment:m1': momentRecord({ name: 'Nulmeting', date: '2026-09-07', created: 1, goals, levels: [2, 3, 2, 3, 1, 2], targets: [4] }),
    'moment:m2': momentRecord({ name: 'Na module 1', date: '2026-10-20', created: 2, goals, levels: [4, 3, 2, 3, 3, 2], targets: [4] }),
  });
}

test('a first moment counts ratings and keeps ambition and explanation', async ({ page }) => {
  const app = new Leerpad(page);
  await new Onboarding(page).complete({ name: 'Noor', programme: 'BLG' });
  await app.goto('/zelfbeoordeling');
  await expect(page.getByText('Je hebt nog geen meetmoment.')).toBeVisible();
  await expectNoAxeViolations(page);

  await startMoment(page, 'Nulmeting');
  await expect(page.locator('#rated-count')).toHaveText('0 van 28 leerdoelen beoordeeld');
  for (const [i, level] of [2, 3, 2, 3, 1, 2].entries()) await rate(page, M1[i], level);
  await goal(page, M1[0]).getByLabel('Ambitie').selectOption('4');
  await goal(page, M1[0]).getByLabel('Toelichting of voorbeeld (bewijs)').fill('In het MT-overleg <b>eerst</b> gevraagd.');
  await expect(page.locator('#rated-count')).toHaveText('6 van 28 leerdoelen beoordeeld');
  await expectSaved(page);
  await expectNoAxeViolations(page);
  await expect(goal(page, M1[0]).getByRole('radio', { name: 'n.v.t.' })).toHaveCount(0);

  await page.reload();
  await expect(goal(page, M1[0]).getByRole('radio', { name: LABELS[1] })).toBeChecked();
  await expect(goal(page, M1[0]).getByLabel('Ambitie')).toHaveValue('4');
  await expect(goal(page, M1[0]).getByLabel('Toelichting of voorbeeld (bewijs)')).toHaveValue('In het MT-overleg <b>eerst</b> gevraagd.');
  // n.v.t. exists only where the seed says the goal depends on the function.
  await toModule(page, 5);
  await expect(goal(page, 'positioneert zich helder').getByRole('radio', { name: 'n.v.t.' })).toHaveCount(1);
});

test('a second moment starts from the last ratings, without their explanations', async ({ page }) => {
  await new Onboarding(page).complete({ programme: 'BLG' });
  await startMoment(page, 'Nulmeting');
  await rate(page, M1[0], 2);
  await goal(page, M1[0]).getByLabel('Toelichting of voorbeeld (bewijs)').fill('Eerst gevraagd.');
  await expectSaved(page);
  await startMoment(page, 'Na module 1');
  await expect(page.locator('#rated-count')).toHaveText('1 van 28 leerdoelen beoordeeld');
  await expect(goal(page, M1[0]).getByRole('radio', { name: LABELS[1] })).toBeChecked();
  await expect(goal(page, M1[0]).getByLabel('Toelichting of voorbeeld (bewijs)')).toHaveValue('');
});

for (const [name, viewport] of WIDTHS) {
  test.describe(name, () => {
    test.use({ viewport });
    test('Mijn groei shows the change per goal in a chart and a sortable table', async ({ page }) => {
      const app = new Leerpad(page);
      await new Onboarding(page).complete({ programme: 'BLG' });
      await twoMoments(page);
      await app.goto('/');
      await app.openMenu();
      await app.mainNav.getByRole('link', { name: 'Mijn groei' }).click();
      await expect(app.heading).toHaveText('Mijn groei');
      const table = page.locator('section[aria-labelledby="growth-blg.m1"] table').first();
      const row = (n) => table.locator('tbody tr').nth(n - 1).locator('td');
      await expect(row(1)).toHaveText(['2', '4', '+2', '4']);
      await expect(row(5)).toHaveText(['1', '3', '+2', '—']);
      await expect(row(2)).toHaveText(['3', '3', '0', '—']);
      const chart = page.locator('section[aria-labelledby="growth-blg.m1"] svg');
      await expect(chart).toHaveAttribute('role', 'img');
      await expect(chart.locator('rect')).toHaveCount(6 + 1);
      await expect(chart).toContainText('Nulmeting');
      await expect(chart).toContainText('Na module 1');
      await expectNoAxeViolations(page);

      await page.locator('#all-goals').getByRole('button', { name: 'Verandering' }).click();
      await expect(page.locator('#all-goals th[aria-sort="descending"]')).toHaveText('Verandering');
      await expect(page.locator('#all-goals tbody tr').first().locator('td').nth(1)).toHaveText('+2');
    });
  });
}

test('the dashboard names the biggest growth, the strongest goals and the development points', async ({ page }) => {
  const app = new Leerpad(page);
  await new Onboarding(page).complete({ programme: 'BLG' });
  await twoMoments(page);
  await app.goto('/');
  await expect(page.locator('#highlight-growth li')).toHaveCount(2);
  await expect(page.locator('#highlight-growth')).toContainText(`1.1 ${sentence(M1[0])}`);
  await expect(page.locator('#highlight-growth')).toContainText('drijfveren');
  await expect(page.locator('#highlight-strongest li').first()).toContainText(sentence(M1[0]));
  await expect(page.locator('#highlight-development li').first()).toContainText(`1.3 ${sentence(M1[2])}`);
  await expect(page.getByText('Na module 1: 6 van 28 leerdoelen beoordeeld')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('rating works with the keyboard alone', async ({ page }) => {
  await new Onboarding(page).complete({ programme: 'BLG' });
  await startMoment(page, 'Nulmeting');
  const group = goal(page, M1[2]);
  await group.getByRole('radio', { name: LABELS[0] }).focus();
  await page.keyboard.press('Space');
  await expect(group.getByRole('radio', { name: LABELS[0] })).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(group.getByRole('radio', { name: LABELS[2] })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(group.getByLabel('Toelichting of voorbeeld (bewijs)')).toBeFocused();
  await page.keyboard.type('Met het team besproken.');
  await expectSaved(page);
  await page.reload();
  await expect(group.getByRole('radio', { name: LABELS[2] })).toBeChecked();
  await expect(group.getByLabel('Toelichting of voorbeeld (bewijs)')).toHaveValue('Met het team besproken.');
});

test('a closed moment needs an explicit action to change, and deleting asks first', async ({ page }) => {
  const app = new Leerpad(page);
  await new Onboarding(page).complete({ programme: 'SMEC' });
  await startMoment(page, 'Nulmeting');
  await toModule(page, 2);
  await rate(page, 'toont sensitiviteit voor politiek-bestuurlijke', 2);
  await goal(page, 'toont sensitiviteit voor politiek-bestuurlijke').getByRole('radio', { name: 'n.v.t.' }).check();
  await toModule(page, 5);
  await page.getByRole('button', { name: 'Meetmoment afronden' }).click();
  await expect(app.heading).toHaveText('Nulmeting is afgerond');
  await page.goBack();
  await toModule(page, 1);
  await expect(page.locator('#closed-notice')).toBeVisible();
  await expect(goal(page, 'heeft verdiept zelfinzicht').getByRole('radio', { name: LABELS[0] })).toBeDisabled();
  await page.reload();
  await expect(goal(page, 'heeft verdiept zelfinzicht').getByRole('radio', { name: LABELS[0] })).toBeDisabled();
  await page.getByRole('button', { name: 'Toch wijzigen' }).click();
  await rate(page, 'heeft verdiept zelfinzicht', 5);
  await expectSaved(page);

  page.once('dialog', (d) => d.dismiss());
  await page.getByRole('button', { name: 'Meetmoment verwijderen' }).click();
  await expect(app.heading).toHaveText('Nulmeting');
  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: 'Meetmoment verwijderen' }).click();
  await expect(app.heading).toHaveText('Zelfbeoordeling');
  await expect(page.getByText('Je hebt nog geen meetmoment.')).toBeVisible();
});

for (const [name, viewport] of WIDTHS) {
  test.describe(name, () => {
    test.use({ viewport });
    test('a moment is rated a module at a time, with the progress in view and a jump to every module', async ({ page }) => {
      const app = new Leerpad(page);
      await new Onboarding(page).complete({ programme: 'BLG' });
      await startMoment(page, 'Nulmeting');
      await expect(page.locator('#rate-module')).toHaveText('Module 1: Ik en mijzelf');
      await expect(page.locator('fieldset.goal-rating')).toHaveCount(6);
      await expect(page.getByRole('link', { name: 'Vorige module' })).toHaveCount(0);
      for (const [i, level] of [2, 3, 2, 3, 1, 2].entries()) await rate(page, M1[i], level);
      const jump = page.getByRole('navigation', { name: 'Modules van deze meting' });
      await expect(jump.getByRole('link', { name: 'Module 1: 6 van 6 beoordeeld' })).toHaveAttribute('aria-current', 'step');
      await expect(jump.getByRole('link', { name: 'Module 1: 6 van 6 beoordeeld' })).toHaveClass(/complete/);

      await page.getByRole('link', { name: 'Volgende module' }).click();
      await expect(page.locator('#rate-module')).toHaveText('Module 2: Ik en mijn medewerker');
      await expect(page).toHaveURL(/\/module\/2$/);
      await expect(page.locator('#rated-count')).toHaveText('6 van 28 leerdoelen beoordeeld');
      // The progress stays in view while scrolling through the module.
      await page.mouse.wheel(0, 2000);
      await expect(page.locator('#rated-count')).toBeInViewport();
      await expectNoAxeViolations(page);

      // Opened again, the moment goes on where rating stopped.
      await app.goto('/zelfbeoordeling');
      await page.getByRole('link', { name: 'Nulmeting' }).click();
      await expect(page.locator('#rate-module')).toHaveText('Module 2: Ik en mijn medewerker');
      await page.getByRole('link', { name: 'Vorige module' }).click();
      await expect(page.locator('#rate-module')).toHaveText('Module 1: Ik en mijzelf');
    });
  });
}

for (const [name, viewport] of WIDTHS) {
  test.describe(name, () => {
    test.use({ viewport });
    test('closing the last module shows what changed since the moment before, and leads on', async ({ page }) => {
      const app = new Leerpad(page);
      await new Onboarding(page).complete({ programme: 'BLG' });
      await twoMoments(page);
      const m2 = JSON.parse((await storedRecords(page))['leerpad:moment:m2']);
      await seedRecords(page, { 'moment:m2': { ...m2, closed: false } });
      await app.goto('/zelfbeoordeling/m2/module/5');
      await page.getByRole('button', { name: 'Meetmoment afronden' }).click();
      await expect(app.heading).toHaveText('Na module 1 is afgerond');
      await expect(page).toHaveURL(/\/zelfbeoordeling\/m2\/klaar$/);
      await expect(page.getByText('Sinds Nulmeting: 2 leerdoelen hoger, 4 gelijk, 0 lager.')).toBeVisible();
      await expect(page.locator('main li').first()).toContainText('1.1 Heeft verdiept zelfinzicht in gedrag, drijfveren en patronen 2 → 4');
      await expectNoAxeViolations(page);
      await page.getByRole('link', { name: 'Bekijk Mijn groei' }).click();
      await expect(app.heading).toHaveText('Mijn groei');
    });
  });
}

for (const [name, viewport] of WIDTHS) {
  test.describe(name, () => {
    test.use({ viewport });
    test('from the second moment on, each goal shows last time, and its explanation is taken over in one click', async ({ page }) => {
      await new Onboarding(page).complete({ programme: 'BLG' });
      await startMoment(page, 'Nulmeting');
      await rate(page, M1[0], 2);
      await goal(page, M1[0]).getByLabel('Toelichting of voorbeeld (bewijs)').fill('Eerst gevraagd, dan pas zelf iets gezegd.');
      await expectSaved(page);
      await startMoment(page, 'Na module 1');
      const first = goal(page, M1[0]);
      await expect(first.locator('.previous-rating')).toHaveText(/^Vorige keer: 2 – soms, met hulp — “Eerst gevraagd, dan pas zelf iets gezegd.”/);
      await expect(goal(page, M1[1]).locator('.previous-rating')).toHaveCount(0);
      await first.getByRole('button', { name: 'Toelichting overnemen' }).click();
      await expect(first.getByLabel('Toelichting of voorbeeld (bewijs)')).toHaveValue('Eerst gevraagd, dan pas zelf iets gezegd.');
      await expect(first.getByRole('button', { name: 'Toelichting overnemen' })).toBeHidden();
      await expectSaved(page);
    });
  });
}

for (const [name, viewport] of WIDTHS) {
  test.describe(name, () => {
    test.use({ viewport });
    test('after closing a moment the dashboard stops asking to go on, and proposes the next one once a module is done', async ({ page }) => {
      const app = new Leerpad(page);
      await new Onboarding(page).complete({ programme: 'BLG' });
      await seedRecords(page, { 'moment:m1': momentRecord({ name: 'Nulmeting', date: '2026-09-07', created: 1, goals: ['blg.m1.g1'], levels: [2] }) });
      await app.goto('/');
      await expect(page.getByRole('link', { name: 'Verder beoordelen' })).toBeVisible();

      await seedRecords(page, { 'moment:m1': { ...momentRecord({ name: 'Nulmeting', date: '2026-09-07', created: 1, goals: ['blg.m1.g1'], levels: [2] }), closed: true } });
      await app.goto('/');
      await expect(page.getByText('Nulmeting is afgerond')).toBeVisible();
      await expect(page.getByRole('link', { name: 'Verder beoordelen' })).toHaveCount(0);
      await expect(page.getByRole('link', { name: /^Start je meting na module/ })).toHaveCount(0);

      await seedRecords(page, { progress: { 'blg.m1': 'done' } });
      await app.goto('/');
      await page.getByRole('link', { name: 'Start je meting na module 1' }).click();
      await expect(page.getByLabel('Soort meetmoment')).toHaveValue('Na module 1');
    });
  });
}

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('the scale is one row of five, and the chosen level is written out under it', async ({ page }) => {
    await new Onboarding(page).complete({ programme: 'BLG' });
    await startMoment(page, 'Nulmeting');
    const group = goal(page, M1[1]);
    const tops = [];
    for (const label of await group.locator('.level label').all()) tops.push(Math.round((await label.boundingBox()).y));
    expect(tops).toHaveLength(5);
    expect(new Set(tops).size, 'one row').toBe(1);
    await group.locator('.level label').nth(3).tap();
    await expect(group.getByRole('radio', { name: LABELS[3] })).toBeChecked();
    await expect(group.locator('.level-chosen')).toHaveText(LABELS[3]);
  });
});

test('the scale is explained on its own page', async ({ page }) => {
  const app = new Leerpad(page);
  await app.goto('/uitleg-schaal');
  await expect(app.heading).toHaveText('De schaal');
  for (const label of ['nog niet', 'soms, met hulp', 'regelmatig', 'vaak en zelfstandig', 'vanzelfsprekend, ik help anderen']) {
    await expect(page.getByText(label, { exact: true })).toBeVisible();
  }
  await expectNoAxeViolations(page);
});

test('ratings of a goal that is no longer in the programme stay visible, marked', async ({ page }) => {
  const app = new Leerpad(page);
  await new Onboarding(page).complete({ programme: 'BLG' });
  const ratings = { 'blg.m1.g1': { level: 3 }, 'blg.m1.g7': { level: 4 } };
  await seedRecords(page, { 'moment:oud': { name: 'Oude meting', date: '2026-01-05', programme: 'blg', ratings } });
  await page.reload();
  await app.goto('/groei');
  const removed = page.locator('section[aria-labelledby="growth-blg.m1"] tbody tr.removed');
  await expect(removed).toHaveCount(1);
  await expect(removed).toContainText('blg.m1.g7 (niet meer in het programma)');
  await expect(removed.locator('td').nth(1)).toHaveText('4');
  await expectNoAxeViolations(page);
});
