// The archive in the app: a folder where the built `cruscotto publish`
// published the fixture series (tests/fixtures/archivio: Borgo Esempio,
// Piano and Relazione for 2023, 2024, 2025; invented data). The app opens
// the latest document, fetching only the manifest, the catalogue and that
// document; lists the documents by year; says which one every view shows
// and switches to the same view of another; the embed snippet names a
// document or the latest. Histories (objective, Sintesi, Risorse) load
// the other documents on demand and equal `cruscotto storia --json`; a
// Relazione's objective says what changed since the Piano as
// `cruscotto diff --json` does. axe on every new view.
//
// Needs the built command: CRUSCOTTO (scripts/test sets it), default
// ../../target/debug/cruscotto.
//   cd tests/browser && DIST_DIR=../../dist node --test archivio.test.mjs

import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { startServer } from './support/server.mjs';
import { launch } from './support/browser.mjs';
import { italian, pct } from './support/figures.mjs';
import { assertNoAxeViolations, DIST, freshPage, openView, waitView } from './support/suite.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const CRUSCOTTO = resolve(process.env.CRUSCOTTO || join(ROOT, 'target', 'debug', 'cruscotto'));
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'archivio');
const SERIES = ['2024-relazione', '2023-piano', '2025-relazione', '2023-relazione', '2025-piano', '2024-piano'].map(
  (n) => `borgo-esempio-${n}.json`,
);

/** Runs the command; returns its standard output. */
const cruscotto = (...args) => execFileSync(CRUSCOTTO, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] }).toString();

let tmp;
let site;
let server;
let env;
let page;
let catalogue;
let history;

before(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'cruscotto-archivio-'));
  site = join(tmp, 'sito');
  // Published in any order: the catalogue sorts them.
  for (const f of SERIES) cruscotto('publish', join(FIXTURES, f), '-o', site, '--app', DIST);
  catalogue = JSON.parse(await readFile(join(site, 'catalogo.json'), 'utf8'));
  history = JSON.parse(cruscotto('storia', site, '--json'));
  server = await startServer({ dist: site });
  env = await launch();
});

after(async () => {
  await env?.browser.close();
  await server?.close();
  await rm(tmp, { recursive: true, force: true });
});

afterEach(() => {
  assert.deepEqual(env.pageErrors, [], 'no page errors');
});

// Italian figures, as the core prints them (support/figures.mjs).
const euro = (v) => (v == null ? '—' : `${italian(v)} €`);
const num = (v) => (v == null ? '—' : v.replace('.', ','));
const KIND = { piano: 'Piano', relazione: 'Relazione' };
const label = (k) => `${KIND[history.documents[k].kind]} ${history.documents[k].year}`;

/** The JSON files the page asks for while `run` runs. */
async function jsonRequests(run) {
  const seen = [];
  const listen = (r) => {
    const path = new URL(r.url()).pathname;
    if (path.endsWith('.json')) seen.push(path.slice(1));
  };
  page.on('request', listen);
  try {
    await run();
  } finally {
    page.off('request', listen);
  }
  return seen;
}

/** The cells of each body row of the table `data-tabella=name`, keyed by `data-documento`. */
async function rows(name) {
  const table = page.locator(`[data-tabella="${name}"]`);
  await table.waitFor();
  return table.locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [Number(tr.dataset.documento), [...tr.children].map((c) => c.textContent.trim())]),
  );
}

test('opening the archive fetches the manifest, the catalogue and one document; the view says which', async () => {
  page = await freshPage(env, page);
  const latest = catalogue.documents.at(-1);
  const asked = await jsonRequests(() => openView(page, `${server.url}#/obiettivi/o1`));
  assert.deepEqual(asked.filter((p) => p !== 'manifest.json'), ['catalogo.json', latest.file]);
  assert.equal(await page.locator('#documento-mostrato').innerText(), 'Relazione 2025');
  await page.locator('#verifica-impronta').waitFor();
  assert.equal(await page.locator('#impronta').innerText(), latest.sha256);
  assert.match(await page.locator('#verifica-impronta').innerText(), /^Corrisponde all'impronta dichiarata/);
  // The bar links the same view of every document.
  const links = page.locator('.archivio-barra a');
  assert.equal(await links.count(), catalogue.documents.length);
  for (const [i, d] of catalogue.documents.entries()) {
    const href = await links.nth(i).getAttribute('href');
    assert.equal(href, `?src=${d.file}#/obiettivi/o1`);
  }
  assert.equal(await page.locator('.archivio-barra a[aria-current]').innerText(), 'Relazione 2025');
  await assertNoAxeViolations(page, 'an objective of the archive, with the bar of its documents');
});

test("the first load's overview says the document is one of the archive's and links them by year", async () => {
  page = await freshPage(env, page);
  const files = [];
  const seen = (r) => files.push(new URL(r.url()).pathname);
  page.on('request', seen);
  const asked = await jsonRequests(() => openView(page, `${server.url}#/sintesi`));
  page.off('request', seen);
  // The first load reads no catalogue: the manifest says how many documents.
  assert.deepEqual(asked, ['manifest.json', catalogue.documents.at(-1).file]);
  assert.equal(JSON.parse(await readFile(join(site, 'manifest.json'), 'utf8')).documents, catalogue.documents.length);
  // Only the first load is there (the full build draws the bar instead).
  assert.deepEqual(files.filter((f) => f.includes('cruscotto-full')), []);
  assert.equal(await page.locator('.archivio-barra').count(), 0);
  const line = page.locator('.archivio-primo');
  assert.equal(
    (await line.innerText()).trim(),
    `Questo documento fa parte dell'archivio del Comune: ${catalogue.documents.length} documenti pubblicati, anno dopo anno. Tutti i documenti, anno per anno`,
  );
  await assertNoAxeViolations(page, "the first load's overview of an archive");
  // The link opens the chooser (the full build), with the documents by year.
  await line.getByRole('link', { name: 'Tutti i documenti, anno per anno' }).click();
  await page.locator('#archivio').waitFor();
  assert.deepEqual(await page.locator('.archivio h3').allInnerTexts(), ['2025', '2024', '2023']);
  // The full build's overview draws the bar, not this line.
  await page.goBack();
  await page.locator('.archivio-barra').waitFor();
  assert.equal(await page.locator('.archivio-primo').count(), 0);
});

test('switching opens the same view of another document, checked against its catalogue entry; Back returns', async () => {
  page = await freshPage(env, page);
  await openView(page, `${server.url}#/obiettivi/o2`);
  const piano = catalogue.documents.find((d) => d.file.endsWith('2024-piano.json'));
  const asked = await jsonRequests(async () => {
    await page.locator('.archivio-barra a', { hasText: 'Piano 2024' }).click();
    await page.locator('#documento-mostrato', { hasText: 'Piano 2024' }).waitFor();
  });
  assert.deepEqual(asked, [piano.file]);
  await waitView(page);
  assert.equal(new URL(page.url()).searchParams.get('src'), piano.file);
  assert.equal(new URL(page.url()).hash, '#/obiettivi/o2');
  assert.equal(await page.locator('h1').innerText(), 'Manutenzione delle strade');
  assert.match(await page.locator('.site-header__title').innerText(), /Piano della Performance 2024–2026/);
  for (let i = 0; i < 100 && (await page.locator('#impronta').innerText().catch(() => '')) !== piano.sha256; i += 1) {
    await page.waitForTimeout(50);
  }
  assert.equal(await page.locator('#impronta').innerText(), piano.sha256);
  assert.match(await page.locator('#verifica-impronta').innerText(), /^Corrisponde/);
  assert.equal(
    await page.locator('#atto-approvazione').innerText(),
    'Documento approvato con delibera della Giunta comunale n. 15 del 30/01/2024.',
  );
  await page.goBack();
  await page.locator('#documento-mostrato', { hasText: 'Relazione 2025' }).waitFor();
  assert.equal(await page.locator('h1').innerText(), 'Manutenzione delle strade');
});

test('the chooser lists the documents by year and kind, with act and publication date', async () => {
  page = await freshPage(env, page);
  await openView(page, `${server.url}#/documenti`);
  await page.locator('#archivio').waitFor();
  assert.deepEqual(await page.locator('.archivio h3').allInnerTexts(), ['2025', '2024', '2023']);
  // No second list of the same documents as demos.
  assert.equal(await page.locator('#esempi').count(), 0);
  const r24 = catalogue.documents.find((d) => d.file.endsWith('2024-relazione.json'));
  const card = page.locator(`.doc-card[data-file="${r24.file}"]`);
  const text = await card.innerText();
  for (const part of ['Relazione sulla performance 2024', r24.title, 'Delibera della Giunta comunale n. 91 del 18/06/2025', 'Pubblicato il 18/06/2025']) {
    assert.ok(text.includes(part), `${part} in ${text}`);
  }
  assert.match(await page.locator(`.doc-card[data-file="${catalogue.documents.at(-1).file}"]`).innerText(), /il più recente/);
  await assertNoAxeViolations(page, 'the chooser of an archive');
  await card.locator('a').click();
  await page.locator('#documento-mostrato', { hasText: 'Relazione 2024' }).waitFor();
  assert.equal(new URL(page.url()).searchParams.get('src'), r24.file);
  assert.equal(new URL(page.url()).hash, '#/sintesi');
});

test('the objective history loads the other documents on demand and equals cruscotto storia --json', async () => {
  page = await freshPage(env, page);
  await openView(page, `${server.url}?src=plans/borgo-esempio-2024-relazione.json#/obiettivi/o1`);
  const asked = await jsonRequests(async () => {
    await page.locator('#storia-obiettivo-carica').click();
    await page.locator('[data-tabella="storia-obiettivo"]').waitFor();
  });
  assert.deepEqual(
    asked.sort(),
    catalogue.documents.map((d) => d.file).filter((f) => !f.endsWith('2024-relazione.json')).sort(),
  );
  const o = history.objectives.find((x) => x.code === '1');
  const want = o.years.flatMap((y, k) => (y ? [[k, [label(k), num(y.weight), pct(y.score)]]] : []));
  assert.deepEqual(await rows('storia-obiettivo'), want);
  for (const [n, ind] of o.indicators.entries()) {
    const wantInd = ind.years.flatMap((y, k) => (y ? [[k, [label(k), y.target ?? '—', num(y.result), pct(y.achievement)]]] : []));
    assert.deepEqual(await rows(`storia-indicatore-${n}`), wantInd);
  }
  // The chart: one focusable mark per document with a score.
  assert.equal(await page.locator('#grafico-storia-obiettivo svg.chart__bar[tabindex="0"]').count(), o.years.filter((y) => y?.score).length);
  await assertNoAxeViolations(page, 'an objective with its history');
  // The library, added in 2024: its history has the 2024 Relazione and the 2025 Piano.
  await page.goto(`${server.url}?src=plans/borgo-esempio-2024-relazione.json#/obiettivi/o3`);
  await waitView(page);
  const lib = history.objectives.find((x) => x.code === '3');
  assert.deepEqual(
    await rows('storia-obiettivo'),
    lib.years.flatMap((y, k) => (y ? [[k, [label(k), num(y.weight), pct(y.score)]]] : [])),
  );
});

test('while the other documents load, the page says how far it is', async () => {
  page = await freshPage(env, page);
  await openView(page, `${server.url}#/obiettivi/o1`);
  // The second document to load is held until the progress has been read.
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/plans/borgo-esempio-2023-relazione.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.locator('#storia-obiettivo-carica').click();
  const status = page.locator('#storia-obiettivo .storia__caricamento[role="status"]');
  await status.filter({ hasText: 'Caricamento 2 di 5 documenti…' }).waitFor();
  await assertNoAxeViolations(page, 'the history while it loads');
  release();
  await page.locator('[data-tabella="storia-obiettivo"]').waitFor();
  assert.equal(await status.count(), 0);
});

test('a document of the archive that cannot be read is said, with its address, and can be asked again', async () => {
  page = await freshPage(env, page);
  await openView(page, `${server.url}#/obiettivi/o1`);
  const missing = '**/plans/borgo-esempio-2024-piano.json';
  await page.route(missing, (route) => route.fulfill({ status: 404, body: 'no' }));
  await page.locator('#storia-obiettivo-carica').click();
  const panel = page.locator('#storia-obiettivo .error-panel');
  await panel.waitFor();
  assert.match(await panel.innerText(), /borgo-esempio-2024-piano\.json/);
  assert.match(await panel.innerText(), /404/);
  await assertNoAxeViolations(page, 'a history whose document cannot be read');
  await page.unroute(missing);
  await page.locator('#storia-obiettivo-carica').click();
  await page.locator('[data-tabella="storia-obiettivo"]').waitFor();
  // The browser's own line for the refused file is the only error.
  assert.ok(env.pageErrors.every((e) => /404/.test(e)), env.pageErrors.join('\n'));
  env.pageErrors.length = 0;
});

test('Sintesi and Risorse show the figures per document, as cruscotto storia --json computes them', async () => {
  page = await freshPage(env, page);
  // The first load's overview carries nothing of the archive: the full
  // build's (after any other view) has the figures per document.
  await openView(page, `${server.url}#/obiettivi`);
  await page.locator('a[href="#/sintesi"]').first().click();
  await waitView(page);
  await page.locator('#storia-sintesi-carica').click();
  const want = history.documents.map((d, k) => [k, [label(k), pct(d.overall), ...d.distribution.map(String), String(d.unscored)]]);
  assert.deepEqual(await rows('storia-sintesi'), want);
  // The 2025 Relazione no longer has the Piano's library: said as the comparison says it.
  const diff = JSON.parse(
    cruscotto('diff', join(site, 'plans', 'borgo-esempio-2025-piano.json'), join(site, 'plans', 'borgo-esempio-2025-relazione.json'), '--json'),
  );
  const removed = diff.objectives.filter((o) => o.presence === 'removed').map((o) => `${o.code} «${o.title}» (${o.id_a})`);
  assert.deepEqual(removed, ['3 «Biblioteca aperta» (o3)']);
  assert.deepEqual(await page.locator('.dal-piano-tolti li').allInnerTexts(), removed);
  await assertNoAxeViolations(page, 'Sintesi with the figures per document');
  // Risorse: already loaded, no request more.
  const asked = await jsonRequests(async () => {
    await page.locator('a[href="#/risorse"]').first().click();
    await waitView(page);
  });
  assert.deepEqual(asked, []);
  for (const [n, t] of history.tables.entries()) {
    const wantT = t.years.flatMap((y, k) =>
      y ? [[k, [label(k), euro(y.assestato), euro(y.accertato), pct(y.accertato_rate), euro(y.impegnato), pct(y.impegnato_rate)]]] : [],
    );
    assert.deepEqual(await rows(`storia-bilancio-${n}`), wantT, t.title);
  }
  await assertNoAxeViolations(page, 'Risorse with the figures per document');
});

test("a Relazione's objective says what changed since the Piano, as cruscotto diff --json does", async () => {
  page = await freshPage(env, page);
  const diff = JSON.parse(
    cruscotto('diff', join(site, 'plans', 'borgo-esempio-2024-piano.json'), join(site, 'plans', 'borgo-esempio-2024-relazione.json'), '--json'),
  );
  await openView(page, `${server.url}?src=plans/borgo-esempio-2024-relazione.json#/obiettivi/o2`);
  await page.locator('#dal-piano-carica').click();
  await page.locator('.dal-piano').waitFor();
  const o2 = diff.objectives.find((o) => o.id_b === 'o2');
  assert.deepEqual(await page.locator('.dal-piano__cambio').allInnerTexts(), o2.changes.map((c) => c.message));
  assert.ok(o2.changes.length >= 2, 'the fixture re-weights o2 and changes its target');
  await assertNoAxeViolations(page, 'a Relazione objective with the changes since the Piano');
  await page.goto(`${server.url}?src=plans/borgo-esempio-2024-relazione.json#/obiettivi/o3`);
  await waitView(page);
  assert.equal(diff.objectives.find((o) => o.id_b === 'o3').presence, 'added');
  assert.deepEqual(await page.locator('.dal-piano__cambio').allInnerTexts(), ['Obiettivo non presente nel Piano dello stesso anno.']);
  // A Piano has no such section.
  await page.goto(`${server.url}?src=plans/borgo-esempio-2024-piano.json#/obiettivi/o2`);
  await waitView(page);
  assert.equal(await page.locator('#dal-piano').count(), 0);
});

test('the embed snippet names this document or the latest', async () => {
  page = await freshPage(env, page);
  await openView(page, `${server.url}?src=plans/borgo-esempio-2024-relazione.json#/incorpora/obiettivi/o1`);
  const code = page.locator('#embed-codice');
  assert.match(await code.inputValue(), /\?src=http:\/\/127\.0\.0\.1:\d+\/plans\/borgo-esempio-2024-relazione\.json#\/obiettivi\/o1/);
  await page.locator('label', { hasText: 'Il documento più recente pubblicato' }).click();
  const latest = await code.inputValue();
  assert.ok(!latest.includes('?src='), latest);
  assert.match(latest, new RegExp(`<iframe src="${server.url.replace(/[.]/g, '\\.')}#/obiettivi/o1"`));
  await assertNoAxeViolations(page, 'the embedding page of an archive document');
  // The link of the latest opens the latest.
  await page.goto(await page.locator('.embed-link').getAttribute('href'));
  await waitView(page);
  assert.equal(await page.locator('#documento-mostrato').innerText(), 'Relazione 2025');
});

test('the snippet of the latest, pasted directly in a page of the site in another folder, shows the latest, checked', async () => {
  page = await freshPage(env, page);
  await openView(page, `${server.url}?src=plans/borgo-esempio-2024-relazione.json#/incorpora`);
  await page.getByLabel('Direttamente nella pagina').check();
  await page.locator('label', { hasText: 'Il documento più recente pubblicato' }).click();
  const snippet = await page.locator('#embed-codice').inputValue();
  assert.ok(!/data-(src|piano)=/.test(snippet), snippet);
  // A page of the municipality's site, in a folder of its own next to the app's.
  await mkdir(join(site, 'trasparenza'), { recursive: true });
  await writeFile(
    join(site, 'trasparenza', 'performance.html'),
    `<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>Performance</title><link rel="icon" href="data:,"></head><body><main><h1>Performance</h1>${snippet}</main></body></html>`,
  );
  await openView(page, `${server.url}trasparenza/performance.html`, { ready: '#/sintesi' });
  const latest = catalogue.documents.at(-1);
  await page.locator('.site-header__title', { hasText: latest.title }).waitFor();
  await page.locator('#verifica-impronta').waitFor();
  assert.equal(await page.locator('#impronta').innerText(), latest.sha256);
  assert.match(await page.locator('#verifica-impronta').innerText(), /^Corrisponde/);
});
