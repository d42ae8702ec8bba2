// What the page test files share: where the built app is, the demo plans,
// the browser and server lifecycle, and the accessibility assertion.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, afterEach, before, beforeEach } from 'node:test';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';

import { startServer } from './server.mjs';
import { launch } from './browser.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
/** The built app (DIST_DIR, default dist/ at the repository root). */
export const DIST = resolve(process.env.DIST_DIR || join(HERE, '..', '..', '..', 'dist'));
/** Test fixtures, served under `__fixtures__/`. */
export const FIXTURES = join(HERE, '..', 'fixtures');
export const TIMEOUT = 30_000;
/** WCAG 2.1 A and AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export const readJson = async (path) => JSON.parse(await readFile(path, 'utf8'));

/** Every node of a plan's objective tree, in pre-order. */
export function objectiveNodes(plan) {
  const out = [];
  const stack = [...(plan.objectives ?? [])].reverse();
  while (stack.length) {
    const o = stack.pop();
    out.push(o);
    stack.push(...[...(o.children ?? [])].reverse());
  }
  return out;
}

/** The bundled demo plans: [{ entry, stem, plan }], in the index's order. */
export async function loadDemos() {
  const index = await readJson(join(DIST, 'plans', 'index.json'));
  return Promise.all(
    index.map(async (entry) => ({
      entry,
      stem: entry.file.replace(/\.json$/, ''),
      plan: await readJson(join(DIST, 'plans', entry.file)),
    })),
  );
}

/**
 * Starts the static server on the built app and the browser (`launch`'s
 * options: viewport …); `mounts` serves more folders (`startServer`'s).
 */
export async function start({ mounts, ...options } = {}) {
  const server = await startServer({ dist: DIST, fixtures: FIXTURES, mounts });
  const env = await launch(options);
  return { server, env };
}

/**
 * `start`, and the demo plan whose name begins with `stem` ('lucca'):
 * `{ server, env, demos, demo, open }`, where `open(page, view)` opens that
 * plan at `view` ('#/risorse'; default '#/sintesi') and waits until the
 * view has rendered (`openView`).
 */
export async function startWith(stem, options = {}) {
  const demos = await loadDemos();
  const demo = demos.find((d) => d.stem.startsWith(stem));
  assert.ok(demo, `no demo plan named ${stem}…`);
  const ctx = await start(options);
  const open = (page, view = '#/sintesi') => openView(page, `${ctx.server.url}?piano=${demo.stem}${view}`);
  return { ...ctx, demos, demo, open };
}

/** Stops what `start` started. */
export async function stop({ server, env }) {
  await env?.browser.close();
  await server?.close();
}

/**
 * The hooks of a file whose tests each get a fresh page: `start(options)`
 * before all, `stop` after all, a fresh page before each test and, after
 * each, no uncaught or console error. `set` receives `{ server, env, page }`
 * whenever one of them changes (the file keeps them in its own variables).
 */
export function pageSuite(options, set) {
  const s = {};
  before(async () => {
    Object.assign(s, await start(options));
    set(s);
  });
  after(() => stop(s));
  beforeEach(async () => {
    s.page = await freshPage(s.env, s.page);
    set(s);
  });
  afterEach(() => {
    assert.deepEqual(s.env.pageErrors, [], 'no uncaught errors or console errors');
  });
}

/** Closes `previous` (if any) and opens a fresh page, clearing the recorded errors. */
export async function freshPage(env, previous) {
  await previous?.close();
  const page = await env.context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  env.pageErrors.length = 0;
  return page;
}

/** axe-core finds no WCAG 2.1 A/AA violation on the page (and did run). */
export async function assertNoAxeViolations(page, what) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  assert.deepEqual(summary, [], `axe-core violations on ${what}`);
  assert.ok(results.passes.length > 0, 'axe-core ran no rule');
}

/**
 * The mark the app sets on its root once a view has rendered
 * (`data-pronto`): the address's fragment without its query (`#/cerca`,
 * `#/obiettivi/op1`), `#/sintesi` when a document is opened with no
 * fragment, `#/documenti` with no document.
 */
export function readyKey(url) {
  const hashAt = url.indexOf('#');
  if (hashAt < 0) return /[?&](piano|src)=/.test(url) ? '#/sintesi' : '#/documenti';
  return url.slice(hashAt).split('?')[0];
}

/**
 * Waits until the app marks the view `key` as rendered (see `readyKey`).
 * `scope`: the page (its shadow roots included), or a frame
 * (`page.frameLocator(…)`) the app runs in.
 */
export async function waitReady(scope, key) {
  await scope.locator(`[data-pronto="${key}"]`).first().waitFor({ state: 'attached' });
}

/**
 * Waits until the view the page's address now names has rendered: after a
 * click or a key that changed the address.
 */
export async function waitView(page) {
  await waitReady(page, readyKey(await page.evaluate(() => location.href)));
}

/**
 * Opens `url` and waits until the app has rendered its view (`data-pronto`
 * on the app's root; `ready` overrides the expected mark, `within` is the
 * frame the app runs in). A new address must answer 200; one that only
 * changes the fragment makes no request, unless `reload` (the page is then
 * loaded again, as a person opening the link would).
 */
export async function openView(page, url, { ready, within, reload = false } = {}) {
  let response = await page.goto(url);
  if (!response && reload) response = await page.reload();
  if (response) assert.equal(response.status(), 200, url);
  await waitReady(within ?? page, ready ?? readyKey(url));
  return response;
}
