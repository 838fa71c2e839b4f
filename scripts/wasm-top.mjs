// Where the wasm's bytes go: code size per crate (and the largest functions) of the release build
// before wasm-opt, read from its name section. `make size` prints it; README keeps the table.
//
//   node scripts/wasm-top.mjs [file.wasm] [--functions N]
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const file = args.find((a) => a.endsWith('.wasm')) ?? 'target/wasm32-unknown-unknown/release/leerpad.wasm';
const topFunctions = Number(args[args.indexOf('--functions') + 1]) || 0;
const bytes = readFileSync(file);

let at = 8;
const u32 = () => {
  let result = 0, shift = 0, byte;
  do {
    byte = bytes[at++];
    result |= (byte & 0x7f) << shift;
    shift += 7;
  } while (byte & 0x80);
  return result >>> 0;
};
const name = () => {
  const len = u32();
  const text = bytes.toString('utf8', at, at + len);
  at += len;
  return text;
};

let imported = 0;
const bodies = [];
const names = new Map();
let dataBytes = 0;
while (at < bytes.length) {
  const id = bytes[at++];
  const size = u32();
  const end = at + size;
  if (id === 2) {
    for (let n = u32(); n > 0; n--) {
      name(); name();
      const kind = bytes[at++];
      if (kind === 0) { u32(); imported++; }
      else if (kind === 1) { at++; const flags = u32(); u32(); if (flags & 1) u32(); }
      else if (kind === 2) { const flags = u32(); u32(); if (flags & 1) u32(); }
      else if (kind === 3) { at += 2; }
    }
  } else if (id === 10) {
    for (let n = u32(); n > 0; n--) {
      const len = u32();
      bodies.push(len);
      at += len;
    }
  } else if (id === 11) {
    dataBytes = size;
  } else if (id === 0 && name() === 'name') {
    while (at < end) {
      const sub = bytes[at++];
      const subSize = u32();
      const subEnd = at + subSize;
      if (sub === 1) {
        for (let n = u32(); n > 0; n--) {
          const index = u32();
          names.set(index, name());
        }
      }
      at = subEnd;
    }
  }
  at = end;
}

/** The crate a mangled Rust symbol belongs to. For a trait impl (`<F as tachys::view::Render>`)
 *  that is the trait's crate, whose generic code was instantiated; else the path's first crate. */
function crateOf(symbol) {
  if (symbol.startsWith('__') || !/^_(ZN|R)/.test(symbol)) return 'wasm-bindgen/runtime and other';
  const legacy = symbol.match(/^_ZN(\d+)/);
  // Legacy mangling: _ZN, then each path segment as <length><text>. The first segment is the
  // crate, or `<Type as trait::path>` for a trait impl.
  const first = legacy ? symbol.slice(3 + legacy[1].length, 3 + legacy[1].length + Number(legacy[1])) : symbol;
  const text = first
    .replace(/\$LT\$/g, '<').replace(/\$GT\$/g, '>').replace(/\$u20\$/g, ' ').replace(/\$RF\$/g, '&')
    .replace(/\.\./g, '::');
  const asTrait = text.match(/ as ([a-z_][a-z0-9_]*)::/);
  if (asTrait) return asTrait[1];
  const path = text.match(/^_?<?&?(?:mut )?([a-z_][a-z0-9_]*)/);
  if (legacy) return path ? path[1] : 'other';
  const v0 = symbol.match(/^_R\w*?\d+([a-z_][a-z0-9_]+)/);
  return v0 ? v0[1].replace(/^\d+/, '') : 'other';
}

const perCrate = new Map();
const functions = bodies.map((size, i) => ({ size, name: names.get(i + imported) ?? `#${i + imported}` }));
for (const f of functions) {
  const crate = crateOf(f.name);
  const entry = perCrate.get(crate) ?? { size: 0, count: 0 };
  entry.size += f.size;
  entry.count++;
  perCrate.set(crate, entry);
}
const total = functions.reduce((s, f) => s + f.size, 0);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`${file}: ${functions.length} functions, code ${kb(total)}, data ${kb(dataBytes)}`);
console.log(`${'crate'.padEnd(28)} ${'code'.padStart(10)} ${'share'.padStart(6)} functions`);
for (const [crate, { size, count }] of [...perCrate].sort((a, b) => b[1].size - a[1].size).slice(0, 20)) {
  console.log(`${crate.padEnd(28)} ${kb(size).padStart(10)} ${`${((100 * size) / total).toFixed(1)}%`.padStart(6)} ${count}`);
}
if (topFunctions) {
  console.log('\nlargest functions');
  for (const f of functions.sort((a, b) => b.size - a.size).slice(0, topFunctions)) {
    console.log(`${kb(f.size).padStart(10)}  ${f.name.slice(0, 150)}`);
  }
}
