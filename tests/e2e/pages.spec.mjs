// The pages around the core loop: the statements a government app owes its users, programme and
// module pages written for participants, the welcome's way in with a backup.
import { resolve } from 'node:path';
import { test, expect, WIDTHS, Leerpad, Onboarding, expectNoAxeViolations, momentRecord, seedRecords } from './leerpad.mjs';

for (const [name, viewport] of WIDTHS) {
  test.describe(name, () => {
    test.use({ viewport });

    test('the footer leads to the privacy and accessibility statements, in both languages', async ({ page }) => {
      const app = new Leerpad(page);
      await app.goto('/blg');
      const footer = page.locator('footer');
      await footer.getByRole('link', { name: 'Privacyverklaring' }).click();
      await expect(app.heading).toHaveText('Privacyverklaring');
      await expect(page.getByRole('heading', { name: 'Alles wissen' })).toBeVisible();
      await footer.getByRole('link', { name: 'Toegankelijkheidsverklaring' }).click();
      await expect(app.heading).toHaveText('Toegankelijkheidsverklaring');
      await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Status', 'Hoe we het controleren', 'Wat nog niet goed is', 'Een probleem melden']);
      await expectNoAxeViolations(page);
      await app.switchLanguage('English');
      await expect(app.heading).toHaveText('Accessibility statement');
      await expect(footer.getByRole('link', { name: 'Privacy statement' })).toBeVisible();
    });

    test('a programme introduces itself to the participant; the tender text is folded away', async ({ page }) => {
      const app = new Leerpad(page);
      await app.goto('/blg');
      await expect(page.getByText('BLG is het programma voor wie net leidinggevende is')).toBeVisible();
      const background = page.locator('details.background');
      await expect(background.locator('summary')).toHaveText('Achtergrond: programmabeschrijving');
      await expect(page.getByText('Van de Opdrachtnemer wordt verwacht', { exact: false })).toBeHidden();
      await background.locator('summary').click();
      await expect(page.getByText('Van de Opdrachtnemer wordt verwacht', { exact: false })).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test('module 4 speaks to the participant and keeps the tender note as background', async ({ page }) => {
      const app = new Leerpad(page);
      await app.goto('/blg/module/4');
      await expect(page.getByRole('note')).toContainText('Voor deze module stelt het programmabureau O&P Rijk');
      await expect(page.getByText('Van de inschrijver wordt verwacht', { exact: false })).toBeHidden();
      await page.locator('details.background summary').click();
      await expect(page.getByText('Aanvullend bij module 4:', { exact: false })).toBeVisible();
    });

    test("a module page leads to rating its goals in the open moment and to a reflection on it", async ({ page }) => {
      const app = new Leerpad(page);
      await new Onboarding(page).complete({ programme: 'BLG' });
      await seedRecords(page, { 'moment:m1': { ...momentRecord({ name: 'Nulmeting', date: '2026-09-07', created: 1, goals: ['blg.m1.g1'], levels: [3] }), closed: false } });
      await app.goto('/blg/module/3');
      await page.getByRole('link', { name: 'Beoordeel jezelf op deze leerdoelen' }).click();
      await expect(page).toHaveURL(/\/zelfbeoordeling\/m1\/module\/3$/);
      await app.goto('/blg/module/3');
      await page.getByRole('button', { name: 'Schrijf een reflectie over deze module' }).click();
      await expect(app.heading).toHaveText('Reflectie');
      await expect(page.getByLabel('Module', { exact: true })).toHaveValue('blg.m3');
      await page.getByLabel('Titel').fill('Teamrollen herkend');
      await page.getByRole('button', { name: 'Klaar' }).click();
      await expect(page).toHaveURL(/\/blg\/module\/3$/);
      await expect(page.locator('.toast')).toHaveText('Reflectie bewaard.');
    });

    test('the other programme offers no rating or reflecting to a participant of one', async ({ page }) => {
      const app = new Leerpad(page);
      await new Onboarding(page).complete({ programme: 'BLG' });
      await app.goto('/smec/module/1');
      await expect(page.getByRole('link', { name: 'Beoordeel jezelf op deze leerdoelen' })).toHaveCount(0);
    });

    test('the welcome offers a way in with a backup, and a restored portfolio counts as backed up', async ({ page }) => {
      const app = new Leerpad(page);
      await app.goto('/');
      await page.getByRole('link', { name: 'terugzetten' }).click();
      await expect(page).toHaveURL(/\/gegevens$/);
      await page.getByLabel('Back-upbestand kiezen').setInputFiles(resolve(import.meta.dirname, '../fixtures/backup-with-markup.json'));
      await page.getByRole('button', { name: 'Vervangen' }).click();
      await expect(page.locator('#restore-done')).toBeVisible();
      await app.goto('/');
      await expect(page.getByText('Welkom terug,', { exact: false })).toBeVisible();
      await expect(page.locator('.backup-reminder')).toHaveCount(0);
      await app.goto('/gegevens');
      await expect(page.getByText('Laatste back-up', { exact: false })).toBeVisible();
    });
  });
}
