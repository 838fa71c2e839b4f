import { chromium } from 'playwright';
import { spawn } from 'node:child_process';
const [dir, port, path, n] = process.argv.slice(2);
const server = spawn('bash', ['scripts/serve-nginx.sh', dir, port], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((r) => server.stdout.once('data', r));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const out = [];
for (let i = 0; i < Number(n); i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => { window.__lt = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lt.push(e.duration); }).observe({ type: 'longtask', buffered: true }); });
  await page.goto(`http://127.0.0.1:${port}${path}`);
  await page.waitForFunction(() => !document.querySelector('[data-prerendered]') && document.querySelector('main h1'));
  await page.waitForTimeout(300);
  const lt = await page.evaluate(() => window.__lt);
  const mount = await page.evaluate(() => performance.getEntriesByName('leerpad:mount')[0]?.duration ?? -1);
  out.push({ tbt: lt.reduce((s, d) => s + Math.max(0, d - 50), 0), tasks: lt.map((d) => d | 0), mount: mount | 0 });
  await context.close();
}
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(dir, path, 'TBT-like median', med(out.map((o) => o.tbt)) | 0, 'mount median', med(out.map((o) => o.mount)), JSON.stringify(out.map((o) => o.tasks)));
await browser.close(); server.kill();
