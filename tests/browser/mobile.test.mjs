// The first screen on a phone (390 × 844 CSS pixels): the header and the
// navigation leave room for the document's headline figure (the overall
// score of the overview) above the fold; the navigation is one line that
// scrolls sideways, every link reachable with the keyboard and brought into
// view by the focus; axe-core finds nothing.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { launch } from './support/browser.mjs';
import { startServer } from './support/server.mjs';
import { assertNoAxeViolations, DIST, loadDemos, TIMEOUT } from './support/suite.mjs';
import { tabAlong } from './support/keyboard.mjs';

const PHONE = { width: 390, height: 844 };
let server;
let env;
let lucca;

before(async () => {
  server = await startServer({ dist: DIST });
  env = await launch({ viewport: PHONE, isMobile: true, hasTouch: true });
  lucca = (await loadDemos()).find((d) => d.stem.startsWith('lucca'));
});

after(async () => {
  await env?.browser.close();
  await server?.close();
});

describe('phone, 390 px', () => {
  test('the headline figure is on the first screen; the navigation is one line, keyboard-operable', async () => {
    const page = await env.context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    await page.goto(`${server.url}?piano=${lucca.stem}#/sintesi`);
    const score = page.locator('.sintesi-overall__score');
    await score.waitFor();
    const box = await score.boundingBox();
    assert.ok(box.y + box.height <= PHONE.height, `the overall score ends at ${box.y + box.height} px, below the first screen`);
    const nav = await page.locator('.site-nav').boundingBox();
    const links = page.locator('.site-nav a');
    const first = await links.first().boundingBox();
    assert.ok(nav.height <= first.height + 8, `the navigation takes ${nav.height} px: more than one line`);
    // Nothing on the page scrolls sideways but the navigation itself.
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth));
    // The last link, off screen at first, is reached with Tab and shown.
    const count = await links.count();
    const last = (await links.nth(count - 1).innerText()).trim();
    const stops = await tabAlong(page, { stop: (f) => f.tag === 'a' && f.what.includes(`«${last}`), max: 40 });
    assert.ok(stops.at(-1).visible, 'the focused link has no visible focus');
    const lastBox = await links.nth(count - 1).boundingBox();
    // (Brought into view by the focus, to the pixel: 2 px of rounding.)
    assert.ok(lastBox.x >= 0 && lastBox.x + lastBox.width <= PHONE.width + 2, `the focused link is off screen (x ${lastBox.x})`);
    await assertNoAxeViolations(page, 'the overview on a phone');
    await page.keyboard.press('Enter');
    await page.locator('h1#titolo-pagina').waitFor();
    assert.deepEqual(env.pageErrors, []);
    await page.close();
  });
});
