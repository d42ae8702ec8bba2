// Browser tests of the Uffici pages (the organisation, one unit), on every
// bundled demo plan, as a reader would use them; axe-core on each view.
// Run: `DIST_DIR=… node --test uffici.test.mjs` (scripts/test runs them all).

import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';

import {
  assertNoAxeViolations as axeClean,
  freshPage,
  loadDemos,
  objectiveNodes,
  start,
  stop,
  openView as openReady,
} from './support/suite.mjs';



let server;
let env;
let page;
/** The demo plans: { stem, plan, units } with the units in pre-order. */
let demos;

/** The unit tree in pre-order, each with its parent's id. */
function flattenUnits(units, parent = null, out = []) {
  for (const u of units ?? []) {
    out.push({ ...u, parent });
    flattenUnits(u.children, u.id, out);
  }
  return out;
}

before(async () => {
  demos = (await loadDemos()).map((d) => ({ ...d, units: flattenUnits(d.plan.units) }));
  assert.ok(demos.length >= 4, 'fewer than four demo plans');
  ({ server, env } = await start());
});

after(() => stop({ server, env }));

beforeEach(async () => {
  page = await freshPage(env, page);
});

const h1 = () => page.locator('h1#titolo-pagina');

/** Opens a view of a demo plan and waits for its heading. */
async function openView(stem, hash, heading) {
  await openReady(page, `${server.origin}/?piano=${stem}${hash}`);
  assert.equal((await page.locator('h1#titolo-pagina').innerText()).trim(), heading);
}

async function assertNoAxeViolations(what) {
  await axeClean(page, what);
}

function assertNoPageErrors() {
  assert.deepEqual(env.pageErrors, []);
}

describe('Uffici', () => {
  test('every demo plan lists all its units, with kind, role, score and objectives, and the links work', async () => {
    for (const demo of demos) {
      await openView(demo.stem, '#/uffici', 'Uffici');
      const table = page.locator('table.uffici__table');
      assert.match(await table.locator('caption').innerText(), /Uffici del Comune/);
      const headers = await table.locator('thead th[scope="col"]').allInnerTexts();
      assert.deepEqual(headers.map((h) => h.trim()), [
        'Ufficio',
        'Tipo',
        'Responsabile (ruolo)',
        'Punteggio',
        'Obiettivi assegnati',
      ]);
      const rows = table.locator('tbody tr');
      assert.equal(await rows.count(), demo.units.length, `${demo.stem}: rows`);
      for (const [i, unit] of demo.units.entries()) {
        const row = rows.nth(i);
        const link = row.locator('th[scope="row"] a');
        assert.equal((await link.innerText()).trim(), unit.name, `${demo.stem}: unit ${i}`);
        assert.equal(await link.getAttribute('href'), `#/uffici/${encodeURIComponent(unit.id)}`);
        const cells = await row.locator('td').allInnerTexts();
        // A role when the document gives one (never a person), else a dash.
        assert.equal(cells[1].trim(), unit.role ?? '—', `${demo.stem}: role of ${unit.id}`);
        assert.match(cells[2].trim(), /^(\d{1,3},\d{2} %|—)$/, `${demo.stem}: score of ${unit.id}`);
        assert.match(cells[3].trim(), /^\d+$/);
      }
      // A unit with a parent is indented and says, to screen readers, whose part it is.
      const child = demo.units.findIndex((u) => u.parent);
      if (child >= 0) {
        const row = rows.nth(child);
        assert.match(await row.getAttribute('class'), /uffici__row--d[1-5]/);
        const parent = demo.units.find((u) => u.id === demo.units[child].parent);
        assert.ok((await row.locator('th').textContent()).includes(`parte di ${parent.name}`));
      }
      await assertNoAxeViolations(`${demo.stem} #/uffici`);

      // Follow the link of the last unit: its page opens, with breadcrumbs back.
      const last = demo.units[demo.units.length - 1];
      await rows.last().locator('th a').click();
      await page.getByRole('heading', { level: 1, name: last.name, exact: true }).waitFor();
      assert.equal(new URL(page.url()).hash, `#/uffici/${encodeURIComponent(last.id)}`);
      const crumbs = page.getByRole('navigation', { name: 'Percorso' });
      assert.equal(await crumbs.locator('a[aria-current="page"]').innerText(), last.name);
      await assertNoAxeViolations(`${demo.stem} #/uffici/${last.id}`);
      await crumbs.getByRole('link', { name: 'Uffici', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Uffici', exact: true }).waitFor();
    }
    assertNoPageErrors();
  });

  test('Lucca, Settore 5: facts, sub-units, score explained, and the objectives assigned to it or its U.O.', async () => {
    const demo = demos.find((d) => d.stem.startsWith('lucca'));
    const settore = demo.units.find((u) => u.id === 'u-settore-5');
    await openView(demo.stem, '#/uffici/u-settore-5', settore.name);

    const facts = page.locator('dl.facts');
    assert.match(await facts.innerText(), /settore/);
    assert.match(await facts.innerText(), /Dirigente/);
    const subUnits = demo.units.filter((u) => u.parent === 'u-settore-5');
    assert.equal(await facts.locator('.ufficio__children a').count(), subUnits.length);

    // Score: a percentage and the sentence that says how it is computed.
    assert.match(await page.locator('.ufficio__score').innerText(), /^\d{1,3},\d{2} %/);
    assert.match(
      await page.locator('.ufficio__score + p').innerText(),
      /media aritmetica .* dei \d+ obiettivi valutati assegnati a questo ufficio e ai suoi uffici interni/,
    );

    // The objectives: every node assigned to the settore or one of its U.O.
    const ids = new Set(['u-settore-5', ...subUnits.map((u) => u.id)]);
    const expected = objectiveNodes(demo.plan).filter((n) =>
      (n.units ?? []).some((u) => ids.has(u)),
    );
    assert.ok(expected.length > 5, 'Settore 5 has objectives in the plan');
    const table = page.locator('table.ufficio__objectives');
    assert.match(await table.locator('caption').innerText(), new RegExp(`\\(${expected.length}\\)`));
    const titles = await table.locator('tbody th[scope="row"] a').allInnerTexts();
    assert.deepEqual(titles.map((s) => s.trim()), expected.map((n) => n.title.trim()));
    const first = table.locator('tbody tr').first();
    const cells = await first.locator('td').allInnerTexts();
    assert.equal(cells[0].trim(), expected[0].code);
    assert.match(cells[1], /\d{1,3},\d{2} %/);
    assert.equal(cells[2].trim(), expected[0].weight);

    // A sub-unit link and an objective link both work.
    await facts.locator('.ufficio__children a').first().click();
    await page.getByRole('heading', { level: 1, name: subUnits[0].name, exact: true }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: settore.name, exact: true }).waitFor();
    await table.locator('tbody th a').first().click();
    await page.waitForFunction(
      (id) => location.hash === `#/obiettivi/${id}`,
      encodeURIComponent(expected[0].id),
    );
    assertNoPageErrors();
  });

  test('Monsummano: a unit with responsible indicators lists them', async () => {
    const demo = demos.find((d) => d.stem.startsWith('monsummano'));
    const withIndicators = objectiveNodes(demo.plan)
      .flatMap((n) => n.indicators ?? [])
      .filter((i) => i.unit);
    assert.ok(withIndicators.length > 0);
    const unitId = withIndicators[0].unit;
    const unit = demo.units.find((u) => u.id === unitId);
    await openView(demo.stem, `#/uffici/${unitId}`, unit.name);
    const names = await page.locator('table.ufficio__indicators tbody th').allInnerTexts();
    assert.deepEqual(
      names.map((s) => s.trim()),
      withIndicators.filter((i) => i.unit === unitId).map((i) => i.name.trim()),
    );
    await assertNoAxeViolations(`${demo.stem} #/uffici/${unitId}`);
    assertNoPageErrors();
  });

  test('an unknown unit shows a not-found page with a way back, in both languages', async () => {
    const demo = demos[0];
    await openView(demo.stem, '#/uffici/non-esiste', 'Ufficio non trovato');
    assert.match(await page.locator('main').innerText(), /«non-esiste»/);
    await assertNoAxeViolations('not found');
    await page.locator('.lang-switch').click();
    await page.getByRole('heading', { level: 1, name: 'Office not found', exact: true }).waitFor();
    await page.getByRole('link', { name: 'Back to the list of offices' }).click();
    await page.getByRole('heading', { level: 1, name: 'Offices', exact: true }).waitFor();
    assert.equal(await page.locator('table.uffici__table caption').innerText(), 'Offices of the municipality, with their score and number of objectives');
    assertNoPageErrors();
  });
});
