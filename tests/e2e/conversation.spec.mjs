// The ontwikkelgesprek both ways (issue 16): the participant sends a conversation file from
// /verslag, the manager opens it in manager mode (/leidinggevende) in a browser of their own,
// answers, and saves a reply file. Manager mode never keeps anything on the manager's device.
import { webcrypto } from 'node:crypto';
import { test, expect, Leerpad, Onboarding, seedRecords, download, expectNoAxeViolations, waitForAppAfterNavigation, WIDTHS } from './leerpad.mjs';
import { fullBlgPortfolio } from './full-portfolio.mjs';

const PASSPHRASE = 'paarse fiets op de dijk';

/** Decrypts a Leerpad envelope the way any WebCrypto does (PBKDF2-SHA-256, AES-256-GCM). */
async function decrypt(text, passphrase) {
  const envelope = JSON.parse(text);
  expect(envelope).toMatchObject({ format: 'leerpad-versleuteld', version: 1, kdf: 'PBKDF2-SHA-256', cipher: 'AES-256-GCM' });
  expect(envelope.iterations).toBeGreaterThanOrEqual(600_000);
  const bytes = (b64) => Buffer.from(b64, 'base64');
  const base = await webcrypto.subtle.importKey('raw', Buffer.from(passphrase), 'PBKDF2', false, ['deriveKey']);
  const key = await webcrypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: bytes(envelope.salt), iterations: envelope.iterations },
    base, { name: 'AES-GCM', length: 256 }, false, ['decrypt']);
  const plain = await webcrypto.subtle.decrypt({ name: 'AES-GCM', iv: bytes(envelope.iv) }, key, bytes(envelope.ciphertext));
  return JSON.parse(Buffer.from(plain).toString('utf8'));
}

/** The report page with the send panel, for a participant with a full BLG portfolio. */
class Sending {
  constructor(page) {
    this.page = waitForAppAfterNavigation(page);
    this.app = new Leerpad(page);
    this.panel = page.locator('#send-conversation');
  }

  async open() {
    await new Onboarding(this.page).skip();
    await seedRecords(this.page, fullBlgPortfolio());
    await this.app.goto('/verslag');
    await this.page.getByRole('button', { name: 'Voor het ontwikkelgesprek versturen' }).click();
    await expect(this.panel.getByRole('heading', { name: 'Versturen voor het ontwikkelgesprek' })).toBeFocused();
  }

  async choosePassphrase(first, second = first) {
    await this.panel.getByLabel('Wachtwoordzin', { exact: true }).fill(first);
    await this.panel.getByLabel('Wachtwoordzin nog een keer').fill(second);
  }

  send() {
    return download(this.page, this.panel.getByRole('button', { name: 'Gespreksbestand downloaden' }));
  }
}

/** Manager mode, opened straight from its address as a manager would from an email's link. */
class ManagerMode {
  constructor(page) {
    // Also for pages of a context made here: the pre-rendered copy of the page has the same
    // heading and file input, without the app behind them.
    this.page = waitForAppAfterNavigation(page);
    this.heading = page.locator('main h1');
  }

  async open(file) {
    await this.page.goto('/leidinggevende');
    await expect(this.heading).toHaveText('Ontwikkelgesprek voorbereiden');
    await this.page.locator('#conversation-file').setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
  }

  async unlock(passphrase) {
    await this.page.getByLabel('Wachtwoordzin').fill(passphrase);
    await this.page.getByRole('button', { name: 'Openen' }).click();
  }

  goal(number) {
    return this.page.locator('fieldset.goal-rating').filter({ has: this.page.locator('.goal-number', { hasText: new RegExp(`^${number.replace('.', '\\.')}$`) }) });
  }

  async rate(number, level, note = '') {
    const module = this.page.locator('details.module-goals').nth(Number(number.split('.')[0]) - 1);
    if (!(await module.evaluate((d) => d.open))) await module.locator('summary').click();
    const goal = this.goal(number);
    await goal.locator('label').filter({ hasText: new RegExp(`^${level}`) }).click();
    if (note) await goal.getByLabel('Toelichting (optioneel)').fill(note);
  }

  save() {
    return download(this.page, this.page.getByRole('button', { name: 'Antwoord opslaan' }));
  }
}

/** What a page requested from anywhere but its own origin. */
function watchRequests(page) {
  const foreign = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['http://127.0.0.1:4173', 'null'].includes(url.origin) && !['blob:', 'data:'].includes(url.protocol)) foreign.push(r.url());
  });
  return foreign;
}

test('the participant sends an encrypted file with exactly what the report shares', async ({ page }) => {
  const sending = new Sending(page);
  await sending.open();
  await sending.choosePassphrase(PASSPHRASE);
  await expect(page.locator('.strength')).toHaveText(/Sterkte: sterk/);
  const file = await sending.send();
  expect(file.name).toMatch(/^leerpad-gesprek-\d{4}-\d{2}-\d{2}\.json$/);
  expect(file.text).not.toContain('Robin');
  const request = await decrypt(file.text, PASSPHRASE);
  expect(request).toMatchObject({ format: 'leerpad-gesprek', version: 1, kind: 'request', participant: 'Robin Jansen', programme: 'blg' });
  expect(request.conversation).toMatch(/^gesprek-[0-9a-f]+-[0-9a-f]{8}$/);
  const sent = JSON.stringify(request.portfolio);
  expect(sent).toContain('Het lastige gesprek met Karim');
  expect(sent).not.toContain('twijfels over de functie');
  expect(request.portfolio.settings).toEqual({ last_backup: null, persistence_requested: false });
  await expect(sending.panel.getByRole('status')).toContainText('staat in je downloads');
  await expect(sending.panel.getByRole('status')).toContainText('Vertel de wachtwoordzin op een andere manier');
});

test('a short or mistyped passphrase stops the file, and says why', async ({ page }) => {
  const sending = new Sending(page);
  await sending.open();
  let downloads = 0;
  page.on('download', () => downloads++);
  const button = sending.panel.getByRole('button', { name: 'Gespreksbestand downloaden' });
  await sending.choosePassphrase('kort');
  await button.click();
  await expect(sending.panel.getByRole('alert')).toHaveText('Gebruik minstens 10 tekens.');
  await expect(sending.panel.getByLabel('Wachtwoordzin', { exact: true })).toBeFocused();
  await sending.choosePassphrase(PASSPHRASE, `${PASSPHRASE}!`);
  await button.click();
  await expect(sending.panel.getByRole('alert')).toHaveText('De twee wachtwoordzinnen zijn niet gelijk. Typ ze opnieuw.');
  await expect(sending.panel.getByLabel('Wachtwoordzin nog een keer')).toBeFocused();
  await expect(sending.panel.getByText('Er is geen herstel mogelijk')).toBeVisible();
  expect(downloads).toBe(0);
});

test('the manager opens, rates, comments and agrees in a browser of their own, and keeps nothing', async ({ page, browser }) => {
  const sending = new Sending(page);
  const participantRequests = watchRequests(page);
  await sending.open();
  await sending.choosePassphrase(PASSPHRASE);
  const file = await sending.send();
  const { conversation } = await decrypt(file.text, PASSPHRASE);

  const managerContext = await browser.newContext({ locale: 'nl-NL' });
  const managerPage = await managerContext.newPage();
  const managerRequests = watchRequests(managerPage);
  const manager = new ManagerMode(managerPage);
  await manager.open(file);
  await expect(managerPage.getByRole('heading', { name: 'Dit bestand is versleuteld' })).toBeVisible();
  await manager.unlock('verkeerde wachtwoordzin');
  await expect(managerPage.getByRole('alert').filter({ hasText: 'Met deze wachtwoordzin gaat het bestand niet open' })).toBeVisible();
  await expect(managerPage.getByLabel('Wachtwoordzin')).toHaveAttribute('aria-invalid', 'true');
  await manager.unlock(PASSPHRASE);
  await expect(manager.heading).toHaveText('Ontwikkelgesprek met Robin Jansen');
  await expect(managerPage.locator('.report-preview article.report')).toContainText('Het lastige gesprek met Karim');
  await expect(managerPage.locator('.report-preview')).not.toContainText('twijfels over de functie');

  await manager.rate('1.1', 4, 'Zie ik terug in het teamoverleg.');
  await manager.rate('1.2', 3);
  await manager.rate('2.3', 2);
  await expect(manager.goal('1.1').locator('.previous-rating')).toContainText('Eigen beoordeling van je medewerker:');
  await expect(managerPage.locator('details.module-goals').first().locator('summary')).toContainText('2 van 6 beoordeeld');
  await managerPage.getByLabel('Reflectie: Het lastige gesprek met Karim').fill('Goed dat je dit gesprek aanging.');
  await managerPage.getByLabel('Wat ging goed').fill('Het teamoverleg loopt beter.');
  await managerPage.getByRole('button', { name: 'Actie toevoegen' }).click();
  await expect(managerPage.getByLabel('Wat gaat je medewerker doen')).toBeFocused();
  await managerPage.getByLabel('Wat gaat je medewerker doen').fill('Twee collega’s om feedback vragen');
  await managerPage.getByLabel('Uiterlijk op').fill('2027-01-31');
  await managerPage.getByLabel('Bij leerdoel').selectOption('blg.m1.g2');
  await managerPage.getByLabel('Volgende gesprek').fill('2027-03-01');
  await managerPage.getByLabel('Je naam').fill('Mira de Boer');
  const reply = await manager.save();
  expect(reply.name).toMatch(/^leerpad-gesprek-antwoord-\d{4}-\d{2}-\d{2}\.json$/);
  const answer = await decrypt(reply.text, PASSPHRASE);
  expect(answer).toMatchObject({ format: 'leerpad-gesprek', version: 1, kind: 'reply', conversation });
  expect(answer.reply.ratings).toEqual({
    'blg.m1.g1': { level: 4, note: 'Zie ik terug in het teamoverleg.' },
    'blg.m1.g2': { level: 3, note: '' },
    'blg.m2.g3': { level: 2, note: '' },
  });
  expect(answer.reply.comments).toEqual({ 'leerpad:journal:j1': 'Goed dat je dit gesprek aanging.' });
  expect(answer.reply.actions).toEqual([expect.objectContaining({ title: 'Twee collega’s om feedback vragen', due: '2027-01-31', goal: 'blg.m1.g2' })]);
  expect(answer.reply).toMatchObject({ manager: 'Mira de Boer', went_well: 'Het teamoverleg loopt beter.', next_date: '2027-03-01' });
  await expect(managerPage.getByRole('status').filter({ hasText: 'Stuur het terug naar Robin Jansen' })).toBeVisible();

  // Nothing of the conversation stays on the manager's device, and nothing left either origin.
  const kept = await managerPage.evaluate(async () => ({
    databases: (await indexedDB.databases()).map((d) => d.name),
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
  }));
  expect(kept).toEqual({ databases: [], local: [], session: [] });
  expect(managerRequests).toEqual([]);
  expect(participantRequests).toEqual([]);
  await managerContext.close();
});

test('an earlier reply opens again to carry on, and only for its own conversation', async ({ page, browser }) => {
  const sending = new Sending(page);
  await sending.open();
  await sending.panel.getByLabel('Versleutelen met een wachtwoordzin (aangeraden)').uncheck();
  const file = await sending.send();
  expect(JSON.parse(file.text).kind).toBe('request');
  const other = await sending.send();

  const context = await browser.newContext({ locale: 'nl-NL' });
  const manager = new ManagerMode(await context.newPage());
  await manager.open(file);
  await expect(manager.heading).toHaveText('Ontwikkelgesprek met Robin Jansen');
  await manager.page.getByLabel('Wat ging goed').fill('Eerste versie');
  const saved = await manager.save();

  // A reply where the conversation file belongs is refused with the way out.
  await manager.open(saved);
  await expect(manager.page.getByRole('alert')).toContainText('Dit is een antwoordbestand, geen gespreksbestand');

  await manager.open(other);
  await manager.page.locator('#earlier-reply').setInputFiles({ name: saved.name, mimeType: 'application/json', buffer: Buffer.from(saved.text) });
  await expect(manager.page.getByRole('status').filter({ hasText: 'Dit antwoord hoort bij een ander gesprek' })).toBeVisible();
  await expect(manager.page.getByLabel('Wat ging goed')).toHaveValue('');

  await manager.open(file);
  await manager.page.locator('#earlier-reply').setInputFiles({ name: saved.name, mimeType: 'application/json', buffer: Buffer.from(saved.text) });
  await expect(manager.page.getByLabel('Wat ging goed')).toHaveValue('Eerste versie');
  await context.close();
});

test('a file that is no conversation file is refused in words', async ({ page }) => {
  const manager = new ManagerMode(page);
  await manager.open({ name: 'backup.json', text: JSON.stringify({ format: 'leerpad-backup', schema: 1 }) });
  await expect(page.getByRole('alert')).toContainText('Dit is geen gespreksbestand van Leerpad');
  await manager.open({ name: 'half.json', text: '{"format": "leerpad-gesprek", "version": 1, "kind": "req' });
  await expect(page.getByRole('alert')).toContainText('Dit bestand is niet compleet');
});

for (const [name, viewport] of WIDTHS) {
  test(`manager mode has no axe violations and no sideways scroll (${name}), in both languages`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await new Onboarding(page).skip();
    await seedRecords(page, fullBlgPortfolio());
    await page.goto('/verslag');
    await page.getByRole('button', { name: 'Voor het ontwikkelgesprek versturen' }).click();
    await page.getByLabel('Versleutelen met een wachtwoordzin (aangeraden)').uncheck();
    await expectNoAxeViolations(page);
    const file = await download(page, page.getByRole('button', { name: 'Gespreksbestand downloaden' }));
    const manager = new ManagerMode(page);
    await page.goto('/leidinggevende');
    await expectNoAxeViolations(page);
    await manager.open(file);
    await expect(manager.heading).toHaveText('Ontwikkelgesprek met Robin Jansen');
    await page.locator('details.module-goals').first().locator('summary').click();
    await page.getByRole('button', { name: 'Actie toevoegen' }).click();
    for (const language of ['English', 'Nederlands']) {
      await page.getByRole('button', { name: language }).click();
      await expectNoAxeViolations(page);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
      expect(wide, `sideways scroll in ${language}`).toBe(false);
    }
    await expect(manager.heading).toHaveText('Ontwikkelgesprek met Robin Jansen');
  });
}

test('manager mode does not read the portfolio kept on the same device', async ({ page }) => {
  await new Onboarding(page).skip();
  await seedRecords(page, fullBlgPortfolio());
  await page.goto('/leidinggevende');
  await expect(page.locator('main h1')).toHaveText('Ontwikkelgesprek voorbereiden');
  const opened = await page.evaluate(() => ({ prefetched: window.__leerpadDb === undefined }));
  expect(opened.prefetched).toBe(true);
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText('Robin Jansen');
});

/** The manager's side of a whole conversation in a browser of their own: three goals rated, a
 *  comment, an agreed action, the agreements; returns the reply file. */
async function managerAnswers(browser, file, passphrase) {
  const context = await browser.newContext({ locale: 'nl-NL' });
  const manager = new ManagerMode(await context.newPage());
  await manager.open(file);
  if (passphrase) await manager.unlock(passphrase);
  await expect(manager.heading).toHaveText('Ontwikkelgesprek met Robin Jansen');
  await manager.rate('1.1', 5);
  await manager.rate('1.2', 2);
  await manager.rate('2.3', 4);
  await manager.page.getByLabel('Reflectie: Het lastige gesprek met Karim').fill('Goed dat je dit gesprek aanging.');
  await manager.page.getByLabel('Datum van het gesprek').fill('2026-12-10');
  await manager.page.getByLabel('Wat ging goed').fill('Het teamoverleg loopt beter.');
  await manager.page.getByRole('button', { name: 'Actie toevoegen' }).click();
  await manager.page.getByLabel('Wat gaat je medewerker doen').fill('Twee collega’s om feedback vragen');
  await manager.page.getByLabel('Uiterlijk op').fill('2027-01-31');
  await manager.page.getByLabel('Bij leerdoel').selectOption('blg.m1.g2');
  await manager.page.getByLabel('Volgende gesprek').fill('2027-03-01');
  await manager.page.getByLabel('Je naam').fill('Mira de Boer');
  const reply = await manager.save();
  await context.close();
  return reply;
}

/** Reads a reply file in on /verslag. */
async function readIn(page, reply) {
  await page.locator('#reply-file').setInputFiles({ name: reply.name, mimeType: 'application/json', buffer: Buffer.from(reply.text) });
}

test('the participant reads the encrypted reply in and sees it on the report page, in Mijn groei and on the dashboard', async ({ page, browser }) => {
  const sending = new Sending(page);
  await sending.open();
  await sending.choosePassphrase(PASSPHRASE);
  const file = await sending.send();
  await expect(page.getByRole('heading', { name: 'Gesprekken met je leidinggevende' })).toBeVisible();
  await expect(page.locator('.conversation')).toContainText('nog geen antwoord ingelezen');
  const reply = await managerAnswers(browser, file, PASSPHRASE);

  await readIn(page, reply);
  await page.getByLabel('Wachtwoordzin', { exact: true }).last().fill(PASSPHRASE);
  await page.locator('.read-in-reply').getByRole('button', { name: 'Openen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Het antwoord van Mira de Boer is ingelezen' })).toBeVisible();
  const card = page.locator('.conversation');
  await expect(card.getByRole('heading', { level: 3 })).toHaveText('Gesprek van 10 december 2026');
  await expect(card).toContainText('Het teamoverleg loopt beter.');
  await expect(card).toContainText('3 leerdoelen beoordeeld, 1 reactie bij gedeelde onderdelen.');

  await page.goto('/groei');
  const module1 = page.locator('.growth-module').first();
  await expect(module1.locator('thead th').last()).toHaveText(/^Leiding\u00ad?gevende$/);
  await expect(module1.locator('svg.radar')).toContainText('Leidinggevende');
  await expect(module1.locator('tbody tr').first().locator('td').last()).toHaveText('5');
  const gaps = page.locator('section.gaps');
  await expect(gaps.getByRole('heading', { name: 'Zelfbeeld en beeld van je leidinggevende' })).toBeVisible();
  await expect(gaps).toContainText('leidinggevende 5');
  await expectNoAxeViolations(page);
  // Both pages of the participant's side, in English too.
  await new Leerpad(page).openMenu();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(gaps.getByRole('heading', { name: "Your view and your manager's" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/verslag');
  await expect(page.getByRole('heading', { name: 'Conversations with your manager' })).toBeVisible();
  await expect(page.locator('.conversation')).toContainText('Reply from Mira de Boer read in.');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Nederlands' }).click();

  await page.goto('/');
  await expect(page.locator('.last-conversation')).toHaveText('Laatste gesprek: 10 december 2026; volgende: 1 maart 2027');
});

test('an agreed action is taken over once, a comment shows under its item, and the next report recalls the agreements', async ({ page, browser }) => {
  const sending = new Sending(page);
  await sending.open();
  await sending.panel.getByLabel('Versleutelen met een wachtwoordzin (aangeraden)').uncheck();
  const reply = await managerAnswers(browser, await sending.send());
  await readIn(page, reply);
  await expect(page.getByRole('status').filter({ hasText: 'is ingelezen' })).toBeVisible();

  await page.getByRole('button', { name: 'Overnemen als actie' }).click();
  await expect(page.locator('main h1')).toHaveText('Actie of experiment');
  await expect(page.getByLabel('Wat ga ik doen?')).toHaveValue('Twee collega’s om feedback vragen');
  await page.goto('/verslag');
  await expect(page.getByRole('button', { name: 'Overnemen als actie' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Overgenomen: bekijk de actie' })).toBeVisible();
  await expect(page.locator('.report-preview')).toContainText('Afspraken uit het gesprek van 10 december 2026');
  await expect(page.locator('.report-preview')).toContainText('Twee collega’s om feedback vragen');

  await page.goto('/portfolio/journal/j1');
  await expect(page.locator('.manager-comment')).toContainText('Reactie van Mira de Boer (10 december 2026)');
  await expect(page.locator('.manager-comment')).toContainText('Goed dat je dit gesprek aanging.');
});

test('a reply to another conversation, or the conversation file itself, is refused and changes nothing', async ({ page, browser }) => {
  const sending = new Sending(page);
  await sending.open();
  await sending.panel.getByLabel('Versleutelen met een wachtwoordzin (aangeraden)').uncheck();
  const file = await sending.send();
  // Someone else's conversation, answered by the same manager.
  const otherContext = await browser.newContext({ locale: 'nl-NL' });
  const other = new Sending(await otherContext.newPage());
  await other.open();
  await other.panel.getByLabel('Versleutelen met een wachtwoordzin (aangeraden)').uncheck();
  const theirs = await managerAnswers(browser, await other.send());
  await otherContext.close();

  await readIn(page, theirs);
  await expect(page.getByRole('alert').filter({ hasText: 'Dit antwoord hoort bij een gesprek dat niet vanuit deze Leerpad is verstuurd' })).toBeVisible();
  const changed = JSON.parse(theirs.text);
  changed.reply.went_well = 'Iets anders';
  await readIn(page, { name: 'veranderd.json', text: JSON.stringify(changed) });
  await expect(page.getByRole('alert').filter({ hasText: 'veranderd of beschadigd' })).toBeVisible();
  await readIn(page, file);
  await expect(page.getByRole('alert').filter({ hasText: 'Dit is het gespreksbestand zelf' })).toBeVisible();
  await expect(page.locator('.conversation')).toContainText('nog geen antwoord ingelezen');
  await expectNoAxeViolations(page);
});

/** Drops `file` on the home page, as a manager would from their mail. */
function dropOnHome(page, file) {
  return page.evaluate(({ name, text }) => {
    const data = new DataTransfer();
    data.items.add(new File([text], name, { type: 'application/json' }));
    document.querySelector('main .home').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, file);
}

test('a manager finds the way in on the home page, and a conversation file dropped there opens in manager mode', async ({ page, browser }) => {
  const sending = new Sending(page);
  await sending.open();
  await sending.choosePassphrase(PASSPHRASE);
  const file = await sending.send();

  const context = await browser.newContext({ locale: 'nl-NL' });
  const managerPage = waitForAppAfterNavigation(await context.newPage());
  await managerPage.goto('/');
  await expect(managerPage.locator('main h1')).toHaveText('Welkom bij Leerpad');
  await managerPage.getByRole('link', { name: 'Ik ben leidinggevende: een gespreksbestand openen' }).click();
  await expect(managerPage.locator('main h1')).toHaveText('Ontwikkelgesprek voorbereiden');
  await expect(managerPage).toHaveURL(/\/leidinggevende$/);
  await managerPage.goBack();
  await expect(managerPage.locator('main h1')).toHaveText('Welkom bij Leerpad');

  await dropOnHome(managerPage, { name: 'iets.json', text: '{"format":"leerpad-backup"}' });
  await expect(managerPage.getByRole('alert').filter({ hasText: 'Dit is geen gespreksbestand van Leerpad' })).toBeVisible();
  await dropOnHome(managerPage, file);
  await expect(managerPage.getByRole('heading', { name: 'Dit bestand is versleuteld' })).toBeVisible();
  await expect(managerPage.getByLabel('Wachtwoordzin')).toBeFocused();
  await managerPage.getByLabel('Wachtwoordzin').fill(PASSPHRASE);
  await managerPage.getByRole('button', { name: 'Openen' }).click();
  await expect(managerPage.locator('main h1')).toHaveText('Ontwikkelgesprek met Robin Jansen');
  // The file waited for one step only.
  expect(await managerPage.evaluate(() => Object.keys(sessionStorage))).toEqual([]);
  await context.close();
});
