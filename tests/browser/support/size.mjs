// What the stand-alone page downloads before it shows anything, read from a
// built index.html: the page itself, its style sheets, its script
// (incorpora.js) and the first build's script and WebAssembly that the
// template names. Not the full build (every other view, loaded on demand),
// the import worker (a spreadsheet is opened), the fonts' declarations for
// host pages, the fonts or the plans. Shared by `size-budget.mjs` (the
// check in scripts/test) and `measure.mjs` (the report).

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** The dist paths of the first load, index.html first. */
export async function firstLoadFiles(dist) {
  const html = await readFile(join(dist, 'index.html'), 'utf8');
  const local = (u) => u.replace(/^\.?\//, '').replace(/[?#].*$/, '');
  const files = ['index.html'];
  const add = (u) => {
    if (u && !/^[a-z]+:/i.test(u) && !files.includes(local(u))) files.push(local(u));
  };
  for (const m of html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)) add(m[0].match(/\bhref="([^"]+)"/)?.[1]);
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) add(m[1]);
  const template = html.match(/<template\b[^>]*\bid="cruscotto-app"[^>]*>/)?.[0];
  if (!template) throw new Error(`${dist}/index.html has no <template id="cruscotto-app">`);
  for (const attr of ['data-js', 'data-wasm']) add(template.match(new RegExp(`\\s${attr}="([^"]+)"`))?.[1]);
  return files;
}

/** Each first-load file with its raw and gzip -9 size. */
export async function firstLoad(dist) {
  const rows = [];
  for (const name of await firstLoadFiles(dist)) {
    const bytes = await readFile(join(dist, name));
    rows.push({ name, raw: bytes.length, gz: gzip(bytes) });
  }
  return rows;
}
