// Page objects and helpers shared by the end-to-end specs.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test as base, expect } from '@playwright/test';

export { expect };

/** A phone and a laptop, for behaviour that must hold at both widths. */
export const WIDTHS = [['phone', { width: 360, height: 740 }], ['laptop', { width: 1366, height: 900 }]];

/** Waits, after every navigation, until the app has taken over a pre-rendered page
 *  (scripts/prerender.mjs), so that no test clicks on the static copy. */
export function waitForAppAfterNavigation(page) {
  if (page.__leerpadPatched) return page;
  page.__leerpadPatched = true;
  for (const name of ['goto', 'reload', 'goBack', 'goForward']) {
    const original = page[name].bind(page);
    page[name] = async (...args) => {
      const response = await original(...args);
      await page.waitForFunction(() => !document.querySelector('[data-prerendered]'), null, { timeout: 15_000 }).catch(() => {});
      return response;
    };
  }
  return page;
}

/** Playwright's `test`, with pages that wait for the app after each navigation. */
export const test = base.extend({
  // `test.use({ waitForApp: false })` for tests of the static pages alone.
  waitForApp: [true, { option: true }],
  page: async ({ page, waitForApp }, use) => use(waitForApp ? waitForAppAfterNavigation(page) : page),
  context: async ({ context, waitForApp }, use) => {
    if (waitForApp) context.on('page', waitForAppAfterNavigation);
    await use(context);
  },
});

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The rule sets Leerpad promises: WCAG 2.1 A and AA, plus axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** Runs axe-core on the current page and fails with a readable list of violations. */
export async function expectNoAxeViolations(page) {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`);
  }, AXE_TAGS);
  expect(violations, `axe-core on ${page.url()}`).toEqual([]);
}

export class Leerpad {
  constructor(page) {
    this.page = waitForAppAfterNavigation(page);
    // The report preview holds a document of its own; the page's heading is the first one.
    this.heading = page.locator('main h1').first();
    this.mainNav = page.getByRole('navigation', { name: /Hoofdmenu|Main menu/ });
    // On a phone the menu and the language switch are behind this button.
    this.menuButton = page.locator('button.menu-button');
    this.goals = page.locator('main ol.goal-list > li');
  }

  /** Opens a path and waits until the app has rendered its page heading. */
  async goto(path) {
    await this.page.goto(path);
    await expect(this.heading).toBeVisible();
  }

  /** Content-Security-Policy violations seen since the page loaded (needs `watchCsp`). */
  cspViolations() {
    return this.page.evaluate(() => window.__cspViolations ?? []);
  }

  languageButton(name) {
    return this.page.getByRole('button', { name });
  }

  /** Opens the menu where a phone folds it away; nothing to do on a wider screen. */
  async openMenu() {
    if (await this.menuButton.isVisible() && (await this.menuButton.getAttribute('aria-expanded')) !== 'true') {
      await this.menuButton.click();
    }
  }

  async switchLanguage(name) {
    await this.openMenu();
    await this.languageButton(name).click();
    await expect(this.languageButton(name)).toHaveAttribute('aria-pressed', 'true');
  }

  /** Every route of the skeleton, for checks that must hold on every page. */
  static routes() {
    const modules = (id) => [1, 2, 3, 4, 5].map((n) => `/${id}/module/${n}`);
    return ['/', '/profiel', '/zelfbeoordeling', '/groei', '/uitleg-schaal', '/portfolio', '/portfolio/why', '/portfolio/360', '/werkbladen', '/werkbladen/teamscan', '/verslag', '/gegevens', '/toegankelijkheid', '/privacy', '/blg', '/smec', ...modules('blg'), ...modules('smec'), '/bestaat-niet'];
  }
}

/** Records every Content-Security-Policy violation in `window.__cspViolations`. */
export async function watchCsp(target) {
  await target.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
}

/** The onboarding form and what it leads to. */
export class Onboarding {
  constructor(page) {
    this.page = waitForAppAfterNavigation(page);
    this.app = new Leerpad(page);
  }

  async complete({ name = '', role = '', organisation = '', manager = '', programme = null, cohortStart = '' } = {}) {
    await this.app.goto('/');
    await expect(this.app.heading).toHaveText('Welkom bij Leerpad');
    const form = this.page.locator('form');
    if (name) await form.getByLabel('Naam', { exact: true }).fill(name);
    if (role) await form.getByLabel('Functie of rol').fill(role);
    if (organisation) await form.getByLabel('Organisatie').fill(organisation);
    if (manager) await form.getByLabel('Naam van je leidinggevende').fill(manager);
    if (programme) await form.getByLabel(new RegExp(`^${programme} – `)).check();
    if (cohortStart) await form.getByLabel('Startdatum van je groep').fill(cohortStart);
    await this.page.getByRole('button', { name: 'Beginnen' }).click();
    await expect(this.app.heading).toHaveText('Mijn leerpad');
  }

  async skip() {
    await this.app.goto('/');
    await this.page.getByRole('button', { name: 'Overslaan' }).click();
    await expect(this.app.heading).toHaveText('Mijn leerpad');
  }
}

/** Lets a test make the database refuse writes with the quota error, as a full disk would:
 *  `window.__storageFull = true` makes every put of a Leerpad record throw QuotaExceededError. */
export async function installStorageSwitch(target) {
  await target.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (value, key) {
      if (window.__storageFull && String(key).startsWith('leerpad')) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      return put.call(this, value, key);
    };
  });
}

/** In the page: runs `work(db, arg)` on Leerpad's database (which the app has created) and
 *  closes it. Sent as source text, which the page's CSP leaves alone (it would refuse an eval). */
function inDatabase(page, work, arg) {
  return page.evaluate(`(async () => {
    const db = await new Promise((resolve, reject) => {
      const r = indexedDB.open('leerpad');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
      // Leerpad creates its own database; a test that comes first must not create an empty one.
      r.onupgradeneeded = () => r.transaction.abort();
    });
    try {
      return await (${work.toString()})(db, ${JSON.stringify(arg)});
    } finally {
      db.close();
    }
  })()`);
}

/** Writes records straight into the database, as text: `{ 'leerpad:meta': '{"schema":99}' }`.
 *  Like every writer, it renews the change token in `kept`, so that a pack made before (the
 *  start's one-text copy of the records) is not read as current after a reload. */
export function putRecords(page, records) {
  return inDatabase(page, (db, records) => new Promise((resolve, reject) => {
    const kept = db.objectStoreNames.contains('kept');
    const tx = db.transaction(kept ? ['records', 'kept'] : ['records'], 'readwrite');
    for (const [key, text] of Object.entries(records)) tx.objectStore('records').put(text, key);
    if (kept) tx.objectStore('kept').put(`test-${Date.now()}-${Math.random()}`, 'changed');
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error);
  }), records);
}

/** Writes `count` generated reflections of about `bytes` bytes each straight into the database
 *  (made in the page: no megabytes through the test's connection). */
export function generateReflections(page, count, bytes) {
  return inDatabase(page, (db, [count, bytes]) => new Promise((resolve, reject) => {
    const kept = db.objectStoreNames.contains('kept');
    const tx = db.transaction(kept ? ['records', 'kept'] : ['records'], 'readwrite');
    if (kept) tx.objectStore('kept').put(`test-${Date.now()}-${Math.random()}`, 'changed');
    const body = 'Wat gebeurde er, wat leerde ik, wat ga ik anders doen? '.repeat(Math.ceil(bytes / 56)).slice(0, bytes);
    for (let i = 0; i < count; i++) {
      const id = `j-${String(i).padStart(6, '0')}`;
      tx.objectStore('records').put(JSON.stringify({ title: `Reflectie ${i}`, body, created: i, updated: i }), `leerpad:journal:${id}`);
    }
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error);
  }), [count, bytes]);
}

/** Writes records straight into storage, for tests about what is shown rather than typed:
 *  `{ 'journal:j1': { title: 'T' } }` becomes `leerpad:journal:j1`. */
export function seedRecords(page, records) {
  return putRecords(page, Object.fromEntries(Object.entries(records).map(([key, value]) => [`leerpad:${key}`, JSON.stringify(value)])));
}

/** Everything in one object store of the database (`records`, `previous` or `kept`), as `{ key: text }`. */
export function storedIn(page, store) {
  return inDatabase(page, (db, store) => new Promise((resolve, reject) => {
    const request = db.transaction(store).objectStore(store).openCursor();
    const out = {};
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return resolve(out);
      out[cursor.key] = cursor.value;
      cursor.continue();
    };
    request.onerror = () => reject(request.error);
  }), store);
}

/** The kept files, `{ sha256: base64 of the bytes }` (read in the page: Blobs do not cross). */
export function storedFiles(page) {
  return inDatabase(page, async (db) => {
    const read = (ask) => new Promise((resolve, reject) => {
      const request = ask(db.transaction('files').objectStore('files'));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const [keys, values] = [await read((s) => s.getAllKeys()), await read((s) => s.getAll())];
    const out = {};
    for (const [i, value] of values.entries()) {
      const bytes = new Uint8Array(await value.blob.arrayBuffer());
      out[keys[i]] = btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''));
    }
    return out;
  });
}

/** The portfolio's records as stored, `{ 'leerpad:profile': '{…}', … }`. */
export function storedRecords(page) {
  return storedIn(page, 'records');
}

/** What Leerpad keeps in localStorage, as `{ key: value }` (the language, and the marker of a
 *  portfolio moved to the database). */
export function localStorageItems(page) {
  return page.evaluate(() => Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith('leerpad')).map((k) => [k, localStorage.getItem(k)])));
}

/** A rating moment record for `seedRecords`: `levels[i]` (and `targets[i]`) for `goals[i]`. */
export function momentRecord({ name, date, created, programme = 'blg', goals, levels, targets = [], note = '' }) {
  return {
    name, date, programme, created, closed: false,
    ratings: Object.fromEntries(goals.map((g, i) => [g, { level: levels[i], target: targets[i] ?? null, not_applicable: false, note }])),
  };
}

/** Clears everything the browser keeps for the site, as "clear site data" in its settings does:
 *  an open Leerpad loses its database connection. */
export async function clearSiteData(page) {
  const client = await page.context().newCDPSession(page);
  await client.send('Storage.clearDataForOrigin', { origin: new URL(page.url()).origin, storageTypes: 'indexeddb,local_storage' });
  await client.detach();
  // The browser finishes deleting the database a moment later.
  await page.waitForFunction(async () => !(await indexedDB.databases()).some((d) => d.name === 'leerpad'));
}

/** Waits until the header says everything is saved. */
export async function expectSaved(page) {
  await expect(page.getByRole('status').filter({ hasText: /^Opgeslagen$|^Saved$/ })).toBeVisible();
}

/** Clicks `button` and returns the downloaded file's name and bytes. */
export async function downloadBytes(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), bytes: Buffer.concat(await (await file.createReadStream()).toArray()) };
}

/** The entries of a zip archive of stored entries, `{ name: Buffer }` (what any unzip tool shows). */
export function unzip(bytes) {
  const end = bytes.length - 22;
  if (bytes.readUInt32LE(end) !== 0x06054b50) throw new Error('no end record');
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const out = {};
  for (let i = 0; i < count; i++) {
    const [method, size, nameLen, extraLen, commentLen, local] = [bytes.readUInt16LE(at + 10), bytes.readUInt32LE(at + 24), bytes.readUInt16LE(at + 28), bytes.readUInt16LE(at + 30), bytes.readUInt16LE(at + 32), bytes.readUInt32LE(at + 42)];
    if (method !== 0) throw new Error('compressed');
    const name = bytes.subarray(at + 46, at + 46 + nameLen).toString('utf8');
    const data = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    out[name] = bytes.subarray(data, data + size);
    at += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** Clicks `button` and returns the downloaded file's name and text. */
export async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const text = Buffer.concat(await (await file.createReadStream()).toArray()).toString('utf8');
  return { name: file.suggestedFilename(), text };
}
