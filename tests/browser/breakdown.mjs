// What a WebAssembly module is made of (not a test: it prints figures), by
// crate and by module, from the function names of a names-preserving build
// (the `name` section that rustc and the linker write; wasm-opt and Trunk's
// release build drop it). Code bytes are each function's body; data bytes
// (string constants, tables) are counted apart, whole.
//
//   cargo build --release --target wasm32-unknown-unknown --bin cruscotto-web
//   node tests/browser/breakdown.mjs target/wasm32-unknown-unknown/release/cruscotto-web.wasm
//
// Environment: TOP (rows per table, default 25), FUNCTIONS=1 (the largest
// functions too).

import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const TOP = Number(process.env.TOP || 25);

function reader(buf) {
  let pos = 0;
  const u32 = () => {
    let result = 0;
    let shift = 0;
    for (;;) {
      const b = buf[pos++];
      result |= (b & 0x7f) << shift;
      if (!(b & 0x80)) return result >>> 0;
      shift += 7;
    }
  };
  return {
    get pos() {
      return pos;
    },
    set pos(p) {
      pos = p;
    },
    u32,
    byte: () => buf[pos++],
    name: () => {
      const n = u32();
      const s = buf.toString('utf8', pos, pos + n);
      pos += n;
      return s;
    },
  };
}

/** Sections, imported function count, code body sizes, function names. */
function parse(buf) {
  const r = reader(buf);
  r.pos = 8;
  let imported = 0;
  const bodies = [];
  const names = new Map();
  let data = 0;
  const sections = [];
  while (r.pos < buf.length) {
    const id = r.byte();
    const size = r.u32();
    const start = r.pos;
    const end = start + size;
    let label = String(id);
    if (id === 0) {
      const name = r.name();
      label = `custom:${name}`;
      if (name === 'name') {
        while (r.pos < end) {
          const sub = r.byte();
          const len = r.u32();
          const subEnd = r.pos + len;
          if (sub === 1) {
            const count = r.u32();
            for (let i = 0; i < count; i++) names.set(r.u32(), r.name());
          }
          r.pos = subEnd;
        }
      }
    } else if (id === 2) {
      label = 'import';
      const count = r.u32();
      for (let i = 0; i < count; i++) {
        r.name();
        r.name();
        const kind = r.byte();
        if (kind === 0) {
          r.u32();
          imported++;
        } else if (kind === 1) {
          r.byte();
          const flags = r.u32();
          r.u32();
          if (flags & 1) r.u32();
        } else if (kind === 2) {
          const flags = r.u32();
          r.u32();
          if (flags & 1) r.u32();
        } else if (kind === 3) {
          r.byte();
          r.byte();
        }
      }
    } else if (id === 10) {
      label = 'code';
      const count = r.u32();
      for (let i = 0; i < count; i++) {
        const len = r.u32();
        bodies.push({ index: imported + i, size: len, start: r.pos });
        r.pos += len;
      }
    } else if (id === 11) {
      label = 'data';
      data = size;
    }
    sections.push({ label, size });
    r.pos = end;
  }
  return { bodies, names, data, sections };
}

// Rust's legacy mangling (`_ZN3foo3bar17h…E`) → `foo::bar`.
const ESCAPES = { SP: '@', BP: '*', RF: '&', LT: '<', GT: '>', LP: '(', RP: ')', C: ',' };
function demangle(name) {
  if (!name.startsWith('_ZN')) return name;
  const parts = [];
  let i = 3;
  while (i < name.length && name[i] !== 'E') {
    let len = 0;
    while (/[0-9]/.test(name[i])) len = len * 10 + Number(name[i++]);
    if (!len) break;
    parts.push(name.slice(i, i + len));
    i += len;
  }
  if (parts.length && /^h[0-9a-f]{16}$/.test(parts[parts.length - 1])) parts.pop();
  return parts
    .map((p) =>
      p
        .replace(/^_\$/, '$')
        .replace(/\.\./g, '::')
        .replace(/\$u([0-9a-f]+)\$/g, (_, h) => String.fromCodePoint(parseInt(h, 16)))
        .replace(/\$([A-Z]+)\$/g, (m, k) => ESCAPES[k] ?? m),
    )
    .join('::');
}

// `<T as a::b::Trait>::f`, `a::b::c::f`, `core::ptr::drop_in_place<x::y::Z>`:
// the crate and module the code belongs to. Generic code is counted where its
// type parameter lives when that is one of ours (drop glue, serde visitors).
const OURS = /(cruscotto_[a-z_]+)((?:::[a-z_][a-z0-9_]*)*)/;
function owner(name) {
  const ours = name.match(OURS);
  let path;
  if (ours) path = ours[1] + ours[2];
  else {
    const m = name.replace(/^(?:[<&\s[]|mut |dyn |const )+/, '').match(/^([a-zA-Z_][a-zA-Z0-9_]*)((?:::[a-z_][a-z0-9_]*)*)/);
    path = m ? m[1] + m[2] : '(unnamed)';
  }
  const parts = path.split('::').filter((p) => p && !/^[A-Z]/.test(p));
  const crate = parts[0] || '(unnamed)';
  const module = parts.slice(0, crate.startsWith('cruscotto') ? 3 : 2).join('::') || crate;
  return { crate, module };
}

function table(title, map, total) {
  const rows = [...map.entries()].sort((a, b) => b[1] - a[1]);
  console.log(`\n${title}`);
  for (const [k, v] of rows.slice(0, TOP)) {
    console.log(`  ${k.padEnd(56)}${String(v).padStart(10)}  ${((100 * v) / total).toFixed(1).padStart(5)} %`);
  }
  const rest = rows.slice(TOP).reduce((s, [, v]) => s + v, 0);
  if (rest) console.log(`  ${`(${rows.length - TOP} more)`.padEnd(56)}${String(rest).padStart(10)}  ${((100 * rest) / total).toFixed(1).padStart(5)} %`);
}

const file = process.argv[2];
if (!file) {
  console.error('usage: node breakdown.mjs <names-preserving .wasm>');
  process.exit(2);
}
const buf = readFileSync(file);
const { bodies, names, data, sections } = parse(buf);
if (!names.size) {
  console.error(`${file} has no function names: build it with cargo (not trunk) and read it before wasm-opt`);
  process.exit(1);
}
const code = bodies.reduce((s, b) => s + b.size, 0);
const byCrate = new Map();
const byModule = new Map();
for (const b of bodies) {
  const { crate, module } = owner(demangle(names.get(b.index) || '(unnamed)'));
  byCrate.set(crate, (byCrate.get(crate) || 0) + b.size);
  byModule.set(module, (byModule.get(module) || 0) + b.size);
}
byCrate.set('(data: strings, tables)', data);
console.log(`${file}: ${buf.length} bytes (gzip -9 ${gzipSync(buf, { level: 9 }).length}), ${bodies.length} functions`);
console.log(`code ${code} bytes, data ${data} bytes; sections: ${sections.filter((s) => s.size > 1000).map((s) => `${s.label} ${s.size}`).join(', ')}`);
table('By crate (code bytes before wasm-opt; data apart)', byCrate, code + data);
table('By module (code bytes before wasm-opt)', byModule, code);
if (process.env.FUNCTIONS) {
  console.log('\nLargest functions');
  const named = bodies.map((b) => [demangle(names.get(b.index) || '(unnamed)'), b.size]);
  table('Largest functions', new Map(named.sort((a, b) => b[1] - a[1]).slice(0, TOP)), code);
}
