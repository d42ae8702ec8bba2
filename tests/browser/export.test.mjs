// Downloads of tables: every table has them; the CSV opens in Italian Excel
// (UTF-8 with BOM, `;`, decimal comma, no thousands dots) with the numbers of
// the page, the JSON has the same numbers exactly; a sorted and filtered
// table downloads as it is shown; the file names say what they hold.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

import { freshPage, objectiveNodes, startWith, stop } from './support/suite.mjs';

let ctx;
let lucca;

before(async () => {
  ctx = await startWith('lucca');
  lucca = ctx.demo;
});

after(() => stop(ctx));

/** Clicks the download button named `name` and returns the file's name and bytes. */
async function download(page, name) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

const CAPTION = (table) => table.locator('caption').innerText().then((s) => s.trim());
/** The name of the table's region, which names its download buttons. */
const REGION = (table) => table.locator('xpath=..').getAttribute('aria-label');

describe('downloads', () => {
  test('every table of every view has its CSV and JSON downloads', async () => {
    const page = await freshPage(ctx.env);
    const views = ['#/sintesi', `#/obiettivi/${lucca.plan.objectives[0].id}`, '#/uffici', `#/uffici/${lucca.plan.units[0].id}`, '#/risorse'];
    let tables = 0;
    for (const view of views) {
      await ctx.open(page, view);
      const counts = await page.evaluate(() => ({
        tables: document.querySelectorAll('main table').length,
        exports: document.querySelectorAll('main .table-responsive + .table-export').length,
      }));
      assert.equal(counts.exports, counts.tables, view);
      tables += counts.tables;
    }
    assert.ok(tables >= 10, `${tables} tables`);
    await page.close();
  });

  test('on the first load a table has one button that loads the downloads; the CSV is then the same', async () => {
    const page = await freshPage(ctx.env);
    await ctx.open(page, '#/sintesi');
    const table = page.locator('main table').first();
    const region = await REGION(table);
    // The first build carries no table writer: one button, named for the table.
    const later = page.getByRole('button', { name: `Scarica la tabella «${region}» (CSV, JSON)` });
    assert.equal(await later.count(), 1);
    assert.equal(await page.getByRole('button', { name: `Scarica la tabella «${region}» CSV` }).count(), 0);
    await later.click();
    // The full build takes over the same view: the CSV and JSON buttons are there.
    const csv = await download(page, `Scarica la tabella «${region}» CSV`);
    assert.match(csv.name, /\.csv$/);
    assert.ok(csv.bytes.toString('utf8').startsWith('\uFEFF'), 'no byte order mark');
    assert.deepEqual(ctx.env.pageErrors, []);
    await page.close();
  });

  test('a budget table: CSV for Italian Excel and JSON, with the figures of the page', async () => {
    const page = await freshPage(ctx.env);
    // The full build writes the file itself: the spreadsheet worker (calamine,
    // the .xlsx writer) is not downloaded for a table.
    const requested = [];
    page.on('request', (r) => requested.push(r.url()));
    await ctx.open(page, '#/risorse');
    const table = page.locator('table.risorse__table').first();
    await table.waitFor();
    const caption = await CAPTION(table);
    const csv = await download(page, `Scarica la tabella «${await REGION(table)}» CSV`);
    assert.deepEqual(requested.filter((u) => u.includes('cruscotto-import')), []);
    const who = lucca.plan.document.municipality.name.toLowerCase().replace(/ /g, '-');
    assert.match(csv.name, new RegExp(`^${who}-2021-.*entrate-di-competenza.*\\.csv$`));
    const text = csv.bytes.toString('utf8');
    assert.ok(text.startsWith('\uFEFF'), 'no byte order mark');
    const lines = text.slice(1).split('\r\n');
    assert.equal(lines[0], 'Voce;Assestato;Accertato;Scostamento;% accertato su assestato');
    // The total row: the page shows 160.017.169,11 € … 92,53 %.
    assert.ok(lines.includes('TOTALE ENTRATE;160017169,11;148060560,42;-11956608,69;92,53'), lines.join('\n'));
    // As many rows as the table shows (and the trailing line end).
    assert.equal(lines.length, 1 + (await table.locator('tbody tr').count()) + 1);

    const json = await download(page, `Scarica la tabella «${await REGION(table)}» JSON`);
    assert.match(json.name, /\.json$/);
    const data = JSON.parse(json.bytes.toString('utf8'));
    assert.equal(data.tabella, caption);
    const total = data.righe.find((r) => r.Voce === 'TOTALE ENTRATE');
    assert.deepEqual(total, {
      Voce: 'TOTALE ENTRATE',
      Assestato: '160017169.11',
      Accertato: '148060560.42',
      Scostamento: '-11956608.69',
      '% accertato su assestato': '92.53',
    });
    assert.deepEqual(ctx.env.pageErrors, []);
    await page.close();
  });

  test('a filtered and sorted list downloads as it is shown', async () => {
    const page = await freshPage(ctx.env);
    await ctx.open(page, '#/risorse');
    const table = page.locator('table.risorse__costs-table');
    await table.waitFor();
    // Only the processes, by staff cost.
    await page.locator('input[type="radio"][name="risorse-costi-filtro"]').nth(2).check();
    await table.getByRole('button', { name: /Costo del personale/ }).click();
    // Its rows and its totals (the table's foot), in the order shown.
    const shown = (await table.locator('tbody tr th, tfoot tr th').allInnerTexts()).map((s) => s.trim());
    const csv = await download(page, `Scarica la tabella «${await REGION(table)}» CSV`);
    const rows = csv.bytes.toString('utf8').slice(1).split('\r\n').slice(1, -1);
    // Row headings may be quoted when they hold a `;` or quotes.
    const first = (line) => {
      if (!line.startsWith('"')) return line.split(';')[0];
      const end = line.indexOf('";');
      return line.slice(1, end).replaceAll('""', '"');
    };
    assert.deepEqual(rows.map(first), shown);
    assert.ok(shown.includes('Somma delle righe: 60 processi'), shown.join(' | '));
    assert.ok(shown.length > 10 && shown.length < lucca.plan.objectives.length + 70);
    await page.close();
  });

  test('the filtered list of the search page downloads as CSV and JSON', async () => {
    const page = await freshPage(ctx.env);
    // Lucca's objectives carry no status: filter by the office of one that
    // the search finds.
    const found = objectiveNodes(lucca.plan).find((o) => /citt/i.test(o.title) && o.units?.length);
    const unit = found.units[0];
    await ctx.open(page, `#/cerca?q=citta&ufficio=${encodeURIComponent(unit)}`);
    const left = page.locator('#cerca-restano');
    await left.waitFor();
    const count = Number((await left.innerText()).match(/\d+/)[0]);
    assert.ok(count > 0);
    const label = 'Obiettivi che corrispondono alla ricerca e ai filtri';
    const csv = await download(page, `Scarica la tabella «${label}» CSV`);
    const lines = csv.bytes.toString('utf8').slice(1).split('\r\n');
    assert.equal(lines[0], 'Codice;Obiettivo;Livello;Uffici;Grado di raggiungimento;Stato');
    assert.equal(lines.length, 1 + count + 1);
    const json = JSON.parse((await download(page, `Scarica la tabella «${label}» JSON`)).bytes.toString('utf8'));
    assert.equal(json.righe.length, count);
    assert.match(json.righe[0]['Grado di raggiungimento'], /^\d+(\.\d+)?$/);
    // The filter is applied: fewer rows than the search alone finds.
    await ctx.open(page, '#/cerca?q=citta');
    await page.waitForFunction((n) => Number(document.querySelector('#cerca-restano')?.innerText.match(/\d+/)?.[0]) > n, count);
    await page.close();
  });
});
