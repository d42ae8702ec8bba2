// Browser tests of "Compila i risultati" (the calculator's panel on a Piano):
// on the Monsummano Terme PIAO (a plan with no final values yet) a person
// types two final values and a declared result in the calculator's fields,
// chooses relazione and a date, and downloads the filled-in document and the
// filled template. Then the built command: `cruscotto validate` passes on
// the JSON, `cruscotto score --json` on it gives the page's simulated
// figures, the JSON is byte for byte what `cruscotto compila` writes with the
// same edits, and `cruscotto import` of the downloaded .xlsx gives back the
// same document. Bad input (no date) is said on the panel in Italian; the
// panel is not on a Relazione; axe-core finds nothing.
//
// The command is the built binary (CRUSCOTTO, default target/debug/cruscotto).
// Run: DIST_DIR=<built app> node --test compila.test.mjs

import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { pct } from './support/figures.mjs';
import { assertNoAxeViolations, DIST, openView, pageSuite } from './support/suite.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const CRUSCOTTO = resolve(process.env.CRUSCOTTO || join(ROOT, 'target', 'debug', 'cruscotto'));
const STEM = 'monsummano-terme-2024-piao';
const PIAO = join(DIST, 'plans', `${STEM}.json`);

/** Runs the command; returns its exit status and standard output. */
function cli(args) {
  try {
    return { code: 0, out: execFileSync(CRUSCOTTO, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] }).toString('utf8') };
  } catch (e) {
    return { code: e.status, out: `${e.stdout}${e.stderr}` };
  }
}

/** The edits in the page's address (`m=`). */
async function addressEdits(page) {
  const hash = await page.evaluate(() => location.hash);
  return new URLSearchParams(hash.split('?')[1] ?? '').get('m') ?? '';
}

/** Clicks `selector` and returns the downloaded file's name and path (kept in `dir`). */
async function download(page, selector, dir) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
  const path = join(dir, file.suggestedFilename());
  await writeFile(path, await readFile(await file.path()));
  return { name: file.suggestedFilename(), path };
}

let server;
let env;
let page;
let dir;

pageSuite({}, (s) => ({ server, env, page } = s));

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cruscotto-compila-'));
});

/** Chooses an objective and types `value` in the field `selector`, then waits for the address. */
async function typeIn(id, selector, value, edits) {
  await page.selectOption('#calc-obiettivo', id);
  await page.locator('#calc-obiettivo-titolo').waitFor();
  await page.locator(selector).fill(value);
  await page.locator(selector).press('Tab');
  await page.waitForFunction((m) => new URLSearchParams(location.hash.split('?')[1] ?? '').get('m') === m, edits);
}

describe('on a Piano without final values (Monsummano Terme PIAO)', () => {
  test('typed values downloaded as a relazione (JSON and .xlsx): valid, scored as the page, the bytes of cruscotto compila, the workbook imports back', async () => {
    await openView(page, `${server.url}?piano=${STEM}#/calcolatore`);
    // The panel, its defaults: relazione, today.
    await page.locator('#compila-titolo').waitFor();
    assert.equal(await page.locator('#compila-relazione').isChecked(), true);
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    assert.equal(await page.locator('#compila-data').inputValue(), today);
    assert.equal(
      await page.locator('#compila-modifiche').textContent(),
      'Nessun valore scritto nel calcolatore: il documento avrà i valori del Piano.',
    );

    // Two final values (what people type) and a declared result.
    await typeIn('s2-1-1-a', '[data-id="s2-1-1-a-ind-1"] input[id^="calc-f-"]', '4', 'v1~f.s2-1-1-a-ind-1=4');
    await typeIn('pm-4', '[data-id="pm-4-ind-1"] input[id^="calc-f-"]', '24', 'v1~f.s2-1-1-a-ind-1=4~f.pm-4-ind-1=24');
    await typeIn('s2-2-2', '#calc-risultato', '80 %', 'v1~f.s2-1-1-a-ind-1=4~f.pm-4-ind-1=24~r.s2-2-2=80');
    const edits = await addressEdits(page);
    assert.equal(await page.locator('#compila-modifiche').textContent(), 'Saranno scritte 3 modifiche fatte nel calcolatore.');

    // Relazione, dated 31 March 2025.
    await page.locator('#compila-relazione').check();
    await page.locator('#compila-data').fill('2025-03-31');
    await assertNoAxeViolations(page, 'Compila i risultati');

    const json = await download(page, '#compila-json', dir);
    assert.equal(json.name, 'monsummano-terme-2024-relazione.json');
    await page.locator('#compila-stato', { hasText: 'Scaricato «monsummano-terme-2024-relazione.json».' }).waitFor();
    const xlsx = await download(page, '#compila-xlsx', dir);
    assert.equal(xlsx.name, 'monsummano-terme-2024-relazione.xlsx');
    assert.equal(await page.locator('#compila-errore').count(), 0);

    // A valid cruscotto/1 document, a relazione dated as chosen.
    const valid = cli(['validate', json.path]);
    assert.equal(valid.code, 0, valid.out);
    const doc = JSON.parse(await readFile(json.path, 'utf8'));
    assert.equal(doc.document.kind, 'relazione');
    assert.equal(doc.document.published_on, '2025-03-31');

    // The same bytes as `cruscotto compila` with the address's edits.
    const byCli = join(dir, 'compila-cli.json');
    const compila = cli(['compila', PIAO, '--modifica', edits, '--tipo', 'relazione', '--data', '2025-03-31', '-o', byCli]);
    assert.equal(compila.code, 0, compila.out);
    assert.ok((await readFile(json.path)).equals(await readFile(byCli)), 'the page writes what cruscotto compila writes');

    // Its scores are the page's simulated figures.
    const scored = JSON.parse(cli(['score', '--json', json.path]).out);
    assert.equal(await page.locator('#calc-totale-simulato').textContent(), pct(scored.overall));
    assert.equal(await page.locator('#calc-obiettivo-simulato').textContent(), pct(scored.nodes.find((n) => n.id === 's2-2-2').computed));
    const base = JSON.parse(cli(['score', '--json', PIAO]).out);
    const changed = scored.nodes
      .map((n, i) => [n, base.nodes[i]])
      .filter(([n, b]) => n.computed !== b.computed)
      .map(([n, b]) => [n.id, pct(b.computed), pct(n.computed)]);
    assert.ok(changed.length >= 3, 'the values change several objectives');
    const rows = await page.locator('.calc__tabella tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [tr.dataset.id, ...[...tr.querySelectorAll('td')].map((td) => td.textContent)]),
    );
    assert.deepEqual(rows, changed);

    // The workbook imports back to the same document.
    const back = join(dir, 'back.json');
    const imported = cli(['import', xlsx.path, '-o', back]);
    assert.equal(imported.code, 0, imported.out);
    assert.deepEqual(JSON.parse(await readFile(back, 'utf8')), doc);
  });

  test('a monitoraggio; no date is said on the panel and nothing is downloaded', async () => {
    await openView(page, `${server.url}?piano=${STEM}#/calcolatore?m=${encodeURIComponent('v1~f.pm-4-ind-1=30')}`);
    await page.locator('#compila-monitoraggio').check();
    await page.locator('#compila-data').fill('');
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.locator('#compila-json').click();
    await page.locator('#compila-errore').waitFor();
    assert.equal(
      await page.locator('#compila-errore').textContent(),
      '«» non è una data AAAA-MM-GG: scriva ad esempio 2025-04-30.',
    );
    assert.equal(await page.locator('#compila-errore-regione').getAttribute('role'), 'alert');
    assert.equal(downloads, 0);
    await assertNoAxeViolations(page, 'Compila i risultati (error)');
    // With a date: a monitoraggio, the bytes of `cruscotto compila --tipo monitoraggio`.
    await page.locator('#compila-data').fill('2024-07-15');
    const json = await download(page, '#compila-json', dir);
    assert.equal(json.name, 'monsummano-terme-2024-monitoraggio.json');
    assert.equal(await page.locator('#compila-errore').count(), 0);
    const byCli = join(dir, 'monitoraggio-cli.json');
    const compila = cli(['compila', PIAO, '--modifica', 'v1~f.pm-4-ind-1=30', '--tipo', 'monitoraggio', '--data', '2024-07-15', '-o', byCli]);
    assert.equal(compila.code, 0, compila.out);
    assert.ok((await readFile(json.path)).equals(await readFile(byCli)));
  });
});

describe('on a Relazione', () => {
  test('the panel is not offered (the results are there already)', async () => {
    await openView(page, `${server.url}?piano=lucca-2021-relazione#/calcolatore`);
    assert.equal(await page.locator('#compila-titolo').count(), 0);
  });
});
