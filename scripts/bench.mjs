// Browser benchmark of the portfolio store against the release build in dist/ (`make bench`).
// Prints figures; asserts nothing. Compares an empty portfolio with a large generated one
// (BENCH_ENTRIES journal entries, default 5,000, and 40 rating moments × 28 goals):
//   - cold start to an interactive dashboard (fresh browser context each run), and the ratio;
//   - time of one save after one small edit (User Timing measure `leerpad:save`), median and p95;
//   - the bytes the portfolio takes in localStorage;
//   - with the large portfolio: the work one keystroke in a reflection causes, and one change of
//     the overview's filter (from the input event until every resulting task has run).
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const PORT = 4174;
const BASE = `http://127.0.0.1:${PORT}`;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const EDITS = Number(process.env.BENCH_EDITS ?? 40);
const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 5000);

const LOREM =
  'Vandaag merkte ik in het teamoverleg dat ik weer snel het gesprek overnam. Wat leerde ik: eerst vragen stellen geeft ' +
  'collega’s ruimte om zelf met oplossingen te komen. Wat ga ik anders doen: ik stel eerst twee open vragen en vat samen ' +
  'voordat ik mijn eigen idee geef. Mijn intervisiegroep herkende dit patroon en gaf als tip om bewust stiltes te laten vallen. ';

function portfolio(large) {
  const records = {
    'leerpad:meta': JSON.stringify({ schema: 1 }),
    'leerpad:profile': JSON.stringify({ name: 'Bench', role: 'Teamleider', organisation: 'BZK', manager: 'M', programme: 'blg', cohort_start: '2026-09-07' }),
    'leerpad:progress': JSON.stringify({ 'blg.m1': 'done', 'blg.m2': 'in_progress' }),
    'leerpad:settings': JSON.stringify({ last_backup: Date.now(), persistence_requested: true }),
  };
  if (!large) return records;
  const goals = [6, 6, 6, 5, 5].flatMap((n, m) => Array.from({ length: n }, (_, g) => `blg.m${m + 1}.g${g + 1}`));
  for (let i = 0; i < ENTRIES; i++) {
    const id = `j-${String(i).padStart(5, '0')}`;
    const t = 1_788_000_000_000 + i * 3_600_000;
    records[`leerpad:journal:${id}`] = JSON.stringify({
      id, created: t, updated: t, module: `blg.m${(i % 5) + 1}`, title: `Reflectie ${i + 1}: feedback in het teamoverleg`,
      body: LOREM + LOREM.slice(0, (i * 37) % LOREM.length), goals: [goals[i % 28], goals[(i * 7) % 28]],
    });
  }
  for (let m = 0; m < 40; m++) {
    const ratings = Object.fromEntries(goals.map((g, i) => [g, { level: 1 + ((m + i) % 5), not_applicable: false, note: 'Concreet voorbeeld uit de praktijk van deze week.', target: 4 }]));
    records[`leerpad:moment:m-${m}`] = JSON.stringify({ id: `m-${m}`, name: `Meetmoment ${m + 1}`, date: '2026-10-01', ratings });
  }
  return records;
}

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};
const median = (xs) => quantile(xs, 0.5);
const ms = (x) => `${x.toFixed(1)} ms`;

const LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
};

/** Opens a page on the app's origin (a 404, so without the app) and fills localStorage. */
async function fill(page, records) {
  await page.goto(`${BASE}/bench-setup.txt`);
  await page.evaluate((r) => { localStorage.clear(); for (const [k, v] of Object.entries(r)) localStorage.setItem(k, v); }, records);
}

/** A browser profile on disk whose localStorage holds `records`. */
async function seededProfile(records) {
  const dir = mkdtempSync(join(tmpdir(), 'leerpad-bench-'));
  const context = await chromium.launchPersistentContext(dir, LAUNCH);
  const page = context.pages()[0] ?? (await context.newPage());
  await fill(page, records);
  // Chromium writes localStorage to disk a few seconds after the last change; let it.
  await page.waitForTimeout(6000);
  await context.close();
  return dir;
}

const phases = [];

/** A truly cold start: a new browser on a copy of the seeded profile, nothing loaded yet.
 *  Measures navigation start → the dashboard shows its counts (the whole portfolio was read). */
async function coldStart(profile, expectedCount) {
  const dir = mkdtempSync(join(tmpdir(), 'leerpad-run-'));
  cpSync(profile, dir, { recursive: true });
  const context = await chromium.launchPersistentContext(dir, LAUNCH);
  await context.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const counts = document.querySelector('.counts');
      if (counts && /reflecties/.test(counts.textContent)) {
        window.__ready = performance.now();
        window.__counts = counts.textContent;
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${BASE}/`);
  await page.waitForFunction(() => window.__ready !== undefined, null, { timeout: 60_000 });
  const [t, counts, read, load, start, first] = await page.evaluate(() => [
    window.__ready, window.__counts,
    performance.getEntriesByName('leerpad:read')[0]?.duration, performance.getEntriesByName('leerpad:load')[0]?.duration,
    performance.getEntriesByName('leerpad:start')[0]?.startTime,
    performance.getEntriesByName('leerpad:first-storage-access')[0]?.duration,
  ]);
  phases.push({ expectedCount, start, first, read, load, t });
  await context.close();
  rmSync(dir, { recursive: true, force: true });
  if (!counts.includes(expectedCount)) throw new Error(`dashboard showed "${counts}", expected ${expectedCount}`);
  return t;
}

async function saves(browser, records) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await fill(page, records);
  await page.goto(`${BASE}/blg/module/3`);
  await page.locator('main h1').waitFor();
  const labels = ['Bezig', 'Afgerond', 'Niet gestart'];
  for (let i = 0; i < EDITS; i++) {
    await page.getByLabel(labels[i % 3], { exact: true }).check();
    await page.getByRole('status').filter({ hasText: /^Opgeslagen$/ }).waitFor();
  }
  const durations = await page.evaluate(() => performance.getEntriesByName('leerpad:save').map((e) => e.duration));
  const bytes = await page.evaluate(() => {
    let utf16 = 0, keys = 0;
    for (const k of Object.keys(localStorage)) { if (k.startsWith('leerpad')) { keys++; utf16 += 2 * (k.length + localStorage.getItem(k).length); } }
    return { utf16, keys };
  });
  await context.close();
  return { durations, bytes };
}

/** In the page: dispatches an input/change event on `selector` with `value` and returns the
 *  milliseconds until the work it caused (handlers, effects, microtasks) is done. */
function timedInput(page, selector, value, type = 'input') {
  return page.evaluate(async ([sel, v, t]) => {
    const el = document.querySelector(sel);
    const idle = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
    await idle();
    const t0 = performance.now();
    el.value = v;
    el.dispatchEvent(new Event(t, { bubbles: true }));
    await idle();
    return performance.now() - t0;
  }, [selector, value, type]);
}

async function interactions(browser, records) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await fill(page, records);
  await page.goto(`${BASE}/portfolio/journal/j-00042`);
  await page.locator('#f-body').waitFor();
  const keystrokes = [];
  let text = await page.locator('#f-body').inputValue();
  for (let i = 0; i < EDITS; i++) {
    text += 'abcdefghij'[i % 10];
    keystrokes.push(await timedInput(page, '#f-body', text));
  }
  await page.goto(`${BASE}/portfolio`);
  await page.locator('#result-count').waitFor();
  const filters = [];
  const searches = ['Reflectie 12', 'Reflectie 1', '', 'stiltes', ''];
  for (let i = 0; i < 2; i++) {
    for (const q of searches) filters.push(await timedInput(page, '#find-text', q));
    for (const module of ['blg.m3', '']) filters.push(await timedInput(page, '#find-module', module, 'change'));
  }
  await context.close();
  return { keystrokes, filters };
}

const server = spawn('bash', ['scripts/serve-nginx.sh', 'dist', String(PORT)], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve) => server.stdout.once('data', resolve));
const browser = await chromium.launch(LAUNCH);
try {
  const empty = portfolio(false);
  const large = portfolio(true);
  const profiles = { empty: await seededProfile(empty), large: await seededProfile(large) };
  const starts = { empty: [], large: [] };
  for (let i = 0; i < RUNS; i++) {
    starts.empty.push(await coldStart(profiles.empty, '0 reflecties'));
    starts.large.push(await coldStart(profiles.large, `${ENTRIES} reflecties`));
  }
  for (const dir of Object.values(profiles)) rmSync(dir, { recursive: true, force: true });
  const emptySave = await saves(browser, empty);
  const largeSave = await saves(browser, large);
  const ui = await interactions(browser, large);
  const jsonBytes = Object.entries(large).reduce((n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(v), 0);

  console.log(`Leerpad store benchmark (${ENTRIES} journal entries; ${RUNS} cold starts each, ${EDITS} edits; Chromium headless, release build)`);
  console.log(`cold start to dashboard, empty portfolio   median ${ms(median(starts.empty))}   (runs: ${starts.empty.map((x) => x.toFixed(0)).join(', ')})`);
  console.log(`cold start to dashboard, large portfolio   median ${ms(median(starts.large))}   (runs: ${starts.large.map((x) => x.toFixed(0)).join(', ')})`);
  console.log(`start-up ratio large / empty               ${(median(starts.large) / median(starts.empty)).toFixed(2)}×   (target ≤ 1.5×)`);
  for (const [name, s] of [['empty', emptySave], ['large', largeSave]]) {
    console.log(`one save after one edit, ${name} portfolio    median ${ms(median(s.durations))}   p95 ${ms(quantile(s.durations, 0.95))}   (n=${s.durations.length}; target p95 ≤ 10 ms)`);
  }
  console.log(`one keystroke in a reflection, large          median ${ms(median(ui.keystrokes))}   p95 ${ms(quantile(ui.keystrokes, 0.95))}   (n=${ui.keystrokes.length}; target p95 ≤ 4 ms)`);
  console.log(`one filter change on /portfolio, large       median ${ms(median(ui.filters))}   p95 ${ms(quantile(ui.filters, 0.95))}   max ${ms(Math.max(...ui.filters))}   (n=${ui.filters.length}; target ≤ 50 ms)`);
  const phase = (count, key) => median(phases.filter((p) => p.expectedCount === count).map((p) => p[key]));
  for (const [name, count] of [['empty', '0 reflecties'], ['large', `${ENTRIES} reflecties`]]) {
    console.log(`  ${name}: wasm start at ${ms(phase(count, 'start'))}, first localStorage access ${ms(phase(count, 'first'))}, reading records ${ms(phase(count, 'read'))}, read + parse ${ms(phase(count, 'load'))}`);
  }
  console.log(`stored size, large portfolio               ${(largeSave.bytes.utf16 / 1048576).toFixed(2)} MiB as UTF-16 in localStorage (${largeSave.bytes.keys} keys; ${(jsonBytes / 1048576).toFixed(2)} MiB as UTF-8 JSON)`);
} finally {
  await browser.close();
  server.kill();
}
