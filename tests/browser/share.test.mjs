// Citing and printing a page: the "copy the link" tool gives the address of
// the current view, which opens that same view; the print view drops the
// app's chrome, repeats table headings on every sheet, keeps charts whole,
// and prints where the page comes from and when.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { assertNoAxeViolations, freshPage, objectiveNodes, startWith, stop, openView, waitReady } from './support/suite.mjs';

let ctx;
let lucca;

before(async () => {
  ctx = await startWith('lucca');
  lucca = ctx.demo;
  await ctx.env.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(ctx.server.url).origin,
  });
});

after(() => stop(ctx));

/** Today as the app prints it (dd/mm/yyyy). */
function today() {
  const d = new Date();
  return `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
}

describe('cite and print', () => {
  test('“Copia il link” copies the address of the view, and that address opens it', async () => {
    const page = await freshPage(ctx.env);
    const objective = lucca.plan.objectives[3];
    const url = `${ctx.server.url}?piano=${lucca.stem}#/obiettivi/${objective.id}`;
    await openView(page, url);
    await page.getByRole('button', { name: 'Copia il link a questa pagina' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Link copiato: chi lo apre vede questa stessa pagina.' })
      .waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, url);
    // Whoever opens it sees the same objective.
    const other = await freshPage(ctx.env, page);
    await openView(other, copied);
    assert.ok((await other.locator('h1#titolo-pagina').innerText()).includes(objective.title));
    await assertNoAxeViolations(other, 'an objective page with its tools');
    assert.deepEqual(ctx.env.pageErrors, []);
    await other.close();
  });

  test('the print view has no chrome, repeats table headings, and says source and date', async () => {
    const page = await freshPage(ctx.env);
    const url = `${ctx.server.url}?piano=${lucca.stem}#/risorse`;
    await page.goto(url);
    await page.locator('table.risorse__table').first().waitFor();
    // On screen the print line is hidden, the tools are shown.
    assert.equal(await page.locator('.print-meta').isVisible(), false);
    assert.equal(await page.locator('.page-tools').isVisible(), true);

    await page.emulateMedia({ media: 'print' });
    const shown = async (sel) => page.locator(sel).first().isVisible();
    for (const hidden of ['.site-nav', '.page-tools', '.lang-switch', '.skip-link', '.site-footer__links']) {
      assert.equal(await shown(hidden), false, `${hidden} is printed`);
    }
    const meta = await page.locator('.print-meta').innerText();
    assert.ok(meta.includes(url), meta);
    assert.ok(meta.includes(`stampata il ${today()}`), meta);
    const { municipality, title } = lucca.plan.document;
    assert.ok(meta.startsWith(`${municipality.name} – ${title}.`), meta);
    const css = await page.evaluate(() => {
      const style = (sel, prop) => getComputedStyle(document.querySelector(sel)).getPropertyValue(prop);
      return {
        thead: style('table.risorse__table thead', 'display'),
        row: style('table.risorse__table tbody tr', 'break-inside'),
        chart: style('figure.chart', 'break-inside'),
        heading: style('h2', 'break-after'),
      };
    });
    assert.deepEqual(css, { thead: 'table-header-group', row: 'avoid', chart: 'avoid', heading: 'avoid' });
    // And it prints: a PDF of several A4 pages.
    const pdf = await page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.ok(pages >= 2, `${pages} pages`);
    assert.deepEqual(ctx.env.pageErrors, []);
    await page.close();
  });

  test('the whole document prints on one page: every objective, in order, with its sections', async () => {
    const page = await freshPage(ctx.env);
    const porcari = ctx.demos.find((d) => d.stem.startsWith('porcari'));
    await openView(page, `${ctx.server.url}?piano=${porcari.stem}#/sintesi`);
    await page.getByRole('link', { name: 'Tutto il documento, da stampare' }).click();
    // Drawn in steps: ready after the last one, which the status line says.
    await waitReady(page, '#/stampa');
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Il documento completo');
    assert.equal(
      (await page.locator('.whole-document__progress').innerText()).trim(),
      `Documento completo: ${objectiveNodes(porcari.plan).length} obiettivi.`,
    );
    // Every objective, in the document's order, as a second-level heading
    // (their text, not their rendering: the browser lays out only the
    // objectives near the screen, `content-visibility: auto`).
    const titles = (await page.locator('.whole-document article > header h2').allTextContents()).map((s) => s.replace(/\s+/g, ' ').trim());
    const expected = objectiveNodes(porcari.plan).map((o) => o.title);
    assert.deepEqual(titles, expected);
    // Their sections one level down, and one h1 only.
    assert.equal(await page.locator('h1').count(), 1);
    assert.ok((await page.locator('.whole-document h3').count()) >= expected.length);
    await assertNoAxeViolations(page, 'the whole document');
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.ok(pages >= 3, `${pages} pages`);
    assert.deepEqual(ctx.env.pageErrors, []);
    await page.close();
  });
});
