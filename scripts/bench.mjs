// Browser benchmark of the portfolio store against the release build in dist/ (`make bench`).
// Prints figures; asserts nothing. Compares an empty portfolio with large generated ones
// (BENCH_ENTRIES journal entries, default 5,000, and BENCH_HUGE, default 20,000, each with 40
// rating moments × 28 goals), all kept in IndexedDB as the app keeps them:
//   - cold start to an interactive dashboard (a new browser on a copy of a seeded profile each
//     run), the ratio to the empty start, and the longest task of the start;
//   - time of one save after one small edit (User Timing measure `leerpad:save`), median and p95,
//     at every size;
//   - the first start of this build on a large portfolio that an earlier build kept in
//     localStorage: the move into IndexedDB (measure `leerpad:move`) and the start as a whole;
//   - with the large portfolio: the work one keystroke in a reflection causes, and one change of
//     the overview's filter (from the input event until every resulting task has run);
//   - with the huge portfolio: downloading its backup, then reading that file back (until the
//     preview) and restoring it into an empty Leerpad, each with its longest task.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const PORT = 4174;
const BASE = `http://127.0.0.1:${PORT}`;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const EDITS = Number(process.env.BENCH_EDITS ?? 40);
const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 5000);
const HUGE = Number(process.env.BENCH_HUGE ?? 20000);
const HUGE_RUNS = Math.max(1, Math.round(RUNS / 2));

const LOREM =
  'Vandaag merkte ik in het teamoverleg dat ik weer snel het gesprek overnam. Wat leerde ik: eerst vragen stellen geeft ' +
  'collega’s ruimte om zelf met oplossingen te komen. Wat ga ik anders doen: ik stel eerst twee open vragen en vat samen ' +
  'voordat ik mijn eigen idee geef. Mijn intervisiegroep herkende dit patroon en gaf als tip om bewust stiltes te laten vallen. ';

function portfolio(entries) {
  const records = {
    'leerpad:meta': JSON.stringify({ schema: 1 }),
    'leerpad:profile': JSON.stringify({ name: 'Bench', role: 'Teamleider', organisation: 'BZK', manager: 'M', programme: 'blg', cohort_start: '2026-09-07' }),
    'leerpad:progress': JSON.stringify({ 'blg.m1': 'done', 'blg.m2': 'in_progress' }),
    'leerpad:settings': JSON.stringify({ last_backup: Date.now(), persistence_requested: true }),
  };
  if (!entries) return records;
  const goals = [6, 6, 6, 5, 5].flatMap((n, m) => Array.from({ length: n }, (_, g) => `blg.m${m + 1}.g${g + 1}`));
  for (let i = 0; i < entries; i++) {
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

/** Lets the app create its database (a first visit), then fills it with `records` from a page
 *  of the app's origin that has no app (a 404), the way the app stores them. */
async function fill(page, records) {
  await page.goto(`${BASE}/`);
  await page.waitForFunction(() => !document.querySelector('[data-prerendered]') && document.querySelector('main h1'));
  await page.goto(`${BASE}/bench-setup.txt`);
  await page.evaluate((records) => new Promise((resolve, reject) => {
    const open = indexedDB.open('leerpad');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction('records', 'readwrite');
      const store = tx.objectStore('records');
      store.clear();
      for (const [k, v] of Object.entries(records)) store.put(v, k);
      tx.oncomplete = () => { db.close(); resolve(); };
      tx.onabort = () => reject(tx.error);
    };
  }), records);
}

/** Opens Leerpad once on the filled database, as a participant's last visit did, and waits until it
 *  has written its pack (every record in one value, read by the next start instead of the records). */
async function visitOnce(page) {
  await page.goto(`${BASE}/`);
  await page.locator('.counts').waitFor({ timeout: 120_000 });
  await page.waitForFunction(() => new Promise((resolve) => {
    const open = indexedDB.open('leerpad');
    open.onsuccess = () => {
      const get = open.result.transaction('kept').objectStore('kept').get('pack');
      get.onsuccess = () => { open.result.close(); resolve(get.result !== undefined); };
    };
  }), null, { timeout: 60_000, polling: 500 });
}

/** Fills localStorage as a build before the IndexedDB store left it. */
async function fillLocalStorage(page, records) {
  await page.goto(`${BASE}/bench-setup.txt`);
  await page.evaluate((r) => { localStorage.clear(); for (const [k, v] of Object.entries(r)) localStorage.setItem(k, v); }, records);
}

/** A browser profile on disk that `seed(page)` has filled. */
async function seededProfile(seed) {
  const dir = mkdtempSync(join(tmpdir(), 'leerpad-bench-'));
  const context = await chromium.launchPersistentContext(dir, LAUNCH);
  const page = context.pages()[0] ?? (await context.newPage());
  await seed(page);
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
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
    new MutationObserver((_, observer) => {
      const counts = document.querySelector('.counts');
      if (counts && counts.textContent.trim()) {
        window.__ready = performance.now();
        window.__counts = counts.textContent;
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${BASE}/`);
  await page.waitForFunction(() => window.__ready !== undefined, null, { timeout: 120_000 });
  const [t, counts, read, load, start, move, longest] = await page.evaluate(() => [
    window.__ready, window.__counts,
    performance.getEntriesByName('leerpad:read')[0]?.duration, performance.getEntriesByName('leerpad:load')[0]?.duration,
    performance.getEntriesByName('leerpad:start')[0]?.startTime,
    performance.getEntriesByName('leerpad:move')[0]?.duration, window.__longest,
  ]);
  phases.push({ expectedCount, start, read, load, move, longest, t });
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
  const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usageDetails?.indexedDB ?? null);
  await context.close();
  return { durations, usage };
}

/** Long tasks in the page from now on: `window.__long` (durations). */
const watchLongTasks = (page) => page.evaluate(() => {
  window.__long = [];
  new PerformanceObserver((list) => window.__long.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
});
const longest = (page) => page.evaluate(() => Math.max(0, ...window.__long));

/** Backs up a portfolio of `records`, then reads the file back and restores it into an empty Leerpad. */
async function bigFile(browser, records) {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await fill(page, records);
  await page.goto(`${BASE}/gegevens`);
  await page.locator('#last-backup').waitFor();
  await watchLongTasks(page);
  let t = Date.now();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Back-up downloaden' }).first().click()]);
  const path = await download.path();
  const backup = { ms: Date.now() - t, longest: await longest(page), bytes: statSync(path).size };
  // Restored on another device: a new browser profile with an empty Leerpad.
  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto(`${BASE}/gegevens`);
  await fresh.locator('#last-backup').waitFor();
  const restored = await readAndRestore(fresh, path);
  await other.close();
  await context.close();
  return { backup, ...restored };
}

const FILES = Number(process.env.BENCH_FILES ?? 20);
const FILE_MB = Number(process.env.BENCH_FILE_MB ?? 5);

/** The page's memory now, as Chromium counts it: the JavaScript heap, the DOM's, and array
 *  buffers (the wasm's memory among them). */
async function memory(cdp) {
  const h = await cdp.send('Runtime.getHeapUsage');
  return h.usedSize + (h.embedderHeapUsedSize ?? 0) + (h.backingStorageSize ?? 0);
}

/** Runs `work` while sampling the page's memory; its time and the highest memory seen. */
async function measured(page, work) {
  const cdp = await page.context().newCDPSession(page);
  let peak = await memory(cdp);
  let sampling = true;
  const sampler = (async () => { while (sampling) { peak = Math.max(peak, await memory(cdp).catch(() => 0)); await new Promise((r) => setTimeout(r, 50)); } })();
  const t = Date.now();
  const result = await work();
  const ms = Date.now() - t;
  sampling = false;
  await sampler;
  await cdp.detach();
  return { ms, peak, result };
}

/** A portfolio with FILES attached files of FILE_MB each (distinct bytes, real SHA-256 and
 *  CRC-32), put straight into the database, then backed up and restored into an empty Leerpad. */
async function filesBackup(browser) {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await fill(page, portfolio(1));
  await page.evaluate(([count, mb]) => new Promise((resolve, reject) => {
    const table = new Uint32Array(256).map((_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
    const crc32 = (bytes) => { let c = ~0; for (let i = 0; i < bytes.length; i++) c = table[(c ^ bytes[i]) & 0xff] ^ (c >>> 8); return ~c >>> 0; };
    const hex = (buffer) => Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
    (async () => {
      const files = [];
      for (let i = 0; i < count; i++) {
        const bytes = new Uint8Array(mb * 1e6);
        for (let j = 0; j < bytes.length; j += 4096) bytes[j] = (i * 31 + j / 4096) & 0xff;
        const sha256 = hex(await crypto.subtle.digest('SHA-256', bytes));
        files.push({ i, sha256, crc32: crc32(bytes), blob: new Blob([bytes], { type: 'application/pdf' }) });
      }
      const open = indexedDB.open('leerpad');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const tx = db.transaction(['records', 'files'], 'readwrite');
        for (const f of files) {
          tx.objectStore('files').put({ blob: f.blob, kept: Date.now() }, f.sha256);
          tx.objectStore('records').put(JSON.stringify({ id: `f-${f.i}`, of: 'why', of_id: '', goal: '', name: `scan ${f.i}.pdf`, media_type: 'application/pdf', size: f.blob.size, added: 1, date: '2026-12-07', updated: 1, sha256: f.sha256, crc32: f.crc32, excluded: false }), `leerpad:file:f-${f.i}`);
        }
        tx.oncomplete = () => { db.close(); resolve(); };
        tx.onabort = () => reject(tx.error);
      };
    })().catch(reject);
  }), [FILES, FILE_MB]);
  await page.goto(`${BASE}/gegevens`);
  await page.locator('#last-backup').waitFor();
  const backup = await measured(page, async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Back-up downloaden' }).first().click()]);
    return download.path();
  });
  const path = backup.result;
  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto(`${BASE}/gegevens`);
  await fresh.locator('#last-backup').waitFor();
  const read = await measured(fresh, async () => {
    await fresh.getByLabel('Back-upbestand kiezen').setInputFiles(path);
    await fresh.locator('#restore-preview').waitFor({ timeout: 300_000 });
  });
  const restore = await measured(fresh, async () => {
    await fresh.getByRole('button', { name: 'Vervangen' }).click();
    await fresh.locator('#restore-done').waitFor({ timeout: 300_000 });
  });
  const bytes = statSync(path).size;
  await other.close();
  await context.close();
  return { bytes, backup, read, restore };
}

/** Reads the backup at `path` on /gegevens until the preview, then replaces the portfolio with it. */
async function readAndRestore(page, path) {
  await watchLongTasks(page);
  let t = Date.now();
  await page.getByLabel('Back-upbestand kiezen').setInputFiles(path);
  await page.locator('#restore-preview').waitFor({ timeout: 120_000 });
  const read = { ms: Date.now() - t, longest: await longest(page) };
  await watchLongTasks(page);
  t = Date.now();
  await page.getByRole('button', { name: 'Vervangen' }).click();
  await page.locator('#restore-done').waitFor({ timeout: 120_000 });
  const restore = { ms: Date.now() - t, longest: await longest(page) };
  return { read, restore };
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
  const empty = portfolio(0);
  const large = portfolio(ENTRIES);
  const huge = portfolio(HUGE);
  const profiles = {
    empty: await seededProfile(async (page) => { await fill(page, empty); await visitOnce(page); }),
    large: await seededProfile(async (page) => { await fill(page, large); await visitOnce(page); }),
    huge: await seededProfile(async (page) => { await fill(page, huge); await visitOnce(page); }),
    legacy: await seededProfile((page) => fillLocalStorage(page, large)),
  };
  const starts = { empty: [], large: [], huge: [], legacy: [] };
  for (let i = 0; i < RUNS; i++) {
    starts.empty.push(await coldStart(profiles.empty, 'Nog leeg'));
    starts.large.push(await coldStart(profiles.large, `${ENTRIES} reflecties`));
    if (i < HUGE_RUNS) starts.huge.push(await coldStart(profiles.huge, `${HUGE} reflecties`));
    if (i < HUGE_RUNS) starts.legacy.push(await coldStart(profiles.legacy, `${ENTRIES} reflecties`));
  }
  for (const dir of Object.values(profiles)) rmSync(dir, { recursive: true, force: true });
  const emptySave = await saves(browser, empty);
  const largeSave = await saves(browser, large);
  const hugeSave = await saves(browser, huge);
  const ui = await interactions(browser, large);
  const file = await bigFile(browser, huge);
  const withFiles = await filesBackup(browser);
  const mib = (records) => (Object.entries(records).reduce((n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(v), 0) / 1048576).toFixed(2);

  console.log(`Leerpad store benchmark (${ENTRIES} and ${HUGE} journal entries; ${RUNS} cold starts each, ${HUGE_RUNS} with ${HUGE}; ${EDITS} edits; Chromium headless, release build)`);
  const runs = (xs) => xs.map((x) => x.toFixed(0)).join(', ');
  const phase = (count, key, legacy = false) => median(phases.filter((p) => p.expectedCount === count && (p.move !== undefined) === legacy).map((p) => p[key] ?? 0));
  for (const [name, xs, count, records] of [['empty', starts.empty, 'Nog leeg', empty], [`${ENTRIES} entries`, starts.large, `${ENTRIES} reflecties`, large], [`${HUGE} entries`, starts.huge, `${HUGE} reflecties`, huge]]) {
    console.log(`cold start to dashboard, ${name.padEnd(14)} median ${ms(median(xs))}   (runs: ${runs(xs)}; ${mib(records)} MiB of JSON; reading ${ms(phase(count, 'read'))}, read + parse ${ms(phase(count, 'load'))}, longest task ${ms(phase(count, 'longest'))})`);
  }
  console.log(`start-up ratio ${ENTRIES} entries / empty          ${(median(starts.large) / median(starts.empty)).toFixed(2)}×   (target ≤ 1.5×)`);
  console.log(`start-up ratio ${HUGE} entries / empty         ${(median(starts.huge) / median(starts.empty)).toFixed(2)}×`);
  console.log(`first start after the update, ${ENTRIES} entries in localStorage: median ${ms(median(starts.legacy))} (runs: ${runs(starts.legacy)}); the move itself ${ms(phase(`${ENTRIES} reflecties`, 'move', true))}`);
  for (const [name, s] of [['empty', emptySave], [`${ENTRIES} entries`, largeSave], [`${HUGE} entries`, hugeSave]]) {
    console.log(`one save after one edit, ${name.padEnd(14)} median ${ms(median(s.durations))}   p95 ${ms(quantile(s.durations, 0.95))}   (n=${s.durations.length}; IndexedDB usage ${s.usage === null ? '?' : (s.usage / 1048576).toFixed(1) + ' MiB'}; target p95 ≤ 10 ms)`);
  }
  console.log(`one keystroke in a reflection, ${ENTRIES} entries   median ${ms(median(ui.keystrokes))}   p95 ${ms(quantile(ui.keystrokes, 0.95))}   (n=${ui.keystrokes.length}; target p95 ≤ 4 ms)`);
  console.log(`one filter change on /portfolio, ${ENTRIES} entries median ${ms(median(ui.filters))}   p95 ${ms(quantile(ui.filters, 0.95))}   max ${ms(Math.max(...ui.filters))}   (n=${ui.filters.length}; target ≤ 50 ms)`);
  const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
  console.log(`backup of the ${HUGE}-entry portfolio (${mb(file.backup.bytes)}): ${ms(file.backup.ms)} to the download, longest task ${ms(file.backup.longest)}`);
  console.log(`reading that file back until the preview: ${ms(file.read.ms)}, longest task ${ms(file.read.longest)}`);
  console.log(`restoring it into an empty Leerpad: ${ms(file.restore.ms)}, longest task ${ms(file.restore.longest)}`);
  const peak = (x) => `${(x.peak / 1048576).toFixed(0)} MiB`;
  console.log(`backup with ${FILES} files of ${FILE_MB} MB (zip of ${mb(withFiles.bytes)}): ${ms(withFiles.backup.ms)} to the download, page memory at most ${peak(withFiles.backup)}`);
  console.log(`reading and checking that zip until the preview: ${ms(withFiles.read.ms)}, at most ${peak(withFiles.read)}; restoring it: ${ms(withFiles.restore.ms)}, at most ${peak(withFiles.restore)}`);
  console.log(`  wasm start at ${ms(phase('Nog leeg', 'start'))} (empty), ${ms(phase(`${ENTRIES} reflecties`, 'start'))} (${ENTRIES} entries)`);
} finally {
  await browser.close();
  server.kill();
}
