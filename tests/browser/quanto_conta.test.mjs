// Browser tests of "Quanto conta" (#/calcolatore/quanto-conta): for each
// objective, the overall score at 0 % and at 100 % and the spread, as a
// sorted bar chart (a focusable mark per objective) and its data table. On
// the hand-worked fixture (tests/fixtures/calcolatore/piano.json) the
// figures are the ones worked out by hand in
// crates/core/tests/it/calcolatore.rs (`quanto_conta_sorted_by_impact`),
// and on the fixture with edits and on Lucca (132 objectives: the first 50,
// then all) they equal `cruscotto score --quanto-conta --json [--modifica]`.
// axe-core finds nothing, with the table open.
//
// The command is the built binary (CRUSCOTTO, default target/debug/cruscotto).
// Run: DIST_DIR=<built app> node --test quanto_conta.test.mjs

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { italian, pct } from './support/figures.mjs';
import { assertNoAxeViolations, DIST, openView, pageSuite, waitReady } from './support/suite.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const CORE_FIXTURES = join(ROOT, 'tests', 'fixtures');
const CRUSCOTTO = resolve(process.env.CRUSCOTTO || join(ROOT, 'target', 'debug', 'cruscotto'));
const FIXTURE = join(CORE_FIXTURES, 'calcolatore', 'piano.json');
const LUCCA = join(DIST, 'plans', 'lucca-2021-relazione.json');

/** `cruscotto score --quanto-conta --json [--modifica EDITS] FILE`. */
function cliWeights(file, edits) {
  const args = ['score', '--quanto-conta', '--json', ...(edits ? ['--modifica', edits] : []), file];
  return JSON.parse(execFileSync(CRUSCOTTO, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] }).toString('utf8'));
}

const points = (s) => (s === null || s === undefined ? '—' : `${italian(s)} punti`);

/** The command's rows as the table shows them: id, score, at 0 %, at 100 %, spread. */
const expectedRows = (cli) =>
  cli.objectives.map((o) => [o.id, pct(o.score), pct(o.at_zero), pct(o.at_hundred), points(o.impact)]);

/** The table's rows: the objective's id (from its link), then the cells. */
async function tableRows(page) {
  return page.locator('#quanto-grafico table tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [
      decodeURIComponent(tr.querySelector('th a').getAttribute('href').replace('#/obiettivi/', '')),
      ...[...tr.querySelectorAll('td')].map((td) => td.textContent),
    ]),
  );
}

/** The chart's marks: their accessible names. */
async function marks(page) {
  return page.locator('#quanto-grafico .chart__bar').evaluateAll((svgs) =>
    svgs.map((s) => [s.getAttribute('role'), s.getAttribute('tabindex'), s.getAttribute('aria-label')]),
  );
}

let server;
let env;
let page;

pageSuite({ mounts: { '__core__/': CORE_FIXTURES } }, (s) => ({ server, env, page } = s));

const FIXTURE_URL = () => `${server.url}?src=__core__/calcolatore/piano.json`;

describe('on the hand-worked fixture', () => {
  test('the figures worked out by hand, sorted, equal to the command; marks reachable by keyboard; axe zero', async () => {
    await openView(page, `${FIXTURE_URL()}#/calcolatore/quanto-conta`);
    assert.equal(await page.locator('h1').textContent(), 'Quanto conta ogni obiettivo');
    assert.equal(await page.locator('#quanto-totale').textContent(), '85,50 %');
    assert.equal(await page.locator('#quanto-simulato').count(), 0);
    // Worked out by hand in crates/core/tests/it/calcolatore.rs
    // (quanto_conta_sorted_by_impact): L1 at 0 → 36, at 100 → 96; L2 49,5
    // → 89,5; A 58,5 → 88,5; B 63 → 93; D 55,5 → 85,5; C 79,5 → 89,5.
    const byHand = [
      ['L1', '82,50 %', '36,00 %', '96,00 %', '60,00 punti'],
      ['L2', '90,00 %', '49,50 %', '89,50 %', '40,00 punti'],
      ['A', '90,00 %', '58,50 %', '88,50 %', '30,00 punti'],
      ['B', '75,00 %', '63,00 %', '93,00 %', '30,00 punti'],
      ['D', '100,00 %', '55,50 %', '85,50 %', '30,00 punti'],
      ['C', '60,00 %', '79,50 %', '89,50 %', '10,00 punti'],
    ];
    assert.deepEqual(await tableRows(page), byHand);
    assert.deepEqual(await tableRows(page), expectedRows(cliWeights(FIXTURE)));
    // The table: caption, column and row scopes.
    assert.equal(
      await page.locator('#quanto-grafico table caption').textContent(),
      "Quanto conta ogni obiettivo: il punteggio complessivo con l'obiettivo a 0 % e a 100 %, dal più influente",
    );
    assert.deepEqual(
      await page.locator('#quanto-grafico table thead th').evaluateAll((ths) => ths.map((th) => [th.scope, th.textContent])),
      [
        ['col', 'Obiettivo'],
        ['col', "Punteggio dell'obiettivo"],
        ['col', "Complessivo con l'obiettivo a 0 %"],
        ['col', "Complessivo con l'obiettivo a 100 %"],
        ['col', 'Quanto conta (punti)'],
      ],
    );
    assert.equal(await page.locator('#quanto-grafico table tbody th[scope=row]').count(), 6);
    // Its downloads, as every table has.
    assert.equal(await page.locator('#quanto-grafico button', { hasText: 'CSV' }).count(), 1);
    assert.equal(await page.locator('#quanto-grafico button', { hasText: 'JSON' }).count(), 1);
    // The chart: one mark per row, in the same order, named by row and value.
    assert.deepEqual(await marks(page), [
      ['img', '0', 'Linea 1: 60,00 punti'],
      ['img', '0', 'Linea 2: 40,00 punti'],
      ['img', '0', 'Obiettivo A: 30,00 punti'],
      ['img', '0', 'Obiettivo B: 30,00 punti'],
      ['img', '0', 'Obiettivo D: 30,00 punti'],
      ['img', '0', 'Obiettivo C: 10,00 punti'],
    ]);
    // The longest bar is the first row's.
    assert.equal(await page.locator('#quanto-grafico .chart__fill').first().getAttribute('width'), '100');
    // Keyboard: from the first row's link, Tab reaches its mark.
    await page.locator('#quanto-grafico .chart__label a').first().focus();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), 'Linea 1: 60,00 punti');
    // The text equivalent of the chart's first row.
    assert.equal(
      await page.locator('#quanto-sintesi').textContent(),
      'Conta di più «Linea 1»: con l\'obiettivo a 0 % il punteggio complessivo sarebbe 36,00 %, a 100 % 96,00 % (60,00 punti).',
    );
    await page.locator('#quanto-grafico summary').click();
    await assertNoAxeViolations(page, 'Quanto conta (fixture, table open)');
  });

  test('from the calculator with edits: the simulated plan, equal to the command with --modifica; back keeps the edits', async () => {
    const edits = 'v1~f.a1=100~n.C=Causa%20esterna';
    await openView(page, `${FIXTURE_URL()}#/calcolatore?o=A&m=${encodeURIComponent(edits)}`);
    await page.locator('#calc-quanto-conta').click();
    await waitReady(page, '#/calcolatore/quanto-conta');
    await page.waitForFunction(() => location.hash.startsWith('#/calcolatore/quanto-conta?m='));
    const cli = cliWeights(FIXTURE, edits);
    assert.equal(cli.simulated, true);
    assert.equal(await page.locator('#quanto-totale').textContent(), pct(cli.overall));
    // a1 at 100: A = 100; C out: L2 = D = 100; L1 = 87,5; overall = 52,5 + 40 = 92,5.
    assert.equal(await page.locator('#quanto-totale').textContent(), '92,50 %');
    assert.equal(
      await page.locator('#quanto-simulato').textContent(),
      'Calcolato sul piano simulato dal calcolatore (2 modifiche).',
    );
    assert.deepEqual(await tableRows(page), expectedRows(cli));
    assert.ok(!(await tableRows(page)).some((r) => r[0] === 'C'), 'a neutralised objective does not count');
    await assertNoAxeViolations(page, 'Quanto conta (simulated)');
    // Back to the calculator with the same edits.
    await page.locator('#quanto-calcolatore').click();
    await waitReady(page, '#/calcolatore');
    await page.locator('#calc-totale-simulato', { hasText: '92,50 %' }).waitFor();
  });

  test('an edit that does not apply is said, and the rest are used', async () => {
    await openView(page, `${FIXTURE_URL()}#/calcolatore/quanto-conta?m=${encodeURIComponent('v1~f.a1=100~f.zz=3')}`);
    await page.locator('#quanto-errore-indirizzo').waitFor();
    assert.match(await page.locator('#quanto-errore-indirizzo').textContent(), /zz/);
    assert.deepEqual(await tableRows(page), expectedRows(cliWeights(FIXTURE, 'v1~f.a1=100')));
  });
});

describe('on a large plan (Lucca, 132 objectives)', () => {
  test('the first 50, then every row on request; all equal to the command', async () => {
    await openView(page, `${server.url}?piano=lucca-2021-relazione#/calcolatore/quanto-conta`);
    const cli = cliWeights(LUCCA);
    assert.equal(cli.objectives.length, 132);
    const expected = expectedRows(cli);
    assert.equal(await page.locator('#quanto-totale').textContent(), pct(cli.overall));
    assert.deepEqual(await tableRows(page), expected.slice(0, 50));
    assert.equal((await marks(page)).length, 50);
    assert.equal(
      await page.locator('#quanto-mostrati').textContent(),
      'Sono mostrati i 50 obiettivi che contano di più su 132. ',
    );
    await page.locator('#quanto-tutti').click();
    await page.locator('#quanto-grafico .chart__bar').nth(131).waitFor();
    assert.deepEqual(await tableRows(page), expected);
    assert.equal(await page.locator('#quanto-tutti').getAttribute('aria-expanded'), 'true');
    await assertNoAxeViolations(page, 'Quanto conta (Lucca, every row)');
  });
});
