// The first screen on a phone (390 × 844 CSS pixels): the header and the
// navigation leave room for the document's headline figure (the overall
// score of the overview) above the fold; every link of the navigation is
// whole on screen and reachable with the keyboard; axe-core finds nothing.

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
  test('the headline figure is on the first screen; the navigation is compact and keyboard-operable', async () => {
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
    assert.ok(nav.height <= 2 * first.height + 8, `the navigation takes ${nav.height} px: more than two lines`);
    // Nothing scrolls sideways; every link is whole on screen.
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth));
    const count = await links.count();
    for (let i = 0; i < count; i++) {
      const b = await links.nth(i).boundingBox();
      assert.ok(b.x >= 0 && b.x + b.width <= PHONE.width, `navigation link ${i} is cut`);
    }
    // The last link is reached with Tab, with a visible focus.
    const last = (await links.nth(count - 1).innerText()).trim();
    const stops = await tabAlong(page, { stop: (f) => f.tag === 'a' && f.what.includes(`«${last}`), max: 40 });
    assert.ok(stops.at(-1).visible, 'the focused link has no visible focus');
    await assertNoAxeViolations(page, 'the overview on a phone');
    await page.keyboard.press('Enter');
    await page.locator('h1#titolo-pagina').waitFor();
    assert.deepEqual(env.pageErrors, []);
    await page.close();
  });
});
