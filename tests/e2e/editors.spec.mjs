// The portfolio editors: a new item exists once something is typed, "Klaar" leads back with a
// confirmation, one sharing switch per item, the goal picker and the 360 → action link.
import { test, expect, WIDTHS, Leerpad, Onboarding, expectNoAxeViolations, expectSaved, seedRecords, storedRecords } from './leerpad.mjs';

const records = async (page, segment) => Object.keys(await storedRecords(page)).filter((k) => k.startsWith(`leerpad:${segment}:`));
const toast = (page) => page.locator('.toast');

async function openNew(page, button) {
  const app = new Leerpad(page);
  await new Onboarding(page).complete({ programme: 'BLG' });
  await app.goto('/portfolio');
  await page.getByRole('button', { name: button }).click();
  return app;
}

for (const [name, viewport] of WIDTHS) {
  test.describe(name, () => {
    test.use({ viewport });

    test('Klaar saves the item, goes back to the list and says so', async ({ page }) => {
      const app = await openNew(page, 'Nieuwe reflectie');
      await page.getByLabel('Titel').fill('Eerste teamoverleg');
      await page.getByRole('button', { name: 'Klaar' }).click();
      await expect(page).toHaveURL(/\/portfolio$/);
      await expect(toast(page)).toHaveText('Reflectie bewaard.');
      await expect(page.locator('li.entry')).toContainText('Eerste teamoverleg');
      expect(await records(page, 'journal')).toHaveLength(1);
      await expect(app.heading).toHaveText('Mijn portfolio');
    });

    test('the save status appears in its own place, without moving the page', async ({ page }) => {
      await openNew(page, 'Nieuwe reflectie');
      const top = () => page.locator('main h1').evaluate((h) => h.getBoundingClientRect().top + window.scrollY);
      const before = await top();
      await page.getByLabel('Titel').fill('Eerste teamoverleg');
      await expectSaved(page);
      expect(await top()).toBe(before);
    });

    test('a new item left empty leaves nothing behind', async ({ page }) => {
      const app = await openNew(page, 'Nieuwe actie');
      await expect(page.getByText('Leerpad bewaart dit zodra je iets invult.')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Verwijderen' })).toBeHidden();
      await page.getByRole('button', { name: 'Klaar' }).click();
      await expect(toast(page)).toHaveText('Niets bewaard: het formulier was nog leeg.');
      await expect(page.getByText('Je portfolio is nog leeg.')).toBeVisible();
      // Opening one and leaving by the breadcrumb does not keep it either, not even after a reload.
      await page.getByRole('button', { name: 'Nieuwe leeropgave' }).click();
      await expect(app.heading).toHaveText('Leeropgave');
      await page.getByRole('navigation', { name: 'Kruimelpad' }).getByRole('link', { name: 'Mijn portfolio' }).click();
      await expect(page.getByText('Je portfolio is nog leeg.')).toBeVisible();
      await page.reload();
      await expect(page.getByText('Je portfolio is nog leeg.')).toBeVisible();
      expect(await records(page, 'action')).toEqual([]);
      expect(await records(page, 'question')).toEqual([]);
    });

    test('Klaar on an item opened by its address leads to its overview', async ({ page }) => {
      const app = new Leerpad(page);
      await new Onboarding(page).complete({ programme: 'BLG' });
      await seedRecords(page, { 'feedback:f1': { created: 1, updated: 1, title: 'Luistert goed', column: 'continue' } });
      await app.goto('/portfolio/feedback/f1');
      await page.getByRole('button', { name: 'Klaar' }).click();
      await expect(page).toHaveURL(/\/portfolio\/360$/);
      await expect(toast(page)).toHaveText('Feedbackpunt bewaard.');
    });

    test('a leeropgave has one switch, and switched on it is on page 1 of the report', async ({ page }) => {
      const app = await openNew(page, 'Nieuwe leeropgave');
      await page.getByLabel('Leervraag').fill('Hoe geef ik lastige feedback?');
      await expect(page.getByLabel('Delen met leidinggevende')).toHaveCount(0);
      const discuss = page.getByLabel('Bespreken in het ontwikkelgesprek');
      await expect(discuss).toHaveAccessibleDescription(/eerste pagina van je gespreksverslag/);
      await discuss.check();
      await expectSaved(page);
      await expectNoAxeViolations(page);
      await app.goto('/verslag');
      await expect(page.locator('.r-brief').first()).toContainText('Hoe geef ik lastige feedback?');
    });

    test('a leeropgave marked for discussion by an older Leerpad reads as shared', async ({ page }) => {
      const app = new Leerpad(page);
      await new Onboarding(page).complete({ programme: 'BLG' });
      await seedRecords(page, { 'question:q1': { created: 1, updated: 1, title: 'Hoe verdeel ik mijn tijd?', discuss: true } });
      await app.goto('/portfolio/question/q1');
      await expect(page.getByLabel('Bespreken in het ontwikkelgesprek')).toBeChecked();
    });

    test("the goal picker shows the chosen module's goals and folds the others away", async ({ page }) => {
      await openNew(page, 'Nieuwe reflectie');
      const picker = page.locator('details.goal-picker');
      await expect(picker.locator('summary')).toHaveText('Leerdoelen koppelen');
      await page.getByLabel('Module', { exact: true }).selectOption('blg.m2');
      await expect(page.locator('.goal-picker-first legend')).toHaveText('Module 2: Ik en mijn medewerker');
      await page.locator('.goal-picker-first input[type=checkbox]').first().check();
      await expect(picker.locator('summary')).toHaveText('Leerdoelen van andere modules (1 gekoppeld)');
      await expect(picker.locator('legend', { hasText: 'Module 1' })).toBeHidden();
      await picker.locator('summary').click();
      await expect(picker.locator('legend', { hasText: 'Module 1' })).toBeVisible();
      await expect(picker.locator('legend', { hasText: 'Module 2' })).toHaveCount(0);
      await expectNoAxeViolations(page);
    });

    test('a 360 point becomes one action, and each leads to the other', async ({ page }) => {
      const app = new Leerpad(page);
      await new Onboarding(page).complete({ programme: 'BLG' });
      await app.goto('/portfolio/360');
      await page.getByRole('button', { name: 'Nieuw feedbackpunt (Loslaten)' }).click();
      await expect(page.getByRole('button', { name: 'Maak er een actie van' })).toBeDisabled();
      await page.getByLabel('Uitkomst van de feedback').fill('Neemt snel het woord');
      await page.getByLabel('Concreet gedrag', { exact: true }).fill('Anderen eerst laten uitpraten');
      await page.getByRole('button', { name: 'Maak er een actie van' }).click();
      await expect(app.heading).toHaveText('Actie of experiment');
      await expect(page.locator('.related span')).toHaveText('Komt uit 360-feedback: Neemt snel het woord');
      await page.getByRole('button', { name: 'Klaar' }).click();
      await expect(app.heading).toHaveText('360-feedback');
      await expect(page.getByRole('button', { name: 'Maak er een actie van' })).toHaveCount(0);
      await expect(page.locator('.related span')).toHaveText('Actie bij dit punt: Anderen eerst laten uitpraten');
      await page.locator('.related a').click();
      await expect(app.heading).toHaveText('Actie of experiment');
      await expectSaved(page);
      expect(await records(page, 'action')).toHaveLength(1);
    });
  });
}
