// Browser tests of the comparison of two documents (#/confronta): the page
// says what `cruscotto diff --json` says on the same two files (the same
// sentences, counts, objectives and budget amounts), on the fixture pair
// (tests/fixtures/diff) and on a demo plan edited here; a plan compared with
// itself, a broken B, English, a local B, and axe-core in light and dark.
//
// The command is the built binary (CRUSCOTTO, default target/debug/cruscotto,
// as for kit.test.mjs). Run: DIST_DIR=<built app> node --test confronta.test.mjs

import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { startServer } from './support/server.mjs';
import { launch } from './support/browser.mjs';
import { assertNoAxeViolations, DIST, freshPage, objectiveNodes, readJson, openView } from './support/suite.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const CORE_FIXTURES = join(ROOT, 'tests', 'fixtures');
const CRUSCOTTO = resolve(process.env.CRUSCOTTO || join(ROOT, 'target', 'debug', 'cruscotto'));
const LUCCA = 'lucca-2021-relazione';

/** `cruscotto diff --json A B` on two files. */
function cliDiff(a, b, lang = 'it') {
  const out = execFileSync(CRUSCOTTO, ['diff', '--json', '--lang', lang, a, b], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return JSON.parse(out.toString('utf8'));
}

/** A decimal string with at most two decimals → `1.234,50 €`. */
function euro(s) {
  const neg = s.startsWith('-');
  const [int, frac = ''] = s.replace('-', '').split('.');
  return `${neg ? '-' : ''}${int.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${(frac + '00').slice(0, 2)} €`;
}

/** A decimal string with two decimals plus `cents` (integers, exact). */
function plusCents(s, cents) {
  const [int, frac = ''] = s.split('.');
  const total = BigInt(int + (frac + '00').slice(0, 2)) + BigInt(cents);
  const t = total.toString().padStart(3, '0');
  return `${t.slice(0, -2)}.${t.slice(-2)}`;
}

let server;
let env;
let page;
let tmp;

before(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'cruscotto-confronta-'));
  server = await startServer({ dist: DIST, mounts: { '__core__/': CORE_FIXTURES, '__tmp__/': tmp } });
  env = await launch();
});

after(async () => {
  await env?.browser.close();
  await server?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

beforeEach(async () => {
  page = await freshPage(env, page);
});

afterEach(async () => {
  assert.deepEqual(env.pageErrors, [], 'no uncaught errors or console errors');
});

/** Opens the comparison of A (the page's query) with B (the fragment) and waits for its outcome. */
async function compare(query, b, { outcome = '#confronta-conteggi' } = {}) {
  // Only the fragment changed: the same page, which loads the new B itself.
  await openView(page, `${server.url}?${query}#/confronta${b ? `?${b}` : ''}`);
  if (outcome) await page.locator(outcome).first().waitFor();
}

/** What the page shows, in the shape of `cruscotto diff --json`. */
async function shown() {
  return page.evaluate(() => {
    const texts = (sel, root = document) => [...root.querySelectorAll(sel)].map((e) => e.textContent.trim());
    const ids = (presence) =>
      [...document.querySelectorAll(`.confronta__obiettivi--${presence} .confronta__obiettivo`)].map((e) => e.dataset.id);
    return {
      summary: document.querySelector('#confronta-conteggi')?.textContent.trim(),
      overall: document.querySelector('#confronta-complessivo')?.textContent.trim() ?? null,
      added: ids('aggiunti'),
      removed: ids('tolti'),
      changed: ids('cambiati'),
      changes: texts('.confronta__cambio'),
      rows: [...document.querySelectorAll('.confronta__tabella tbody tr')].map((tr) => ({
        table: tr.closest('table').dataset.tabella,
        row: tr.closest('tbody').dataset.voce,
        column: tr.dataset.colonna,
        cells: [...tr.querySelectorAll('td')].map((td) => td.textContent.trim()),
      })),
      empty: document.querySelector('#confronta-vuoto')?.textContent.trim() ?? null,
    };
  });
}

/** The same, from the command's JSON. */
function expected(cli, overallLabel = 'Punteggio complessivo:') {
  const ids = (presence) => cli.objectives.filter((o) => o.presence === presence).map((o) => o.id_b ?? o.id_a);
  const hasOverall = cli.overall.from !== null || cli.overall.to !== null;
  return {
    summary: cli.summary,
    overall: hasOverall ? `${overallLabel} ${cli.overall.message}` : null,
    added: ids('added'),
    removed: ids('removed'),
    changed: ids('matched'),
    changes: cli.objectives.filter((o) => o.presence === 'matched').flatMap((o) => o.changes.map((c) => c.message)),
    rows: cli.tables.flatMap((t) =>
      t.rows.flatMap((r) =>
        r.columns
          .filter((c) => c.a !== c.b || r.presence !== 'matched')
          .map((c) => ({ table: t.id, row: r.id, column: c.column })),
      ),
    ),
  };
}

/** The page agrees with the command (rows compared by place; amounts checked separately). */
function assertAgrees(got, cli, overallLabel) {
  const want = expected(cli, overallLabel);
  const { rows, empty, ...rest } = got;
  const { rows: wantRows, ...wantRest } = want;
  assert.deepEqual(rest, wantRest);
  assert.deepEqual(
    rows.map(({ table, row, column }) => ({ table, row, column })),
    wantRows,
  );
  assert.equal(empty, null, 'the no-differences sentence shows with differences');
}

describe('the comparison agrees with cruscotto diff', () => {
  test('the fixture pair: the same sentences, counts, objectives and budget rows', async () => {
    const a = join(CORE_FIXTURES, 'diff', 'a-piano.json');
    const b = join(CORE_FIXTURES, 'diff', 'b-relazione.json');
    const cli = cliDiff(a, b);
    await compare('src=__core__/diff/a-piano.json', 'src=__core__%2Fdiff%2Fb-relazione.json');
    const got = await shown();
    assertAgrees(got, cli);
    assert.equal(cli.counts.added, 1);
    assert.equal(cli.counts.renamed, 1);
    assert.ok(got.changes.includes('Peso cambiato: da 40 a 60.'), got.changes.join('\n'));
    assert.ok(got.changes.includes('Indicatore «Servizi attivati» (i1): il target passa da «>= 5» a «>= 4».'));
    // Amounts in Italian, the difference with its sign.
    const spese = got.rows.find((r) => r.row === 'b');
    assert.deepEqual(spese.cells, ['100,00 €', '150,00 €', '+50,00 €']);
    // An objective of A links to its page in A; one only in B does not.
    const op1 = page.locator('.confronta__obiettivo[data-id="op1"] a');
    assert.equal(await op1.getAttribute('href'), '#/obiettivi/op1');
    assert.equal(await page.locator('.confronta__obiettivo[data-id="op4"] a').count(), 0);
    assert.equal(await page.title(), 'Confronta due documenti – Comune di Prova – Cruscotto della performance');
    await op1.click();
    await page.locator('h1#titolo-pagina', { hasText: 'Pagamenti online' }).waitFor();
    // Back: the comparison again, B reloaded from the address.
    await page.goBack();
    await page.locator('#confronta-conteggi').waitFor();
    assert.equal((await shown()).summary, cli.summary);
  });

  test('a demo plan and a copy edited here: removed, renamed, re-weighted, a budget amount', async () => {
    const original = await readJson(join(DIST, 'plans', `${LUCCA}.json`));
    const plan = structuredClone(original);
    const leaves = objectiveNodes(plan).filter((o) => !o.children?.length && o.weight != null && o.code);
    const [gone, renamed, weighed] = leaves;
    const drop = (list) => {
      const i = list.indexOf(gone);
      if (i >= 0) list.splice(i, 1);
      for (const o of list) if (o.children) drop(o.children);
    };
    // The objects in `leaves` are those of `plan`: edit them in place.
    drop(plan.objectives);
    const oldTitle = renamed.title;
    renamed.title = `${oldTitle} (rivisto)`;
    weighed.weight = weighed.weight === '1' ? '2' : '1';
    const row = plan.money.budget[0].rows[0];
    const column = plan.money.budget[0].columns[0];
    const before = row.values[column];
    row.values[column] = plusCents(before, 100000);
    const edited = join(tmp, 'lucca-rivista.json');
    await writeFile(edited, JSON.stringify(plan, null, 2));

    const cli = cliDiff(join(DIST, 'plans', `${LUCCA}.json`), edited);
    await compare(`piano=${LUCCA}`, 'src=__tmp__/lucca-rivista.json');
    const got = await shown();
    assertAgrees(got, cli);
    assert.deepEqual(got.removed, [gone.id]);
    assert.deepEqual(got.added, []);
    assert.ok(got.changes.includes(`Titolo cambiato: da «${oldTitle}» a «${renamed.title}».`), got.changes.join('\n'));
    assert.ok(got.changes.some((c) => c.startsWith('Peso cambiato:')), got.changes.join('\n'));
    assert.equal(cli.counts.removed, 1);
    assert.equal(cli.counts.renamed, 1);
    assert.ok(cli.counts.weights >= 1);
    const amount = got.rows.find((r) => r.row === row.id && r.column === column);
    assert.deepEqual(amount.cells, [euro(before), euro(row.values[column]), '+1.000,00 €']);
    // The removed objective links to its page in A.
    assert.equal(
      await page.locator(`.confronta__obiettivo[data-id="${gone.id}"] a`).getAttribute('href'),
      `#/obiettivi/${encodeURIComponent(gone.id)}`,
    );
  });

  test('a plan compared with itself has no differences', async () => {
    const cli = cliDiff(join(DIST, 'plans', `${LUCCA}.json`), join(DIST, 'plans', `${LUCCA}.json`));
    await compare(`piano=${LUCCA}`, `piano=${LUCCA}`, { outcome: '#confronta-vuoto' });
    const got = await shown();
    assert.equal(got.summary, cli.summary);
    assert.match(got.empty, /^I due documenti non hanno differenze/);
    assert.deepEqual([got.added, got.removed, got.changed, got.changes, got.rows], [[], [], [], [], []]);
    await assertNoAxeViolations(page, 'a comparison with no differences');
  });

  test('choosing B on the page: a demo, then a local file; the address follows', async () => {
    await compare(`piano=${LUCCA}`, '', { outcome: null });
    await page.locator('.confronta__none').waitFor();
    // From the overview's link.
    await page.goto(`${server.url}?piano=${LUCCA}#/sintesi`);
    await page.locator('a', { hasText: 'Confronta con un altro documento' }).click();
    await page.locator('h1#titolo-pagina', { hasText: 'Confronta due documenti' }).waitFor();
    await page.locator('.confronta__demos a', { hasText: 'Porcari' }).click();
    await page.locator('#confronta-conteggi').waitFor();
    assert.match(page.url(), /#\/confronta\?piano=porcari-2017-relazione$/);
    const porcari = join(DIST, 'plans', 'porcari-2017-relazione.json');
    assert.equal((await shown()).summary, cliDiff(join(DIST, 'plans', `${LUCCA}.json`), porcari).summary);
    // A local file: read in the page, never sent; the address keeps no trace of it.
    const a = join(CORE_FIXTURES, 'diff', 'a-piano.json');
    const sent = env.requestLog.length;
    await page.locator('#confronta-file').setInputFiles(a);
    await page.waitForFunction(
      (want) => document.querySelector('#confronta-conteggi')?.textContent.trim() === want,
      cliDiff(join(DIST, 'plans', `${LUCCA}.json`), a).summary,
    );
    assert.match(page.url(), /#\/confronta$/);
    assert.deepEqual(
      env.requestLog.slice(sent).filter((r) => r.method !== 'GET' || r.postBytes > 0 || r.url.includes('a-piano')),
      [],
    );
    // A published file by its address.
    await page.locator('#confronta-url').fill('__core__/diff/b-relazione.json');
    await page.locator('.confronta__url button').click();
    await page.waitForFunction(() => location.hash.startsWith('#/confronta?src='));
    await page.locator('#confronta-conteggi').waitFor();
    const b = join(CORE_FIXTURES, 'diff', 'b-relazione.json');
    await page.waitForFunction(
      (want) => document.querySelector('#confronta-conteggi')?.textContent.trim() === want,
      cliDiff(join(DIST, 'plans', `${LUCCA}.json`), b).summary,
    );
  });

  test('a broken B: the located message, and the page still works', async () => {
    const snap = join(ROOT, 'crates', 'core', 'tests', 'it', 'snapshots', 'it__bad_input__json-troncato.snap');
    const message = (await readFile(snap, 'utf8')).split('\n').find((l) => l.startsWith('[lettura] ')).slice(10);
    await compare(`piano=${LUCCA}`, 'src=__core__/bad/json-troncato.json', { outcome: '.error-panel' });
    const panel = await page.locator('.confronta__esito .error-panel').innerText();
    assert.ok(panel.includes('Il documento B non si può confrontare'), panel);
    assert.ok(panel.includes(message), panel);
    assert.match(panel, /riga 31, colonna \d+/);
    // A is still shown, and another B can be chosen.
    assert.equal(await page.locator('.site-header__municipality').innerText(), 'Lucca');
    await page.locator('.confronta__demos a', { hasText: 'Lucca' }).click();
    await page.locator('#confronta-vuoto').waitFor();
    assert.equal(await page.locator('.error-panel').count(), 0);
  });

  test('in English: the sentences of cruscotto diff --lang en', async () => {
    const a = join(CORE_FIXTURES, 'diff', 'a-piano.json');
    const b = join(CORE_FIXTURES, 'diff', 'b-relazione.json');
    await compare('src=__core__/diff/a-piano.json&lang=en', 'src=__core__/diff/b-relazione.json');
    assert.equal((await page.locator('h1#titolo-pagina').innerText()).trim(), 'Compare two documents');
    assertAgrees(await shown(), cliDiff(a, b, 'en'), 'Overall score:');
    // Switching language redraws the same comparison in Italian.
    await page.locator('button.lang-switch').click();
    await page.locator('h1#titolo-pagina', { hasText: 'Confronta due documenti' }).waitFor();
    // The page is drawn again, and B with it: wait for its outcome.
    await page.locator('#confronta-conteggi').waitFor();
    assertAgrees(await shown(), cliDiff(a, b, 'it'));
  });
});

describe('accessibility', () => {
  for (const scheme of ['light', 'dark']) {
    test(`axe-core finds nothing in ${scheme} colours: before B, with differences, with a broken B`, async () => {
      await page.emulateMedia({ colorScheme: scheme });
      await compare(`piano=${LUCCA}`, '', { outcome: '.confronta__demos a' });
      await assertNoAxeViolations(page, `#/confronta, ${scheme}`);
      await compare('src=__core__/diff/a-piano.json', 'src=__core__/diff/b-relazione.json');
      assert.equal(await page.locator('.cruscotto').getAttribute('class'), scheme === 'dark' ? 'cruscotto scuro' : 'cruscotto');
      await assertNoAxeViolations(page, `the fixture pair, ${scheme}`);
      await compare(`piano=${LUCCA}`, 'piano=porcari-2017-relazione');
      await assertNoAxeViolations(page, `Lucca and Porcari, ${scheme}`);
      await compare(`piano=${LUCCA}`, 'src=__core__/bad/json-troncato.json', { outcome: '.error-panel' });
      await assertNoAxeViolations(page, `a broken B, ${scheme}`);
    });
  }
});
