// One calendar day everywhere: the device's local day, also just after midnight.
import { test, expect, Leerpad, Onboarding, download, expectSaved } from './leerpad.mjs';

// 00:30 on 1 December 2026 in Amsterdam is still 30 November in UTC.
test.use({ timezoneId: 'Europe/Amsterdam' });
const AFTER_MIDNIGHT = new Date('2026-11-30T23:30:00Z');

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(AFTER_MIDNIGHT);
});

test('just after midnight the backup file, its date on Gegevens and a new reflection all say the new day', async ({ page }) => {
  const app = new Leerpad(page);
  await new Onboarding(page).complete({ name: 'Sam', programme: 'BLG' });
  await app.goto('/gegevens');
  const file = await download(page, page.getByRole('button', { name: 'Back-up downloaden' }).first());
  expect(file.name).toBe('leerpad-backup-2026-12-01.json');
  await expectSaved(page);
  await expect(page.getByText('Laatste back-up: 1 december 2026.')).toBeVisible();

  await app.goto('/portfolio');
  await page.getByRole('button', { name: 'Nieuwe reflectie' }).click();
  await expect(page.getByLabel('Datum')).toHaveValue('2026-12-01');
});

test('just after midnight the ratings CSV and a new moment carry the new day', async ({ page }) => {
  const app = new Leerpad(page);
  await new Onboarding(page).complete({ name: 'Sam', programme: 'BLG' });
  await app.goto('/gegevens');
  const csv = await download(page, page.getByRole('button', { name: 'Scores downloaden als CSV' }));
  expect(csv.name).toContain('2026-12-01');
  await app.goto('/zelfbeoordeling');
  await expect(page.getByLabel('Datum')).toHaveValue('2026-12-01');
});
