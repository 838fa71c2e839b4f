// dist/ as nginx serves it with deploy/nginx.conf: the pre-compressed copies the build writes.
import { test, expect } from '@playwright/test';
import { readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

const dist = resolve(import.meta.dirname, '../../dist');
const wasm = readdirSync(dist).find((f) => f.endsWith('.wasm'));

test('the module is sent as the build’s own brotli file, and as gzip to browsers without brotli', async ({ request }) => {
  const br = await request.get(`/${wasm}`, { headers: { 'accept-encoding': 'br, gzip' } });
  expect(br.headers()['content-encoding']).toBe('br');
  expect(Number(br.headers()['content-length'])).toBe(statSync(resolve(dist, `${wasm}.br`)).size);
  expect(br.headers()['content-type']).toBe('application/wasm');
  const gz = await request.get(`/${wasm}`, { headers: { 'accept-encoding': 'gzip' } });
  expect(gz.headers()['content-encoding']).toBe('gzip');
  expect(Number(gz.headers()['content-length'])).toBe(statSync(resolve(dist, `${wasm}.gz`)).size);
});

test('a deep link gets index.html compressed too', async ({ request }) => {
  const page = await request.get('/blg/module/3', { headers: { 'accept-encoding': 'br' } });
  expect(page.headers()['content-encoding']).toBe('br');
  expect(await page.text()).toContain('<html');
});
