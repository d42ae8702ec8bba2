// Accessibility beyond axe-core's rules, as a person using the keyboard, a
// magnifier, dark colours, high contrast or reduced motion meets the app:
// - a keyboard-only tour of every view (Tab reaches every control once, in
//   order, with a visible focus; Shift+Tab goes back; Enter, Space and the
//   arrows work the controls; focus goes where the reader expects after
//   a navigation);
// - 200 % zoom: nothing lost, no horizontal scrolling of the page;
// - dark colours (the system's preference, or forced by ?tema=) with zero
//   axe-core violations, contrast included;
// - forced colours (Windows high contrast) and prefers-reduced-motion.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';

import {
  assertNoAxeViolations,
  freshPage,
  startWith,
  stop,
  openView,
} from './support/suite.mjs';
import { focused, markTabbable, tabAlong } from './support/keyboard.mjs';

let ctx;
let demos;
let lucca;

before(async () => {
  ctx = await startWith('lucca');
  ({ demos, demo: lucca } = ctx);
});

after(() => stop(ctx));

/** Every view of a demo plan: the sections, one objective, one office, the embedding page. */
function views(demo) {
  const firstWithChildren = demo.plan.objectives.find((o) => o.children?.length) ?? demo.plan.objectives[0];
  return [
    '#/sintesi',
    '#/obiettivi',
    `#/obiettivi/${encodeURIComponent(firstWithChildren.id)}`,
    '#/uffici',
    ...(demo.plan.units?.length ? [`#/uffici/${encodeURIComponent(demo.plan.units[0].id)}`] : []),
    '#/risorse',
    '#/verifiche',
    '#/glossario',
    '#/cerca',
    '#/cerca?q=citta',
    '#/incorpora',
    `#/confronta?piano=${COMPARED_WITH}`,
    `#/calcolatore?o=${encodeURIComponent(firstWithChildren.id)}&m=v1~p.${encodeURIComponent(firstWithChildren.id)}=10`,
    '#/documenti',
  ];
}

/** The second document of the comparison view (#/confronta). */
const COMPARED_WITH = 'porcari-2017-relazione';

async function open(page, demo, view) {
  await openView(page, `${ctx.server.url}?piano=${demo.stem}${view}`);
  // The chooser shows before the document has loaded behind it, and is
  // drawn again when it has: wait for both, so the page stays as it is.
  await page.locator('.site-header__municipality').waitFor();
  if (view === '#/documenti') await page.locator('.doc-list a').first().waitFor();
  if (view.startsWith('#/confronta')) await page.locator('#confronta-conteggi, #confronta-vuoto').first().waitFor();
}

describe('keyboard only', () => {
  test('Tab reaches every control of every view once, in order, with a visible focus; Shift+Tab goes back', async () => {
    let page;
    for (const view of views(lucca)) {
      page = await freshPage(ctx.env, page);
      await open(page, lucca, view);
      const total = await markTabbable(page);
      // From the top of the page.
      await page.evaluate(() => document.activeElement?.blur());
      const stops = await tabAlong(page, { stop: (f, seen) => f.mark === null || (f.mark === 0 && seen.length > 0) });
      const marks = stops.map((f) => f.mark).filter((m) => m !== null);
      const order = marks[marks.length - 1] === 0 && marks.length > 1 ? marks.slice(0, -1) : marks;
      assert.deepEqual(order, [...Array(total).keys()], `${view}: the Tab order skips or repeats controls`);
      const unseen = stops.filter((f) => f.mark !== null && !f.visible).map((f) => f.what);
      assert.deepEqual(unseen, [], `${view}: focus not visible`);
      // Shift+Tab from the last control walks back to the first.
      const last = await page.evaluate(() => {
        let el = document.activeElement;
        return el?.__tabStop ?? null;
      });
      if (last !== total - 1) {
        await page.evaluate((n) => {
          const all = [...document.querySelectorAll('*')].filter((e) => e.__tabStop === n);
          all[0].focus();
        }, total - 1);
      }
      const back = await tabAlong(page, { back: true, stop: (f) => f.mark === 0 || f.mark === null });
      assert.deepEqual(
        back.map((f) => f.mark).filter((m) => m !== null),
        [...Array(total - 1).keys()].reverse(),
        `${view}: Shift+Tab does not retrace the order`,
      );
    }
    assert.deepEqual(ctx.env.pageErrors, []);
  });

  test('Enter follows links and moves the focus to the new heading; Back returns to the view with its heading focused', async () => {
    const page = await freshPage(ctx.env);
    await open(page, lucca, '#/sintesi');
    await page.getByRole('navigation').getByRole('link', { name: 'Obiettivi', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Obiettivi' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'titolo-pagina');
    // Open the whole tree, then into an objective, with the keyboard only.
    await page.getByRole('button', { name: 'Espandi tutto' }).focus();
    await page.keyboard.press('Enter');
    const first = lucca.plan.objectives[0];
    const link = page.locator(`a[href="#/obiettivi/${first.id}"]`).first();
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => location.hash === `#/obiettivi/${id}`, first.id);
    await page.waitForFunction(() => document.activeElement?.id === 'titolo-pagina');
    assert.equal(await page.evaluate(() => document.activeElement.textContent.trim().length > 0), true);
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Obiettivi' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'titolo-pagina');
    assert.deepEqual(ctx.env.pageErrors, []);
    await page.close();
  });

  test('Space and the arrows work the tree, the radio buttons and the scrolling tables', async () => {
    const page = await freshPage(ctx.env);
    await page.setViewportSize({ width: 360, height: 700 });
    await open(page, lucca, '#/obiettivi');
    // A group of the tree opens with Space …
    const group = page.locator('button.tree-group__toggle').first();
    await group.focus();
    await page.keyboard.press('Space');
    assert.equal(await group.getAttribute('aria-expanded'), 'true', 'Space did not open the group');
    // … and a branch (in a plan whose objectives have sub-objectives) with
    // Space and the arrows.
    const nested = demos.find((d) => d.plan.objectives.some((o) => o.children?.length));
    await open(page, nested, '#/obiettivi');
    const toggle = page.locator('button.tree__toggle').first();
    await toggle.focus();
    const expanded = () => toggle.getAttribute('aria-expanded');
    const start = await expanded();
    await page.keyboard.press('Space');
    assert.notEqual(await expanded(), start, 'Space did not toggle the branch');
    await page.keyboard.press('ArrowLeft');
    assert.equal(await expanded(), 'false', 'ArrowLeft did not close the branch');
    await page.keyboard.press('ArrowRight');
    assert.equal(await expanded(), 'true', 'ArrowRight did not open the branch');

    // Radio buttons: the arrows move the choice and apply it.
    await open(page, lucca, '#/risorse');
    const radios = page.locator('input[type="radio"][name="risorse-costi-filtro"]');
    const checked = async () => radios.evaluateAll((rs) => rs.findIndex((r) => r.checked));
    const rows = () => page.locator('.risorse__costs-table tbody tr').count();
    await radios.nth(await checked()).focus();
    const before = { choice: await checked(), rows: await rows() };
    await page.keyboard.press('ArrowRight');
    const afterArrow = { choice: await checked(), rows: await rows() };
    assert.equal(afterArrow.choice, before.choice + 1);
    assert.notEqual(afterArrow.rows, before.rows, 'the filter did not apply');

    // A table wider than the screen scrolls with the arrows once focused.
    const region = page.locator('.table-responsive[tabindex="0"]:has(table.risorse__table)').first();
    await region.focus();
    const wide = await region.evaluate((r) => r.scrollWidth > r.clientWidth);
    assert.ok(wide, 'the table fits: the test needs a narrower screen');
    await page.keyboard.press('ArrowRight');
    await region.evaluate(
      (r) => new Promise((resolve) => {
        const check = () => (r.scrollLeft > 0 ? resolve() : requestAnimationFrame(check));
        check();
      }),
    );
    assert.deepEqual(ctx.env.pageErrors, []);
    await page.close();
  });
});

describe('zoom, colours, motion', () => {
  test('at 200 % and 400 % zoom every view keeps everything, with no horizontal scrolling', async () => {
    // A 1280 px window at 200 % is 640 CSS pixels wide; at 400 %, 320.
    const page = await freshPage(ctx.env);
    for (const [width, demo] of [...demos.map((d) => [640, d]), ...demos.map((d) => [320, d])]) {
      await page.setViewportSize({ width, height: 400 });
      for (const view of views(demo)) {
        await open(page, demo, view);
        // On a narrow screen the sections are behind the menu button: open it.
        const toggle = page.locator('.site-nav__toggle');
        const narrow = await toggle.isVisible();
        if (narrow && (await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
        await page.locator('#menu-sezioni').waitFor();
        const overflow = await page.evaluate((narrow) => {
          const doc = document.documentElement;
          const controls = `.site-nav a, h1, .lang-switch, .site-footer a${narrow ? ', .site-nav__toggle' : ''}`;
          const cut = [...document.querySelectorAll(controls)]
            .filter((e) => {
              const r = e.getBoundingClientRect();
              return r.width === 0 || r.right > doc.clientWidth + 1 || r.left < -1;
            })
            .map((e) => e.textContent.trim());
          return { scroll: doc.scrollWidth - doc.clientWidth, cut };
        }, narrow);
        assert.deepEqual(overflow, { scroll: 0, cut: [] }, `${demo.stem} ${view} at ${width} px`);
      }
    }
    await page.close();
  });

  test('dark colours follow the system, pass axe-core on every view, and ?tema= overrides them', async () => {
    const page = await freshPage(ctx.env);
    await page.emulateMedia({ colorScheme: 'dark' });
    for (const view of views(lucca)) {
      await open(page, lucca, view);
      assert.equal(await page.locator('.cruscotto').getAttribute('class'), 'cruscotto scuro');
      await assertNoAxeViolations(page, `${view} in dark colours`);
    }
    // The reader's system switches back to light while the page is open.
    await page.emulateMedia({ colorScheme: 'light' });
    await page.waitForFunction(() => document.querySelector('.cruscotto').className === 'cruscotto');
    const bg = await page.locator('.cruscotto').evaluate((e) => getComputedStyle(e).backgroundColor);
    assert.equal(bg, 'rgb(255, 255, 255)');
    // ?tema=chiaro keeps light colours on a dark system, ?tema=scuro dark ones on a light one.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${ctx.server.url}?piano=${lucca.stem}&tema=chiaro#/sintesi`);
    await page.locator('h1#titolo-pagina').waitFor();
    assert.equal(await page.locator('.cruscotto').getAttribute('class'), 'cruscotto');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${ctx.server.url}?piano=${lucca.stem}&tema=scuro#/risorse`);
    await page.locator('h1#titolo-pagina').waitFor();
    assert.equal(await page.locator('.cruscotto').getAttribute('class'), 'cruscotto scuro');
    await assertNoAxeViolations(page, 'Risorse with ?tema=scuro');
    assert.deepEqual(ctx.env.pageErrors, []);
    await page.close();
  });

  test('forced colours keep the bars readable and the focus visible', async () => {
    const page = await freshPage(ctx.env);
    await page.emulateMedia({ forcedColors: 'active' });
    await open(page, lucca, '#/risorse');
    const bar = await page.locator('svg.bar').first().evaluate((svg) => {
      const fill = (sel) => getComputedStyle(svg.querySelector(sel)).fill;
      return { track: fill('.bar__track'), value: fill('.bar__fill'), stroke: getComputedStyle(svg.querySelector('.bar__track')).stroke };
    });
    assert.notEqual(bar.track, bar.value, 'track and filled part look the same');
    assert.notEqual(bar.stroke, 'none', 'the track has no outline');
    await page.getByRole('navigation').getByRole('link', { name: 'Sintesi', exact: true }).focus();
    await page.keyboard.press('Tab');
    const f = await focused(page);
    assert.ok(f.visible, `focus not visible in forced colours on ${f.what}`);
    await page.close();
  });

  test('with reduced motion nothing moves', async () => {
    const page = await freshPage(ctx.env);
    const motion = async () => {
      await open(page, lucca, '#/obiettivi');
      return page.evaluate(() => {
        const root = document.querySelector('.cruscotto');
        const spinner = document.createElement('span');
        spinner.className = 'loading__spinner';
        root.append(spinner);
        const chevron = document.querySelector('.tree__chevron');
        const out = {
          spinner: getComputedStyle(spinner).animationName,
          chevron: getComputedStyle(chevron).transitionDuration,
        };
        spinner.remove();
        return out;
      });
    };
    assert.deepEqual(await motion(), { spinner: 'spin', chevron: '0.15s' });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    assert.deepEqual(await motion(), { spinner: 'none', chevron: '0s' });
    await page.close();
  });
});
