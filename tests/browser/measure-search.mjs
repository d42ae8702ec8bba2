// Speed of the search page (not a test: it prints figures and asserts
// nothing): time from a keystroke in the search box to the results updated,
// in headless Chromium, on the largest demo plan (Lucca) and on a generated
// plan with 10 020 objectives and 40 000 indicators.
//
//   cargo run --release -p cruscotto-core --example bench -- 1 /tmp/big/big.json
//   cd tests/browser && DIST_DIR=../../dist BIG=/tmp/big/big.json node measure-search.mjs
//
// How: the page is observed from a script injected by the measurement
// (nothing is added to the app). A `keydown` listener (capture phase)
// notes `performance.now()` when the key is pressed; a MutationObserver on
// the main part notes the time of every change of the page. After each
// key (pressed with `page.keyboard.press`, one character at a time, as a
// person types), the script waits two animation frames and 150 ms of
// quiet, then takes the last change's time: "keystroke → results updated"
// is that minus the keydown time (the query, the counts of every filter
// and the new results and counts drawn). The figures are the median and
// the maximum over every keystroke of RUNS rounds of typing each word.
//
// Environment: DIST_DIR (default ../../dist), BIG (the generated plan's
// file; without it only Lucca is measured), RUNS (default 5), CHROMIUM.

import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { startServer } from './support/server.mjs';
import { launch } from './support/browser.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const DIST = resolve(process.env.DIST_DIR || join(HERE, '..', '..', 'dist'));
const RUNS = Number(process.env.RUNS || 5);
const BIG = process.env.BIG ? resolve(process.env.BIG) : null;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const OBSERVER = () => {
  window.__keyAt = 0;
  window.__lastChange = 0;
  document.addEventListener('keydown', () => { window.__keyAt = performance.now(); }, true);
  const start = () => {
    const main = document.querySelector('#contenuto');
    if (!main) return requestAnimationFrame(start);
    new MutationObserver(() => { window.__lastChange = performance.now(); })
      .observe(main, { subtree: true, childList: true, characterData: true, attributes: true });
  };
  start();
};

async function measure(page, words) {
  const times = [];
  for (let run = 0; run < RUNS; run++) {
    for (const word of words) {
      await page.locator('#cerca-q').fill('');
      await page.waitForFunction(() => location.hash === '#/cerca');
      await page.locator('#cerca-q').focus();
      for (const ch of word) {
        await page.keyboard.press(ch === ' ' ? 'Space' : ch);
        const took = await page.evaluate(async () => {
          const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
          await frame();
          await frame();
          let seen = window.__lastChange;
          // Quiet for 150 ms: the update is over.
          for (;;) {
            await new Promise((r) => setTimeout(r, 150));
            if (window.__lastChange === seen) break;
            seen = window.__lastChange;
          }
          return seen - window.__keyAt;
        });
        times.push(took);
      }
    }
  }
  return times;
}

const targets = [
  { name: 'Lucca 2021 (132 objectives, largest demo)', query: '?piano=lucca-2021-relazione', words: ['citta', 'servizi'] },
];
const mounts = {};
if (BIG) {
  mounts['__big__/'] = dirname(BIG);
  targets.push({
    name: 'generated plan (10 020 objectives, 40 000 indicators)',
    query: `?src=__big__/${basename(BIG)}`,
    words: ['citta', 'indicatore 123'],
  });
}

const server = await startServer({ dist: DIST, mounts });
const env = await launch();
try {
  for (const t of targets) {
    const page = await env.context.newPage();
    page.setDefaultTimeout(120_000);
    await page.addInitScript(OBSERVER);
    const t0 = Date.now();
    await page.goto(`${server.url}${t.query}#/cerca`);
    await page.locator('#cerca-q').waitFor();
    await page.locator('#cerca-restano').waitFor();
    const open = Date.now() - t0;
    const times = await measure(page, t.words);
    console.log(
      `${t.name}: words ${t.words.map((w) => `«${w}»`).join(', ')}, ${times.length} keystrokes: ` +
        `median ${median(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms ` +
        `(page with index opened in ${open} ms)`,
    );
    await page.close();
  }
} finally {
  await env.browser.close();
  await server.close();
}
