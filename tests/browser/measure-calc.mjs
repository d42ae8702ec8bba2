// The calculator's speed (a report, not a test: it prints figures and
// asserts nothing). On Lucca 2021 (a demo plan) and on the generated plan of
// 10 020 objectives / 40 100 indicators (support/generated.mjs, served in
// place of a published file), a value is typed in a field of the calculator
// as a person would leave it (the `change` event), RUNS times (default 11)
// with a different value each time; the time from the event to the
// simulated figures drawn (overall, objective), to the list of what changed
// drawn (the same update, except after changing an edit further up the list:
// what the edits after it changed is worked out just after), and to the next
// frame. Each change applies one edit in place and scores the plan once
// (`Calculator::set`; `Calculator::refresh` for the list in that case).
//
//   cd tests/browser && DIST_DIR=../../dist node measure-calc.mjs
//
// Environment: DIST_DIR (default ../../dist), RUNS, CHROMIUM.

import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { generated } from './support/generated.mjs';
import { startServer } from './support/server.mjs';
import { launchBrowser } from './support/browser.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const DIST = resolve(process.env.DIST_DIR || join(HERE, '..', '..', 'dist'));
const RUNS = Number(process.env.RUNS || 11);
const BIG = JSON.stringify(generated(20));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * In the page: types `value` in `field` (the `change` event) and resolves
 * with the milliseconds until the page shows it — "what changed" lists the
 * edit `edit` (drawn in the same update as the simulated overall and
 * objective figures, or just after them for an edit further up the list) —
 * and until the frame after it.
 */
function typeAndTime({ field, edit, value }) {
  return new Promise((done) => {
    const input = document.querySelector(field);
    const shown = () => [...document.querySelectorAll('#calc-modifiche > li')].some((li) => li.dataset.modifica === edit);
    let t0 = 0;
    // The first update drawn (the figures: the simulated totals are drawn
    // again at each change).
    let figures = NaN;
    const giveUp = setTimeout(() => {
      seen.disconnect();
      done({ figures, dom: NaN, frame: NaN });
    }, 60_000);
    const seen = new MutationObserver(() => {
      if (Number.isNaN(figures)) figures = performance.now() - t0;
      if (!shown()) return;
      seen.disconnect();
      clearTimeout(giveUp);
      const dom = performance.now() - t0;
      requestAnimationFrame(() => done({ figures, dom, frame: performance.now() - t0 }));
    });
    seen.observe(document.body, { childList: true, characterData: true, subtree: true, attributes: true });
    input.value = value;
    t0 = performance.now();
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

async function measure(browser, label, url, field, key, values) {
  const context = await browser.newContext({ locale: 'it-IT' });
  const page = await context.newPage();
  page.setDefaultTimeout(600_000);
  await page.route('**/__grande__/piano.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: BIG }),
  );
  await page.goto(url);
  await page.locator(field).waitFor();
  const figures = [];
  const dom = [];
  const frame = [];
  let unchanged = 0;
  for (const value of values) {
    const r = await page.evaluate(typeAndTime, { field, edit: `${key}=${value}`, value });
    if (Number.isNaN(r.dom)) unchanged += 1;
    else {
      figures.push(r.figures);
      dom.push(r.dom);
      frame.push(r.frame);
    }
  }
  if (unchanged) console.log(`  (${label}: ${unchanged} values not shown within 60 s, not counted)`);
  const overall = await page.locator('#calc-totale-simulato').textContent();
  const edits = await page.evaluate(() => new URLSearchParams(location.hash.split('?')[1] ?? '').get('m'));
  console.log(
    `  ${label.padEnd(50)} median ${median(figures).toFixed(1).padStart(6)} ms to the figures, ${median(dom).toFixed(1).padStart(6)} ms to the list of what changed, ${median(frame).toFixed(1).padStart(6)} ms to the next frame ` +
      `(min ${Math.min(...dom).toFixed(1)}, max ${Math.max(...dom).toFixed(1)}; ${values.length} changes; simulated overall ${overall}; address m=${edits})`,
  );
  await context.close();
}

async function main() {
  const server = await startServer({ dist: DIST });
  const browser = await launchBrowser();
  console.log(`Calculator: a typed value → the page updated (Chromium ${browser.version()}, ${RUNS} changes each)`);
  const values = (from) => Array.from({ length: RUNS }, (_, k) => String(from + k * 7));
  try {
    const lucca = `${server.url}?piano=lucca-2021-relazione#/calcolatore?o=obj-1`;
    await measure(browser, 'Lucca 2021 (132 objectives), the weight of obj-1', lucca, '#calc-peso', 'p.obj-1', values(2));
    await measure(browser, 'Lucca 2021, the declared result of obj-1', lucca, '#calc-risultato', 'r.obj-1', values(2));
    const big = `${server.url}?src=__grande__/piano.json#/calcolatore`;
    await measure(browser, '10 020 objectives, the weight of line l0', `${big}?o=l0`, '#calc-peso', 'p.l0', values(1));
    await measure(browser, '10 020 objectives, a final value of o0-0-0', `${big}?o=o0-0-0`, '#calc-f-0', 'f.i1', values(0));
    // The first of three edits typed again: the figures in one pass, then
    // what the two after it changed (one pass, then one each).
    await measure(
      browser,
      '10 020 objectives, the first of 3 edits (p.l0)',
      `${big}?o=l0&m=v1~p.l0=3~f.i1=2~f.i2=30`,
      '#calc-peso',
      'p.l0',
      values(1),
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
