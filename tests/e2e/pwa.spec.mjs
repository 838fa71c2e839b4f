import { test, expect } from '@playwright/test';
import { Leerpad, expectNoAxeViolations } from './leerpad.mjs';

test('the app is installable: a manifest with name, language, scope and icons', async ({ page, request }) => {
  const app = new Leerpad(page);
  await app.goto('/');
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');
  const response = await request.get('/manifest.webmanifest');
  expect(response.headers()['content-type']).toContain('application/manifest+json');
  const manifest = await response.json();
  expect(manifest).toMatchObject({ name: 'Leerpad', short_name: 'Leerpad', lang: 'nl', start_url: '/', scope: '/', display: 'standalone', theme_color: '#154273' });
  const sizes = manifest.icons.map((i) => `${i.sizes}${i.purpose ? ' ' + i.purpose : ''}`);
  expect(sizes).toEqual(['192x192', '512x512', '512x512 maskable']);
  for (const icon of manifest.icons) {
    const png = await request.get(icon.src);
    expect(png.status(), icon.src).toBe(200);
    expect(png.headers()['content-type']).toBe('image/png');
    const body = await png.body();
    const [w, h] = [body.readUInt32BE(16), body.readUInt32BE(20)];
    expect(`${w}x${h}`).toBe(icon.sizes);
  }
});

test('the header tells when the device goes offline and comes back', async ({ page, context }) => {
  const app = new Leerpad(page);
  await app.goto('/blg');
  const status = page.locator('.connection-status');
  await expect(status).toBeEmpty();
  await context.setOffline(true);
  await expect(status).toHaveText('Offline: je werk blijft op dit apparaat bewaard');
  await expect(status).toHaveAttribute('role', 'status');
  await expectNoAxeViolations(page);
  await context.setOffline(false);
  await expect(status).toHaveText('Weer online');
});
