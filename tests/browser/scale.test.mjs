// A large plan does not kill the app: a plan of 10 020 objectives (the shape
// of the core's bench generator, `crates/core/examples/bench.rs`, 20 lines),
// generated here and served in place of a published file. Before, the whole
// document aborted the WebAssembly module beyond about 8 000 objectives.
//
//   cd tests/browser && DIST_DIR=/path/to/dist node --test scale.test.mjs

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { generated } from './support/generated.mjs';
import { freshPage, openView, start, stop } from './support/suite.mjs';

const LINES = 20;

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
