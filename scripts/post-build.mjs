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
// The portfolio's records are read from IndexedDB while the wasm loads; the app takes them if
// nothing changed them since (src/storage/database.rs, Database::prefetched): the pack (every
// record in one text as UTF-8 bytes, src/domain/pack.rs) when it was made at the current change
// token, else the
// records one by one. A first visit has no database yet: this read must not create one. Its
// connection is handed over to the app as well.
// Manager mode (/leidinggevende, src/ui/manager) never reads a portfolio: no read at all there.
const prefetch = `performance.mark('leerpad:prefetch');
window.__leerpadRecords = new Promise((done) => {
  if (location.pathname.replace(/\\/$/, '') === '/leidinggevende') return done(null);
  try {
    const open = indexedDB.open('leerpad');
    open.onupgradeneeded = () => open.transaction.abort();
    open.onerror = () => done(null);
    open.onsuccess = () => {
      const db = open.result;
      // The app takes this connection over (Database::open); until then it gives way to a newer Leerpad.
      db.onversionchange = () => db.close();
      window.__leerpadDb = db;
      const finish = (read) => { performance.mark('leerpad:prefetched'); done(read); };
      try {
        const tx = db.transaction(['records', 'kept']);
        tx.onabort = () => finish(null);
        const kept = tx.objectStore('kept');
        const changed = kept.get('changed'), packed = kept.get('pack-token');
        packed.onsuccess = () => {
          const token = changed.result;
          if (typeof token === 'string' && packed.result === token) {
            const pack = kept.get('pack');
            tx.oncomplete = () => finish([null, null, token, pack.result]);
            return;
          }
          const records = tx.objectStore('records');
          const keys = records.getAllKeys(), values = records.getAll();
          tx.oncomplete = () => finish([keys.result, values.result, token, null]);
        };
      } catch (missing) { finish(null); }
    };
  } catch (blocked) { done(null); }
});
`;
const beforeStart = `if (document.querySelector('[data-prerendered]')) {
  let returning = false;
  // leerpad.returning: set by the app (src/storage/prefs.rs); leerpad:meta: a portfolio of a build
  // before the IndexedDB store, about to be moved.
  try { returning = ['leerpad.returning', 'leerpad:meta'].some((key) => localStorage.getItem(key) !== null); } catch (blocked) {}
  if (returning) document.documentElement.classList.add('returning');
  else await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0)));
}
`;
// The glue is imported dynamically (it is preloaded all the same), so that the read above starts
// as soon as this script runs instead of after the glue has arrived.
const glueImport = /^import init, \* as bindings from ('[^']+');$/m;
if (!glueImport.test(match[1])) fail('the start script no longer imports the glue as `import init, * as bindings`; trunk changed its output?');
const code = prefetch + match[1].trim()
  .replace(glueImport, 'const bindings = await import($1);\nconst init = bindings.default;')
  .replace(init, `${beforeStart}$1await init(`) + '\n';
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
