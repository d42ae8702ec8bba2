// Browser tests of the built app (dist/), as a reader would use it.
// Run by scripts/test: `node --test` with DIST_DIR set to the release build.

import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';

import { startServer } from './support/server.mjs';
import { foreignRequests, launch } from './support/browser.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const DIST = resolve(process.env.DIST_DIR || join(HERE, '..', '..', 'dist'));
const FIXTURES = join(HERE, 'fixtures');
const TIMEOUT = 30_000;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const readJson = async (path) => JSON.parse(await readFile(path, 'utf8'));

let server;
let env;
let page;
/** The bundled demo documents: index entries with their plan files' contents. */
let demos;

before(async () => {
  const index = await readJson(join(DIST, 'plans', 'index.json'));
  assert.ok(Array.isArray(index) && index.length > 0, 'dist/plans/index.json lists no plan');
  demos = await Promise.all(
    index.map(async (entry) => ({ entry, plan: await readJson(join(DIST, 'plans', entry.file)) })),
  );
  server = await startServer({ dist: DIST, fixtures: FIXTURES });
  env = await launch();
});

after(async () => {
  await env?.browser.close();
  await server?.close();
});

beforeEach(async () => {
  await page?.close();
  page = await env.context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  env.pageErrors.length = 0;
});

/** Opens the app at `query` and waits until the demo list is shown. */
async function open(query = '') {
  const response = await page.goto(`${server.origin}/${query}`);
  assert.equal(response.status(), 200);
  await page.locator('.plan-list__button').first().waitFor();
}

/** The button of a demo document in the list. */
const demoButton = ({ entry }) =>
  page.locator('.plan-list__button').filter({ hasText: entry.title });

/** Waits for the summary of `plan` and checks what it shows. */
async function assertSummaryOf(plan) {
  const heading = page.getByRole('heading', { level: 2, name: plan.document.title, exact: true });
  await heading.waitFor();
  const summary = page.locator('.plan-summary');
  assert.equal(
    (await summary.locator('.plan-summary__municipality').textContent()).trim(),
    `Comune di ${plan.document.municipality.name}`,
  );
  const score = (await summary.locator('.plan-summary__score').innerText()).trim();
  assert.match(score, /^(\d{1,3}(\.\d{3})*,\d{2} %|non calcolabile.*)$/, `score: ${score}`);
  const checks = (await summary.locator('.plan-summary__checks').innerText()).trim();
  assert.match(checks, /^\d+ error[ei], \d+ avvis[oi]$/, `checks: ${checks}`);
  const { start, end } = plan.document.period;
  assert.match(await summary.innerText(), new RegExp(start === end ? `${start}` : `${start}–${end}`));
}

/** Fails on any uncaught error or console error, except those matching `allowed`. */
function assertNoPageErrors(allowed = []) {
  const unexpected = env.pageErrors.filter((e) => !allowed.some((re) => re.test(e)));
  assert.deepEqual(unexpected, []);
}

async function assertNoAxeViolations() {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  assert.deepEqual(summary, [], 'axe-core violations');
  assert.ok(results.passes.length > 0, 'axe-core ran no rule');
}

describe('Cruscotto web app', () => {
  test('the page loads in Italian and lists every bundled demo document', async () => {
    await open();
    assert.equal(await page.title(), 'Cruscotto della performance');
    assert.equal(await page.getAttribute('html', 'lang'), 'it');
    await page.getByRole('heading', { level: 1, name: 'Cruscotto della performance' }).waitFor();
    const buttons = page.locator('.plan-list__button');
    assert.equal(await buttons.count(), demos.length);
    for (const demo of demos) {
      const text = await demoButton(demo).innerText();
      assert.ok(text.includes(demo.entry.municipality), `${demo.entry.file}: ${text}`);
      assert.equal(await demoButton(demo).getAttribute('aria-pressed'), 'false');
    }
    await page.getByText("Scegli un documento dall'elenco").waitFor();
    assertNoPageErrors();
  });

  test('choosing each demo document shows its municipality, title and figures', async () => {
    await open();
    for (const demo of demos) {
      await demoButton(demo).click();
      await assertSummaryOf(demo.plan);
      assert.equal(await demoButton(demo).getAttribute('aria-pressed'), 'true');
      assert.equal(await page.locator('.plan-list__button[aria-pressed="true"]').count(), 1);
    }
    assertNoPageErrors();
  });

  test('a demo document can be chosen with the keyboard alone', async () => {
    await open();
    const demo = demos[demos.length - 1];
    // Tab until the demo's button has the focus, then press Enter.
    for (let i = 0; i < 50; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
      if (focused.includes(demo.entry.title)) break;
    }
    const focusedText = await page.evaluate(() => document.activeElement?.textContent ?? '');
    assert.ok(focusedText.includes(demo.entry.title), `focus is on: ${focusedText}`);
    await page.keyboard.press('Enter');
    await assertSummaryOf(demo.plan);
    assertNoPageErrors();
  });

  test('?src= with a broken file shows the Italian error panel, and the page stays usable', async () => {
    await open('?src=__fixtures__/broken.json');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = await alert.innerText();
    assert.match(text, /Il documento non può essere letto/);
    assert.match(text, /__fixtures__\/broken\.json/);
    const message = (await alert.locator('.error-panel__message').innerText()).trim();
    assert.ok(message.length > 20, `message: ${message}`);
    // The core's message says what is wrong and where the file breaks off.
    assert.match(message, /^Il file è incompleto/, `message: ${message}`);
    assert.match(message, /riga \d+, colonna \d+/, `message: ${message}`);
    await assertNoAxeViolations();

    // Still usable: a demo document can be chosen and replaces the error.
    await demoButton(demos[0]).click();
    await assertSummaryOf(demos[0].plan);
    assert.equal(await page.getByRole('alert').count(), 0);
    assertNoPageErrors();
  });

  test('?src= with a file that does not exist says so in Italian', async () => {
    await open('?src=__fixtures__/non-esiste.json');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /non esiste a questo indirizzo \(codice HTTP 404\)/);
    assertNoPageErrors([/404/]);
  });

  test('?src= loads another plan file', async () => {
    const plan = await readJson(join(FIXTURES, 'minimal.json'));
    await open('?src=__fixtures__/minimal.json');
    await assertSummaryOf(plan);
    assertNoPageErrors();
  });

  test('axe-core finds no WCAG 2.1 A/AA violation', async () => {
    await open();
    await assertNoAxeViolations();
    await demoButton(demos[0]).click();
    await assertSummaryOf(demos[0].plan);
    await assertNoAxeViolations();
  });

  test('no request leaves 127.0.0.1', async () => {
    await open();
    for (const demo of demos) {
      await demoButton(demo).click();
      await assertSummaryOf(demo.plan);
    }
    assert.ok(env.requests.length > 0, 'no request was recorded');
    assert.ok(env.requests.some((u) => u.endsWith('.wasm')), 'the wasm module was not requested');
    assert.ok(env.requests.some((u) => u.endsWith('/plans/index.json')));
    assert.deepEqual(foreignRequests(env.requests), []);
  });
});
