// Pre-renders the content pages of a built dist/ to static HTML, so that a first visit paints the
// page before the wasm has arrived (a phone on a slow connection waits seconds for it). Each
// page is rendered by the real app in headless Chromium, on a fresh profile (a first visit, in
// Dutch), and saved as <route>/index.html with every node the app made marked
// `data-prerendered`; the app removes those nodes in the same task in which it mounts its own
// (src/lib.rs), so nothing flickers or shifts. The home page goes to welcome/index.html (nginx
// serves it for `/` only: other addresses fall back to the plain index.html).
//
//   node scripts/prerender.mjs [dist]
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { writeCompressedCopies } from './compress.mjs';

const dist = process.argv[2] ?? 'dist';
const PORT = 4176;
const modules = (p) => [1, 2, 3, 4, 5].map((n) => `/${p}/module/${n}`);
const ROUTES = ['/', '/blg', '/smec', ...modules('blg'), ...modules('smec'), '/uitleg-schaal', '/toegankelijkheid', '/privacy', '/leidinggevende'];

const shell = readFileSync(join(dist, 'index.html'), 'utf8');
if (!/<body>[\s\S]*<\/body>/.test(shell) || !shell.includes('<title>') || !/<link[^>]*\.wasm[^>]*>/.test(shell)) {
  console.error('prerender: dist/index.html has no <body>, <title> or wasm preload; trunk changed its output?');
  process.exit(1);
}

const server = spawn('bash', ['scripts/serve-nginx.sh', dist, String(PORT)], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve) => server.stdout.once('data', resolve));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const escapeText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
try {
  for (const route of ROUTES) {
    const context = await browser.newContext({ locale: 'nl-NL', serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${PORT}${route}`);
    await page.locator('main h1').waitFor();
    const { nodes, title } = await page.evaluate((personal) => {
      const made = [...document.body.children].filter((e) => !['NOSCRIPT', 'SCRIPT'].includes(e.tagName));
      for (const e of made) e.setAttribute('data-prerendered', '');
      // The home page differs per person (welcome or dashboard): hidden for someone returning.
      if (personal) document.querySelector('main')?.setAttribute('data-personal', '');
      // Until the app has taken over, its controls would do nothing: say so by disabling them.
      for (const control of made.flatMap((e) => [...e.querySelectorAll('button, input, select, textarea')])) {
        control.setAttribute('disabled', '');
      }
      return { nodes: made.map((e) => e.outerHTML).join(''), title: document.title };
    }, route === '/');
    await context.close();
    const html = shell
      // The wasm is fetched once the page has painted (see the start script), not preloaded.
      .replace(/<link[^>]*rel=preload[^>]*\.wasm[^>]*>|<link[^>]*\.wasm[^>]*rel=preload[^>]*>/, '')
      .replace(/<title>[^<]*<\/title>/, `<title>${escapeText(title)}</title>`)
      .replace(/<\/noscript>/, `</noscript>${nodes}`);
    const dir = join(dist, route === '/' ? 'welcome' : route.slice(1));
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'index.html');
    writeFileSync(file, html);
    writeCompressedCopies(file, Buffer.from(html));
  }
  console.log(`prerender: ${ROUTES.length} pages written to ${dist}/ (${ROUTES.join(', ')})`);
} finally {
  await browser.close();
  server.kill();
}
