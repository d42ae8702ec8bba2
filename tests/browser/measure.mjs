// Size and speed report of a built app (not a test: it prints figures and
// asserts nothing). Builds nothing: point it at a dist directory.
//
//   cd tests/browser && DIST_DIR=/tmp/dist-measure node measure.mjs
//
// (a) Bytes of the first load: index.html and the JS, WebAssembly and CSS it
//     loads at start (support/size.mjs, as the budget check), raw, gzip -9
//     and brotli -11 (node's zlib); the full build, fonts and plan data apart.
// (b) Time from navigation start to the Lucca overview being visible
//     (`?piano=lucca-2021-relazione#/sintesi`: the Sintesi heading and the
//     overall score in the page, then the next frame), in headless Chromium,
//     a fresh context per run, served from 127.0.0.1 without compression or
//     cache. Also, from the browser's own Resource Timing: when the plan file
//     had arrived, and from then to the scores shown (parse, checks, scores,
//     rendering). Nothing is added to the app: the page is observed from a
//     script injected by the measurement.
//
// Environment: DIST_DIR (default ../../dist), RUNS (default 10), PLAN
// (default lucca-2021-relazione), SCORE_SELECTOR (default
// .sintesi-overall__score), CHROMIUM (default /usr/bin/chromium).

import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

import { startServer } from './support/server.mjs';
import { firstLoadFiles } from './support/size.mjs';
import { CHROMIUM, launchBrowser } from './support/browser.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const DIST = resolve(process.env.DIST_DIR || join(HERE, '..', '..', 'dist'));
const RUNS = Number(process.env.RUNS || 10);
const PLAN = process.env.PLAN || 'lucca-2021-relazione';
const SCORE_SELECTOR = process.env.SCORE_SELECTOR || '.sintesi-overall__score';

const gzip = (b) => gzipSync(b, { level: 9 }).length;
const brotli = (b) =>
  brotliCompressSync(b, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: b.length,
    },
  }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

async function files(dir) {
  const out = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await files(p)));
    else out.push(p);
  }
  return out;
}

async function sizes(paths) {
  const rows = [];
  for (const p of paths) {
    const b = await readFile(p);
    rows.push({ name: relative(DIST, p), raw: b.length, gz: gzip(b), br: brotli(b) });
  }
  return rows;
}

function table(title, rows) {
  const w = Math.max(28, ...rows.map((r) => r.name.length)) + 2;
  console.log(`\n${title}`);
  console.log(`  ${pad('file', w)}${lpad('raw', 12)}${lpad('gzip -9', 12)}${lpad('brotli 11', 12)}`);
  for (const r of rows) {
    console.log(`  ${pad(r.name, w)}${lpad(r.raw, 12)}${lpad(r.gz, 12)}${lpad(r.br, 12)}`);
  }
  const sum = (k) => rows.reduce((s, r) => s + r[k], 0);
  console.log(
    `  ${pad('total', w)}${lpad(sum('raw'), 12)}${lpad(sum('gz'), 12)}${lpad(sum('br'), 12)}` +
      `   (${kb(sum('raw'))} raw, ${kb(sum('gz'))} gzip, ${kb(sum('br'))} brotli)`,
  );
  return { raw: sum('raw'), gz: sum('gz'), br: sum('br') };
}

async function sizeReport() {
  const all = await files(DIST);
  const app = (await firstLoadFiles(DIST)).map((n) => join(DIST, n));
  const isWorker = (p) => basename(p).startsWith('cruscotto-import');
  const isFull = (p) => basename(p).startsWith('cruscotto-full');
  const root = all.filter((p) => dirname(p) === DIST && !app.includes(p));
  const full = root.filter(isFull);
  const worker = root.filter(isWorker);
  const other = root.filter((p) => !isFull(p) && !isWorker(p) && !['.json'].includes(extname(p)));
  const fonts = all.filter((p) => extname(p) === '.woff2' || extname(p) === '.woff');
  const plans = all.filter((p) => relative(DIST, p).startsWith('plans' + '/'));

  console.log('\n(a) Bytes');
  const first = table('First load of the app: index.html + JS + WASM + CSS (tests/browser/support/size.mjs)', await sizes(app));
  if (full.length) table('Full build: every other view (loaded when one is opened)', await sizes(full));
  if (other.length) table('Other files of the app (icon, fonts for host pages)', await sizes(other));
  if (worker.length) table('Import worker (loaded only when a spreadsheet is opened)', await sizes(worker));
  table('Fonts (all files served; the page loads the weights it uses)', await sizes(fonts));
  table('Plan data (each loaded only when chosen; index.json by the chooser)', await sizes(plans));
  return { first };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Injected before the app starts: records performance.now() when the
 * Sintesi heading and the overall score are both in the page (`inDom`) and at
 * the next animation frame (`visible`).
 */
function observe(selector) {
  const done = () => {
    const h1 = document.querySelector('h1#titolo-pagina');
    const score = document.querySelector(selector);
    return h1 && score && document.title.startsWith('Sintesi') && score.textContent.trim() !== '';
  };
  window.__measure = {};
  const check = () => {
    if (window.__measure.inDom !== undefined || !done()) return;
    window.__measure.inDom = performance.now();
    window.__measure.score = document.querySelector(selector).textContent.trim();
    requestAnimationFrame(() => {
      window.__measure.visible = performance.now();
    });
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
}

async function speedReport(browser, server) {
  const url = `${server.url}?piano=${PLAN}#/sintesi`;
  console.log(`\n(b) Time to the overview: ${url.replace(server.origin, '')}`);
  console.log(`    ${RUNS} runs, headless Chromium ${browser.version()}, a fresh context each run,`);
  console.log('    127.0.0.1 with no compression and no cache (network time is near zero here).');
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ locale: 'it-IT' });
    const page = await context.newPage();
    await page.addInitScript(observe, SCORE_SELECTOR);
    await page.goto(url);
    await page.waitForFunction(() => window.__measure?.visible !== undefined, null, { timeout: 30_000 });
    const r = await page.evaluate((plan) => {
      const res = (pattern) =>
        performance.getEntriesByType('resource').find((e) => e.name.match(pattern));
      const nav = performance.getEntriesByType('navigation')[0];
      const wasm = res(/cruscotto-web-[^/]*\.wasm$/);
      const file = res(new RegExp(`/plans/${plan}\\.json$`));
      return {
        ...window.__measure,
        html: nav.responseEnd,
        dcl: nav.domContentLoadedEventEnd,
        wasm: wasm?.responseEnd,
        planRequested: file?.startTime,
        planLoaded: file?.responseEnd,
        fetched: [nav, ...performance.getEntriesByType('resource')].map((e) => [
          new URL(e.name).pathname.split('/').pop() || 'index.html',
          e.encodedBodySize,
        ]),
      };
    }, PLAN);
    runs.push(r);
    await context.close();
  }
  const score = runs[0].score;
  const col = (k) => runs.map((r) => r[k]).filter((v) => typeof v === 'number');
  const line = (label, xs) =>
    console.log(
      `  ${pad(label, 56)}median ${lpad(median(xs).toFixed(0), 5)} ms   min ${lpad(Math.min(...xs).toFixed(0), 5)} ms   max ${lpad(Math.max(...xs).toFixed(0), 5)} ms`,
    );
  console.log(`  overall score seen: «${score}»`);
  line('navigation start → index.html received', col('html'));
  line('navigation start → WASM received', col('wasm'));
  line('navigation start → plan file requested (app started)', col('planRequested'));
  line('navigation start → plan file received', col('planLoaded'));
  line('navigation start → heading and score in the page', col('inDom'));
  line('navigation start → overview visible (next frame)', col('visible'));
  line(
    'plan file received → scores in the page',
    runs.map((r) => r.inDom - r.planLoaded),
  );
  console.log(`  runs (ms to visible): ${col('visible').map((v) => v.toFixed(0)).join(', ')}`);
  const fetched = runs[0].fetched;
  const total = fetched.reduce((s, [, n]) => s + n, 0);
  const fonts = fetched.filter(([n]) => n.endsWith('.woff2'));
  console.log(
    `  what the browser fetched for this view (uncompressed server): ${fetched.length} files, ${kb(total)};` +
      ` fonts: ${fonts.map(([n]) => n.replace('titillium-web-latin-', '').replace('.woff2', '')).join(', ')}`,
  );
}

const cmd = `DIST_DIR=${DIST} node ${relative(process.cwd(), fileURLToPath(import.meta.url)) || 'measure.mjs'}${
  RUNS !== 10 ? ` (RUNS=${RUNS})` : ''
}`;
console.log('Cruscotto: size and speed report');
console.log(`command: cd ${process.cwd()} && ${cmd}`);
console.log(`dist:    ${DIST} (index.html of ${(await stat(join(DIST, 'index.html'))).mtime.toISOString()})`);
console.log(`browser: ${CHROMIUM}; node ${process.version}`);

const { first } = await sizeReport();
console.log(
  `\nFirst load of the app: ${kb(first.raw)} raw, ${kb(first.gz)} gzip -9, ${kb(first.br)} brotli (goal ≤ 250 KB gzip).`,
);
const server = await startServer({ dist: DIST });
const browser = await launchBrowser();
try {
  await speedReport(browser, server);
} finally {
  await browser.close();
  await server.close();
}
