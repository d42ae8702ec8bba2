// The built app under a strict Content-Security-Policy: no inline script, no
// inline style, nothing from another origin. Every view of every demo plan
// is visited; the browser's own `securitypolicyviolation` events are
// recorded from before the page's first script runs.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { startServer } from './support/server.mjs';
import { launch } from './support/browser.mjs';
import { DIST, readJson, readyKey, waitReady } from './support/suite.mjs';

const POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data:; object-src 'none'; base-uri 'self'";
const VIEWS = ['#/sintesi', '#/obiettivi', '#/cerca', '#/cerca?q=citta&stato=raggiunto', '#/uffici', '#/risorse', '#/verifiche', '#/glossario', '#/incorpora', '#/stampa', '#/confronta?piano=porcari-2017-relazione', '#/calcolatore', '#/calcolatore/quanto-conta', '#/documenti'];

let server;
let env;
let plans;

before(async () => {
  plans = await readJson(join(DIST, 'plans', 'index.json'));
  server = await startServer({
    dist: DIST,
    headers: { 'content-security-policy': POLICY },
    mounts: { '__core__/': join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures') },
  });
  env = await launch();
});

after(async () => {
  await env?.browser.close();
  await server?.close();
});

/** Records every CSP violation of `page` in `window.__csp`. */
function recordViolations(page) {
  return page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
}

test('every view of every demo plan runs with no CSP violation', async () => {
  const page = await env.context.newPage();
  await recordViolations(page);
  const response = await page.goto(server.url);
  assert.equal(response.headers()['content-security-policy'], POLICY);
  let visited = 0;
  for (const { file } of plans) {
    const stem = file.replace(/\.json$/, '');
    const plan = await readJson(join(DIST, 'plans', file));
    await page.goto(`${server.url}?piano=${stem}#/sintesi`);
    await page.locator('.site-header__municipality').waitFor();
    for (const view of VIEWS) {
      await page.evaluate((h) => { location.hash = h; }, view);
      await waitReady(page, readyKey(view));
      visited += 1;
    }
    // One objective page and one office page too.
    const deep = [
      `#/obiettivi/${plan.objectives[0].id}`,
      ...(plan.units?.length ? [`#/uffici/${plan.units[0].id}`] : []),
      // The calculator with an objective chosen and an edit: its form and what changed.
      `#/calcolatore?o=${plan.objectives[0].id}&m=v1~p.${plan.objectives[0].id}=10`,
      // The same edit on the overview, the objective and the unit: their simulated figures.
      `#/sintesi?m=v1~p.${plan.objectives[0].id}=10`,
      `#/obiettivi/${plan.objectives[0].id}?m=v1~p.${plan.objectives[0].id}=10`,
      ...(plan.units?.length ? [`#/uffici/${plan.units[0].id}?m=v1~p.${plan.objectives[0].id}=10`] : []),
    ];
    for (const view of deep) {
      await page.evaluate((h) => { location.hash = h; }, view);
      await waitReady(page, readyKey(view));
    }
    const violations = await page.evaluate(() => window.__csp);
    assert.deepEqual(violations, [], `CSP violations on ${stem}`);
  }
  assert.equal(visited, plans.length * VIEWS.length);
  assert.deepEqual(env.pageErrors, []);
  await page.close();
});

test("a plan as it is: its narrative, method note, words of targets and links, with no CSP violation", async () => {
  const page = await env.context.newPage();
  await recordViolations(page);
  await page.goto(`${server.url}?src=__core__/testuale.json#/sintesi`);
  await page.locator('.narrative').waitFor();
  await page.locator('.method-note').waitFor();
  // The views that draw what a plan as it is has: narrative and method note,
  // targets in words and milestones, links to other parents, unit notes.
  for (const view of ['#/obiettivi/op-f2-05', '#/obiettivi/strat-4', '#/obiettivi/op-a1-16', '#/uffici/u-area-a', '#/uffici', '#/stampa']) {
    await page.evaluate((h) => { location.hash = h; }, view);
    await page.waitForFunction((h) => location.hash === h, view);
    await page.locator('h1#titolo-pagina').waitFor();
  }
  await page.locator('.whole-document .narrative, .narrative').first().waitFor();
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(env.pageErrors, []);
  await page.close();
});

test('a spreadsheet is converted in the import worker with no CSP violation', async () => {
  const page = await env.context.newPage();
  await recordViolations(page);
  await page.goto(server.url);
  await page.locator('#file-input').setInputFiles(join(DIST, 'plans', 'modelli', 'offanengo-2024-piano.xlsx'));
  await page.locator('#import-titolo').waitFor();
  await page.locator('.site-header__municipality', { hasText: 'Offanengo' }).waitFor();
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(env.pageErrors, []);
  await page.close();
});

test('an archive folder: its chooser, bar, histories and changes since the Piano, with no CSP violation', async () => {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const command = resolve(process.env.CRUSCOTTO || join(root, 'target', 'debug', 'cruscotto'));
  const tmp = await mkdtemp(join(tmpdir(), 'cruscotto-csp-'));
  const site = join(tmp, 'sito');
  const fixtures = join(root, 'tests', 'fixtures', 'archivio');
  for (const y of [2023, 2024, 2025]) {
    for (const k of ['piano', 'relazione']) {
      execFileSync(command, ['publish', join(fixtures, `borgo-esempio-${y}-${k}.json`), '-o', site, '--app', DIST], { stdio: 'ignore' });
    }
  }
  const archive = await startServer({ dist: site, headers: { 'content-security-policy': POLICY } });
  const page = await env.context.newPage();
  try {
    await recordViolations(page);
    await page.goto(`${archive.url}?src=plans/borgo-esempio-2024-relazione.json#/obiettivi/o2`);
    await waitReady(page, '#/obiettivi/o2');
    await page.locator('.archivio-barra').waitFor();
    await page.locator('#storia-obiettivo-carica').click();
    await page.locator('[data-tabella="storia-obiettivo"]').waitFor();
    await page.locator('.dal-piano').waitFor();
    for (const [view, table] of [['#/sintesi', 'storia-sintesi'], ['#/risorse', 'storia-bilancio-0']]) {
      await page.evaluate((h) => { location.hash = h; }, view);
      await waitReady(page, view);
      await page.locator(`[data-tabella="${table}"]`).waitFor();
    }
    for (const [view, part] of [['#/documenti', '#archivio'], ['#/incorpora', '#documento-0']]) {
      await page.evaluate((h) => { location.hash = h; }, view);
      await waitReady(page, view);
      await page.locator(part).waitFor();
    }
    assert.deepEqual(await page.evaluate(() => window.__csp), []);
    assert.deepEqual(env.pageErrors, []);
  } finally {
    await page.close();
    await archive.close();
    await rm(tmp, { recursive: true, force: true });
  }
});

test('the page has no inline script or style attribute to allow', async () => {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(([, attrs, body]) => !/\bsrc=/.test(attrs) || body.trim());
  assert.deepEqual(inline.map((m) => m[0]), []);
  assert.doesNotMatch(html, /\sstyle=/);
});
