// Browser tests of the search page (#/cerca): search (accents, case,
// prefixes, AND of words, no results), highlights, groups, keyboard, every
// filter with its counts, combinations, the state in the address (reload,
// a fresh page, back and forward), axe-core in light and dark colours.
//
//   cd tests/browser && DIST_DIR=/path/to/dist node --test cerca.test.mjs

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';

import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

import { startServer } from './support/server.mjs';
import { launch } from './support/browser.mjs';
import {
  assertNoAxeViolations,
  DIST,
  FIXTURES,
  freshPage,
  loadDemos,
  objectiveNodes,
  readJson,
  stop,
  openView,
} from './support/suite.mjs';

/** The repository's test fixtures (tests/fixtures), served under `__core__/`. */
const CORE_FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

const LUCCA = 'lucca-2021-relazione';
/** The small plan: «Città più digitale» (s1, missione 01, SDG 11 and 16) with two operational objectives, «Scuole sicure» (s2, 04). */
const PICCOLO = '?src=__core__/valid/piccolo.json';

let ctx;
let demos;
let piccolo;

before(async () => {
  const server = await startServer({ dist: DIST, fixtures: FIXTURES, mounts: { '__core__/': CORE_FIXTURES } });
  ctx = { server, env: await launch() };
  demos = await loadDemos();
  piccolo = await readJson(join(CORE_FIXTURES, 'valid', 'piccolo.json'));
});

after(() => stop(ctx));

/** Lowercase without accents: what the search compares. */
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
/** Whether a word of `text` starts with `prefix` (folded). */
const hasWordStarting = (text, prefix) =>
  fold(text).split(/[^\p{L}\p{N}]+/u).some((w) => w.startsWith(fold(prefix)));

/** Opens the search page of a document (`?piano=…` or `?src=…`) with a state. */
async function open(page, doc, state = '') {
  const query = doc.startsWith('?') ? doc : `?piano=${doc}`;
  await openView(page, `${ctx.server.url}${query}#/cerca${state ? `?${state}` : ''}`);
}

const hash = (page) => page.evaluate(() => location.hash);
const status = async (page) => (await page.locator('#cerca-stato').innerText()).trim();
const titles = async (page, kind) =>
  (await page.locator(`section[aria-labelledby="gruppo-${kind}"] .cerca-hit__link`).allInnerTexts()).map((s) => s.trim());
const headings = async (page) =>
  (await page.locator('.cerca-group__heading').allInnerTexts()).map((s) => s.trim().replace(/\s+/g, ' '));

/** Types into the box (replacing its text) and waits for the address to follow. */
async function search(page, text) {
  await page.locator('#cerca-q').fill(text);
  await page.waitForFunction(
    (q) => decodeURIComponent(location.hash.replace(/^#\/cerca\??(q=)?/, '').split('&')[0]) === q,
    text,
  );
}

/** The number in an option's "(n)". */
async function optionCount(option) {
  const t = await option.locator('.cerca-option__count').innerText();
  return Number(t.replace(/[()]/g, ''));
}

/** The number of objectives the filters leave, from "N obiettivi su M …". */
async function left(page) {
  return Number((await page.locator('#cerca-restano').innerText()).trim().split(' ')[0]);
}

describe('search', () => {
  test('«citta» finds the objectives about the città, highlighted, and lives in the address', async () => {
    const page = await freshPage(ctx.env);
    const lucca = demos.find((d) => d.stem === LUCCA);
    await open(page, LUCCA);
    assert.equal(await status(page), '');
    await search(page, 'citta');
    assert.equal(await hash(page), '#/cerca?q=citta');
    const found = await titles(page, 'objective');
    // Every objective whose title has a word starting with «citta» (Città,
    // cittadini, cittadinanza) is found; the ones about the città first.
    const expected = objectiveNodes(lucca.plan).filter((o) => hasWordStarting(o.title, 'citta'));
    assert.ok(expected.length > 0);
    for (const o of expected) {
      assert.ok(found.includes(o.title.trim()) || found.some((t) => t === `${o.title}`.replace(/\s+/g, ' ').trim()), o.title);
    }
    assert.ok(found.some((t) => t.includes('Città')), found.join(' | '));
    // Every highlight is a <mark> around a word starting with «citt».
    const marks = await page.locator('#cerca-risultati mark').allInnerTexts();
    assert.ok(marks.length >= expected.length);
    for (const m of marks) assert.equal(fold(m), 'citta', m);
    // The live region says how many.
    const total = (await headings(page)).reduce((n, h) => n + Number(h.match(/\((\d+)\)$/)[1]), 0);
    assert.equal(await status(page), `${total} risultati.`);
    assert.deepEqual(ctx.env.pageErrors, []);
    await page.close();
  });

  test('case and accents are ignored, word prefixes match, every word must match', async () => {
    const page = await freshPage(ctx.env);
    await open(page, PICCOLO);
    for (const q of ['citta', 'CITTÀ', 'Citta', 'città', 'citt', 'cItTà dig']) {
      await search(page, q);
      assert.deepEqual(await titles(page, 'objective'), ['Città più digitale'], q);
    }
    // An accent in the document, none in the query.
    await search(page, 'tempestivita');
    assert.deepEqual(await titles(page, 'indicator'), ['Tempestività dei pagamenti']);
    await search(page, 'TEMPESTIVITÀ PAG');
    assert.deepEqual(await titles(page, 'indicator'), ['Tempestività dei pagamenti']);
    // AND of words: both words in one item.
    await search(page, 'citta scuole');
    assert.deepEqual(await headings(page), []);
    // Prefix of a word, not a part inside it.
    await search(page, 'ità');
    assert.deepEqual(await headings(page), []);
    await page.close();
  });

  test('no results: a sentence in the live region and a hint', async () => {
    const page = await freshPage(ctx.env);
    await open(page, PICCOLO);
    await search(page, 'zzzz');
    assert.equal(await status(page), 'Nessun risultato per «zzzz».');
    assert.equal(await page.locator('.cerca-group').count(), 0);
    assert.match(await page.locator('.cerca__empty').innerText(), /meno parole/);
    await page.close();
  });

  test('results are grouped by kind in a fixed order, with counts, each linked to its page', async () => {
    const page = await freshPage(ctx.env);
    await open(page, PICCOLO);
    await search(page, 's');
    assert.deepEqual(await headings(page), [
      'Obiettivi e fasi (1)',
      'Indicatori (1)',
      'Uffici (2)',
      'Voci di bilancio (2)',
    ]);
    assert.deepEqual(await titles(page, 'objective'), ['Scuole sicure']);
    assert.deepEqual(await titles(page, 'unit'), ['Settore 1', 'Settore 2']);
    assert.deepEqual(await titles(page, 'budget_row'), ['Spese correnti', 'Spese in conto capitale']);
    const link = (kind) => page.locator(`section[aria-labelledby="gruppo-${kind}"] .cerca-hit__link`).first();
    assert.equal(await link('objective').getAttribute('href'), '#/obiettivi/st2');
    assert.equal(await link('indicator').getAttribute('href'), '#/obiettivi/op1');
    assert.equal(await link('unit').getAttribute('href'), '#/uffici/s1');
    assert.equal(await link('budget_row').getAttribute('href'), '#/risorse');
    // Ranked: a whole word of the title before a prefix.
    await search(page, 'formazione');
    assert.deepEqual(await titles(page, 'objective'), ['Formazione']);
    assert.deepEqual(await titles(page, 'indicator'), ['Ore di formazione']);
    // The indicator says whose it is; a code that matched is shown, marked.
    assert.match(await page.locator('.cerca-hit__context').nth(1).innerText(), /Indicatore di OP-2 – Formazione/);
    await search(page, 'op');
    assert.deepEqual(await page.locator('.cerca-hit__field mark').allInnerTexts(), ['OP', 'OP']);
    await page.close();
  });

  test('keyboard: ArrowDown to the results, Up and Down between them, Escape back and clearing', async () => {
    const page = await freshPage(ctx.env);
    await open(page, PICCOLO);
    const active = () => page.evaluate(() => document.activeElement?.id);
    assert.equal(await page.locator('#cerca-q').getAttribute('aria-describedby'), 'cerca-aiuto');
    await page.locator('#cerca-q').focus();
    await page.keyboard.type('s');
    await page.locator('.cerca-hit__link').first().waitFor();
    await page.keyboard.press('ArrowDown');
    assert.equal(await active(), 'risultato-0');
    await page.keyboard.press('ArrowDown');
    assert.equal(await active(), 'risultato-1');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    assert.equal(await active(), 'risultato-4');
    await page.keyboard.press('ArrowDown');
    assert.equal(await active(), 'risultato-5');
    await page.keyboard.press('ArrowDown'); // the last stays
    assert.equal(await active(), 'risultato-5');
    await page.keyboard.press('ArrowUp');
    assert.equal(await active(), 'risultato-4');
    await page.keyboard.press('Escape');
    assert.equal(await active(), 'cerca-q');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    assert.equal(await active(), 'cerca-q');
    // Escape in the box clears it.
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('#cerca-q').inputValue(), '');
    await page.waitForFunction(() => location.hash === '#/cerca');
    // Enter on a result opens its page.
    await page.keyboard.type('scuole');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#/obiettivi/st2');
    await page.close();
  });

  test('the tree of objectives links to the search with its words', async () => {
    const page = await freshPage(ctx.env);
    await page.goto(`${ctx.server.url}${PICCOLO}#/obiettivi`);
    await page.locator('#cerca-obiettivo').fill('città');
    await page.waitForFunction(() => document.querySelector('#vai-a-cerca')?.getAttribute('href') === '#/cerca?q=citt%C3%A0');
    await page.locator('#vai-a-cerca').click();
    await page.locator('#cerca-q').waitFor();
    assert.equal(await page.locator('#cerca-q').inputValue(), 'città');
    assert.deepEqual(await titles(page, 'objective'), ['Città più digitale']);
    await page.close();
  });
});

/** Effective units of every node: its own, else its nearest ancestor's. */
function effectiveUnits(plan) {
  const out = new Map();
  const walk = (o, inherited) => {
    const own = o.units?.length ? o.units : inherited;
    out.set(o, own);
    for (const c of o.children ?? []) walk(c, own);
  };
  for (const o of plan.objectives) walk(o, []);
  return out;
}

/** A unit id with the ids of its sub-units. */
function subtree(plan) {
  const out = new Map();
  const walk = (u) => {
    const ids = [u.id, ...(u.children ?? []).flatMap(walk)];
    out.set(u.id, ids);
    return ids;
  };
  plan.units.forEach(walk);
  return out;
}

describe('filters', () => {
  test('every option of every filter leaves as many objectives as its count says', async () => {
    const page = await freshPage(ctx.env);
    for (const doc of [PICCOLO, LUCCA, 'monsummano-terme-2024-piao']) {
      await open(page, doc);
      const total = await left(page);
      const sets = page.locator('fieldset.cerca-facet');
      const n = await sets.count();
      assert.ok(n >= 3, `${doc}: ${n} filters`);
      for (let i = 0; i < n; i++) {
        const set = sets.nth(i);
        const key = await set.getAttribute('data-filtro');
        const options = set.locator('li.cerca-option:not([hidden])');
        // The first two options of each filter (all of them is slow on big plans).
        const m = Math.min(await options.count(), 2);
        for (let k = 0; k < m; k++) {
          const option = options.nth(k);
          const count = await optionCount(option);
          const value = await option.locator('input').getAttribute('data-valore');
          await option.locator('input').check();
          await page.waitForFunction((h) => location.hash === h, `#/cerca?${key}=${encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`);
          assert.equal(await left(page), count, `${doc} ${key}=${value}`);
          const shown = count === 0 ? [] : [`Obiettivi e fasi (${count})`];
          assert.deepEqual(await headings(page), shown, `${doc} ${key}=${value}`);
          assert.equal(await status(page), count === 1 ? '1 risultato.' : count === 0 ? 'Nessun risultato.' : `${count} risultati.`);
          await option.locator('input').uncheck();
          await page.waitForFunction(() => location.hash === '#/cerca');
          assert.equal(await left(page), total);
        }
      }
    }
    await page.close();
  });

  test('office counts agree with the plan: own units or the nearest ancestor’s, sub-units included', async () => {
    const page = await freshPage(ctx.env);
    const lucca = demos.find((d) => d.stem === LUCCA).plan;
    for (const [doc, plan] of [[PICCOLO, piccolo], [LUCCA, lucca]]) {
      await open(page, doc);
      const eff = effectiveUnits(plan);
      const sub = subtree(plan);
      const options = page.locator('fieldset[data-filtro="ufficio"] li.cerca-option');
      const n = await options.count();
      assert.ok(n > 0);
      for (let k = 0; k < n; k++) {
        const value = await options.nth(k).locator('input').getAttribute('data-valore');
        const ids = sub.get(value) ?? [value];
        const expected = [...eff.values()].filter((us) => us.some((u) => ids.includes(u))).length;
        assert.equal(await optionCount(options.nth(k)), expected, `${doc} ufficio=${value}`);
      }
    }
    await page.close();
  });

  test('filters combine with the search and with each other; options of one filter add up', async () => {
    const page = await freshPage(ctx.env);
    await open(page, PICCOLO, 'ufficio=s1');
    assert.equal(await left(page), 3);
    assert.deepEqual(await titles(page, 'objective'), ['Città più digitale', 'Pagamenti online', 'Formazione']);
    // The counts of another filter are those left together with s1.
    const m = (v) => page.locator(`input[data-valore="${v}"]`);
    assert.equal(await optionCount(page.locator('fieldset[data-filtro="missione"] li', { has: m('01') })), 3);
    assert.equal(await page.locator('fieldset[data-filtro="missione"] li', { has: m('04') }).isHidden(), true);
    // Two offices: either.
    await page.locator('fieldset[data-filtro="ufficio"] input[data-valore="s2"]').check();
    await page.waitForFunction(() => location.hash === '#/cerca?ufficio=s1&ufficio=s2');
    assert.equal(await left(page), 4);
    // With the search: objectives and indicators narrowed too.
    await search(page, 'pag');
    assert.equal(await hash(page), '#/cerca?q=pag&ufficio=s1&ufficio=s2');
    assert.deepEqual(await titles(page, 'objective'), ['Pagamenti online']);
    assert.deepEqual(await titles(page, 'indicator'), ['Tempestività dei pagamenti']);
    await page.locator('fieldset[data-filtro="sdg"] input[data-valore="11"]').check();
    await page.waitForFunction(() => location.hash === '#/cerca?q=pag&ufficio=s1&ufficio=s2&sdg=11');
    assert.deepEqual(await titles(page, 'objective'), ['Pagamenti online']);
    // An office with nothing about «pag»: nothing left.
    await page.locator('fieldset[data-filtro="ufficio"] input[data-valore="s1"]').uncheck();
    await page.waitForFunction(() => location.hash === '#/cerca?q=pag&ufficio=s2&sdg=11');
    assert.equal(await left(page), 0);
    assert.equal(await status(page), 'Nessun risultato per «pag».');
    // Clear the filters: the search stays.
    await page.locator('#azzera-filtri').click();
    await page.waitForFunction(() => location.hash === '#/cerca?q=pag');
    assert.deepEqual(await titles(page, 'objective'), ['Pagamenti online']);
    await page.locator('#azzera-tutto').click();
    await page.waitForFunction(() => location.hash === '#/cerca');
    assert.equal(await page.locator('#cerca-q').inputValue(), '');
    await page.close();
  });

  test('an option the document does not have is named and not applied', async () => {
    const page = await freshPage(ctx.env);
    await open(page, PICCOLO, 'ufficio=nessuno&sdg=11');
    assert.equal(await left(page), 3);
    assert.match(await page.locator('.cerca__ignored').innerText(), /ufficio=nessuno/);
    await page.close();
  });
});

describe('the address', () => {
  test('the address reproduces the view: reload, a fresh page, back and forward', async () => {
    let page = await freshPage(ctx.env);
    await open(page, LUCCA);
    await search(page, 'servizi');
    const stato = page.locator('fieldset[data-filtro="esito"] li.cerca-option:not([hidden]) input').first();
    await stato.check();
    await page.waitForFunction(() => location.hash.includes('&esito='));
    const snapshot = async (p) => ({
      q: await p.locator('#cerca-q').inputValue(),
      checked: await p.locator('fieldset input:checked').evaluateAll((els) => els.map((e) => e.dataset.valore)),
      left: (await p.locator('#cerca-restano').innerText()).trim(),
      status: await status(p),
      headings: await headings(p),
      titles: await p.locator('.cerca-hit__link').allInnerTexts(),
    });
    const before = await snapshot(page);
    assert.equal(before.q, 'servizi');
    assert.equal(before.checked.length, 1);
    const url = page.url();
    await page.reload();
    await page.locator('#cerca-q').waitFor();
    await page.locator('.cerca-hit__link').first().waitFor();
    assert.deepEqual(await snapshot(page), before);
    // A fresh page with the copied address.
    page = await freshPage(ctx.env, page);
    await page.goto(url);
    await page.locator('.cerca-hit__link').first().waitFor();
    assert.deepEqual(await snapshot(page), before);
    // Unchecking is a step of the history: back checks it again, forward unchecks it.
    await page.locator('fieldset[data-filtro="esito"] input:checked').uncheck();
    await page.waitForFunction(() => location.hash === '#/cerca?q=servizi');
    await page.goBack();
    await page.waitForFunction(() => location.hash.includes('&esito='));
    await page.locator('fieldset[data-filtro="esito"] input:checked').waitFor();
    assert.deepEqual(await snapshot(page), before);
    await page.goForward();
    await page.waitForFunction(() => location.hash === '#/cerca?q=servizi');
    await page.waitForFunction(() => !document.querySelector('fieldset input:checked'));
    assert.equal(await page.locator('#cerca-q').inputValue(), 'servizi');
    await page.close();
  });
});

describe('accessibility', () => {
  test('axe-core finds nothing on the search page, empty, with results, filtered and with no results, light and dark', async () => {
    const page = await freshPage(ctx.env);
    for (const scheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const [doc, state] of [
        [LUCCA, ''],
        [LUCCA, 'q=citta'],
        [LUCCA, 'q=servizi&tipo=processo'],
        [PICCOLO, 'q=s&ufficio=s1'],
        [PICCOLO, 'q=zzzz'],
      ]) {
        await open(page, doc, state);
        if (state.startsWith('q=') && state !== 'q=zzzz') await page.locator('mark').first().waitFor();
        await assertNoAxeViolations(page, `${doc} #/cerca?${state} (${scheme})`);
      }
    }
    await page.close();
  });
});
