// The first screen on a phone (390 × 844 CSS pixels): the header and the
// navigation (behind a menu button, src/frame.rs `Nav`) leave room for the
// document's headline figure (the overall score of the overview) above the
// fold; the menu opens and closes with the keyboard (Enter, Space, Escape
// back to the button, a chosen section closes it), marks the current view,
// works in dark and forced colours and inside another page's shadow root;
// axe-core finds nothing with the menu open or closed. On a wide screen the
// button is not drawn and the sections show as before.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { assertNoAxeViolations, startWith, stop, TIMEOUT, waitReady } from './support/suite.mjs';
import { focused, tabAlong } from './support/keyboard.mjs';

const PHONE = { width: 390, height: 844 };
/** The header with its navigation (menu closed) may take at most this much of the first screen. */
const HEADER_MAX = 180;
let ctx;
let env;

before(async () => {
  ctx = await startWith('lucca', { viewport: PHONE, isMobile: true, hasTouch: true });
  ({ env } = ctx);
});

after(() => stop(ctx));

async function phonePage() {
  const page = await env.context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  env.pageErrors.length = 0;
  return page;
}

/** The menu button's state: `aria-expanded`, and whether the sections show. */
async function menuState(page) {
  const toggle = page.locator('.site-nav__toggle');
  return {
    expanded: await toggle.getAttribute('aria-expanded'),
    shown: await page.locator('#menu-sezioni').isVisible(),
  };
}

describe('phone, 390 px', () => {
  test('the headline figure is on the first screen; the header and the closed menu are small', async () => {
    const page = await phonePage();
    await ctx.open(page, '#/sintesi');
    const header = await page.locator('.site-header').boundingBox();
    assert.ok(header.height <= HEADER_MAX, `the header and navigation take ${header.height} px (at most ${HEADER_MAX})`);
    const box = await page.locator('.sintesi-overall__score').boundingBox();
    assert.ok(box.y + box.height <= PHONE.height, `the overall score ends at ${box.y + box.height} px, below the first screen`);
    // The menu button names what it opens; the sections are hidden.
    const toggle = page.locator('.site-nav__toggle');
    assert.equal((await toggle.innerText()).trim(), 'Sezioni');
    assert.equal(await toggle.getAttribute('aria-controls'), 'menu-sezioni');
    assert.deepEqual(await menuState(page), { expanded: 'false', shown: false });
    // Nothing scrolls sideways.
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth));
    await assertNoAxeViolations(page, 'the overview on a phone, menu closed');
    assert.deepEqual(env.pageErrors, []);
    await page.close();
  });

  test('the menu with the keyboard: Enter opens, Tab moves, Escape closes back on the button, Space opens, a chosen section closes it', async () => {
    const page = await phonePage();
    await ctx.open(page, '#/sintesi');
    // Tab from the top of the page reaches the menu button, with a visible focus.
    const stops = await tabAlong(page, { stop: (f) => f.tag === 'button' && f.what.includes('«Sezioni'), max: 10 });
    assert.ok(stops.at(-1).visible, 'the menu button has no visible focus');
    await page.keyboard.press('Enter');
    assert.deepEqual(await menuState(page), { expanded: 'true', shown: true });
    // Every section is whole on the screen, the current one marked.
    const links = page.locator('#menu-sezioni a');
    const count = await links.count();
    assert.equal(count, 8);
    for (let i = 0; i < count; i++) {
      const b = await links.nth(i).boundingBox();
      assert.ok(b.x >= 0 && b.x + b.width <= PHONE.width, `section link ${i} is cut`);
    }
    assert.equal(await page.locator('#menu-sezioni a[aria-current="page"]').innerText(), 'Sintesi');
    await assertNoAxeViolations(page, 'the overview on a phone, menu open');
    // Tab moves into the list, in order.
    await page.keyboard.press('Tab');
    assert.match((await focused(page)).what, /^a «Sintesi»/);
    await page.keyboard.press('Tab');
    const second = await focused(page);
    assert.match(second.what, /^a «Obiettivi»/);
    assert.ok(second.visible, 'the focused section has no visible focus');
    // Escape closes the menu and gives the focus back to the button.
    await page.keyboard.press('Escape');
    assert.deepEqual(await menuState(page), { expanded: 'false', shown: false });
    assert.equal((await focused(page)).id, 'menu-sezioni-pulsante');
    // Space opens it again; Enter on a section opens that view and closes the menu.
    await page.keyboard.press('Space');
    assert.deepEqual(await menuState(page), { expanded: 'true', shown: true });
    await tabAlong(page, { stop: (f) => f.what.includes('«Uffici'), max: 8 });
    await page.keyboard.press('Enter');
    await waitReady(page, '#/uffici');
    assert.deepEqual(await menuState(page), { expanded: 'false', shown: false });
    assert.equal((await focused(page)).id, 'titolo-pagina');
    await page.locator('.site-nav__toggle').click();
    assert.equal(await page.locator('#menu-sezioni a[aria-current="page"]').innerText(), 'Uffici');
    await assertNoAxeViolations(page, 'a view of the full build on a phone, menu open');
    assert.deepEqual(env.pageErrors, []);
    await page.close();
  });

  test('dark and forced colours: the button and the open menu are drawn and pass axe-core', async () => {
    const page = await phonePage();
    await page.emulateMedia({ colorScheme: 'dark' });
    await ctx.open(page, '#/sintesi');
    assert.equal(await page.locator('.cruscotto').getAttribute('class'), 'cruscotto scuro');
    await assertNoAxeViolations(page, 'dark colours, menu closed');
    await page.locator('.site-nav__toggle').click();
    assert.deepEqual(await menuState(page), { expanded: 'true', shown: true });
    await assertNoAxeViolations(page, 'dark colours, menu open');
    await page.emulateMedia({ colorScheme: 'light', forcedColors: 'active' });
    const border = await page.locator('.site-nav__toggle').evaluate((b) => getComputedStyle(b).borderTopStyle);
    assert.equal(border, 'solid', 'the menu button has no border in forced colours');
    const icon = await page.locator('.site-nav__icon').boundingBox();
    assert.ok(icon && icon.width > 0, 'the chevron is not drawn in forced colours');
    assert.ok(await page.locator('#menu-sezioni').isVisible());
    await page.emulateMedia({ forcedColors: 'none' });
    assert.deepEqual(env.pageErrors, []);
    await page.close();
  });

  test('on a wide screen there is no menu button and every section shows on one line', async () => {
    const page = await phonePage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await ctx.open(page, '#/sintesi');
    assert.equal(await page.locator('.site-nav__toggle').isVisible(), false);
    const links = page.locator('#menu-sezioni a');
    const tops = new Set();
    for (let i = 0; i < (await links.count()); i++) {
      const b = await links.nth(i).boundingBox();
      assert.ok(b && b.width > 0, `section link ${i} is hidden`);
      tops.add(Math.round(b.y));
    }
    assert.equal(tops.size, 1, 'the sections wrap');
    await page.close();
  });
});
