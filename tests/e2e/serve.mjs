// A tiny static server for the built app, used by the end-to-end tests: serves dist/ with the
// right MIME types and answers every unknown path without a file extension with index.html,
// as a real deployment must (deep links).
//   node tests/e2e/serve.mjs <dist> <port>
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? 4173);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
  const send = (status, body, type) => {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-cache' });
    res.end(body);
  };
  if (!file.startsWith(root)) return send(403, 'forbidden', 'text/plain');
  try {
    return send(200, await readFile(file), types[extname(file)] ?? 'application/octet-stream');
  } catch {
    if (extname(path) === '') return send(200, await readFile(join(root, 'index.html')), types['.html']);
    return send(404, 'not found', 'text/plain');
  }
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}`));
