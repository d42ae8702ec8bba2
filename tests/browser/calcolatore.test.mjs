// Browser tests of the calculator (#/calcolatore): a person edits an
// indicator's final value, an objective's weight and result, and neutralises
// an objective through the page's fields, on the hand-worked fixture
// (tests/fixtures/calcolatore/piano.json) and on a demo plan (Lucca); every
// figure the page shows — the overall score, the chosen objective's, each
// objective whose score changed, each edit's before → after with its effect
// on the overall and on the ancestors — equals `cruscotto score --json
// --modifica` with the same edits. The address carries the edits (reload,
// Back, a pasted link), a bad value is said on its field and changes
// nothing, axe-core finds nothing in light and dark.
//
// The command is the built binary (CRUSCOTTO, default target/debug/cruscotto,
// as for confronta.test.mjs). Run: DIST_DIR=<built app> node --test calcolatore.test.mjs

import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { startServer } from './support/server.mjs';
import { launch } from './support/browser.mjs';
import { assertNoAxeViolations, DIST, freshPage, openView, waitReady } from './support/suite.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const CORE_FIXTURES = join(ROOT, 'tests', 'fixtures');
const CRUSCOTTO = resolve(process.env.CRUSCOTTO || join(ROOT, 'target', 'debug', 'cruscotto'));
const FIXTURE = join(CORE_FIXTURES, 'calcolatore', 'piano.json');
const LUCCA = join(DIST, 'plans', 'lucca-2021-relazione.json');

/** `cruscotto score --json [--modifica EDITS] FILE`. */
function cliScore(file, edits) {
  const args = ['score', '--json', ...(edits ? ['--modifica', edits] : []), file];
  return JSON.parse(execFileSync(CRUSCOTTO, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] }).toString('utf8'));
}

/**
 * An exact decimal string as the page prints a score (`it::percent`: two
 * decimals, half away from zero, Italian separators, ` %`); null → `—`.
 */
function pct(s) {
  if (s === null || s === undefined) return '—';
  const neg = s.startsWith('-');
  const [int, frac = ''] = s.replace('-', '').split('.');
  let cents = BigInt(int + (frac + '00').slice(0, 2));
  if ((frac[2] ?? '0') >= '5') cents += 1n;
  const t = cents.toString().padStart(3, '0');
  const grouped = t.slice(0, -2).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${neg && cents !== 0n ? '-' : ''}${grouped},${t.slice(-2)} %`;
}

/** The edits in the page's address (`m=`), decoded as the app reads them. */
async function addressEdits(page) {
  const hash = await page.evaluate(() => location.hash);
  const query = hash.split('?')[1] ?? '';
  const m = new URLSearchParams(query).get('m');
  return m ?? '';
}

let server;
let env;
let page;

before(async () => {
  server = await startServer({ dist: DIST, mounts: { '__core__/': CORE_FIXTURES } });
  env = await launch();
});

after(async () => {
  await env?.browser.close();
  await server?.close();
});

beforeEach(async () => {
  page = await freshPage(env, page);
});

afterEach(async () => {
  assert.deepEqual(env.pageErrors, [], 'no uncaught errors or console errors');
});

const FIXTURE_URL = () => `${server.url}?src=__core__/calcolatore/piano.json`;

/** Chooses an objective in the select, as a person would. */
async function choose(id) {
  await page.selectOption('#calc-obiettivo', id);
  await page.locator('#calc-obiettivo-titolo').waitFor();
  assert.equal(await page.locator('#calc-obiettivo').inputValue(), id);
}

/** Types `value` in a field and leaves it (Tab), then waits for the address to say `edits`. */
async function type(selector, value, edits) {
  await page.locator(selector).fill(value);
  await page.locator(selector).press('Tab');
  if (edits !== undefined) await page.waitForFunction((m) => new URLSearchParams(location.hash.split('?')[1] ?? '').get('m') === m, edits);
}

/**
 * Every figure of the page equals the command's with the address's edits:
 * the overall (document and simulated), the chosen objective's, the live
 * region, each objective whose score changed (and only those), and each
 * edit's before → after, overall and ancestors.
 */
async function assertAgrees(file, chosenId) {
  const edits = await addressEdits(page);
  const base = cliScore(file);
  const sim = cliScore(file, edits || undefined);
  assert.equal(await page.locator('#calc-totale-documento').textContent(), pct(base.overall));
  assert.equal(await page.locator('#calc-totale-simulato').textContent(), pct(sim.overall));
  if (chosenId) {
    const b = base.nodes.find((n) => n.id === chosenId);
    const s = sim.nodes.find((n) => n.id === chosenId);
    assert.equal(await page.locator('#calc-obiettivo-documento').textContent(), pct(b.computed));
    assert.equal(await page.locator('#calc-obiettivo-simulato').textContent(), pct(s.computed));
  }
  if (!edits) {
    assert.equal(await page.locator('#calc-modifiche').count(), 0);
    await page.locator('#calc-nessuna').waitFor();
    return sim;
  }
  // The objectives whose score is not the document's.
  const expected = sim.nodes
    .map((n, i) => [n, base.nodes[i]])
    .filter(([n, b]) => n.computed !== b.computed)
    .map(([n, b]) => [n.id, pct(b.computed), pct(n.computed)]);
  assert.ok(expected.length > 0, 'the edits change some objective');
  const rows = await page.locator('.calc__tabella tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [tr.dataset.id, ...[...tr.querySelectorAll('td')].map((td) => td.textContent)]),
  );
  assert.deepEqual(rows, expected);
  // What changed, edit by edit (each in the core's canonical form).
  const items = await page.locator('#calc-modifiche > li').evaluateAll((lis) =>
    lis.map((li) => ({
      edit: li.dataset.modifica,
      head: li.querySelector('p').textContent,
      total: li.querySelector('.calc__modifica-totale').textContent,
      ancestors: [...li.querySelectorAll('li[data-id]')].map((a) => [a.dataset.id, a.textContent.split(': ').pop()]),
    })),
  );
  assert.equal(items.length, sim.simulation.changes.length);
  for (const [k, c] of sim.simulation.changes.entries()) {
    const got = items[k];
    assert.equal(got.edit, c.edit);
    assert.ok(got.head.endsWith(`: ${c.before} → ${c.after}`), `${got.head} ends with ${c.before} → ${c.after}`);
    assert.equal(got.total, `Totale: ${pct(c.overall_before)} → ${pct(c.overall_after)}`);
    assert.deepEqual(got.ancestors, c.ancestors.map((a) => [a.id, `${pct(a.before)} → ${pct(a.after)}`]));
  }
  return sim;
}

describe('on the hand-worked fixture', () => {
  test('a final value, a weight and a neutralisation typed in the fields: every figure equals cruscotto score --modifica', async () => {
    await openView(page, `${FIXTURE_URL()}#/calcolatore`);
    await assertAgrees(FIXTURE);
    assert.equal(await page.locator('#calc-totale-documento').textContent(), '85,50 %');

    await choose('A');
    // What people type: a percent sign, a space.
    await type('#calc-f-0', '95 %', 'v1~f.a1=95');
    assert.equal(await page.locator('#calc-annuncio').textContent(), 'Punteggio complessivo simulato: 87,75 %');
    await assertAgrees(FIXTURE, 'A');
    // The field shows the value as read.
    assert.equal(await page.locator('#calc-f-0').inputValue(), '95');

    await choose('B');
    await type('#calc-peso', '30', 'v1~f.a1=95~p.B=30');
    await assertAgrees(FIXTURE, 'B');

    await choose('C');
    await page.locator('#calc-motivo').fill('Causa esterna');
    await page.locator('#calc-neutralizza').check();
    await page.waitForFunction(() => location.hash.includes('n.C='));
    assert.equal(await addressEdits(page), 'v1~f.a1=95~p.B=30~n.C=Causa%20esterna');
    const sim = await assertAgrees(FIXTURE, 'C');
    // Worked out by hand (crates/core/tests/it/calcolatore.rs).
    assert.equal(sim.overall, '93.4375');
    assert.equal(await page.locator('#calc-totale-simulato').textContent(), '93,44 %');
    assert.equal(await page.locator('#calc-obiettivo-simulato').textContent(), '—');
    assert.equal(await page.locator('#calc-annuncio').textContent(), 'Punteggio complessivo simulato: 93,44 %');

    // Reload: the address reproduces the simulation and the chosen objective.
    await page.reload();
    await waitReady(page, '#/calcolatore');
    await page.locator('#calc-obiettivo-titolo').waitFor();
    assert.equal(await page.locator('#calc-obiettivo').inputValue(), 'C');
    assert.equal(await page.locator('#calc-neutralizza').isChecked(), true);
    assert.equal(await page.locator('#calc-motivo').inputValue(), 'Causa esterna');
    await assertAgrees(FIXTURE, 'C');

    // Back: the edit before the neutralisation.
    await page.goBack();
    await page.waitForFunction(() => !location.hash.includes('n.C='));
    await page.locator('#calc-neutralizza:not(:checked)').waitFor();
    assert.equal(await addressEdits(page), 'v1~f.a1=95~p.B=30');
    await assertAgrees(FIXTURE);

    // Typing the document's value back takes the edit away.
    await choose('B');
    await type('#calc-peso', '50', 'v1~f.a1=95');
    await assertAgrees(FIXTURE, 'B');

    // Reset: the document's figures, no edit in the address.
    await page.locator('#calc-annulla').click();
    await page.waitForFunction(() => !location.hash.includes('m='));
    await assertAgrees(FIXTURE, 'B');
    assert.equal(await page.locator('#calc-totale-simulato').textContent(), '85,50 %');
    assert.equal(await page.locator('#calc-peso').inputValue(), '50');
  });

  test('a pasted link reproduces the simulation; a bad value is said on its field and changes nothing', async () => {
    const edits = 'v1~f.a2=1.234,5~p.A=12,5~n.D=Ricorso';
    // The address as a person pastes it (the query decoded once).
    await openView(page, `${FIXTURE_URL()}#/calcolatore?o=A&m=${encodeURIComponent(edits)}`);
    await page.locator('#calc-obiettivo-titolo').waitFor();
    const sim = await assertAgrees(FIXTURE, 'A');
    assert.equal(sim.simulation.edits, 'v1~f.a2=1234,5~p.A=12,5~n.D=Ricorso');
    assert.equal(await page.locator('#calc-peso').inputValue(), '12,5');
    assert.equal(await page.locator('#calc-f-1').inputValue(), '1.234,5');

    const before = await page.evaluate(() => location.hash);
    const total = await page.locator('#calc-totale-simulato').textContent();
    for (const [typed, message] of [
      ['abc', '«abc» non è un numero: scriva ad esempio 80, 80,5, 1.234,5 o 95%.'],
      ['1.234', '«1.234» è ambiguo: il punto separa le migliaia o i decimali? Scriva 1234 per milleduecentotrentaquattro, 1,234 per uno virgola due tre quattro.'],
    ]) {
      await type('#calc-f-0', typed);
      const field = page.locator('#calc-f-0');
      await page.locator('#calc-f-0[aria-invalid="true"]').waitFor();
      assert.equal(await field.getAttribute('aria-describedby'), 'calc-f-0-errore calc-f-0-documento');
      assert.equal(await page.locator('#calc-f-0-errore').textContent(), message);
      assert.equal(await field.inputValue(), typed, 'the typed text stays, to be corrected');
      assert.equal(await page.evaluate(() => location.hash), before, 'the address is unchanged');
      assert.equal(await page.locator('#calc-totale-simulato').textContent(), total, 'the figures are unchanged');
    }
    await assertNoAxeViolations(page, 'the calculator with a bad value');
    const weight = page.locator('#calc-peso');
    await type('#calc-peso', '-5');
    assert.equal(await page.locator('#calc-peso-errore').textContent(), '«-5» è negativo: un peso o una percentuale di raggiungimento non può essere sotto zero.');
    assert.equal(await weight.getAttribute('aria-invalid'), 'true');
    // A good value clears the field's message.
    await type('#calc-f-0', '1.234,5', 'v1~f.a2=1234,5~p.A=12,5~n.D=Ricorso~f.a1=1234,5');
    assert.equal(await page.locator('#calc-f-0').getAttribute('aria-invalid'), null);
    assert.equal(await page.locator('#calc-f-0-errore').count(), 0);
    await assertAgrees(FIXTURE, 'A');

    // A link whose edits do not fit the document says so (the core's sentence).
    await openView(page, `${FIXTURE_URL()}#/calcolatore?m=v1~f.nessuno=3`);
    assert.equal(
      await page.locator('#calc-errore-indirizzo').textContent(),
      'Modifica 1 («f.nessuno=3») nomina un indicatore che il documento non ha: controlli l\'identificativo.',
    );
    assert.equal(await page.locator('#calc-totale-simulato').textContent(), '85,50 %');
  });

  test('the objective page links to the calculator on that objective; axe in light and dark, and in English', async () => {
    await openView(page, `${FIXTURE_URL()}#/obiettivi/B`);
    await page.getByRole('link', { name: 'Simula con il calcolatore' }).click();
    await waitReady(page, '#/calcolatore');
    await page.locator('#calc-obiettivo-titolo').waitFor();
    assert.equal(await page.locator('#calc-obiettivo').inputValue(), 'B');
    assert.equal(await page.locator('h1').textContent(), 'Calcolatore');
    // b1 is the third indicator of the document.
    await type('#calc-f-2', '20', 'v1~f.b1=20');
    await assertAgrees(FIXTURE, 'B');
    await assertNoAxeViolations(page, 'the calculator');
    await page.emulateMedia({ colorScheme: 'dark' });
    await assertNoAxeViolations(page, 'the calculator, dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await openView(page, `${server.url}?src=__core__/calcolatore/piano.json&lang=en#/calcolatore?o=B&m=v1~f.b1=20`);
    assert.equal(await page.locator('h1').textContent(), 'Calculator');
    await type('#calc-f-2', 'x');
    assert.equal(await page.locator('#calc-f-2-errore').textContent(), '«x» is not a number: write for instance 80, 80,5, 1.234,5 or 95%.');
    await assertNoAxeViolations(page, 'the calculator in English');
  });
});

describe('on a demo plan (Lucca 2021)', () => {
  test("an objective's declared result and weight, and a neutralisation: every figure equals cruscotto score --modifica", async () => {
    await openView(page, `${server.url}?piano=lucca-2021-relazione#/calcolatore?o=obj-1`);
    await page.locator('#calc-obiettivo-titolo').waitFor();
    await assertAgrees(LUCCA, 'obj-1');
    await type('#calc-risultato', '50%', 'v1~r.obj-1=50');
    await assertAgrees(LUCCA, 'obj-1');
    await type('#calc-peso', '40', 'v1~r.obj-1=50~p.obj-1=40');
    await assertAgrees(LUCCA, 'obj-1');
    await choose('obj-2');
    await page.locator('#calc-neutralizza').check();
    await page.waitForFunction(() => location.hash.includes('n.obj-2='));
    assert.equal(await addressEdits(page), 'v1~r.obj-1=50~p.obj-1=40~n.obj-2=Causa%20non%20imputabile%20%28simulazione%29');
    await assertAgrees(LUCCA, 'obj-2');
    await page.reload();
    await waitReady(page, '#/calcolatore');
    await assertAgrees(LUCCA, 'obj-2');
    await assertNoAxeViolations(page, 'the calculator on Lucca');
  });
});
