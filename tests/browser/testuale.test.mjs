// A plan as real PEGs are (issue 10), in the browser: the office's filled
// template (tests/fixtures/testuale, CSV files written from the text of
// Offanengo's plan) opened in the app gives the same JSON as `cruscotto
// import`; the page shows the document's own words (narrative sections in
// the outline, at the top of Sintesi and in the whole-document print), that
// the document declares no scoring method and which rule the figures use,
// the words of targets in words and milestones and of their results, an
// objective serving three strategic objectives and two missioni (links both
// ways) and the units' notes apart from their roles. axe-core on each view.
//
// Needs the built command: CRUSCOTTO (scripts/test sets it), default
// ../../target/debug/cruscotto.
//   cd tests/browser && DIST_DIR=../../dist node --test testuale.test.mjs

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { startServer } from './support/server.mjs';
import { launch } from './support/browser.mjs';
import { assertNoAxeViolations, DIST, FIXTURES, freshPage, stop } from './support/suite.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const CORE_FIXTURES = join(ROOT, 'tests', 'fixtures');
const FILLED = join(CORE_FIXTURES, 'testuale');
const CRUSCOTTO = resolve(process.env.CRUSCOTTO || join(ROOT, 'target', 'debug', 'cruscotto'));

/** The heading of Sintesi's overall result. */
const OVERALL = 'Risultato complessivo';

let ctx;
let page;
let tmp;
let expected;

before(async () => {
  const server = await startServer({ dist: DIST, fixtures: FIXTURES, mounts: { '__core__/': CORE_FIXTURES } });
  ctx = { server, env: await launch() };
  tmp = await mkdtemp(join(tmpdir(), 'cruscotto-testuale-'));
  expected = JSON.parse(await readFile(join(CORE_FIXTURES, 'testuale.json'), 'utf8'));
});

after(async () => {
  await page?.close();
  await stop(ctx);
  await rm(tmp, { recursive: true, force: true });
});

const texts = async (locator) => (await locator.allInnerTexts()).map((s) => s.trim().replace(/\s+/g, ' '));

/** Moves to a view of the loaded document and waits for its heading. */
async function go(hash) {
  await page.evaluate((h) => { location.hash = h; }, hash);
  await page.waitForFunction((h) => location.hash === h, hash);
  await page.locator('h1#titolo-pagina').waitFor();
}

/** The `<dd>` of the fact whose `<dt>` is `label`, on an objective or unit page. */
const fact = (label) => {
  const exact = new RegExp(`^\\s*${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
  return page.locator('dl.facts > div', { has: page.locator('dt', { hasText: exact }) }).locator('dd');
};

describe('a plan as it is, from the filled template to the page and the print', () => {
  test('the CSV files of the filled template give the plan cruscotto import gives, nothing moved or invented', async () => {
    const names = (await readdir(FILLED)).filter((n) => n.endsWith('.csv'));
    const fromCli = join(tmp, 'testuale.json');
    execFileSync(CRUSCOTTO, ['import', FILLED, '-o', fromCli], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    page = await freshPage(ctx.env, page);
    await page.goto(ctx.server.url);
    await page.locator('#file-input').setInputFiles(names.map((n) => join(FILLED, n)));
    await page.locator('#import-titolo').waitFor();
    await page.locator('.site-header__municipality', { hasText: 'Offanengo' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#scarica-json').click()]);
    const saved = join(tmp, 'browser.json');
    await download.saveAs(saved);
    const [browser, cli] = [await readFile(saved, 'utf8'), await readFile(fromCli, 'utf8')];
    assert.equal(browser, cli, "the browser's JSON differs from cruscotto import");
    assert.deepEqual(JSON.parse(browser), expected);
    assert.equal(JSON.parse(browser).scoring, undefined, 'a method the document does not declare was written');
    await assertNoAxeViolations(page, 'the filled template imported');
  });

  test('Sintesi: the narrative sections first, in the outline, and the rule the figures use', async () => {
    await go('#/sintesi');
    const sections = expected.narrative.map((s) => s.title);
    assert.deepEqual(await texts(page.locator('.narrative h2')), sections);
    // In the page's outline, before the figures.
    const h2 = await texts(page.locator('main h2'));
    const at = (title) => h2.indexOf(title);
    assert.ok(at(sections[0]) >= 0 && at(sections[0]) < at(OVERALL), `headings: ${h2.join(' | ')}`);
    assert.ok(at(OVERALL) < at('Metodo di calcolo non dichiarato'), h2.join(' | '));
    const intro = page.locator('.narrative__section--premessa');
    assert.match(await intro.innerText(), /Il Decreto Legislativo 27 ottobre 2009, n\. 150/);
    assert.equal(await intro.locator('strong', { hasText: 'ciclo della performance' }).count(), 1);
    assert.deepEqual(await texts(intro.locator('li')), [
      'a) Il Piano delle performance.',
      'b) Il Sistema di misurazione e valutazione a livello individuale.',
      'c) Il Sistema di misurazione e valutazione a livello organizzativo.',
      'd) La Relazione della performance.',
    ]);
    assert.match(
      await page.locator('.method-note p').innerText(),
      /^Il documento non dichiara il metodo di calcolo\. Le cifre qui mostrate usano la regola più semplice: .*media aritmetica/,
    );
    await assertNoAxeViolations(page, 'Sintesi of a plan as it is');
  });

  test('an objective serving three strategic objectives and two missioni, with targets in words', async () => {
    await go('#/obiettivi/op-f2-05');
    // One parent in the tree (the breadcrumbs), the others as links.
    assert.match(await page.locator('nav.breadcrumbs').innerText(), /Trasparenza - Anticorruzione/);
    assert.deepEqual(await texts(fact('Contribuisce anche a').locator('a')), [
      '4 – Accesso Civico e Generalizzato',
      '5 – Generale riduzione delle tempistiche e tendenziale informatizzazione procedimenti amministrativi e digitalizzazione dei documenti',
    ]);
    assert.equal(await fact('Missione di bilancio').innerText(), '01 – Servizi istituzionali, generali e di gestione');
    assert.match(await fact('Altre missioni').innerText(), /^05 – Tutela e valorizzazione dei beni e/);
    assert.equal(await fact('Altri programmi').innerText(), '05.02');
    const rows = page.locator('table.ind-table tbody tr');
    assert.equal(await rows.count(), 2);
    const first = rows.nth(0);
    assert.equal(await first.locator('.ind-table__target').innerText(), 'Pubblicazione sul sito');
    assert.match(await first.innerText(), /Esito dichiarato: raggiunto/);
    assert.match(
      await first.locator('.ind-table__how').innerText(),
      /esito dichiarato «raggiunto»: 100,00 % \(il metodo di calcolo non assegna un valore diverso\)/,
    );
    const second = rows.nth(1);
    assert.equal(await second.locator('.ind-table__target').innerText(), 'Rispetto dei tempi');
    assert.match(await second.innerText(), /Esito dichiarato: parzialmente raggiunto/);
    assert.equal(
      await second.locator('.ind-table__state').innerText(),
      'non valutato: il metodo di calcolo non dice quanto vale questo esito',
    );
    await assertNoAxeViolations(page, 'an objective with several parents');
    // The linked objective shows who else contributes to it.
    await go('#/obiettivi/strat-4');
    assert.deepEqual(await texts(fact('Vi contribuiscono anche').locator('a')), [
      "Miglioramento dell'informatizzazione dei flussi per alimentare la pubblicazione dei dati della \"sezione amministrazione trasparente\"",
    ]);
    await assertNoAxeViolations(page, 'a strategic objective contributed to');
  });

  test('a milestone: the date it was due, the date it was done, on time = 100 %', async () => {
    await go('#/obiettivi/op-a1-16');
    const row = page.locator('table.ind-table tbody tr').first();
    assert.equal(
      await row.locator('.ind-table__target').innerText(),
      'Approvazione del regolamento entro il 30/06 (entro il 30/06/2024)',
    );
    assert.match(await row.locator('.ind-table__result').innerText(), /^fatto il 20\/06\/2024$/);
    assert.equal(await row.locator('.ind-table__how').innerText(), 'fatto il 20/06/2024, entro il 30/06/2024: 100,00 %');
    await assertNoAxeViolations(page, 'a milestone');
  });

  test("a unit's notes apart from its role", async () => {
    await go('#/uffici/u-area-a');
    assert.equal(await fact('Responsabile (ruolo)').innerText(), 'Responsabile di Elevata Qualificazione');
    assert.equal(await fact('Note').innerText(), 'ad interim');
    await go('#/uffici');
    assert.match(await page.locator('main table').first().innerText(), /Responsabile di Elevata Qualificazione \(vacante\)/);
    await assertNoAxeViolations(page, 'the offices with notes');
  });

  test('the whole-document print carries the narrative, the method note and every objective', async () => {
    await go('#/stampa');
    const h2 = await texts(page.locator('main h2'));
    for (const s of expected.narrative) assert.ok(h2.includes(s.title), `${s.title}: ${h2.join(' | ')}`);
    assert.ok(h2.includes('Metodo di calcolo non dichiarato'), h2.join(' | '));
    assert.equal(await page.locator('.whole-document article.objective').count(), 6);
    assert.match(await page.locator('.whole-document').textContent(), /Contribuisce anche a/);
    await assertNoAxeViolations(page, 'the whole document of a plan as it is');
  });
});
