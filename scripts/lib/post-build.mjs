// Trunk post_build hook (Trunk.toml), run in the staging folder before it
// becomes dist/. Three things Trunk 0.21 cannot do by itself:
//
// 1. Two style sheets at start, not one per part: the sheets Trunk wrote
//    (each hashed, with its sha384 digest in index.html) are joined, in the
//    order index.html lists them: `fonts.css` and `page.css` into
//    `page-<hash>.css` (the stand-alone page only: html, body and the
//    fonts); the frame's and the overview's (FIRST_LOAD) into
//    `app-<hash>.css`; the other views' into `views-<hash>.css`, named in the
//    template and loaded with the full build. A host page gets the app's
//    sheets in its shadow root and the font declarations alone
//    (`fonts-<hash>.css`, kept, named in the template) in its head. Every
//    sheet keeps a sha384 digest.
// 2. The full build (`cruscotto-full`, every view, loaded on demand): Trunk
//    builds it as a "worker", so it neither hashes its files nor names them
//    in index.html. They get hashed names here, and their digests go into
//    the template `public/incorpora.js` reads, so they are loaded with
//    Subresource Integrity like the first load.
//
// The joined sheets lose their comments and indentation (`compact`): the
// sources explain themselves at length, a reader's phone need not download
// that (1,7 KB gzip of the first load).
//
// 3. The same for the JavaScript (done first, so that the digests and names
//    above are those of what is served): wasm-bindgen's glue of both builds
//    and `incorpora.js` lose comments, blanks and long local names, with
//    terser (an npm package of tests/browser, like wasm-opt; scripts/serve
//    and scripts/test install them): 4 KB gzip of the first load. Trunk
//    0.21 cannot minify wasm-bindgen's glue itself. The first build's
//    digest in index.html is written anew; its name keeps Trunk's hash.

import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('post-build.mjs: TRUNK_STAGING_DIR is not set (run by Trunk, see Trunk.toml)');
  process.exit(1);
}
const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');

const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const short = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

/** Writes `bytes` as `<stem>-<hash>.<ext>`; its name and digest. */
function writeHashed(stem, ext, bytes) {
  const name = `${stem}-${short(bytes)}.${ext}`;
  writeFileSync(join(dir, name), bytes);
  return { name, integrity: sri(bytes) };
}

/**
 * CSS without comments and without the spaces that start a line: a scanner
 * that leaves quoted strings alone (a `/*` inside `content: "…"` stays).
 */
function compact(css) {
  let out = '';
  for (let i = 0; i < css.length; ) {
    const c = css[i];
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < css.length && css[j] !== c) j += css[j] === '\\' ? 2 : 1;
      out += css.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      i = end < 0 ? css.length : end + 2;
    } else {
      out += c;
      i += 1;
    }
  }
  return out
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

// 3. JavaScript, minified in place.
let minify;
try {
  ({ minify } = createRequire(new URL('../../tests/browser/package.json', import.meta.url))('terser'));
} catch {
  console.error('post-build.mjs: terser is not installed: run `npm ci` in tests/browser (scripts/serve and scripts/test do)');
  process.exit(1);
}
const firstJs = readdirSync(dir).find((f) => /^cruscotto-web-[0-9a-f]+\.js$/.test(f));
for (const file of [firstJs, 'cruscotto-full.js', 'incorpora.js']) {
  if (!file) continue;
  const path = join(dir, file);
  const before = readFileSync(path);
  const out = await minify(before.toString('utf8'), {
    module: true,
    compress: true,
    mangle: true,
    format: { comments: false },
  });
  const after = Buffer.from(out.code);
  writeFileSync(path, after);
  if (file === firstJs) {
    const old = sri(before);
    if (!html.includes(old)) {
      console.error(`post-build.mjs: index.html does not carry the digest of ${file}`);
      process.exit(1);
    }
    html = html.replaceAll(old, sri(after));
  }
}

// 1. Style sheets.
const links = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>\s*/g)].map((m) => {
  const href = m[0].match(/\bhref="([^"]+)"/)[1];
  return { tag: m[0], href, file: href.replace(/^\.?\//, '').replace(/^.*\//, '') };
});
// The sheets of what the first load draws (src/pages/mod.rs, render_first).
const FIRST_LOAD = ['base', 'layout', 'components', 'error_panel', 'sintesi', 'documento'];
if (links.length) {
  const read = (l) => readFileSync(join(dir, l.file));
  const joined = (list) => Buffer.from(compact(Buffer.concat(list.map(read)).toString('utf8')) + '\n');
  const source = (l) => l.file.replace(/-[0-9a-f]+\.css$/, '');
  const isPage = (l) => ['fonts', 'page'].includes(source(l));
  const isFirst = (l) => FIRST_LOAD.includes(source(l));
  const app = writeHashed('app', 'css', joined(links.filter(isFirst)));
  const views = writeHashed('views', 'css', joined(links.filter((l) => !isPage(l) && !isFirst(l))));
  const page = writeHashed('page', 'css', joined(links.filter(isPage)));
  html = html
    .replace('data-views-css=""', `data-views-css="./${views.name}"`)
    .replace('data-views-sri=""', `data-views-sri="${views.integrity}"`);
  const fonts = links.find((l) => l.file.startsWith('fonts-'));
  const tag = (s) => `<link rel="stylesheet" href="./${s.name}" integrity="${s.integrity}" crossorigin="anonymous">\n    `;
  for (const l of links) {
    html = html.replace(l.tag, l === links[0] ? '\u0000' : '');
    if (l !== fonts) unlinkSync(join(dir, l.file));
  }
  html = html.replace('\u0000', tag(page) + tag(app));
  if (fonts) {
    const bytes = readFileSync(join(dir, fonts.file));
    html = html
      .replace('data-fonts-css=""', `data-fonts-css="./${fonts.file}"`)
      .replace('data-fonts-sri=""', `data-fonts-sri="${sri(bytes)}"`);
  }
}

// 2. The full build.
for (const [file, ext, attr] of [
  ['cruscotto-full.js', 'js', 'data-full-js'],
  ['cruscotto-full_bg.wasm', 'wasm', 'data-full-wasm'],
]) {
  let bytes;
  try {
    bytes = readFileSync(join(dir, file));
  } catch {
    console.error(`post-build.mjs: ${file} was not built (index.html names the cruscotto-full build)`);
    process.exit(1);
  }
  const stem = file.replace(/\.(js|wasm)$/, '');
  const out = { name: `${stem}-${short(bytes)}.${ext}`, integrity: sri(bytes) };
  renameSync(join(dir, file), join(dir, out.name));
  html = html
    .replace(`${attr}=""`, `${attr}="./${out.name}"`)
    .replace(`${attr}-sri=""`, `${attr}-sri="${out.integrity}"`);
}

writeFileSync(indexPath, html);
