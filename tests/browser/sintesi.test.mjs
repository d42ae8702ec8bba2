// Browser tests of the Sintesi (overview), Verifiche (checks) and Glossario
// pages, for every bundled demo plan, as a reader would use them; axe-core
// on each view. Run: DIST_DIR=<built app> node --test sintesi.test.mjs

import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
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


const GLOSSARY_KEYS = [
  'assestato', 'accertato', 'riscosso', 'impegnato', 'liquidato', 'pagato', 'scostamento', 'fpv',
  'capacita-impegno', 'capacita-riscossione', 'peso', 'grado-raggiungimento', 'indicatore', 'target',
  'missione', 'programma', 'sdg', 'pnrr', 'processo', 'trasversale', 'costi-personale',
  'nucleo-valutazione', 'piao', 'dup', 'peg', 'relazione', 'piano',
];


let server;
let env;
let page;
/** Demo plans by file stem: { entry, plan }. */
const demos = new Map();

before(async () => {
  for (const demo of await loadDemos()) demos.set(demo.stem, demo);
  assert.ok(demos.size >= 4, 'the four demo plans are bundled');
  ({ server, env } = await start());
});

after(() => stop({ server, env }));

beforeEach(async () => {
  page = await freshPage(env);
});

afterEach(async () => {
  await page?.close();
  assert.deepEqual(env.pageErrors, [], 'no uncaught errors or console errors');
});

/** Opens a demo plan at a view and waits for the page's heading. */
async function open(stem, hash, heading, query = '') {
  await openView(page, `${server.origin}/?piano=${stem}${query}${hash}`);
  assert.ok((await page.locator('h1#titolo-pagina').innerText()).includes(heading), heading);
}

async function assertNoAxeViolations(what) {
  await axeClean(page, what);
}

const STEMS = [
  'lucca-2021-relazione',
  'monsummano-terme-2024-piao',
  'offanengo-2024-piano',
  'porcari-2017-relazione',
];

describe('Sintesi', () => {
  for (const stem of STEMS) {
    test(`${stem}: document, opening sentence, result, tables`, async () => {
      const { plan } = demos.get(stem);
      const doc = plan.document;
      await open(stem, '#/sintesi', 'Sintesi');
      const main = page.locator('main');

      // The document: municipality, title, period, approval act.
      const facts = page.locator('.sintesi-section .facts');
      const factsText = await facts.innerText();
      assert.match(factsText, new RegExp(doc.municipality.name));
      assert.ok(factsText.includes(doc.title), 'the title is shown');
      const { start, end } = doc.period;
      assert.ok(factsText.includes(start === end ? `${start}` : `${start}–${end}`), 'the period');
      if (doc.approval?.number) {
        assert.match(factsText, new RegExp(`n\\. ${doc.approval.number} del`));
      } else {
        assert.match(factsText, /atto di approvazione non indicato/);
      }
      if (doc.related_acts?.length) {
        const summary = page.locator('.sintesi-related summary');
        assert.equal(await summary.innerText(), `Atti collegati (${doc.related_acts.length})`);
        // Keyboard: the disclosure opens with Enter.
        await summary.focus();
        await page.keyboard.press('Enter');
        assert.equal(await page.locator('.sintesi-related li').count(), doc.related_acts.length);
        assert.ok(await page.locator('.sintesi-related li').first().isVisible());
      }

      // The plain sentence at the top and the overall result.
      const lead = await page.locator('.sintesi-lead').innerText();
      const overall = page.locator('.sintesi-overall');
      const all = objectiveNodes(plan);
      if (doc.kind === 'piano' || doc.kind === 'piao') {
        const indicators = all.reduce((n, o) => n + (o.indicators?.length ?? 0), 0);
        assert.ok(
          lead.includes(`il Comune di ${doc.municipality.name} ha fissato ${all.length} obiettivi`),
          lead,
        );
        if (indicators > 0) assert.ok(lead.includes(`${indicators} indicatori`), lead);
        assert.match(await overall.innerText(), /i risultati si conosceranno/);
        assert.equal(await overall.locator('.score').count(), 0);
      } else {
        const score = (await overall.locator('.score__value').innerText()).trim();
        assert.match(score, /^\d{1,3},\d{2} %$/);
        assert.ok(lead.startsWith(`Nel ${doc.reference_year} il Comune di ${doc.municipality.name} ha raggiunto in media il ${score}`), lead);
        assert.equal(await page.locator('table', { hasText: 'Obiettivi per risultato' }).count(), 1);
      }

      // Objectives by status, a chart: its table (one click away) counts
      // every node.
      const status = page.locator('#grafico-stato');
      assert.equal(await status.locator('figcaption').innerText(), 'Obiettivi per stato');
      await status.getByText('Mostra i dati del grafico in una tabella').click();
      const statusRows = status.locator('table:has(caption:text-is("Obiettivi per stato")) tbody tr');
      let sum = 0;
      for (const cell of await statusRows.locator('td:nth-of-type(1)').allInnerTexts()) sum += Number(cell);
      assert.equal(sum, all.length);
      // One focusable mark per row, named with its value.
      const marks = status.locator('svg.chart__bar[tabindex="0"]');
      assert.equal(await marks.count(), await statusRows.count());
      assert.match(await marks.first().getAttribute('aria-label'), /^.+: \d{1,3},\d{2} %$/);

      // By unit: every row links to its office page.
      const unitLinks = page.locator('#grafico-uffici .chart__label a');
      const n = await unitLinks.count();
      assert.ok(n > 0, 'the units table has rows');
      for (const href of await unitLinks.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
        assert.match(href, /^#\/uffici\/[^/]+$/);
      }
      const first = unitLinks.first();
      const name = (await first.innerText()).trim();
      await first.click();
      await page.waitForFunction(() => location.hash.startsWith('#/uffici/'));
      await page.waitForFunction((n) => document.title.startsWith(n), name);

      assert.ok(await main.isVisible());
    });
  }

  test('Lucca: the distribution of results shows how many objectives reached 100 %', async () => {
    await open('lucca-2021-relazione', '#/sintesi', 'Sintesi');
    // Expected from the document: its objectives without sub-objectives, by
    // their published achievement.
    const { plan } = demos.get('lucca-2021-relazione');
    const leaves = objectiveNodes(plan).filter((o) => !o.children?.length);
    const expected = [0, 0, 0, 0, 0];
    for (const o of leaves) {
      const v = Number(o.published_achievement);
      const k = [50, 70, 90, 100].findIndex((b) => v < b);
      expected[k === -1 ? 4 : k] += 1;
    }
    const chart = page.locator('#grafico-distribuzione');
    await chart.getByText('Mostra i dati del grafico in una tabella').click();
    const rows = chart.locator('tbody tr');
    const counts = (await rows.locator('td:nth-of-type(1)').allInnerTexts()).map(Number);
    assert.deepEqual(counts, expected);
    assert.equal(expected[4], 127);
    assert.match(await rows.nth(4).innerText(), /^100 % o più\s+127\s+96,21 %$/);
    assert.equal(
      await chart.getByRole('img', { name: '100 % o più: 96,21 %' }).count(),
      1,
    );
  });

  test('Lucca: the figures of the document', async () => {
    await open('lucca-2021-relazione', '#/sintesi', 'Sintesi');
    assert.equal((await page.locator('.sintesi-overall .score__value').innerText()).trim(), '99,32 %');
    assert.match(
      await page.locator('.sintesi-lead').innerText(),
      /^Nel 2021 il Comune di Lucca ha raggiunto in media il 99,32 % dei suoi obiettivi\./,
    );
    const revenue = page.locator('table.sintesi-money').nth(0);
    const spending = page.locator('table.sintesi-money').nth(1);
    const row = (table, label) => table.locator('tr', { has: page.locator(`th:text-is("${label}")`) });
    const entrate = await row(revenue, 'TOTALE ENTRATE').innerText();
    assert.match(entrate, /160\.017\.169,11 €/);
    assert.match(entrate, /148\.060\.560,42 €/);
    assert.match(entrate, /92,53 %/);
    const spese = await row(spending, 'TOTALE SPESE').innerText();
    assert.match(spese, /123\.395\.217,21 €/);
    assert.match(spese, /77,11 %/);
    // The column headings link to the glossary.
    assert.equal(await revenue.locator('thead a[href="#/glossario/accertato"]').count(), 1);
    assert.equal(await spending.locator('thead a[href="#/glossario/impegnato"]').count(), 1);
    // The costs per objective and process, with the published total that differs.
    const costs = await page.locator('table.sintesi-costs').innerText();
    assert.match(costs, /60 processi/);
    assert.match(costs, /10\.527\.354,24 €\s*\(pubblicato 10\.551\.325,94 €\)/);
    assert.match(costs, /3\.813\.838,42 €/);
    // The units chart: Settore 4 with its score, in the mark and in the table.
    const units = page.locator('#grafico-uffici');
    assert.equal(
      await units.getByRole('img', { name: 'Settore 4 – Istruzione: 97,50 %' }).count(),
      1,
    );
    await units.getByText('Mostra i dati del grafico in una tabella').click();
    const settore4 = units.locator('tbody tr', { hasText: 'Settore 4 – Istruzione' });
    assert.match(await settore4.innerText(), /97,50 %/);
    assert.equal(
      await settore4.locator('a').getAttribute('href'),
      '#/uffici/u-settore-4',
    );
    // The checks: how many, and the link to every one. The first load
    // carries no sentence of the checks: the main warnings are listed once
    // the full build is there (here, back from Verifiche).
    const findings = page.locator('.sintesi-findings li');
    assert.equal(await findings.count(), 0);
    assert.match(await page.locator('#sintesi-verifiche').locator('..').innerText(), /0 errori e 4 avvisi/);
    await page.getByRole('link', { name: 'Tutte le verifiche (15)' }).click();
    await page.locator('h1#titolo-pagina', { hasText: 'Verifiche' }).waitFor();
    await page.goBack();
    await findings.first().waitFor();
    assert.equal(await findings.count(), 4);
  });

  test('Lucca: the scoring method opens with the keyboard', async () => {
    await open('lucca-2021-relazione', '#/sintesi', 'Sintesi');
    const body = page.locator('.sintesi-method__body');
    assert.equal(await body.isVisible(), false);
    await page.locator('.sintesi-method summary').focus();
    await page.keyboard.press('Enter');
    await body.waitFor({ state: 'visible' });
    assert.match(await body.innerText(), /Sistema di misurazione e valutazione/);
  });

  test('Porcari: a single top-level unit shows its offices', async () => {
    await open('porcari-2017-relazione', '#/sintesi', 'Sintesi');
    assert.equal((await page.locator('.sintesi-overall .score__value').innerText()).trim(), '100,00 %');
    assert.match(await page.locator('.sintesi-lead').innerText(), /Altri 2 obiettivi non hanno un risultato\./);
    await page.locator('#grafico-uffici summary').click();
    const rows = page.locator('#grafico-uffici tbody tr');
    assert.equal(await rows.count(), 7);
    assert.match(await rows.first().innerText(), /Comune di Porcari\s+10\s+100,00 %/);
  });

  test('Monsummano Terme: objectives by missione, with names', async () => {
    await open('monsummano-terme-2024-piao', '#/sintesi', 'Sintesi');
    await page.locator('#grafico-missioni summary').click();
    const missions = page.locator('table:has(caption:text-is("Obiettivi per missione"))');
    assert.match(await missions.innerText(), /01 – Servizi istituzionali, generali e di gestione\s+28/);
    assert.equal(await page.locator('a[href="#/glossario/missione"]').count(), 1);
  });

  test('English: the overview in English, with Italian number formats', async () => {
    await open('lucca-2021-relazione', '#/sintesi', 'Overview', '&lang=en');
    assert.match(
      await page.locator('.sintesi-lead').innerText(),
      /^In 2021 the Municipality of Lucca achieved on average 99,32 % of its objectives\./,
    );
    assert.match(await page.locator('table.sintesi-money').first().innerText(), /92,53 %/);
  });
});

describe('Verifiche', () => {
  test('Lucca: every finding, grouped, with the cost-total warning', async () => {
    await open('lucca-2021-relazione', '#/verifiche', 'Verifiche');
    assert.deepEqual(
      await page.locator('.verifiche-summary li').allInnerTexts(),
      ['0 errori', '4 avvisi', '11 note'],
    );
    assert.deepEqual(await page.locator('h2').allInnerTexts(), ['Avvisi (4)', 'Note (11)']);
    const warning = page.locator('.finding', { hasText: '23.971,70 €' });
    assert.equal(await warning.count(), 1);
    const text = await warning.innerText();
    assert.match(text, /W14/);
    assert.match(text, /10\.551\.325,94 €/);
    assert.match(text, /Perché conta/);
    assert.match(text, /\$\.money\.cost_totals\[1\]\.amounts\.staff/);
    assert.equal(await warning.locator('a[href="#/risorse"]').count(), 1);
    // The same code in two units (numbered per structure) is no warning.
    assert.equal(await page.locator('.finding', { hasText: '«12.1.1»' }).count(), 0);
    // A finding inside an objective links to it, by its title.
    const collected = page.locator('.finding', { hasText: '18.062,44 €' });
    const link = collected.locator('a[href^="#/obiettivi/"]');
    assert.match(await link.innerText(), /Monitoraggio attività di notifica/);
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash.startsWith('#/obiettivi/'));
  });

  test('Offanengo: no problems found', async () => {
    await open('offanengo-2024-piano', '#/verifiche', 'Verifiche');
    assert.match(await page.locator('.verifiche-empty').innerText(), /Nessun problema trovato/);
    assert.equal(await page.locator('.finding').count(), 0);
  });

  test('Porcari: the notes, with the objectives they are about', async () => {
    await open('porcari-2017-relazione', '#/verifiche', 'Verifiche');
    assert.deepEqual(await page.locator('h2').allInnerTexts(), ['Note (2)']);
    const notes = page.locator('.finding--info');
    assert.equal(await notes.count(), 2);
    assert.match(await notes.first().innerText(), /I02[\s\S]*Nessun valore da valutare[\s\S]*MODULO INFORMATICO/);
  });
});

describe('Glossario', () => {
  test('a deep link focuses and highlights its entry', async () => {
    await open('lucca-2021-relazione', '#/glossario/impegnato', 'Glossario');
    await page.waitForFunction(() => document.activeElement?.id === 'glossario-impegnato');
    const entry = page.locator('#glossario-impegnato');
    assert.equal(await entry.evaluate((e) => e.tagName), 'DT');
    assert.equal(await entry.getAttribute('tabindex'), '-1');
    assert.equal(await entry.innerText(), 'Impegnato');
    assert.ok(await entry.locator('..').evaluate((e) => e.classList.contains('glossario__entry--current')));
    assert.equal(await page.locator('.glossario__entry--current').count(), 1);
    for (const key of GLOSSARY_KEYS) {
      assert.equal(await page.locator(`dt#glossario-${key}`).count(), 1, key);
    }
  });

  test('a glossary word in the overview leads to its entry, by keyboard', async () => {
    await open('lucca-2021-relazione', '#/sintesi', 'Sintesi');
    const term = page.locator('.sintesi-money thead a[href="#/glossario/assestato"]').first();
    await term.focus();
    await page.keyboard.press('Enter');
    await page.locator('h1#titolo-pagina', { hasText: 'Glossario' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'glossario-assestato');
  });

  test('in English, and an unknown word', async () => {
    await open('offanengo-2024-piano', '#/glossario/impegnato', 'Glossary', '&lang=en');
    await page.waitForFunction(() => document.activeElement?.id === 'glossario-impegnato');
    assert.equal(await page.locator('#glossario-impegnato').innerText(), 'Impegnato (committed)');
    await page.goto(`${server.origin}/?piano=offanengo-2024-piano#/glossario/nulla`);
    await page.locator('.glossario__unknown').waitFor();
    assert.equal(await page.locator('.glossario__entry--current').count(), 0);
  });
});

describe('accessibility (axe-core, WCAG 2.1 A/AA)', () => {
  for (const stem of STEMS) {
    test(`${stem}: Sintesi, Verifiche, Glossario`, async () => {
      await open(stem, '#/sintesi', 'Sintesi');
      await page.locator('.sintesi-related summary, .sintesi-method summary').first().click();
      await assertNoAxeViolations(`${stem} sintesi`);
      await page.goto(`${server.origin}/?piano=${stem}#/verifiche`);
      await page.locator('h1#titolo-pagina', { hasText: 'Verifiche' }).waitFor();
      await assertNoAxeViolations(`${stem} verifiche`);
      await page.goto(`${server.origin}/?piano=${stem}#/glossario/peso`);
      await page.locator('h1#titolo-pagina', { hasText: 'Glossario' }).waitFor();
      await page.waitForFunction(() => document.activeElement?.id === 'glossario-peso');
      await assertNoAxeViolations(`${stem} glossario`);
    });
  }
});
