// trunk post_build hook: moves the inline module script that trunk writes into index.html into a
// file of its own, so that the Content-Security-Policy can forbid inline scripts
// (script-src 'self'). Runs on trunk's staging directory (TRUNK_STAGING_DIR).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('post-build: TRUNK_STAGING_DIR is not set (run through trunk)');
  process.exit(1);
}
const indexPath = join(dir, 'index.html');
const html = readFileSync(indexPath, 'utf8');
const inline = /<script type=["']?module["']?>([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (!match) {
  console.error('post-build: no inline module script found in index.html; trunk changed its output?');
  process.exit(1);
}
const code = match[1].trim() + '\n';
const name = `start-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(dir, name), code);
writeFileSync(indexPath, html.replace(inline, `<script type="module" src="/${name}"></script>`));
console.log(`post-build: inline start script moved to ${name}`);
