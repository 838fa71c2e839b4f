import { chromium } from 'playwright';
import { spawn } from 'node:child_process';
const [dir, port, path, n] = process.argv.slice(2);
const server = spawn('bash', ['scripts/serve-nginx.sh', dir, port], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((r) => server.stdout.once('data', r));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', ...(process.env.JSFLAGS ? ['--js-flags=' + process.env.JSFLAGS] : [])] });
for (let i = 0; i < Number(n); i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(`http://127.0.0.1:${port}${path}`);
  await page.waitForFunction(() => !document.querySelector('[data-prerendered]') && document.querySelector('main h1'));
  await page.waitForTimeout(300);
  const marks = await page.evaluate(() => performance.getEntriesByType('mark').filter(e => e.name.startsWith('t:') || e.name.startsWith('leerpad')).map(e => `${e.name.replace('leerpad:','')}@${e.startTime|0}`));
  const base = Number(marks[0].split('@')[1]);
  console.log(marks.map(m => { const [k, t] = m.split('@'); return `${k}+${Number(t) - base}`; }).join(' '));
  await context.close();
}
await browser.close(); server.kill();
