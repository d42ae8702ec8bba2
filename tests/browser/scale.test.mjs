// A large plan does not kill the app: a plan of 10 020 objectives (the shape
// of the core's bench generator, `crates/core/examples/bench.rs`, 20 lines),
// generated here and served in place of a published file. Before, the whole
// document aborted the WebAssembly module beyond about 8 000 objectives.
//
//   cd tests/browser && DIST_DIR=/path/to/dist node --test scale.test.mjs

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { freshPage, openView, start, stop } from './support/suite.mjs';

const LINES = 20;

/** The bench's plan: LINES lines × 20 operational × 24 management objectives, 4–5 indicators each. */
function generated(lines) {
  let ind = 0;
  let leaf = 0;
  const indicator = () => {
    ind += 1;
    const [kind, comparator, value, final] = [
      ['attivita', '>=', '5', `${ind % 6}`],
      ['efficienza', '>=', '24', `${10 + (ind % 30)}.5`],
      ['efficienza', '<=', '-1', `${(ind % 7) - 4}`],
      ['efficacia', '>=', '100', `${50 + (ind % 60)}.25`],
    ][(ind - 1) % 4];
    return { id: `i${ind}`, name: `Indicatore ${ind}`, kind, target: { comparator, value }, deadline: '2024-12-31', actual: { final } };
  };
  const objectives = [];
  for (let a = 0; a < lines; a++) {
    const strategic = [];
    for (let b = 0; b < 20; b++) {
      const operational = [];
      for (let c = 0; c < 24; c++) {
        const n = leaf < 1600 ? 5 : 4;
        leaf += 1;
        operational.push({
          id: `o${a}-${b}-${c}`,
          code: `S${a}-${b}_${c}`,
          level: 'gestionale',
          title: `Obiettivo gestionale ${a}.${b}.${c} per la città`,
          weight: c < 20 ? '4' : '5',
          units: [`u${(a * 20 + b) % 100}`],
          indicators: Array.from({ length: n }, indicator),
        });
      }
      strategic.push({ id: `s${a}-${b}`, level: 'operativo', title: `Obiettivo operativo ${a}.${b}`, weight: '5', children: operational });
    }
    objectives.push({ id: `l${a}`, level: 'linea', title: `Linea ${a}`, weight: '5', children: strategic });
  }
  return {
    format: 'cruscotto/1',
    document: { title: 'Piano generato', kind: 'relazione', municipality: { name: 'Grande' }, period: { start: 2024, end: 2024 } },
    levels: [
      { id: 'linea', name: 'Linea' },
      { id: 'operativo', name: 'Operativo' },
      { id: 'gestionale', name: 'Gestionale' },
    ],
    units: Array.from({ length: 100 }, (_, u) => ({ id: `u${u}`, name: `Ufficio ${u}`, kind: 'ufficio' })),
    scoring: { cap: '100', children: 'weighted' },
    objectives,
  };
}

const BODY = JSON.stringify(generated(LINES));
const TOTAL = LINES * (1 + 20 + 20 * 24);

let ctx;
let page;

before(async () => {
  ctx = await start();
  page = await freshPage(ctx.env);
  await page.route('**/__grande__/piano.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: BODY }),
  );
});

after(async () => {
  await page?.close();
  await stop(ctx);
});

describe('a plan of 10 020 objectives', () => {
  test('the whole document draws every objective, says so, and the module lives on', { timeout: 600_000 }, async () => {
    page.setDefaultTimeout(540_000);
    await openView(page, `${ctx.server.url}?src=__grande__/piano.json#/stampa`);
    assert.equal(
      (await page.locator('.whole-document__progress').innerText()).trim(),
      `Documento completo: ${TOTAL.toLocaleString('it-IT')} obiettivi.`,
    );
    assert.equal(await page.locator('.whole-document > article').count(), TOTAL);
    // Its text (objectives far from the screen are not laid out).
    assert.equal((await page.locator('.whole-document > article').last().locator('h2').textContent()).trim(), `Obiettivo gestionale ${LINES - 1}.19.23 per la città`);
    // Still alive: another view renders.
    await openView(page, `${ctx.server.url}?src=__grande__/piano.json#/obiettivi/o0-0-0`);
    assert.match(await page.locator('section.how').innerText(), /Media aritmetica dei \d indicatori/);
    assert.deepEqual(ctx.env.pageErrors, []);
  });
});
