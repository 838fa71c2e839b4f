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

/** The crate a (mangled or demangled) Rust symbol belongs to. */
function crateOf(symbol) {
  const demangled = symbol.replace(/^_ZN/, '').replace(/^<+/, '');
  const legacy = symbol.match(/^_ZN(\d+)(\w+)/);
  if (legacy) return legacy[2].slice(0, Number(legacy[1])).replace(/^_</, '');
  const m = demangled.match(/^([a-z_][a-z0-9_]*)::/);
  return m ? m[1] : symbol.startsWith('__') ? 'wasm-bindgen/runtime' : 'other';
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
