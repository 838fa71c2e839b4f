// trunk post_build hook, run on trunk's staging directory (TRUNK_STAGING_DIR):
// 1. moves the inline module script that trunk writes into index.html into a file of its own,
//    so that the Content-Security-Policy can forbid inline scripts (script-src 'self');
// 2. writes the exact list of this build's files and a build version into the service worker
//    (sw.js, copied from public/), so that its precache always matches the build;
// 3. writes a brotli (.br) and a gzip (.gz) copy of every compressible file, which nginx serves
//    as they are (brotli_static, gzip_static): the best compression at no cost per request.
// Before all that, the JS glue that wasm-bindgen writes is minified (trunk leaves it as it is) and
// its integrity hash in index.html is updated.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { minify } from 'terser';
import { writeCompressedCopies } from './compress.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('post-build: TRUNK_STAGING_DIR is not set (run through trunk)');
  process.exit(1);
}
const fail = (message) => {
  console.error(`post-build: ${message}`);
  process.exit(1);
};
const hash = (data) => createHash('sha256').update(data).digest('hex').slice(0, 16);

// 0. The JS glue, minified; the browser checks it against the integrity hash in index.html.
const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');
// trunk writes its hash as a number in hex without leading zeros: one build in sixteen has 15 digits.
const glueName = readdirSync(dir).find((f) => /^leerpad-[0-9a-f]{1,16}\.js$/.test(f));
if (!glueName) fail('no leerpad-<hash>.js in the build; trunk changed its output?');
const gluePath = join(dir, glueName);
const glue = readFileSync(gluePath, 'utf8');
const { code: minified } = await minify(glue, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true });
const sri = (data) => `sha384-${createHash('sha384').update(data).digest('base64')}`;
if (!html.includes(sri(glue))) fail(`index.html does not name ${glueName} with its integrity hash`);
writeFileSync(gluePath, minified);
html = html.replace(sri(glue), sri(minified));
writeFileSync(indexPath, html);
console.log(`post-build: ${glueName} minified, ${glue.length} -> ${minified.length} bytes`);

// 1. The start script.
const inline = /<script type=["']?module["']?>([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (!match) fail('no inline module script found in index.html; trunk changed its output?');
// A pre-rendered page (scripts/prerender.mjs) is already readable. On a first visit the browser
// paints it before the wasm download competes with it for the connection. Someone who already
// has a portfolio here does not wait, and does not see the pre-rendered welcome meant for a first
// visit (`data-personal`), but the app's own start page a moment later.
const init = /^(const wasm = )await init\(/m;
if (!init.test(match[1])) fail('the start script no longer calls `await init(`; trunk changed its output?');
const beforeStart = `if (document.querySelector('[data-prerendered]')) {
  let returning = false;
  // leerpad.returning: set by the app (src/storage/prefs.rs); leerpad:meta: a portfolio of a build
  // before the IndexedDB store, about to be moved.
  try { returning = ['leerpad.returning', 'leerpad:meta'].some((key) => localStorage.getItem(key) !== null); } catch (blocked) {}
  if (returning) document.documentElement.classList.add('returning');
  else await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0)));
}
`;
const code = match[1].trim().replace(init, `${beforeStart}$1await init(`) + '\n';
const start = `start-${hash(code)}.js`;
writeFileSync(join(dir, start), code);
writeFileSync(indexPath, html.replace(inline, `<script type="module" src="/${start}"></script>`));
console.log(`post-build: inline start script moved to ${start}`);

// 2. The service worker.
const WORKER = 'sw.js';
const files = readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => relative(dir, join(entry.parentPath ?? entry.path, entry.name)).split(sep).join('/'))
  .filter((path) => path !== WORKER)
  .sort();
if (!files.includes('index.html') || !files.some((f) => f.endsWith('.wasm'))) fail(`unexpected build output: ${files.join(', ')}`);
const version = hash(files.map((f) => `${f}\0${hash(readFileSync(join(dir, f)))}`).join('\n'));
const workerPath = join(dir, WORKER);
const worker = readFileSync(workerPath, 'utf8');
const placeholders = ["'__LEERPAD_VERSION__'", "['__LEERPAD_PRECACHE__']"];
for (const p of placeholders) if (!worker.includes(p)) fail(`${WORKER} lacks the placeholder ${p}`);
writeFileSync(
  workerPath,
  worker.replace(placeholders[0], JSON.stringify(version)).replace(placeholders[1], JSON.stringify(files.map((f) => `/${f}`))),
);
console.log(`post-build: ${WORKER} precaches ${files.length} files, build ${version}`);

// 3. Pre-compressed copies (the worker included, now that it is final).
const compressible = /\.(html|js|wasm|css|svg|json|webmanifest|txt)$/;
let compressed = 0;
for (const file of [...files, WORKER].filter((f) => compressible.test(f))) {
  writeCompressedCopies(join(dir, file), readFileSync(join(dir, file)));
  compressed++;
}
console.log(`post-build: ${compressed} files pre-compressed (.br, .gz)`);
