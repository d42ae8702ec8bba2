// Embedding the app in a municipal website: the "Incorpora" page writes the
// snippets; each snippet is pasted in a host page styled like a typical
// municipal site (fixtures/host/sito.css, with aggressive global rules) and
// served under the strict Content-Security-Policy; the app must resize its
// frame, keep its styles apart from the host's (both ways), pass axe-core and
// a keyboard tour, and ask nothing of any origin but its own and the plan's.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { startServer } from './support/server.mjs';
import { launch } from './support/browser.mjs';
import {
  DIST, FIXTURES, TIMEOUT, assertNoAxeViolations, loadDemos, openView, waitReady,
} from './support/suite.mjs';
import { focused, markTabbable, tabAlong } from './support/keyboard.mjs';

const POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data:; object-src 'none'; base-uri 'self'";
const SUB_PATH = '/amministrazione-trasparente/performance/cruscotto/';

let app; // the app and the host pages, one origin, strict CSP
let other; // host pages on another origin
let appCors; // the app for the other origin's pages (CORS allowed)
let env;
let hostDir;
let demo;

/** A host page of a municipal website with `snippet` pasted in its content. */
function hostPage(snippet, { extraHead = '' } = {}) {
  return `<!DOCTYPE html>
<html lang="it">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Performance – Comune di Prova</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="sito.css">
${extraHead}
</head>
<body>
<header><p><a id="vai" href="#main">Vai al contenuto</a></p></header>
<main id="main">
<h1>Performance</h1>
<p id="testo">Testo della pagina del Comune, prima del cruscotto.</p>
<p><a id="prima" href="#fine">Un link prima del cruscotto</a></p>
${snippet}
<p><a id="dopo" href="#fine">Un link dopo il cruscotto</a></p>
</main>
<footer id="fine"><p>Comune di Prova</p></footer>
</body>
</html>
`;
}

/** The snippet the "Incorpora" page writes for `view`, in `mode` ('Riquadro' or 'Direttamente'). */
async function snippetFor(page, view, mode) {
  await openView(page, `${app.url}?piano=${demo.stem}#/incorpora/${view}`);
  await page.getByLabel(mode).check();
  return page.locator('#embed-codice').inputValue();
}

/** Every view of the demo plan, as fragments. */
function allViews() {
  const enc = encodeURIComponent;
  return [
    '#/sintesi', '#/obiettivi', `#/obiettivi/${enc(demo.plan.objectives[0].id)}`, '#/uffici',
    ...(demo.plan.units?.length ? [`#/uffici/${enc(demo.plan.units[0].id)}`] : []),
    '#/risorse', '#/verifiche', '#/glossario', '#/incorpora', '#/documenti',
  ];
}

/** Host styles computed on the page's own elements. */
async function hostStyles(page) {
  return page.evaluate(() => {
    const pick = (sel, props) => {
      const css = getComputedStyle(document.querySelector(sel));
      return Object.fromEntries(props.map((p) => [p, css.getPropertyValue(p)]));
    };
    return {
      body: pick('body', ['font-family', 'font-size', 'line-height', 'color', 'background-color', 'margin-top']),
      h1: pick('h1', ['font-size', 'color', 'text-transform']),
      p: pick('#testo', ['margin-top', 'color']),
      a: pick('#prima', ['color', 'font-weight']),
      html: pick('html', ['font-size', 'color-scheme']),
      title: document.title,
      lang: document.documentElement.lang,
    };
  });
}

before(async () => {
  [demo] = await loadDemos();
  hostDir = await mkdtemp(join(tmpdir(), 'cruscotto-sito-'));
  await copyFile(join(FIXTURES, 'host', 'sito.css'), join(hostDir, 'sito.css'));
  app = await startServer({
    dist: DIST,
    base: SUB_PATH,
    mounts: { '__sito__/': hostDir },
    headers: { 'content-security-policy': POLICY },
  });
  appCors = await startServer({ dist: DIST, headers: { 'access-control-allow-origin': '*' } });
  other = await startServer({ dist: hostDir });
  env = await launch();
  await env.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.url).origin });
});

after(async () => {
  await env?.browser.close();
  await Promise.all([app?.close(), appCors?.close(), other?.close()]);
  if (hostDir) await rm(hostDir, { recursive: true, force: true });
});

async function newPage() {
  const page = await env.context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  env.pageErrors.length = 0;
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  page.on('dialog', (d) => {
    env.pageErrors.push(`dialog: ${d.message()}`);
    d.dismiss();
  });
  return page;
}

/**
 * axe-core on a page served under the strict policy. To read the style
 * sheets of a shadow root axe-core copies them into inline <style> elements,
 * which the policy blocks: those reports, made by the test tool during its
 * run, are dropped; any other stays and fails the test.
 */
async function axeUnderPolicy(page, what) {
  const errors = env.pageErrors.length;
  const reports = await page.evaluate(() => window.__csp.length);
  await assertNoAxeViolations(page, what);
  const byAxe = (e) => /Applying inline style violates/.test(e);
  env.pageErrors.splice(errors, Infinity, ...env.pageErrors.slice(errors).filter((e) => !byAxe(e)));
  await page.evaluate((n) => {
    window.__csp = [...window.__csp.slice(0, n), ...window.__csp.slice(n).filter((r) => r !== 'style-src-elem inline')];
  }, reports);
}

describe('the Incorpora page', () => {
  test('writes the snippets for the current plan and view, with the chosen settings', async () => {
    const page = await newPage();
    const objective = demo.plan.objectives[0].id;
    await openView(page, `${app.url}?piano=${demo.stem}#/obiettivi/${objective}`);
    // The footer offers to embed the page one is on.
    await page.getByRole('link', { name: 'Incorpora questa pagina nel tuo sito' }).click();
    await waitReady(page, `#/incorpora/obiettivi/${objective}`);
    assert.equal(await page.locator('h1#titolo-pagina').innerText(), 'Incorpora nel sito del Comune');
    assert.equal(new URL(page.url()).hash, `#/incorpora/obiettivi/${objective}`);
    await axeUnderPolicy(page, 'the Incorpora page');

    const code = page.locator('#embed-codice');
    const frame = await code.inputValue();
    assert.equal(
      frame,
      `<iframe src="${app.url}?piano=${demo.stem}#/obiettivi/${objective}" ` +
        `title="Cruscotto della performance – ${demo.plan.document.municipality.name}" data-cruscotto ` +
        `width="100%" height="800" loading="lazy"></iframe>\n` +
        `<script type="module" src="${app.url}incorpora.js"></script>`,
    );

    await page.getByLabel('Direttamente nella pagina').check();
    await page.getByLabel('Pagina iniziale').selectOption({ label: 'Risorse' });
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByLabel('Sempre scuri').check();
    assert.equal(
      await code.inputValue(),
      `<div data-cruscotto data-piano="${demo.stem}" data-lingua="en" data-vista="risorse" data-tema="scuro"></div>\n` +
        `<script type="module" src="${app.url}incorpora.js"></script>`,
    );
    // The direct link follows the same choices.
    assert.equal(
      await page.locator('a.embed-link').getAttribute('href'),
      `${app.url}?piano=${demo.stem}&lang=en&tema=scuro#/risorse`,
    );

    await page.getByRole('button', { name: 'Copia il codice' }).click();
    await page.getByRole('status').filter({ hasText: 'Codice copiato negli appunti.' }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await code.inputValue());
    await page.getByRole('button', { name: 'Copia il link diretto' }).click();
    await page.waitForFunction(
      (link) => navigator.clipboard.readText().then((t) => t === link),
      await page.locator('a.embed-link').getAttribute('href'),
    );
    await axeUnderPolicy(page, 'the Incorpora page after the choices');
    assert.deepEqual(await page.evaluate(() => window.__csp), []);
    assert.deepEqual(env.pageErrors, []);
    await page.close();
  });
});

describe('in an iframe', () => {
  test('the frame follows its content, passes axe, and the keyboard goes in and out', async () => {
    const page = await newPage();
    const snippet = await snippetFor(page, 'sintesi', 'Riquadro (iframe)');
    await writeFile(join(hostDir, 'riquadro.html'), hostPage(snippet));
    await page.setViewportSize({ width: 1024, height: 700 });
    const frameEl = page.locator('iframe[data-cruscotto]');
    const frame = page.frameLocator('iframe[data-cruscotto]');
    await openView(page, `${app.url}__sito__/riquadro.html`, { ready: '#/sintesi', within: frame });

    // The frame is as tall as its content: no scroll bar inside.
    const fits = async () => {
      const outer = await frameEl.evaluate((f) => f.clientHeight);
      const inner = await frame.locator('.cruscotto').evaluate((r) => Math.ceil(r.getBoundingClientRect().height));
      return { outer, inner };
    };
    await page.waitForFunction(() => {
      const f = document.querySelector('iframe[data-cruscotto]');
      return f.style.height && f.style.height !== '800px';
    });
    let size = await fits();
    assert.ok(Math.abs(size.outer - size.inner) <= 1, `frame ${size.outer} px, content ${size.inner} px`);
    const before = size.outer;
    // Another view, of another height: the frame follows.
    await frame.getByRole('link', { name: 'Glossario', exact: true }).click();
    await waitReady(frame, '#/glossario');
    await page.waitForFunction(
      (h) => parseFloat(document.querySelector('iframe[data-cruscotto]').style.height) !== h,
      before,
    );
    size = await fits();
    assert.ok(Math.abs(size.outer - size.inner) <= 1, `frame ${size.outer} px, content ${size.inner} px`);

    // axe-core on every view inside the frame (axe-core analyses frames too).
    const framed = page.frames().find((f) => f.url().startsWith(app.url + '?'));
    for (const view of allViews()) {
      await framed.evaluate((h) => { location.hash = h; }, view);
      await waitReady(frame, view);
      if (view === '#/documenti') await frame.locator('.doc-list a').first().waitFor();
      await axeUnderPolicy(page, `the host page with the app in an iframe, ${view}`);
    }
    await framed.evaluate((h) => { location.hash = h; }, '#/sintesi');
    await waitReady(frame, '#/sintesi');

    // Keyboard: from the link before the frame, Tab goes into the app's
    // skip link, through every control of the app, in order and visibly,
    // and on to the host's next link; Shift+Tab comes back out.
    const total = await markTabbable(page, 'iframe[data-cruscotto]');
    assert.ok(total > 10, `only ${total} tab stops in the frame`);
    await page.locator('#prima').focus();
    const stops = await tabAlong(page, { stop: (f) => f.id === 'dopo' });
    const inApp = stops.filter((f) => f.mark !== null);
    assert.equal(inApp[0].what, 'a «Vai al contenuto»');
    assert.equal(stops.length, inApp.length + 1, `stops outside the app: ${stops.map((s) => s.what).join(', ')}`);
    assert.deepEqual(inApp.map((f) => f.mark), [...Array(total).keys()]);
    assert.deepEqual(inApp.filter((f) => !f.visible).map((f) => f.what), [], 'focus not visible');
    const back = await tabAlong(page, { back: true, stop: (f) => f.id === 'prima' });
    assert.equal(back.filter((f) => f.mark !== null).length, total);
    const inside = page.frames().find((f) => f.url().startsWith(app.url + '?'));

    assert.deepEqual(await page.evaluate(() => window.__csp), []);
    assert.deepEqual(await inside.evaluate(() => window.__csp ?? []), []);
    assert.deepEqual(env.pageErrors, []);
    await page.close();
  });
});

describe('mounted in the page', () => {
  test('styles stay apart both ways, the host chooses the colour, axe and keyboard pass', async () => {
    const page = await newPage();
    const snippet = await snippetFor(page, 'obiettivi', 'Direttamente nella pagina');
    // The host page sets the primary colour through the documented property.
    const coloured = snippet.replace('<div data-cruscotto', '<div id="cruscotto" data-cruscotto');
    await writeFile(join(hostDir, 'sito-colore.css'), '#cruscotto { --cruscotto-primario: #7a1f5c; }\n');
    await writeFile(
      join(hostDir, 'diretto.html'),
      hostPage(coloured, { extraHead: '<link rel="stylesheet" href="sito-colore.css">' }),
    );
    await writeFile(join(hostDir, 'senza.html'), hostPage('<p>Qui andrà il cruscotto.</p>'));

    await page.goto(`${app.url}__sito__/senza.html`);
    const hostAlone = await hostStyles(page);

    // data-vista="obiettivi": the app opens on the objectives.
    await openView(page, `${app.url}__sito__/diretto.html`, { ready: '#/obiettivi' });
    const host = page.locator('#cruscotto');
    assert.equal(await host.locator('h1#titolo-pagina').innerText(), 'Obiettivi');
    assert.equal(await page.evaluate(() => !!document.querySelector('#cruscotto').shadowRoot), true);

    // The app's styles did not touch the host's elements, nor its title and language.
    assert.deepEqual(await hostStyles(page), hostAlone);

    // The host's styles did not reach the app.
    const appStyles = await host.evaluate((el) => {
      const root = el.shadowRoot;
      const css = (sel, p) => getComputedStyle(root.querySelector(sel)).getPropertyValue(p);
      return {
        container: css('.container', 'max-width'),
        containerBg: css('.main', 'background-color'),
        h1Size: css('h1', 'font-size'),
        h1Transform: css('h1', 'text-transform'),
        h1Colour: css('h1', 'color'),
        font: css('.cruscotto', 'font-family'),
        letters: css('.cruscotto', 'letter-spacing'),
        align: css('.cruscotto', 'text-align'),
        header: css('.site-header', 'background-color'),
        box: css('.container', 'box-sizing'),
        button: css('button', 'background-color'),
      };
    });
    assert.equal(appStyles.container, '1152px');
    assert.equal(appStyles.containerBg, 'rgba(0, 0, 0, 0)');
    assert.equal(appStyles.h1Size, '32px');
    assert.equal(appStyles.h1Transform, 'none');
    assert.equal(appStyles.h1Colour, 'rgb(26, 26, 26)');
    assert.match(appStyles.font, /^"Titillium Web"/);
    assert.equal(appStyles.letters, 'normal');
    assert.equal(appStyles.align, 'start');
    assert.equal(appStyles.box, 'border-box');
    assert.notEqual(appStyles.button, 'rgb(255, 105, 180)');
    // … but the documented custom property did.
    assert.equal(appStyles.header, 'rgb(122, 31, 92)');

    await axeUnderPolicy(page, 'the host page with the app mounted');

    // A view inside the app: the address of the host page follows, and the
    // new heading has the focus.
    await host.getByRole('link', { name: 'Risorse', exact: true }).click();
    await waitReady(page, '#/risorse');
    assert.equal(new URL(page.url()).hash, '#/risorse');
    await page.waitForFunction(() => document.querySelector('#cruscotto').shadowRoot.activeElement?.id === 'titolo-pagina');
    // axe-core on every view of the mounted app.
    for (const view of allViews()) {
      await page.evaluate((h) => { location.hash = h; }, view);
      await waitReady(page, view);
      if (view === '#/documenti') await host.locator('.doc-list a').first().waitFor();
      await axeUnderPolicy(page, `the host page with the mounted app, ${view}`);
    }
    await page.evaluate((h) => { location.hash = h; }, '#/risorse');
    await waitReady(page, '#/risorse');
    // The host page's own anchors do not move the app.
    await page.locator('#vai').click();
    assert.equal(new URL(page.url()).hash, '#main');
    await host.getByRole('heading', { level: 1, name: 'Risorse' }).waitFor();

    // Keyboard: every control of the app is reached with Tab between the
    // host's links before and after it, each with a visible focus.
    const total = await markTabbable(page, '#cruscotto');
    assert.ok(total > 10, `only ${total} tab stops in the app`);
    await page.locator('#prima').focus();
    const stops = await tabAlong(page, { stop: (f) => f.id === 'dopo' });
    const inApp = stops.filter((f) => f.mark !== null);
    assert.equal(stops.length, inApp.length + 1, `stops outside the app: ${stops.map((s) => s.what).join(', ')}`);
    assert.deepEqual(
      inApp.map((f) => f.mark),
      [...Array(total).keys()],
      `the Tab order skips or repeats controls of the app: ${inApp.map((f) => f.what).join(', ')}`,
    );
    const invisible = inApp.filter((f) => !f.visible).map((f) => f.what);
    assert.deepEqual(invisible, [], 'focus not visible');
    // And back with Shift+Tab, in the reverse order.
    const back = await tabAlong(page, { back: true, stop: (f) => f.id === 'prima' });
    assert.deepEqual(
      back.filter((f) => f.mark !== null).map((f) => f.mark),
      [...Array(total).keys()].reverse(),
    );

    assert.deepEqual(await page.evaluate(() => window.__csp), []);
    assert.deepEqual(env.pageErrors, []);
    await page.close();
  });

  test('data-lingua, data-tema and the font property apply, and the address can still change the view', async () => {
    const page = await newPage();
    await writeFile(join(hostDir, 'sito-font.css'), '#cruscotto { --cruscotto-font: "Courier New", monospace; }\n');
    await writeFile(
      join(hostDir, 'inglese.html'),
      hostPage(
        `<div id="cruscotto" data-cruscotto data-piano="${demo.stem}" data-lingua="en" data-vista="uffici" data-tema="scuro"></div>\n` +
          `<script type="module" src="${app.url}incorpora.js"></script>`,
        { extraHead: '<link rel="stylesheet" href="sito-font.css">' },
      ),
    );
    await openView(page, `${app.url}__sito__/inglese.html`, { ready: '#/uffici' });
    const host = page.locator('#cruscotto');
    assert.equal(await host.locator('h1#titolo-pagina').innerText(), 'Offices');
    const root = await host.evaluate((el) => {
      const r = el.shadowRoot.querySelector('.cruscotto');
      const css = getComputedStyle(r);
      return { cls: r.className, lang: r.lang, bg: css.backgroundColor, font: css.fontFamily, label: r.getAttribute('aria-label') };
    });
    assert.deepEqual(root, {
      cls: 'cruscotto scuro',
      lang: 'en',
      bg: 'rgb(18, 20, 23)',
      font: '"Courier New", monospace',
      label: 'Performance dashboard',
    });
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'it');
    assert.deepEqual(env.pageErrors, []);
    await axeUnderPolicy(page, 'the mounted app in English, dark');
    // A shared link with a view opens that view.
    await openView(page, `${app.url}__sito__/inglese.html#/verifiche`);
    assert.equal(await host.locator('h1#titolo-pagina').innerText(), 'Checks');
    assert.deepEqual(env.pageErrors, []);
    await page.close();
  });
});

describe('on a phone', () => {
  test('the menu button opens the sections and Escape gives the focus back, in the frame and mounted', async () => {
    const page = await newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    // riquadro.html and diretto.html are written by the tests above.
    const frame = page.frameLocator('iframe[data-cruscotto]');
    await openView(page, `${app.url}__sito__/riquadro.html`, { ready: '#/sintesi', within: frame });
    const inFrame = page.frames().find((f) => f.url().startsWith(app.url + '?'));
    await frame.locator('.site-nav__toggle').click();
    assert.equal(await frame.locator('.site-nav__toggle').getAttribute('aria-expanded'), 'true');
    assert.ok(await frame.locator('#menu-sezioni').isVisible());
    await axeUnderPolicy(page, 'the app in an iframe on a phone, menu open');
    await page.keyboard.press('Escape');
    assert.equal(await frame.locator('.site-nav__toggle').getAttribute('aria-expanded'), 'false');
    assert.equal(await inFrame.evaluate(() => document.activeElement?.id), 'menu-sezioni-pulsante');

    await openView(page, `${app.url}__sito__/diretto.html`, { ready: '#/obiettivi' });
    const host = page.locator('#cruscotto');
    await host.locator('.site-nav__toggle').click();
    assert.ok(await host.locator('#menu-sezioni').isVisible());
    await axeUnderPolicy(page, 'the mounted app on a phone, menu open');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.querySelector('#cruscotto').shadowRoot.activeElement?.textContent), 'Sintesi');
    await page.keyboard.press('Escape');
    assert.equal(await host.locator('.site-nav__toggle').getAttribute('aria-expanded'), 'false');
    assert.equal(
      await page.evaluate(() => document.querySelector('#cruscotto').shadowRoot.activeElement?.id),
      'menu-sezioni-pulsante',
    );
    // A section chosen in the menu opens and closes it; the host's address follows.
    await host.locator('.site-nav__toggle').click();
    await host.locator('#menu-sezioni a', { hasText: 'Uffici' }).click();
    await waitReady(page, '#/uffici');
    assert.equal(new URL(page.url()).hash, '#/uffici');
    assert.equal(await host.locator('.site-nav__toggle').getAttribute('aria-expanded'), 'false');
    assert.deepEqual(await page.evaluate(() => window.__csp), []);
    assert.deepEqual(env.pageErrors, []);
    await page.close();
  });
});

describe('from another origin', () => {
  test('frame and mount work across origins and ask nothing of a third one', async () => {
    const page = await newPage();
    const frameSnippet = (await snippetFor(page, 'uffici', 'Riquadro (iframe)')).replaceAll(app.url, appCors.url);
    const mountSnippet = (await snippetFor(page, 'uffici', 'Direttamente nella pagina')).replaceAll(app.url, appCors.url);
    await writeFile(join(hostDir, 'altro-riquadro.html'), hostPage(frameSnippet));
    await writeFile(join(hostDir, 'altro-diretto.html'), hostPage(mountSnippet));
    env.requests.length = 0;

    const frame = page.frameLocator('iframe[data-cruscotto]');
    await openView(page, `${other.url}altro-riquadro.html`, { ready: '#/uffici', within: frame });
    assert.equal(await frame.locator('h1#titolo-pagina').innerText(), 'Uffici');
    await page.waitForFunction(() => document.querySelector('iframe[data-cruscotto]').style.height !== '');

    await openView(page, `${other.url}altro-diretto.html`, { ready: '#/uffici' });
    assert.equal(await page.locator('div[data-cruscotto]').locator('h1#titolo-pagina').innerText(), 'Uffici');
    await assertNoAxeViolations(page, 'the mounted app from another origin');

    const origins = new Set(env.requests.map((u) => new URL(u).origin));
    assert.deepEqual(
      [...origins].sort(),
      [new URL(appCors.url).origin, new URL(other.url).origin].sort(),
    );
    const cookies = await env.context.cookies();
    assert.deepEqual(cookies, []);
    assert.deepEqual(env.pageErrors, []);
    await page.close();
  });
});
