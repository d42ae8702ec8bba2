// Browser tests of the publishing kit: a filled template (.xlsx, or an .ods
// saved by LibreOffice, picked or dropped) opened in
// the local-file preview is converted in the browser into the same JSON
// the `cruscotto import` command writes; a bad workbook and bad CSV files
// get sheet/row/column messages; a folder made by `cruscotto publish` shows
// the approval act and the SHA-256 of the plan, checked against its manifest.
//
// Needs the built command: CRUSCOTTO (scripts/test sets it), default
// ../../target/debug/cruscotto.
//   cd tests/browser && DIST_DIR=../../dist node --test kit.test.mjs

import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile, appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';

import { startServer } from './support/server.mjs';
import { assertNoAxeViolations, DIST, freshPage, start, stop } from './support/suite.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const CRUSCOTTO = resolve(process.env.CRUSCOTTO || join(ROOT, 'target', 'debug', 'cruscotto'));

/** Runs the command; returns its standard output. */
const cruscotto = (...args) => execFileSync(CRUSCOTTO, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });

/** A zip archive of stored (uncompressed) entries: enough for an .xlsx. */
function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text, 'utf8');
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;');

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A hand-made .xlsx: { sheetName: [[cell, …], …] } with inline strings. */
function workbook(sheets) {
  const names = Object.keys(sheets);
  const files = {
    '[Content_Types].xml':
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    '_rels/.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${RELS}"><sheets>${names
      .map((n, i) => `<sheet name="${esc(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${names
      .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${RELS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join('')}</Relationships>`,
  };
  names.forEach((n, i) => {
    const rows = sheets[n]
      .map(
        (row, r) =>
          `<row r="${r + 1}">${row
            .map((v, c) =>
              typeof v === 'number'
                ? `<c r="${String.fromCharCode(65 + c)}${r + 1}"><v>${v}</v></c>`
                : `<c r="${String.fromCharCode(65 + c)}${r + 1}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`,
            )
            .join('')}</row>`,
      )
      .join('');
    files[`xl/worksheets/sheet${i + 1}.xml`] = `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`;
  });
  return zip(files);
}

let server;
let env;
let page;
let tmp;

before(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'cruscotto-kit-'));
  ({ server, env } = await start());
});

after(async () => {
  await stop({ server, env });
  await rm(tmp, { recursive: true, force: true });
});

afterEach(async () => {
  await page?.close();
  page = undefined;
});

/** Opens the chooser and gives `files` to the local-file input. */
async function openLocal(files) {
  page = await freshPage(env, page);
  await page.goto(server.url);
  await page.locator('#file-input').setInputFiles(files);
}

/** Downloads the converted plan (`<stem>.json`); checks it is byte for
 * byte what `cruscotto import` wrote to `fromCli`; returns both texts. */
async function downloadedAndCli(stem, fromCli) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#scarica-json').click()]);
  assert.equal(download.suggestedFilename(), `${stem}.json`);
  const saved = join(tmp, `${stem}-browser.json`);
  await download.saveAs(saved);
  const [browser, cli] = [await readFile(saved, 'utf8'), await readFile(fromCli, 'utf8')];
  assert.equal(browser, cli, `${stem}: the browser's JSON differs from cruscotto import`);
  return [browser, cli];
}

describe('spreadsheet import in the browser', () => {
  test('a filled template gives the plan and the same JSON as cruscotto import', async () => {
    for (const stem of ['lucca-2021-relazione', 'monsummano-terme-2024-piao']) {
      const xlsx = join(DIST, 'plans', 'modelli', `${stem}.xlsx`);
      const fromCli = join(tmp, `${stem}.json`);
      cruscotto('import', xlsx, '-o', fromCli);
      await openLocal(xlsx);
      await page.locator('#import-titolo').waitFor();
      const plan = JSON.parse(await readFile(join(DIST, 'plans', `${stem}.json`), 'utf8'));
      await page.locator('.site-header__municipality', { hasText: plan.document.municipality.name }).waitFor();
      assert.equal(await page.locator('h1').first().innerText(), 'Sintesi');
      // The download: byte for byte what the command wrote.
      const [browser, cli] = await downloadedAndCli(stem, fromCli);
      assert.deepEqual(JSON.parse(browser), plan, `${stem}: the round trip changed the plan`);
      // The fingerprint shown is the SHA-256 of that JSON.
      const sha = createHash('sha256').update(cli).digest('hex');
      await page.locator('#impronta').waitFor();
      assert.equal(await page.locator('#impronta').innerText(), sha);
      await assertNoAxeViolations(page, `${stem} imported`);
    }
  });

  test('a bad workbook shows every problem with sheet, row and column', async () => {
    const bad = join(tmp, 'errato.xlsx');
    await writeFile(
      bad,
      workbook({
        Documento: [
          ['Titolo', 'Tipo di documento', 'Comune', 'Primo anno', 'Ultimo anno'],
          ['Piano 2024', 'piano', 'Esempio', 2024, 2026],
        ],
        Obiettivi: [
          ['Id', 'Titolo', 'Peso', 'Scadenza', 'Responsabile'],
          ['a', 'Primo', 'venti', '31/02/2024', ''],
          ['b', 'Secondo', '10', '31.12.2024', 'Ufficio tecnico'],
        ],
      }),
    );
    await openLocal(bad);
    await page.locator('.error-panel').waitFor();
    const problems = await page.locator('.error-panel__list li').allInnerTexts();
    assert.deepEqual(problems, [
      'Foglio «Obiettivi», riga 1, colonna E («Responsabile»): questa colonna contiene dati ma la sua intestazione non è tra quelle del modello, quindi i dati andrebbero persi. Corregga l\'intestazione come nel modello, oppure sposti i dati nella colonna «Note» o cancelli la colonna.',
      'Foglio «Obiettivi», riga 2, colonna C («Peso»): «venti» non è un numero. Scriva un numero come 1.234,56 (la virgola separa i decimali; sono ammessi € e %), oppure lasci la cella vuota o scriva // se il dato non c\'è.',
      'Foglio «Obiettivi», riga 2, colonna D («Scadenza»): «31/02/2024» non è una data valida. Scriva la data come 31/12/2024 (oppure 31.12.2024 o 2024-12-31); se la scadenza non è una data, la scriva nella colonna «… come scritta».',
    ]);
    // The command says the same.
    let stderr = '';
    try {
      cruscotto('import', bad);
    } catch (e) {
      stderr = e.stderr.toString();
    }
    // (with the problem's code: `errore K13: …`)
    for (const p of problems) assert.ok(stderr.split('\n').some((l) => /^errore K\d\d: /.test(l) && l.endsWith(p)), stderr);
    await assertNoAxeViolations(page, 'a bad workbook');
  });

  test('an .ods saved by LibreOffice, picked or dropped, gives the same JSON as cruscotto import', async () => {
    const FOGLI = join(ROOT, 'tests', 'fixtures', 'fogli');
    const cases = [
      // A demo plan saved by LibreOffice: the plan itself.
      [join(FOGLI, 'demo', 'offanengo-2024-piano.ods'), join(DIST, 'plans', 'offanengo-2024-piano.json'), 'pick'],
      // The template typed into by a person in LibreOffice (numbers in text
      // columns, percentages, dates, a hidden row, a merged cell), dropped.
      [join(FOGLI, 'libreoffice', 'modello-ufficio.ods'), join(FOGLI, 'attesi', 'modello-ufficio.json'), 'drop'],
    ];
    // The file picker offers every format the kit reads.
    page = await freshPage(env, page);
    await page.goto(server.url);
    assert.equal(
      await page.locator('#file-input').getAttribute('accept'),
      '.json,application/json,.xlsx,.xlsm,.xlsb,.xls,.ods,.csv,text/csv',
    );
    for (const [ods, expected, how] of cases) {
      const stem = ods.split('/').pop().replace(/\.ods$/, '');
      const fromCli = join(tmp, `${stem}.json`);
      cruscotto('import', ods, '-o', fromCli);
      if (how === 'pick') {
        await openLocal(ods);
      } else {
        page = await freshPage(env, page);
        await page.goto(server.url);
        const zone = page.locator('.drop-zone');
        await zone.waitFor();
        const bytes = [...(await readFile(ods))];
        await page.evaluate(
          ([bytes, fileName]) => {
            const dt = new DataTransfer();
            dt.items.add(new File([new Uint8Array(bytes)], fileName, { type: 'application/vnd.oasis.opendocument.spreadsheet' }));
            const zone = document.querySelector('.drop-zone');
            zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
            zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
          },
          [bytes, `${stem}.ods`],
        );
      }
      await page.locator('#import-titolo').waitFor();
      const [browser] = await downloadedAndCli(stem, fromCli);
      assert.deepEqual(JSON.parse(browser), JSON.parse(await readFile(expected, 'utf8')), stem);
      await assertNoAxeViolations(page, `${stem}.ods imported`);
    }
  });

  test('the CSV files of the template, chosen together, are a plan; a wrong one is placed', async () => {
    const folder = join(tmp, 'csv');
    cruscotto('export', join(ROOT, 'public', 'plans', 'porcari-2017-relazione.json'), '--csv', '-o', folder);
    const names = ['Documento', 'Livelli', 'Unità organizzative', 'Metodo di calcolo', 'Obiettivi'];
    await openLocal(names.map((n) => join(folder, `${n}.csv`)));
    await page.locator('#import-titolo').waitFor();
    await page.locator('.site-header__municipality', { hasText: 'Porcari' }).waitFor();
    await assertNoAxeViolations(page, 'CSV files imported');
    // A typo in a date: the message names the CSV file, row and column.
    const obiettivi = await readFile(join(folder, 'Obiettivi.csv'), 'utf8');
    const broken = obiettivi.replace(/31\/12\/2017/, '31/13/2017');
    assert.notEqual(broken, obiettivi);
    await writeFile(join(folder, 'Obiettivi.csv'), broken);
    await openLocal(names.map((n) => join(folder, `${n}.csv`)));
    await page.locator('.error-panel').waitFor();
    const problems = await page.locator('.error-panel__list li').allInnerTexts();
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(problems[0], /^Foglio «Obiettivi», riga \d+, colonna J \(«Scadenza»\): «31\/13\/2017» non è una data valida\./);
  });
});

describe('a folder made by cruscotto publish', () => {
  test('shows the approval act and the SHA-256 of the plan, and says when the file is not the published one', async () => {
    const site = join(tmp, 'sito');
    const planFile = join(ROOT, 'public', 'plans', 'porcari-2017-relazione.json');
    cruscotto('publish', planFile, '-o', site, '--app', DIST);
    const bytes = await readFile(planFile);
    const sha = createHash('sha256').update(bytes).digest('hex');
    const manifest = JSON.parse(await readFile(join(site, 'manifest.json'), 'utf8'));
    assert.equal(manifest.sha256, sha);
    const published = await startServer({ dist: site });
    try {
      page = await freshPage(env, page);
      await page.goto(published.url);
      await page.locator('#impronta').waitFor();
      assert.equal(await page.locator('#impronta').innerText(), sha);
      const plan = JSON.parse(bytes.toString('utf8'));
      const a = plan.document.approval;
      const [y, m, d] = a.date.split('-');
      assert.equal(
        await page.locator('#atto-approvazione').innerText(),
        `Documento approvato con delibera della Giunta comunale n. ${a.number} del ${d}/${m}/${y}.`,
      );
      assert.match(await page.locator('#verifica-impronta').innerText(), /^Corrisponde all'impronta dichiarata/);
      assert.equal(await page.locator('h1').first().innerText(), 'Sintesi');
      await assertNoAxeViolations(page, 'a published folder');
      // The chooser's downloads are there: the template and the plan in it.
      for (const f of ['modello.xlsx', 'porcari-2017-relazione.xlsx']) {
        assert.equal((await page.request.get(`${published.url}plans/modelli/${f}`)).status(), 200, f);
      }
      // The plan file changed after publishing: the page says so.
      await appendFile(join(site, 'plans', 'porcari-2017-relazione.json'), '\n');
      await page.reload();
      await page.locator('#verifica-impronta').waitFor();
      assert.match(await page.locator('#verifica-impronta').innerText(), new RegExp(`^Non corrisponde .* ${sha}$`, 's'));
      assert.notEqual(await page.locator('#impronta').innerText(), sha);
      await assertNoAxeViolations(page, 'a published folder whose plan changed');
    } finally {
      await published.close();
    }
  });
});

describe('a folder where cruscotto publish added documents year after year', () => {
  test('opens the latest document with its fingerprint, and the chooser lists every document of the catalogue', async () => {
    const site = join(tmp, 'archivio');
    const fixtures = join(ROOT, 'tests', 'fixtures', 'archivio');
    const files = ['borgo-esempio-2025-piano.json', 'borgo-esempio-2024-relazione.json', 'borgo-esempio-2024-piano.json'];
    for (const f of files) cruscotto('publish', join(fixtures, f), '-o', site, '--app', DIST);
    const catalogue = JSON.parse(await readFile(join(site, 'catalogo.json'), 'utf8'));
    const docs = catalogue.documents;
    assert.deepEqual(docs.map((d) => d.file), [
      'plans/borgo-esempio-2024-piano.json',
      'plans/borgo-esempio-2024-relazione.json',
      'plans/borgo-esempio-2025-piano.json',
    ]);
    for (const d of docs) {
      const sha = createHash('sha256').update(await readFile(join(fixtures, d.file.slice('plans/'.length)))).digest('hex');
      assert.equal(d.sha256, sha, d.file);
    }
    const published = await startServer({ dist: site });
    try {
      page = await freshPage(env, page);
      // The app built today opens the document the manifest names: the latest.
      await page.goto(published.url);
      await page.locator('#impronta').waitFor();
      assert.equal(await page.locator('#impronta').innerText(), docs[2].sha256);
      assert.match(await page.locator('#verifica-impronta').innerText(), /^Corrisponde all'impronta dichiarata/);
      assert.equal(
        await page.locator('#atto-approvazione').innerText(),
        'Documento approvato con delibera della Giunta comunale n. 14 del 29/01/2025.',
      );
      await assertNoAxeViolations(page, 'an archive folder');
      // Its chooser lists the catalogue's documents, by year (the latest
      // first), and opens each.
      await page.goto(`${published.url}#/documenti`);
      const cards = page.locator('.doc-card');
      await cards.first().waitFor();
      assert.equal(await cards.count(), docs.length);
      assert.deepEqual(
        await cards.evaluateAll((cs) => cs.map((c) => c.dataset.file)),
        [docs[2].file, docs[0].file, docs[1].file],
      );
      assert.match(await page.locator('#archivio').innerText(), /Borgo Esempio/);
      for (const d of docs) {
        const text = await page.locator(`.doc-card[data-file="${d.file}"]`).innerText();
        assert.ok(text.includes(d.title), text);
      }
      await assertNoAxeViolations(page, 'the chooser of an archive folder');
      await page.locator('.doc-card__link', { hasText: docs[1].title }).click();
      // (the fingerprint of the document now open, computed by the browser)
      let shown = '';
      for (let i = 0; i < 100 && shown !== docs[1].sha256; i += 1) {
        await page.waitForTimeout(50);
        shown = await page.locator('#impronta').innerText().catch(() => '');
      }
      assert.equal(shown, docs[1].sha256);
    } finally {
      await published.close();
    }
  });
});
