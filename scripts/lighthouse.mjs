// Lighthouse (mobile preset: a mid-range phone on slow 4G, simulated) against dist/ served by
// nginx with the deployment configuration. Prints performance score, FCP, LCP, TBT and the
// transfer per page; asserts nothing (`make bench` runs it).
//   node scripts/lighthouse.mjs [path …]     default: / and /blg/module/3
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const PORT = 4175;
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/blg/module/3'];

const server = spawn('bash', ['scripts/serve-nginx.sh', 'dist', String(PORT)], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve) => server.stdout.once('data', resolve));
const userDataDir = mkdtempSync(join(tmpdir(), 'leerpad-lighthouse-'));
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  userDataDir,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
  console.log(`Lighthouse 12.2.3, mobile preset (simulated slow 4G, 4× CPU slowdown), median of ${RUNS} runs`);
  for (const path of paths) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(`http://127.0.0.1:${PORT}${path}`, {
        port: chrome.port,
        onlyCategories: ['performance'],
        logLevel: 'error',
        disableStorageReset: false,
      });
      const a = result.lhr.audits;
      runs.push({
        score: Math.round(result.lhr.categories.performance.score * 100),
        fcp: a['first-contentful-paint'].numericValue,
        lcp: a['largest-contentful-paint'].numericValue,
        tbt: a['total-blocking-time'].numericValue,
        bytes: a['total-byte-weight'].numericValue,
        benchmark: result.lhr.environment.benchmarkIndex,
      });
    }
    const m = (k) => median(runs.map((r) => r[k]));
    console.log(
      `${path.padEnd(16)} performance ${String(m('score')).padStart(3)}   FCP ${(m('fcp') / 1000).toFixed(2)} s   LCP ${(m('lcp') / 1000).toFixed(2)} s   TBT ${m('tbt').toFixed(0)} ms   transfer ${(m('bytes') / 1024).toFixed(0)} KB   (scores: ${runs.map((r) => r.score).join(', ')})`,
    );
    // The 4× slowdown is calibrated for a high-end desktop (benchmark index 1500–2000, Lighthouse's
    // throttling docs); on a slower host the same preset emulates a slower phone.
    console.log(`${''.padEnd(16)} host benchmark index ${m('benchmark').toFixed(0)}`);
  }
} finally {
  await chrome.kill();
  server.kill();
  rmSync(userDataDir, { recursive: true, force: true });
}
