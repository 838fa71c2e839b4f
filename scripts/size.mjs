// Prints the first-load transfer of a built dist/: every html, js, wasm and css file, raw,
// gzip (level 9) and brotli (quality 11, as the build pre-compresses them), and the total against
// the budget in size-budget.json. Exits non-zero when the total is over it (`make test` checks).
//   node scripts/size.mjs [dist]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotli, gzip } from './compress.mjs';

const budgetFile = resolve(import.meta.dirname, '../size-budget.json');
const BUDGET_BROTLI = JSON.parse(readFileSync(budgetFile, 'utf8')).first_load_brotli_bytes;
const dir = process.argv[2] ?? 'dist';
// The home page a first visit loads is the pre-rendered one when the build has it.
const home = existsSync(join(dir, 'welcome/index.html')) ? 'welcome/index.html' : 'index.html';
const files = readdirSync(dir)
  .filter((f) => /\.(html|js|wasm|css)$/.test(f))
  .map((f) => (f === 'index.html' ? home : f))
  .sort();
if (files.length === 0) {
  console.error(`size: no html/js/wasm/css files in ${dir}; run \`make build\` first`);
  process.exit(1);
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(10);
const rows = files.map((name) => {
  const data = readFileSync(join(dir, name));
  return { name, raw: data.length, gzip: gzip(data).length, brotli: brotli(data).length };
});
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
console.log(`${'file'.padEnd(40)}${'raw'.padStart(10)}${'gzip'.padStart(10)}${'brotli'.padStart(10)}`);
for (const r of rows) console.log(`${r.name.padEnd(40)}${kb(r.raw)}${kb(r.gzip)}${kb(r.brotli)}`);
console.log(`${'total first load'.padEnd(40)}${kb(total.raw)}${kb(total.gzip)}${kb(total.brotli)}`);
const within = total.brotli <= BUDGET_BROTLI;
console.log(`budget (size-budget.json): ${kb(BUDGET_BROTLI).trim()} brotli — ${within ? 'within' : 'OVER'} budget`);
if (!within) {
  console.error(`size: the first load is ${kb(total.brotli - BUDGET_BROTLI).trim()} over the budget; make it smaller, or raise the budget in a commit that says why`);
  process.exit(1);
}
