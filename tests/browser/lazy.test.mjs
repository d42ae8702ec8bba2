// The first load and the full build (src/lib.rs): the overview comes from
// the small first build alone; opening another view loads the full build
// (with Subresource Integrity), which takes over with the same document
// (named by the address, its bytes handed over: the plan is downloaded
// once) and puts the focus on the new page's heading; the
// document chooser is the full build's; an address naming another view
// loads the full build directly; a full build that cannot be loaded is an Italian error in
// the page, and the overview still works. Opening a plan leaves its steps as
// User Timing marks, and the fingerprint is computed after the first view.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import {
  assertNoAxeViolations, DIST, FIXTURES, freshPage, openView, startWith, stop, waitReady,
} from './support/suite.mjs';
import { firstLoadFiles } from './support/size.mjs';

let ctx;
let lucca;

before(async () => {
  ctx = await startWith('lucca');
  lucca = ctx.demo;
});

after(() => stop(ctx));

/** The builds whose WebAssembly the page requested, in order. */
const builds = () =>
  ctx.env.requests
    .map((u) => new URL(u).pathname.split('/').pop())
    .filter((n) => n.endsWith('.wasm'))
    .map((n) => (n.startsWith('cruscotto-full') ? 'full' : n.startsWith('cruscotto-web') ? 'first' : n));

describe('first load and full build', () => {
  test('the overview needs only the first build; another view loads the full one, with the same document', async () => {
    const page = await freshPage(ctx.env);
    ctx.env.requests.length = 0;
    await ctx.open(page, '#/sintesi');
    await page.locator('.sintesi-overall__score').waitFor();
    assert.deepEqual(builds(), ['first']);
    // What the page loaded at start is what the size budget counts.
    const counted = await firstLoadFiles(DIST);
    const loaded = ctx.env.requests.map((u) => new URL(u).pathname.replace(/^\//, '') || 'index.html');
    for (const file of counted) assert.ok(loaded.includes(file), `${file} counted but not loaded`);

    await page.getByRole('navigation').getByRole('link', { name: 'Obiettivi' }).click();
    const heading = page.locator('h1#titolo-pagina', { hasText: 'Obiettivi' });
    await heading.waitFor();
    assert.deepEqual(builds(), ['first', 'full']);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'titolo-pagina');
    // The same document (handed over by the first build), one app on the page.
    assert.equal(await page.locator('.cruscotto').count(), 1);
    assert.equal(await page.locator('.site-header__municipality').innerText(), lucca.plan.document.municipality.name);
    await assertNoAxeViolations(page, 'a view opened from the overview (full build)');
    // Back to the overview: the full build draws it, nothing more is loaded.
    await page.goBack();
    await page.locator('.sintesi-overall__score').waitFor();
    assert.deepEqual(builds(), ['first', 'full']);
    assert.deepEqual(ctx.env.pageErrors, []);
    await page.close();
  });

  test('the plan is downloaded once across the takeover: a demo plan and an address (?src=)', async () => {
    const cases = [
      [`piano=${lucca.stem}`, `plans/${lucca.entry.file}`, join(DIST, 'plans', lucca.entry.file)],
      ['src=__fixtures__/minimal.json', '__fixtures__/minimal.json', join(FIXTURES, 'minimal.json')],
    ];
    for (const [query, served, file] of cases) {
      const page = await freshPage(ctx.env);
      ctx.env.requests.length = 0;
      await openView(page, `${ctx.server.url}?${query}#/sintesi`);
      await page.getByRole('navigation').getByRole('link', { name: 'Obiettivi' }).click();
      await waitReady(page, '#/obiettivi');
      assert.deepEqual(builds(), ['first', 'full'], query);
      const fetched = ctx.env.requests.filter((u) => new URL(u).pathname === `/${served}`);
      assert.equal(fetched.length, 1, `${query}: the plan was requested ${fetched.length} times`);
      // The full build shows those very bytes.
      const sha = createHash('sha256').update(await readFile(file)).digest('hex');
      assert.equal(await page.locator('#impronta').innerText(), sha, query);
      assert.deepEqual(ctx.env.pageErrors, [], query);
      await page.close();
    }
  });

  test('opening a plan marks its steps for the performance panel, and asks for the fingerprint only after the view', async () => {
    const page = await freshPage(ctx.env);
    // When the overview gets its ready mark, and when the page first asks
    // the browser for a digest (the fingerprint).
    await page.addInitScript(() => {
      window.__seen = {};
      new MutationObserver(() => {
        if (document.querySelector('[data-pronto="#/sintesi"]')) window.__seen.ready ??= performance.now();
      }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-pronto'] });
      const digest = crypto.subtle.digest.bind(crypto.subtle);
      crypto.subtle.digest = (...a) => {
        window.__seen.digest ??= performance.now();
        return digest(...a);
      };
    });
    await openView(page, `${ctx.server.url}?piano=${lucca.stem}#/sintesi`);
    const sha = createHash('sha256').update(await readFile(join(DIST, 'plans', lucca.entry.file))).digest('hex');
    await page.locator('#impronta', { hasText: sha }).waitFor();
    const r = await page.evaluate(() => ({
      marks: performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('cruscotto:'))
        .map((m) => [m.name, m.startTime]),
      ...window.__seen,
    }));
    assert.deepEqual(
      r.marks.map(([name]) => name),
      ['cruscotto:ricevuto', 'cruscotto:letto', 'cruscotto:verificato', 'cruscotto:indicizzato'],
    );
    const times = r.marks.map(([, t]) => t);
    assert.deepEqual(times, [...times].sort((a, b) => a - b), 'the steps in order');
    assert.ok(times.at(-1) <= r.ready, 'the steps before the view is ready');
    assert.ok(r.digest >= r.ready, `the fingerprint asked for at ${r.digest} ms, the view ready at ${r.ready} ms`);
    assert.deepEqual(ctx.env.pageErrors, []);
    await page.close();
  });

  test('an address naming another view starts the full build directly', async () => {
    const page = await freshPage(ctx.env);
    ctx.env.requests.length = 0;
    await ctx.open(page, '#/obiettivi');
    await page.locator('h1#titolo-pagina', { hasText: 'Obiettivi' }).waitFor();
    // (index.html preloads the first build, so it is downloaded too; it is
    // not started: nothing hands over, the heading is not focused.)
    assert.ok(builds().includes('full'));
    assert.notEqual(await page.evaluate(() => document.activeElement?.id), 'titolo-pagina');
    assert.deepEqual(ctx.env.pageErrors, []);
    await page.close();
  });

  test('the document chooser is the full build’s: a local file opened there keeps it', async () => {
    const page = await freshPage(ctx.env);
    ctx.env.requests.length = 0;
    await page.goto(ctx.server.url);
    await page.locator('#file-input').setInputFiles(join(FIXTURES, 'minimal.json'));
    await page.locator('.sintesi-overall__score').waitFor();
    const plan = JSON.parse(await readFile(join(FIXTURES, 'minimal.json'), 'utf8'));
    await page.getByRole('navigation').getByRole('link', { name: 'Obiettivi' }).click();
    await page.locator('h1#titolo-pagina', { hasText: 'Obiettivi' }).waitFor();
    assert.equal(await page.locator('.site-header__municipality').innerText(), plan.document.municipality.name);
    assert.match(await page.locator('.site-footer__file').innerText(), /minimal\.json \(file locale\)/);
    // The first build found no document and handed the chooser over.
    assert.deepEqual(builds(), ['first', 'full']);
    assert.deepEqual(ctx.env.pageErrors, []);
    await page.close();
  });

  test('a full build that does not match its digest is refused: an Italian error, the overview still works', async () => {
    const page = await freshPage(ctx.env);
    await page.route(/cruscotto-full[^/]*\.wasm$/, async (route) => {
      const response = await route.fetch();
      const body = Buffer.from(await response.body());
      body[body.length - 1] ^= 1;
      await route.fulfill({ response, body });
    });
    await ctx.open(page, '#/sintesi');
    await page.locator('.sintesi-overall__score').waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Uffici' }).click();
    const alert = page.locator('.full-failed[role="alert"]');
    await alert.waitFor();
    assert.match(await alert.innerText(), /Questa vista non è stata caricata/);
    await assertNoAxeViolations(page, 'the error when the full build cannot be loaded');
    await page.getByRole('main').getByRole('link', { name: 'Sintesi' }).click();
    await page.locator('.sintesi-overall__score').waitFor();
    // The browser reported the refused file; nothing else went wrong.
    assert.ok(ctx.env.pageErrors.every((e) => /integrity|cruscotto-full|Cruscotto/i.test(e)), ctx.env.pageErrors.join(' | '));
    await page.close();
  });
});
