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

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { pct } from './support/figures.mjs';
import { assertNoAxeViolations, DIST, openView, pageSuite, waitReady } from './support/suite.mjs';

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

pageSuite({ mounts: { '__core__/': CORE_FIXTURES } }, (s) => ({ server, env, page } = s));

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
  // What the edits after one changed further up the list changed is drawn
  // just after the figures: wait for every edit's.
  await page.waitForFunction((n) => document.querySelectorAll('#calc-modifiche > li').length === n, sim.simulation.changes.length);
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

const MONSUMMANO = join(DIST, 'plans', 'monsummano-terme-2024-piao.json');

/** The input (or select) of field `key` of indicator `id` in the form (`calc-KEY-N`). */
const fieldOf = (id, key) => `fieldset[data-id="${id}"] :is(input, select)[id^="calc-${key}-"]:not([id$="-motivo"])`;

/** The label of the element `selector` names. */
const labelOf = (selector) => page.locator(selector).evaluate((el) => document.querySelector(`label[for="${el.id}"]`).textContent);

/** The DOM id of the element `selector` names. */
const idOf = (selector) => page.locator(selector).evaluate((el) => el.id);

/** `cruscotto score` refusing the edits: its exit code and message. */
function cliRefuses(file, edits) {
  try {
    execFileSync(CRUSCOTTO, ['score', '--json', '--modifica', edits, file], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    return { status: e.status, message: e.stderr.toString('utf8').trim() };
  }
  assert.fail(`cruscotto score accepted ${edits}`);
}

/**
 * The simulated view's figures (`#/sintesi?m=`, `#/obiettivi/ID?m=`,
 * `#/uffici/ID?m=`) equal the command's with the address's edits: the
 * overall, and `expected` ([key, before, after] of each other figure).
 */
async function assertSimulatedView(file, count, keys) {
  const hash = await page.evaluate(() => location.hash);
  const edits = new URLSearchParams(hash.split('?')[1]).get('m');
  const base = cliScore(file);
  const sim = cliScore(file, edits);
  const word = count === 1 ? 'modifica' : 'modifiche';
  assert.ok(
    (await page.locator('#simulazione-titolo').textContent()).startsWith(`Stai vedendo una simulazione: ${count} ${word} — torna al calcolatore / annulla la simulazione`),
  );
  const figure = async (key) => [
    await page.locator(`#sim-${key}-documento`).textContent(),
    await page.locator(`#sim-${key}-simulato`).textContent(),
    // Marked in words, for every reader.
    await page.locator(`[data-cifra="${key}"] .calc__totale--simulato .calc__simulato`).textContent(),
  ];
  assert.deepEqual(await figure('totale'), [pct(base.overall), pct(sim.overall), 'simulato']);
  for (const [key, pick] of keys) {
    assert.deepEqual(await figure(key), [pct(pick(base)), pct(pick(sim)), 'simulato'], key);
  }
  // Only the figures asked for (and the overall).
  assert.equal(await page.locator('[data-cifra]').count(), keys.length + 1);
  return { base, sim };
}

const node = (id) => (s) => s.nodes.find((n) => n.id === id).computed;
const group = (dimension, key) => (s) => s.groups.find((g) => g.dimension === dimension && g.key === key)?.score ?? null;

describe("every field of an indicator, and the simulated views", () => {
  test('target, weight, neutralisation, declared result and stated % typed in their fields: every figure equals cruscotto score --modifica', async () => {
    await openView(page, `${FIXTURE_URL()}#/calcolatore`);
    await choose('A');
    // A measurable target: final value, target, weight, neutralisation; no declared result.
    for (const key of ['f', 't', 'pi', 'ni']) assert.equal(await page.locator(fieldOf('a1', key)).count(), 1, key);
    for (const key of ['e', 'ri']) assert.equal(await page.locator(fieldOf('a1', key)).count(), 0, key);
    assert.equal(await labelOf(fieldOf('a1', 't')), 'Target di «Pratiche evase»');
    assert.equal(await labelOf(fieldOf('a1', 'pi')), 'Peso di «Pratiche evase»');
    assert.equal(await page.locator(`#${await idOf(fieldOf('a1', 't'))}-documento`).textContent(), 'Nel documento: 100');

    // a1's target 80: met (80 of 80), A = 100.
    await type(fieldOf('a1', 't'), '80', 'v1~t.a1=80');
    await assertAgrees(FIXTURE, 'A');
    // a2 weighs 25.
    await type(fieldOf('a2', 'pi'), '25', 'v1~t.a1=80~pi.a2=25');
    await assertAgrees(FIXTURE, 'A');
    // A weight above 100 where weights are percentages: refused on the field, as the command refuses it.
    const total = await page.locator('#calc-totale-simulato').textContent();
    await type(fieldOf('a2', 'pi'), '150');
    const weight = await idOf(fieldOf('a2', 'pi'));
    await page.locator(`#${weight}[aria-invalid="true"]`).waitFor();
    assert.equal(await page.locator(`#${weight}`).getAttribute('aria-describedby'), `${weight}-errore ${weight}-documento`);
    const message = 'Il peso 150 supera 100, ma i pesi di questo piano sono percentuali: scriva un peso tra 0 e 100.';
    assert.equal(await page.locator(`#${weight}-errore`).textContent(), message);
    assert.equal(await page.locator('#calc-totale-simulato').textContent(), total);
    assert.equal(await addressEdits(page), 'v1~t.a1=80~pi.a2=25');
    const refused = cliRefuses(FIXTURE, 'v1~t.a1=80~pi.a2=150');
    assert.equal(refused.status, 2);
    assert.equal(refused.message, 'cruscotto: Modifica 2 («pi.a2=150») il peso 150 supera 100, ma i pesi di questo piano sono percentuali: scriva un peso tra 0 e 100.');
    await type(fieldOf('a2', 'pi'), '25');
    assert.equal(await page.locator(`#${weight}`).getAttribute('aria-invalid'), null);

    // b1 neutralised with a reason.
    await choose('B');
    await page.locator('fieldset[data-id="b1"] input[id$="-motivo"]').fill('Sciopero');
    await page.locator(fieldOf('b1', 'ni')).check();
    await page.waitForFunction(() => location.hash.includes('ni.b1='));
    assert.equal(await labelOf(fieldOf('b1', 'ni')), 'Neutralizza «Giorni di attesa» (escluso dal calcolo, i pesi degli altri si ripartiscono)');
    await assertAgrees(FIXTURE, 'B');

    // A target in words: a declared result and a stated percentage; no final value, no target.
    await choose('D');
    for (const key of ['f', 't']) assert.equal(await page.locator(fieldOf('d1', key)).count(), 0, key);
    assert.equal(await labelOf(fieldOf('d1', 'e')), 'Esito dichiarato di «Regolamento»');
    assert.equal(await page.locator(fieldOf('d1', 'e')).inputValue(), 'raggiunto');
    await page.selectOption(fieldOf('d1', 'e'), 'non_raggiunto');
    await page.waitForFunction(() => location.hash.includes('e.d1=non_raggiunto'));
    await assertAgrees(FIXTURE, 'D');
    await type(fieldOf('d1', 'ri'), '40 %', 'v1~t.a1=80~pi.a2=25~ni.b1=Sciopero~e.d1=non_raggiunto~ri.d1=40');
    const sim = await assertAgrees(FIXTURE, 'D');
    await assertNoAxeViolations(page, 'the calculator with every kind of indicator edit');

    // Reload: the address gives back every field.
    await page.reload();
    await waitReady(page, '#/calcolatore');
    await page.locator('#calc-obiettivo-titolo').waitFor();
    assert.equal(await page.locator(fieldOf('d1', 'e')).inputValue(), 'non_raggiunto');
    assert.equal(await page.locator(fieldOf('d1', 'ri')).inputValue(), '40');
    assert.deepEqual(await assertAgrees(FIXTURE, 'D'), sim);
    await choose('A');
    assert.equal(await page.locator(fieldOf('a1', 't')).inputValue(), '80');
    assert.equal(await page.locator(fieldOf('a2', 'pi')).inputValue(), '25');
    await choose('B');
    assert.equal(await page.locator(fieldOf('b1', 'ni')).isChecked(), true);

    // Typing again in the last field: still one edit there.
    await choose('D');
    await type(fieldOf('d1', 'ri'), '55', 'v1~t.a1=80~pi.a2=25~ni.b1=Sciopero~e.d1=non_raggiunto~ri.d1=55');
    await assertAgrees(FIXTURE, 'D');
    // Back to the document's value of the first edit: it goes, the others stay.
    await choose('A');
    await type(fieldOf('a1', 't'), '100', 'v1~pi.a2=25~ni.b1=Sciopero~e.d1=non_raggiunto~ri.d1=55');
    await assertAgrees(FIXTURE, 'A');
    // The first edit typed again: in its place, the others after it count from it.
    await type(fieldOf('a2', 'pi'), '10', 'v1~pi.a2=10~ni.b1=Sciopero~e.d1=non_raggiunto~ri.d1=55');
    await assertAgrees(FIXTURE, 'A');
  });

  test('the overview and the objective page show the simulated figures marked, next to the document’s; one click undoes it', async () => {
    await openView(page, `${FIXTURE_URL()}#/calcolatore?o=A&m=v1~f.a1=100~n.C=Ricorso`);
    await page.locator('#calc-obiettivo-titolo').waitFor();
    // From the calculator to the overview, with the edits.
    await page.locator('#calc-sintesi-simulata').click();
    await waitReady(page, '#/sintesi');
    assert.equal(await page.evaluate(() => location.hash), '#/sintesi?m=v1~f.a1=100~n.C=Ricorso');
    await assertSimulatedView(FIXTURE, 2, []);
    // By hand: A = 100, L1 = 87,5; C neutralised, L2 = D = 100; 52,5 + 40.
    assert.equal(await page.locator('#sim-totale-simulato').textContent(), '92,50 %');
    assert.match(await page.title(), /\(simulazione\)/);
    await assertNoAxeViolations(page, 'the overview with a simulation');
    // The document's own figures are still the document's.
    assert.equal(await page.locator('#sim-totale-documento').textContent(), '85,50 %');

    // Back to the calculator, then to the objective's page: it and each objective above it.
    await page.locator('#simulazione-calcolatore').click();
    await waitReady(page, '#/calcolatore');
    assert.equal(await addressEdits(page), 'v1~f.a1=100~n.C=Ricorso');
    await assertAgrees(FIXTURE);
    await choose('A');
    await page.locator('#calc-obiettivo-simulato-link').click();
    await waitReady(page, '#/obiettivi/A');
    await assertSimulatedView(FIXTURE, 2, [
      ['obiettivo', node('A')],
      ['obiettivo-L1', node('L1')],
    ]);
    await assertNoAxeViolations(page, 'an objective with a simulation');
    // Reload: the same.
    await page.reload();
    await waitReady(page, '#/obiettivi/A');
    await assertSimulatedView(FIXTURE, 2, [
      ['obiettivo', node('A')],
      ['obiettivo-L1', node('L1')],
    ]);
    // One click: the objective as the document has it, no mark left.
    await page.locator('#simulazione-annulla').click();
    await page.waitForFunction(() => location.hash === '#/obiettivi/A');
    await waitReady(page, '#/obiettivi/A');
    assert.equal(await page.locator('.simulazione').count(), 0);
    assert.equal(await page.locator('.calc__simulato').count(), 0);

    // In English, and in dark colours.
    await openView(page, `${server.url}?src=__core__/calcolatore/piano.json&lang=en#/obiettivi/A?m=v1~f.a1=100~n.C=Ricorso`);
    assert.ok(
      (await page.locator('#simulazione-titolo').textContent()).startsWith('You are looking at a simulation: 2 edits — back to the calculator / undo the simulation'),
    );
    assert.equal(await page.locator('[data-cifra="obiettivo"] .calc__simulato').textContent(), 'simulated');
    assert.equal(await page.locator('#sim-obiettivo-simulato').textContent(), '100,00 %');
    await assertNoAxeViolations(page, 'an objective with a simulation, in English');
    await page.emulateMedia({ colorScheme: 'dark' });
    await assertNoAxeViolations(page, 'an objective with a simulation, dark');
    await page.emulateMedia({ colorScheme: 'light' });

    // A link whose edits do not apply says so.
    await openView(page, `${FIXTURE_URL()}#/sintesi?m=v1~f.d1=3`);
    assert.equal(
      await page.locator('#sim-errore').textContent(),
      'Le modifiche scritte nell\'indirizzo non si possono applicare: Modifica 1 («f.d1=3») riguarda un indicatore con un target a parole o un traguardo, che non ha un valore numerico: usi e (esito dichiarato) o ri (percentuale dichiarata).',
    );
  });
});

describe('a range target', () => {
  test('written min..max, a single value refused on its field; every figure equals cruscotto score --modifica', async () => {
    const file = join(CORE_FIXTURES, 'valid', 'spiega.json');
    await openView(page, `${server.url}?src=__core__/valid/spiega.json#/calcolatore?o=b`);
    await page.locator('#calc-obiettivo-titolo').waitFor();
    const target = fieldOf('b-i1', 't');
    assert.equal(await labelOf(target), 'Target di «Aule rinnovate» (intervallo: minimo..massimo, ad esempio 10..20)');
    assert.equal(await page.locator(target).inputValue(), '10..20');
    assert.equal(await page.locator(`#${await idOf(target)}-documento`).textContent(), 'Nel documento: 10–20');
    await type(target, '20..30', 'v1~t.b-i1=20..30');
    await assertAgrees(file, 'b');
    const total = await page.locator('#calc-totale-simulato').textContent();
    for (const [typed, message] of [
      ['15', 'Riguarda un target a intervallo: scriva minimo e massimo, ad esempio t.ID=10..20.'],
      ['30..20', 'Nell\'intervallo «30..20» il minimo supera il massimo: scriva prima il minimo, ad esempio 10..20.'],
    ]) {
      await type(target, typed);
      const id = await idOf(target);
      await page.locator(`#${id}[aria-invalid="true"]`).waitFor();
      assert.equal(await page.locator(`#${id}-errore`).textContent(), message);
      assert.equal(await page.locator('#calc-totale-simulato').textContent(), total);
      assert.equal(await addressEdits(page), 'v1~t.b-i1=20..30');
    }
    await assertNoAxeViolations(page, 'a range target with a bad value');
  });
});

describe('on a demo Piano with units (Monsummano Terme 2024)', () => {
  test("indicators' final values, a target, a weight and a neutralisation filled in; the unit's and the overview's simulated figures", async () => {
    const ob = 's2-1-6';
    const [first, second] = [`${ob}-ind-1`, `${ob}-ind-2`];
    await openView(page, `${server.url}?piano=monsummano-terme-2024-piao#/calcolatore?o=${ob}`);
    await page.locator('#calc-obiettivo-titolo').waitFor();
    await assertAgrees(MONSUMMANO, ob);
    // Measurable targets: no declared result.
    assert.equal(await page.locator(fieldOf(first, 'e')).count(), 0);
    // Fill in the results, as the office would.
    let m = `v1~f.${first}=4`;
    await type(fieldOf(first, 'f'), '4', m);
    await assertAgrees(MONSUMMANO, ob);
    await type(fieldOf(second, 'f'), '80', (m += `~f.${second}=80`));
    await assertAgrees(MONSUMMANO, ob);
    await type(fieldOf(second, 't'), '90', (m += `~t.${second}=90`));
    await assertAgrees(MONSUMMANO, ob);
    await type(fieldOf(first, 'pi'), '70', (m += `~pi.${first}=70`));
    await assertAgrees(MONSUMMANO, ob);
    await page.locator(fieldOf(second, 'ni')).check();
    await page.waitForFunction((id) => location.hash.includes(`ni.${id}=`), second);
    const sim = await assertAgrees(MONSUMMANO, ob);
    assert.notEqual(sim.overall, null, 'the filled-in results give an overall score');
    await assertNoAxeViolations(page, 'the calculator on Monsummano');
    await page.reload();
    await waitReady(page, '#/calcolatore');
    await page.locator('#calc-obiettivo-titolo').waitFor();
    assert.deepEqual(await assertAgrees(MONSUMMANO, ob), sim);

    // The unit's page, from the calculator's link, and the overview, with the same edits.
    const edits = await addressEdits(page);
    const unit = 'u-uoc-bilancio';
    await page.locator('a.calc__ufficio-simulato').click();
    await waitReady(page, `#/uffici/${unit}`);
    assert.equal((await page.evaluate(() => location.hash)).split('?')[0], `#/uffici/${unit}`);
    assert.equal(await addressEdits(page), edits);
    await assertSimulatedView(MONSUMMANO, 5, [['ufficio', group('unit', unit)]]);
    assert.notEqual(await page.locator('#sim-ufficio-simulato').textContent(), '—');
    await assertNoAxeViolations(page, 'a unit with a simulation');
    await openView(page, `${server.url}?piano=monsummano-terme-2024-piao#/sintesi?m=${encodeURIComponent(edits)}`);
    const { base, sim: s } = cliPair(MONSUMMANO, edits);
    // Every unit and missione whose score changes.
    const changed = s.groups
      .filter((g) => ['unit', 'mission'].includes(g.dimension))
      .filter((g) => g.score !== group(g.dimension, g.key)(base))
      .map((g) => [`${g.dimension}-${g.key}`, group(g.dimension, g.key)]);
    assert.ok(changed.length > 0);
    await assertSimulatedView(MONSUMMANO, 5, changed);
    await assertNoAxeViolations(page, 'the overview with a simulation, Monsummano');
    await page.locator('#simulazione-annulla').click();
    await page.waitForFunction(() => location.hash === '#/sintesi');
    await waitReady(page, '#/sintesi');
    assert.equal(await page.locator('.simulazione').count(), 0);
  });
});

/** The command's scores without and with the edits. */
function cliPair(file, edits) {
  return { base: cliScore(file), sim: cliScore(file, edits) };
}
