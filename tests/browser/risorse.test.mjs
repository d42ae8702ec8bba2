// Browser tests of the Risorse page: the budget tables and the costs per
// objective and process, with the figures of the Lucca report, sorting with
// the keyboard, the filter, the empty state, and axe-core on every demo plan.
// Run: `DIST_DIR=… node --test risorse.test.mjs` (scripts/test runs them all).

import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';

import {
  assertNoAxeViolations as axeClean,
  freshPage,
  loadDemos,
  objectiveNodes,
  start,
  stop,
  openView,
} from './support/suite.mjs';

const LUCCA = 'lucca-2021-relazione';


let server;
let env;
let page;
let demos;

before(async () => {
  demos = await loadDemos();
  ({ server, env } = await start());
});

after(() => stop({ server, env }));

beforeEach(async () => {
  page = await freshPage(env, page);
});

async function openRisorse(stem) {
  await openView(page, `${server.origin}/?piano=${stem}#/risorse`);
  assert.equal((await page.locator('h1#titolo-pagina').innerText()).trim(), 'Risorse');
}

async function assertNoAxeViolations(what) {
  await axeClean(page, what);
}

/** The cells' texts of the row whose header is `label` in `table`. */
async function rowTexts(table, label) {
  const row = table.locator('tbody tr').filter({
    has: page.locator('th[scope="row"]', { hasText: new RegExp(`^\\s*${label}\\s*$`) }),
  });
  assert.equal(await row.count(), 1, `one row «${label}»`);
  return {
    row,
    cells: (await row.locator('td').allInnerTexts()).map((s) => s.replace(/\s+/g, ' ').trim()),
  };
}

const costTable = () => page.locator('table.risorse__costs-table');
const firstCostTitle = async () =>
  (await costTable().locator('tbody tr').first().locator('th a').innerText()).trim();

describe('Risorse', () => {
  test('Lucca: each budget table has a chart of its items, with the same figures and a table one click away', async () => {
    await openRisorse(LUCCA);
    const uscite = page.locator('table.risorse__table').nth(1);
    const chart = page.locator('.risorse__table-block').nth(1).locator('figure.chart');
    assert.match(await chart.locator('figcaption').innerText(), /Assestato e Impegnato per voce \(esclusi i totali\)$/);
    assert.deepEqual(
      (await chart.locator('.chart__legend li').allInnerTexts()).map((s) => s.trim()),
      ['Assestato', 'Impegnato'],
    );
    // Every item of the table (not the totals) is a row of the chart, and
    // each mark says the figure the table shows.
    const items = uscite.locator('tbody tr:not(.total)');
    const rows = chart.locator('.chart__row');
    assert.equal(await rows.count(), await items.count());
    // The row's label, without its footnote mark.
    const first = (await items.first().locator('th').innerText()).replace(/\s*\*$/, '');
    const cells = (await items.first().locator('td').allInnerTexts()).map((c) => c.trim());
    const marks = rows.first().locator('svg.chart__bar');
    assert.deepEqual(await marks.evaluateAll((ms) => ms.map((m) => m.getAttribute('aria-label'))), [
      `${first.trim()}, Assestato: ${cells[0]}`,
      `${first.trim()}, Impegnato: ${cells[1]}`,
    ]);
    // The mark is reached with the keyboard.
    await marks.first().focus();
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('role')), 'img');
    // The same data as a table.
    await chart.getByText('Mostra i dati del grafico in una tabella').click();
    const data = chart.locator('table.chart__table');
    await data.waitFor();
    assert.deepEqual(
      (await data.locator('thead th').allInnerTexts()).map((s) => s.trim()),
      ['Voce', 'Assestato', 'Impegnato'],
    );
    assert.deepEqual(
      (await data.locator('tbody tr').first().locator('td').allInnerTexts()).map((s) => s.trim()),
      cells.slice(0, 2),
    );
    await assertNoAxeViolations('Risorse with a chart\'s table open');
  });

  test('Lucca: revenue and spending tables with the figures of the report', async () => {
    await openRisorse(LUCCA);
    const tables = page.locator('table.risorse__table');
    assert.equal(await tables.count(), 2);

    const entrate = tables.nth(0);
    const heads = (await entrate.locator('thead th').allInnerTexts()).map((s) => s.trim());
    assert.deepEqual(heads, ['Voce', 'Assestato', 'Accertato', 'Scostamento', '% accertato su assestato']);
    // Glossary links on the column names.
    assert.equal(
      await entrate.locator('thead a', { hasText: 'Accertato' }).getAttribute('href'),
      '#/glossario/accertato',
    );
    const tot = await rowTexts(entrate, 'TOTALE ENTRATE');
    assert.deepEqual(tot.cells, ['160.017.169,11 €', '148.060.560,42 €', '-11.956.608,69 €', '92,53 %']);
    assert.match(await tot.row.getAttribute('class'), /\btotal\b/);
    assert.equal(await tot.row.locator('svg.bar').count(), 1, 'a bar next to the percentage');
    // The sentence above the table, in plain words.
    const block = page.locator('.risorse__table-block').nth(0);
    assert.equal(
      (await block.locator('.risorse__headline').innerText()).trim(),
      'Su 160.017.169,11 € previsti, il Comune ha accertato 148.060.560,42 €, il 92,53 %.',
    );
    // FPV rows carry their * mark, explained in the footnote.
    const fpv = entrate.locator('tbody tr').first();
    assert.equal((await fpv.locator('sup.risorse__mark').innerText()).trim(), '*');
    assert.match(await block.locator('.risorse__footnotes').innerText(), /^\* Somme non accertate/);
    // 0 ÷ 0: no percentage computed; the document's printed 0,00 % is shown as such.
    const zero = await rowTexts(entrate, 'Anticipazioni da istituto tesoriere/cassiere');
    assert.equal(zero.cells[3], '— (nel documento 0,00 %)');

    const uscite = tables.nth(1);
    const spese = await rowTexts(uscite, 'TOTALE SPESE');
    assert.deepEqual(spese.cells, ['160.017.169,11 €', '123.395.217,21 €', '-36.621.951,90 €', '77,11 %']);
    assert.match(await spese.row.getAttribute('class'), /\btotal\b/);
    assert.match(
      await page.locator('.risorse__table-block').nth(1).locator('.risorse__headline').innerText(),
      /il Comune ha impegnato 123\.395\.217,21 €, il 77,11 %/,
    );
    assert.equal(
      await uscite.locator('thead a', { hasText: 'Capacità di impegno' }).getAttribute('href'),
      '#/glossario/capacita-impegno',
    );
    // Every row has its bar (the rows where a percentage exists).
    assert.equal(await uscite.locator('tbody svg.bar').count(), 9);
    assert.deepEqual(env.pageErrors, []);
  });

  test('Lucca: costs per objective and process with computed and published totals', async () => {
    await openRisorse(LUCCA);
    const withCosts = objectiveNodes(demos.find((d) => d.stem === LUCCA).plan).filter(
      (n) => n.costs,
    );
    const rows = costTable().locator('tbody tr');
    assert.equal(await rows.count(), withCosts.length);
    assert.equal(await firstCostTitle(), withCosts[0].title.trim());

    const foot = costTable().locator('tfoot');
    const footText = await foot.innerText();
    for (const amount of ['3.813.838,42 €', '2.045.770,16 €', '1.068.897,87 €']) {
      assert.ok(footText.includes(amount), `objectives total ${amount}`);
    }
    // Processes: published staff cost and the sum of the rows differ; both are shown.
    const published = foot.locator('tr', { hasText: 'Totale pubblicato nel documento: n. 61 processi' });
    assert.match(await published.locator('td').nth(1).innerText(), /10\.551\.325,94 €\s+diverso dalla somma/);
    const sum = foot.locator('tr', { hasText: /Somma delle righe: \d+ processi/ });
    assert.equal((await sum.locator('td').nth(1).innerText()).trim(), '10.527.354,24 €');
    assert.match(
      await page.locator('.risorse__notes').innerText(),
      /pubblica «costo del personale» pari a 10\.551\.325,94 €, ma la somma delle \d+ righe è 10\.527\.354,24 €/,
    );
    assert.deepEqual(env.pageErrors, []);
  });

  test('Lucca: sorting by staff cost with the keyboard, then the filter', async () => {
    await openRisorse(LUCCA);
    const staffHead = costTable().locator('thead th', { hasText: 'Costo del personale' });
    const button = staffHead.getByRole('button', { name: 'Costo del personale' });
    const before = await firstCostTitle();
    assert.equal(await staffHead.getAttribute('aria-sort'), null);

    const staffOf = objectiveNodes(demos.find((d) => d.stem === LUCCA).plan)
      .filter((n) => n.costs?.staff)
      .map((n) => ({ title: n.title.trim(), staff: Number(n.costs.staff) }));
    const max = staffOf.reduce((a, b) => (b.staff > a.staff ? b : a));
    const min = staffOf.reduce((a, b) => (b.staff < a.staff ? b : a));

    await button.focus();
    await page.keyboard.press('Enter');
    assert.equal(await staffHead.getAttribute('aria-sort'), 'descending');
    assert.equal(await firstCostTitle(), max.title);
    assert.notEqual(await firstCostTitle(), before);
    assert.match(await costTable().locator('caption').innerText(), /ordinati per costo del personale, dal più alto/);
    // The focus stays on the button: pressing again reverses the order.
    assert.equal(await page.evaluate(() => document.activeElement?.textContent.trim()), 'Costo del personale▼');
    await page.keyboard.press('Space');
    assert.equal(await staffHead.getAttribute('aria-sort'), 'ascending');
    assert.equal(await firstCostTitle(), min.title);

    // Sorting by title: only that column carries aria-sort.
    await costTable().getByRole('button', { name: 'Obiettivo o processo' }).press('Enter');
    assert.equal(await staffHead.getAttribute('aria-sort'), null);
    assert.equal(
      await costTable().locator('thead th', { hasText: 'Obiettivo o processo' }).getAttribute('aria-sort'),
      'ascending',
    );

    // Filter: processes only, with their totals only.
    await page.getByRole('radio', { name: 'solo i processi' }).check();
    const kinds = await costTable().locator('tbody tr td:first-of-type').allInnerTexts();
    assert.ok(kinds.length > 0);
    assert.deepEqual([...new Set(kinds.map((s) => s.trim()))], ['processo']);
    const foot = await costTable().locator('tfoot').innerText();
    assert.ok(foot.includes('processi') && !foot.includes('obiettivi'));
    await page.getByRole('radio', { name: 'solo gli obiettivi' }).check();
    const kinds2 = await costTable().locator('tbody tr td:first-of-type').allInnerTexts();
    assert.deepEqual([...new Set(kinds2.map((s) => s.trim()))], ['obiettivo']);
    assert.deepEqual(env.pageErrors, []);
  });

  test('documents without money data show an empty state', async () => {
    for (const demo of demos) {
      const money = demo.plan.money ?? {};
      const hasMoney =
        (money.budget ?? []).length > 0 ||
        (money.cost_totals ?? []).length > 0 ||
        objectiveNodes(demo.plan).some((n) => n.costs);
      await openRisorse(demo.stem);
      if (hasMoney) {
        assert.equal(await page.locator('.risorse__empty').count(), 0, demo.stem);
      } else {
        assert.match(
          await page.locator('.risorse__empty').innerText(),
          /Questo documento non contiene dati sulle risorse finanziarie/,
          demo.stem,
        );
        assert.equal(await page.locator('table').count(), 0, demo.stem);
      }
    }
    assert.ok(demos.some((d) => d.stem.startsWith('offanengo')));
    assert.deepEqual(env.pageErrors, []);
  });

  test('axe-core finds no WCAG 2.1 A/AA violation on Risorse for every demo plan', async () => {
    for (const demo of demos) {
      await openRisorse(demo.stem);
      await assertNoAxeViolations(`${demo.stem} #/risorse`);
    }
  });

  test('English: the headline and the headers follow the language', async () => {
    await page.goto(`${server.origin}/?piano=${LUCCA}&lang=en#/risorse`);
    await page.getByRole('heading', { level: 1, name: 'Resources', exact: true }).waitFor();
    assert.equal(
      (await page.locator('.risorse__headline').first().innerText()).trim(),
      'Of 160.017.169,11 € budgeted, the municipality assessed 148.060.560,42 €, that is 92,53 %.',
    );
    assert.equal(await costTable().getByRole('button', { name: 'Staff cost' }).count(), 1);
  });
});
