import { test, expect, Leerpad } from './leerpad.mjs';

test('switch to English and back; the choice is remembered after a reload', async ({ page }) => {
  const app = new Leerpad(page);
  await app.goto('/blg/module/1');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(app.languageButton('Nederlands')).toHaveAttribute('aria-pressed', 'true');

  await app.switchLanguage('English');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 2, name: 'Learning goals' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeAttached();
  await expect(page.getByText('The programme content is available in Dutch only.')).toBeVisible();
  // The content itself stays Dutch, and says so to screen readers.
  await expect(app.goals.first()).toHaveText('heeft verdiept zelfinzicht in gedrag, drijfveren en patronen;');
  await expect(page.locator('ol.goal-list')).toHaveAttribute('lang', 'nl');
  // Focus stays on the switch, so keyboard users are not thrown back to the top.
  await expect(app.languageButton('English')).toBeFocused();

  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Learning goals' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle('Module 1 – BLG: Ik en mijzelf – Leerpad');

  await app.switchLanguage('Nederlands');
  await expect(page.getByRole('heading', { level: 2, name: 'Leerdoelen' })).toBeVisible();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('heading', { level: 2, name: 'Leerdoelen' })).toBeVisible();
});

test('the language switch works from the keyboard', async ({ page }) => {
  const app = new Leerpad(page);
  await app.goto('/');
  await app.languageButton('English').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Leerpad' })).toBeVisible();
  await page.keyboard.press('Shift+Tab');
  await expect(app.languageButton('Nederlands')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('heading', { level: 1, name: 'Welkom bij Leerpad' })).toBeVisible();
});
