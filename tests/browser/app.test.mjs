// Browser tests of the app's shell and of what cuts across every page: the
// chooser, hosting under a sub-path, navigation and focus, local preview,
// broken files, language, privacy and accessibility. The pages' own content
// is tested in their own files (sintesi.test.mjs, obiettivi.test.mjs, …).
//
// Run by scripts/test: `node --test` with DIST_DIR set to the release build.
//   cd tests/browser && DIST_DIR=/tmp/dist node --test app.test.mjs

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { startServer } from './support/server.mjs';
import { foreignRequests, launchBrowser, newContext } from './support/browser.mjs';
import {
  DIST, FIXTURES, assertNoAxeViolations, loadDemos, objectiveNodes, openView, readJson, waitReady, waitView,
} from './support/suite.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
/** The core's bad-input files (tests/fixtures), served under `__core__/`. */
const CORE_FIXTURES = join(HERE, '..', 'fixtures');
/** The built command (scripts/test sets CRUSCOTTO), for the core's own words. */
const CRUSCOTTO = resolve(process.env.CRUSCOTTO || join(HERE, '..', '..', 'target', 'debug', 'cruscotto'));
const SUB_PATH = '/amministrazione-trasparente/performance/cruscotto/';
const TIMEOUT = 15_000;
const LANG_KEY = 'cruscotto.lingua';

const NAV_IT = ['Sintesi', 'Obiettivi', 'Cerca', 'Uffici', 'Risorse', 'Verifiche', 'Glossario', 'Cambia documento'];
const NAV_EN = ['Overview', 'Objectives', 'Search', 'Offices', 'Resources', 'Checks', 'Glossary', 'Change document'];
/** The sections of the navigation, with their fragment. */
const SECTIONS = [
  ['Sintesi', '#/sintesi'],
  ['Obiettivi', '#/obiettivi'],
  ['Cerca', '#/cerca'],
  ['Uffici', '#/uffici'],
  ['Risorse', '#/risorse'],
  ['Verifiche', '#/verifiche'],
  ['Glossario', '#/glossario'],
];

/**
 * The core's message for a bad-input fixture, from its snapshot
 * (crates/core/tests/it/snapshots): the browser must say what the CLI says.
 */
async function coreMessage(fixture, tag = 'lettura') {
  const snap = join(HERE, '..', '..', 'crates', 'core', 'tests', 'it', 'snapshots', `it__bad_input__${fixture}.snap`);
  const line = (await readFile(snap, 'utf8')).split('\n').find((l) => l.startsWith(`[${tag}] `));
  assert.ok(line, `no [${tag}] line in ${snap}`);
  return line.slice(tag.length + 3);
}

let browser;
/** The app served at the root of 127.0.0.1:port. */
let server;
/** The app served under SUB_PATH. */
let sub;
/** [{ entry, stem, plan }] for every document of dist/plans/index.json. */
let demos;

before(async () => {
  demos = await loadDemos();
  assert.ok(demos.length > 0, 'dist/plans/index.json lists no plan');
  const mounts = { '__core__/': CORE_FIXTURES };
  server = await startServer({ dist: DIST, fixtures: FIXTURES, mounts });
  sub = await startServer({ dist: DIST, fixtures: FIXTURES, mounts, base: SUB_PATH });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await sub?.close();
});

/**
 * A fresh context (no cookies, no storage) and a page in it. Returns the
 * context's records (see support/browser.mjs) with `page`.
 */
async function fresh(options = {}) {
  const env = await newContext(browser, options);
  const page = await env.context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  return { ...env, page, close: () => env.context.close() };
}

/** Runs `fn(env)` in a fresh context, closed afterwards. */
async function withPage(fn, options) {
  const env = await fresh(options);
  try {
    await fn(env);
  } finally {
    await env.close();
  }
}

/** The heading of the page shown. */
const h1 = (page) => page.locator('h1#titolo-pagina');

/**
 * Opens `url` (when only the fragment changed, the page is loaded again, as
 * a person opening the link would) and waits until its view has rendered
 * (`ready`: the mark expected, when it is not the address's, `errore` for a
 * document that cannot be read).
 */
async function open(page, url, ready) {
  await openView(page, url, { ready, reload: true });
}

/** Waits until the header names `municipality` and the view the address names has rendered. */
async function waitForDocument(page, municipality) {
  await page.locator('.site-header__municipality', { hasText: municipality }).waitFor();
  assert.equal((await page.locator('.site-header__municipality').innerText()).trim(), municipality);
  await waitView(page);
}

/** Waits until the tab's title starts with `prefix`. */
async function waitForTitle(page, prefix) {
  await page.waitForFunction((p) => document.title.startsWith(p), prefix);
}

/** The text of the navigation link marked as the current page (exactly one). */
async function currentNav(page) {
  const current = page.locator('nav.site-nav a[aria-current="page"]');
  assert.equal(await current.count(), 1, 'exactly one navigation link is the current page');
  return (await current.innerText()).trim();
}

/** Waits until the keyboard focus is on the element with this id. */
async function waitForFocus(page, id) {
  await page.waitForFunction((i) => document.activeElement?.id === i, id, { timeout: 5_000 });
}

/** Fails on any uncaught error or console error, except those matching `allowed`. */
function assertNoPageErrors(env, allowed = []) {
  const unexpected = env.pageErrors.filter((e) => !allowed.some((re) => re.test(e)));
  assert.deepEqual(unexpected, []);
}

/** `?…` and `#…` of the page's address, as an object. */
function address(page) {
  const u = new URL(page.url());
  return { params: Object.fromEntries(u.searchParams), hash: u.hash, path: u.pathname };
}

/**
 * Opens a demo from the chooser by pressing Tab (from where the focus is)
 * until its card has the focus, then Enter.
 */
async function chooseWithKeyboard(page, demo) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
    if (href.includes(`piano=${demo.stem}#`)) {
      await page.keyboard.press('Enter');
      return;
    }
  }
  assert.fail(`Tab never reached the card of ${demo.stem}`);
}

/** After opening a demo: its municipality, the Sintesi page and the address. */
async function assertSintesiOf(page, demo) {
  const name = demo.plan.document.municipality.name;
  await waitForDocument(page, name);
  await waitForTitle(page, `Sintesi – ${name} – `);
  assert.equal(await currentNav(page), 'Sintesi');
  // The reader chose it: the focus is on the new page's heading.
  await waitForFocus(page, 'titolo-pagina');
  assert.ok((await h1(page).innerText()).trim().length > 0, 'the Sintesi heading is empty');
  assert.notEqual((await h1(page).innerText()).trim(), 'Scegli un documento');
  const { params, hash } = address(page);
  assert.equal(params.piano, demo.stem);
  assert.equal(params.src, undefined);
  assert.equal(hash, '#/sintesi');
}

describe('the chooser', () => {
  test('lists the bundled demo documents at / and at #/documenti', async () => {
    await withPage(async (env) => {
      const { page } = env;
      for (const url of [server.url, `${server.url}#/documenti`]) {
        await open(page, url);
        assert.equal((await h1(page).innerText()).trim(), 'Scegli un documento');
        assert.equal(await page.title(), 'Scegli un documento – Cruscotto della performance');
        const cards = page.locator('.doc-card__link');
        await cards.first().waitFor();
        assert.equal(await cards.count(), demos.length);
        for (const [i, { entry, stem }] of demos.entries()) {
          const card = cards.nth(i);
          const text = await card.innerText();
          for (const part of [entry.municipality, entry.title, String(entry.year)]) {
            assert.ok(text.includes(part), `card ${i}: «${part}» missing from «${text}»`);
          }
          assert.equal(await card.getAttribute('href'), `?piano=${stem}#/sintesi`);
        }
        // No document yet: no navigation of its sections.
        assert.equal(await page.locator('nav.site-nav').count(), 0);
      }
      assertNoPageErrors(env);
    });
  });

  test('opens each demo with a click and with the keyboard', async () => {
    await withPage(async (env) => {
      const { page } = env;
      await open(page, server.url);
      for (const demo of demos) {
        await page.locator('.doc-card__link', { hasText: demo.entry.title }).click();
        await assertSintesiOf(page, demo);
        // Back to the chooser through the navigation.
        await page.locator('nav.site-nav a', { hasText: 'Cambia documento' }).click();
        await waitReady(page, '#/documenti');
      }
      // The keyboard alone: from the top of the page, then from the chooser's
      // heading (where the focus goes after «Cambia documento»).
      await open(page, server.url);
      await page.locator('.doc-card__link').first().waitFor();
      for (const demo of demos) {
        await chooseWithKeyboard(page, demo);
        await assertSintesiOf(page, demo);
        const change = page.locator('nav.site-nav a', { hasText: 'Cambia documento' });
        await change.focus();
        await page.keyboard.press('Enter');
        await waitReady(page, '#/documenti');
        await page.locator('.doc-card__link').first().waitFor();
        await waitForFocus(page, 'titolo-pagina');
      }
      assertNoPageErrors(env);
    });
  });

  test('stays the same while a document loads behind it', async () => {
    // Regression: the chooser was drawn again when the document behind it
    // finished loading, so a file chosen at that moment went to a removed input.
    await withPage(async (env) => {
      const { page } = env;
      await open(page, `${server.url}?piano=lucca-2021-relazione#/documenti`);
      const input = await page.locator('#file-input').elementHandle();
      await waitForDocument(page, 'Lucca');
      assert.equal(await input.evaluate((el) => el.isConnected), true, 'the chooser was drawn again');
      assert.equal(
        env.requests.filter((u) => u.endsWith('/plans/index.json')).length,
        1,
        'the list of documents was fetched again',
      );
      assertNoPageErrors(env);
    });
  });
});

describe('hosting under a sub-path', () => {
  test('a deep link survives a reload, and every request stays under the sub-path', async () => {
    const lucca = demos.find((d) => d.stem === 'lucca-2021-relazione');
    const node = objectiveNodes(lucca.plan).find((o) => o.id === 'obj-5');
    assert.ok(node, 'obj-5 is not in the Lucca plan');
    await withPage(async (env) => {
      const { page } = env;
      const responses = [];
      page.on('response', (r) => responses.push([r.status(), r.url()]));
      const deep = `${sub.url}?piano=lucca-2021-relazione#/obiettivi/obj-5`;
      await open(page, deep);
      await waitForDocument(page, 'Lucca');
      await waitForTitle(page, `${node.title} – Lucca – `);
      const heading = (await h1(page).innerText()).trim();
      assert.equal(await currentNav(page), 'Obiettivi');

      await page.reload();
      await waitForDocument(page, 'Lucca');
      await waitForTitle(page, `${node.title} – Lucca – `);
      assert.equal(page.url(), deep);
      assert.equal((await h1(page).innerText()).trim(), heading);
      assert.equal(await currentNav(page), 'Obiettivi');

      // Every other view too.
      const unit = lucca.plan.units[0];
      const views = [
        ['#/sintesi', 'Sintesi'],
        ['#/obiettivi', 'Obiettivi'],
        ['#/cerca?q=citta&pnrr=no', 'Cerca'],
        ['#/uffici', 'Uffici'],
        [`#/uffici/${unit.id}`, unit.name],
        ['#/risorse', 'Risorse'],
        ['#/verifiche', 'Verifiche'],
        ['#/glossario', 'Glossario'],
        ['#/confronta?piano=porcari-2017-relazione', 'Confronta due documenti'],
      ];
      for (const [hash, title] of views) {
        await page.goto(`${sub.url}?piano=lucca-2021-relazione${hash}`);
        await page.reload();
        await waitForDocument(page, 'Lucca');
        await waitForTitle(page, `${title} – Lucca – `);
      }

      // A published file given relative to the page resolves under the sub-path.
      await open(page, `${sub.url}?src=__fixtures__/minimal.json`);
      await waitForDocument(page, 'Borgo di Prova');

      assert.ok(responses.length > 10, 'too few responses recorded');
      assert.deepEqual(responses.filter(([s]) => s !== 200), [], 'every asset answers 200');
      assert.ok(env.requests.some((u) => u.endsWith('.wasm')), 'the wasm module was not requested');
      assert.deepEqual(foreignRequests(env.requests), []);
      assert.deepEqual(
        env.requests.filter((u) => !u.startsWith(sub.url)),
        [],
        'a request left the sub-path',
      );
      assertNoPageErrors(env);
    });
  });
});

describe('navigation', () => {
  test('the sections change the view, the current link, the title and the focus; back and forward work', async () => {
    await withPage(async (env) => {
      const { page } = env;
      await open(page, `${server.url}?piano=lucca-2021-relazione#/sintesi`);
      await waitForDocument(page, 'Lucca');
      assert.deepEqual(
        (await page.locator('nav.site-nav a').allInnerTexts()).map((s) => s.trim()),
        NAV_IT,
      );
      // On the first load the reader starts at the top, not on the heading.
      assert.notEqual(await page.evaluate(() => document.activeElement?.id), 'titolo-pagina');

      const visited = [];
      const order = [...SECTIONS.slice(1), SECTIONS[0]];
      for (const [i, [label, hash]] of order.entries()) {
        const link = page.locator('nav.site-nav a', { hasText: label });
        assert.equal(await link.getAttribute('href'), hash);
        if (i % 2 === 0) {
          await link.click();
        } else {
          await link.focus();
          await page.keyboard.press('Enter');
        }
        await waitForTitle(page, `${label} – Lucca – Cruscotto della performance`);
        assert.equal(address(page).hash, hash);
        assert.equal(await currentNav(page), label);
        await waitForFocus(page, 'titolo-pagina');
        assert.ok(await h1(page).isVisible());
        visited.push([label, hash]);
      }

      // Back through the history, then forward again.
      for (let i = visited.length - 2; i >= 0; i--) {
        await page.goBack();
        const [label, hash] = visited[i];
        await waitForTitle(page, `${label} – Lucca – `);
        assert.equal(address(page).hash, hash);
        assert.equal(await currentNav(page), label);
        await waitForFocus(page, 'titolo-pagina');
      }
      await page.goBack();
      await waitForTitle(page, 'Sintesi – Lucca – ');
      for (const [label, hash] of visited.slice(0, 3)) {
        await page.goForward();
        await waitForTitle(page, `${label} – Lucca – `);
        assert.equal(address(page).hash, hash);
        assert.equal(await currentNav(page), label);
      }

      // Regression: Chromium fires `popstate` on every click of a `#/` link,
      // and the app fetched and parsed the document again each time. Once:
      // the full build, when it takes over, opens the bytes the first load
      // fetched (src/lib.rs); never more.
      const fetches = env.requests.filter((u) => u.endsWith('/plans/lucca-2021-relazione.json'));
      assert.equal(fetches.length, 1, 'the document was fetched more than once');
      assertNoPageErrors(env);
    });
  });

  test('back from a document to the chooser and forward to another document', async () => {
    await withPage(async (env) => {
      const { page } = env;
      await open(page, server.url);
      await page.locator('.doc-card__link', { hasText: demos[0].entry.title }).click();
      await assertSintesiOf(page, demos[0]);
      await page.goBack();
      await waitReady(page, '#/documenti');
      assert.equal((await h1(page).innerText()).trim(), 'Scegli un documento');
      await page.goForward();
      await assertSintesiOf(page, demos[0]);
      await page.locator('nav.site-nav a', { hasText: 'Cambia documento' }).click();
      await page.locator('.doc-card__link', { hasText: demos[1].entry.title }).click();
      await assertSintesiOf(page, demos[1]);
      await page.goBack();
      await page.goBack();
      await assertSintesiOf(page, demos[0]);
      assertNoPageErrors(env);
    });
  });

  test('the skip link is the first stop of Tab and moves the focus to the main content', async () => {
    await withPage(async (env) => {
      const { page } = env;
      await open(page, `${server.url}?piano=lucca-2021-relazione#/obiettivi`);
      await waitForDocument(page, 'Lucca');
      await page.keyboard.press('Tab');
      const skip = page.locator('a.skip-link');
      assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip-link');
      assert.equal((await skip.innerText()).trim(), 'Vai al contenuto');
      // Visible when focused, inside the window.
      const box = await skip.boundingBox();
      assert.ok(box && box.width > 0 && box.height > 0 && box.y >= 0, `skip link box: ${JSON.stringify(box)}`);
      await page.keyboard.press('Enter');
      await waitForFocus(page, 'contenuto');
      assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'MAIN');
      // The view did not change.
      assert.equal(address(page).hash, '#/obiettivi');
      assert.equal(await currentNav(page), 'Obiettivi');
      // The next Tab goes on from the content, not back to the header.
      await page.keyboard.press('Tab');
      const onward = await page.evaluate(() => {
        const main = document.querySelector('main');
        const el = document.activeElement;
        return main.contains(el) || !!(main.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
      });
      assert.ok(onward, 'Tab after the skip link went back before the main content');
      assertNoPageErrors(env);
    });
  });
});

describe('local file preview', () => {
  test('a file chosen with the picker is shown, uploaded nowhere, and stays open while navigating', async () => {
    const plan = await readJson(join(FIXTURES, 'minimal.json'));
    const name = plan.document.municipality.name;
    await withPage(async (env) => {
      const { page } = env;
      // Start from a demo, so the address has a `piano` to lose.
      await open(page, `${server.url}?piano=porcari-2017-relazione#/documenti`);
      await page.locator('#file-input').setInputFiles(join(FIXTURES, 'minimal.json'));
      await waitForDocument(page, name);
      await waitForTitle(page, `Sintesi – ${name} – `);
      const { params, hash } = address(page);
      assert.equal(params.piano, undefined);
      assert.equal(params.src, undefined);
      assert.equal(hash, '#/sintesi');

      // Regression: navigating closed the local file (popstate reopened the
      // address's document, which is none).
      for (const [label] of SECTIONS.slice(1, 3)) {
        await page.locator('nav.site-nav a', { hasText: label }).click();
        await waitForTitle(page, `${label} – ${name} – `);
      }
      await page.goBack();
      await waitForTitle(page, `Obiettivi – ${name} – `);

      assertNothingUploaded(env, 'minimal.json');
      assertNoPageErrors(env);
    });
  });

  test('a file dropped on the drop zone is shown, uploaded nowhere', async () => {
    const text = await readFile(join(CORE_FIXTURES, 'valid', 'piccolo.json'), 'utf8');
    const name = JSON.parse(text).document.municipality.name;
    await withPage(async (env) => {
      const { page } = env;
      await open(page, `${server.url}?src=__fixtures__/minimal.json#/documenti`);
      const zone = page.locator('.drop-zone');
      await zone.waitFor();
      await page.evaluate(() => {
        const zone = document.querySelector('.drop-zone');
        const dt = new DataTransfer();
        zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      });
      assert.ok(
        (await zone.getAttribute('class')).includes('drop-zone--active'),
        'the drop zone does not show it can take the file',
      );
      await page.evaluate(
        ([text, fileName]) => {
          const zone = document.querySelector('.drop-zone');
          const dt = new DataTransfer();
          dt.items.add(new File([text], fileName, { type: 'application/json' }));
          zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
          zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
        },
        [text, 'piccolo-trascinato.json'],
      );
      await waitForDocument(page, name);
      await waitForTitle(page, `Sintesi – ${name} – `);
      const { params, hash } = address(page);
      assert.equal(params.piano, undefined);
      assert.equal(params.src, undefined);
      assert.equal(hash, '#/sintesi');
      assertNothingUploaded(env, 'piccolo-trascinato');
      assertNoPageErrors(env);
    });
  });

  test('a broken local file is rejected in Italian with its place', async () => {
    await withPage(async (env) => {
      const { page } = env;
      await open(page, server.url);
      await page.locator('#file-input').setInputFiles(join(CORE_FIXTURES, 'bad', 'json-troncato.json'));
      await waitReady(page, 'errore');
      const panel = page.locator('.error-panel');
      assert.equal((await h1(page).innerText()).trim(), 'Il documento non può essere letto');
      const text = await panel.innerText();
      assert.match(text, /json-troncato\.json/);
      assert.ok(text.includes(await coreMessage('json-troncato')), text);
      assert.match(text, /^Il file è incompleto.*\(in \$\.objectives\[0\][^)]*, riga 31, colonna \d+\)/m);
      assertNothingUploaded(env, 'json-troncato');
      assertNoPageErrors(env);
    });
  });
});

/** No request sent a body, used a method other than GET, or named the local file. */
function assertNothingUploaded(env, fileName) {
  assert.deepEqual(
    env.requestLog.filter((r) => r.method !== 'GET' || r.postBytes > 0),
    [],
    'a request sent data',
  );
  assert.deepEqual(
    env.requests.filter((u) => u.includes(fileName)),
    [],
    'a request named the local file',
  );
  const logged = [...server.log, ...sub.log].filter((r) => r.method !== 'GET' || r.bodyBytes > 0);
  assert.deepEqual(logged, [], 'the server received data');
}

describe('broken files', () => {
  /** Opens `?src=`, checks the error panel, then that a demo can be chosen. */
  async function assertRejected(src, expected, exact, allowedErrors = []) {
    await withPage(async (env) => {
      const { page } = env;
      await open(page, `${server.url}?src=${src}`, 'errore');
      const panel = page.locator('.error-panel');
      assert.equal(await panel.getAttribute('role'), 'alert');
      assert.equal((await h1(page).innerText()).trim(), 'Il documento non può essere letto');
      await waitForTitle(page, 'Il documento non può essere letto – Cruscotto della performance');
      const intro = (await panel.locator('.error-panel__intro').innerText()).trim();
      assert.ok(intro.includes(src), `the panel does not name the file: ${intro}`);
      const problems = (await panel.locator('.error-panel__list li').allInnerTexts()).map((s) => s.trim());
      assert.equal(problems.length, 1, JSON.stringify(problems));
      for (const re of expected) assert.match(problems[0], re);
      if (exact) assert.equal(problems[0], exact, 'the browser and the core say different things');
      // No navigation of a document that is not there.
      assert.equal(await page.locator('nav.site-nav').count(), 0);

      // Still usable: choose a demo.
      await page.locator('main a', { hasText: 'Scegli un altro documento' }).click();
      await page.locator('.doc-card__link', { hasText: demos[0].entry.title }).click();
      await assertSintesiOf(page, demos[0]);
      assert.equal(await page.locator('.error-panel').count(), 0);
      assertNoPageErrors(env, allowedErrors);
    });
  }

  test('a truncated JSON file: where it breaks off', async () => {
    await assertRejected(
      '__core__/bad/json-troncato.json',
      [/^Il file è incompleto/, /\$\.objectives\[0\]\.children\[0\]\.indicators\[1\]/, /riga 31, colonna \d+/],
      await coreMessage('json-troncato'),
    );
  });

  test('a file of another version of the format', async () => {
    await assertRejected(
      '__core__/bad/versione-sconosciuta.json',
      [/^Versione del formato non riconosciuta: «cruscotto\/2»/, /\$\.format, riga 2, colonna \d+/, /cruscotto\/1/],
      await coreMessage('versione-sconosciuta'),
    );
  });

  test('a file whose root is not an object says so plainly', async () => {
    await assertRejected(
      '__core__/bad/radice-non-oggetto.json',
      [/^Il file contiene un elenco \[ … \], non un oggetto JSON/, /cruscotto\/1/],
      await coreMessage('radice-non-oggetto'),
    );
  });

  test('an address where there is no file', async () => {
    await assertRejected(
      '__fixtures__/non-esiste.json',
      [/__fixtures__\/non-esiste\.json/, /non esiste a questo indirizzo \(codice HTTP 404\)/],
      null,
      [/404/],
    );
  });

  test('a file with validation errors loads, with a banner that leads to the checks', async () => {
    await withPage(async (env) => {
      const { page } = env;
      await open(page, `${server.url}?src=__core__/bad/unita-sconosciuta.json`);
      await waitForDocument(page, 'Comune di Prova');
      const banner = page.locator('.errors-banner');
      await banner.waitFor();
      assert.match(await banner.innerText(), /Questo file contiene errori/);
      // On every view but the checks.
      await page.locator('nav.site-nav a', { hasText: 'Obiettivi' }).click();
      await waitForTitle(page, 'Obiettivi – ');
      assert.equal(await banner.count(), 1);
      const link = banner.locator('a', { hasText: 'Vedi le verifiche' });
      assert.equal(await link.getAttribute('href'), '#/verifiche');
      await link.click();
      await waitForTitle(page, 'Verifiche – Comune di Prova – ');
      assert.equal(address(page).hash, '#/verifiche');
      assert.equal(await currentNav(page), 'Verifiche');
      await waitForFocus(page, 'titolo-pagina');
      assert.equal(await page.locator('.errors-banner').count(), 0);
      // The checks list the finding, in the core's words.
      const finding = (await coreMessage('unita-sconosciuta', 'E02')).replace(/^\S+: /, '');
      await page.locator('main', { hasText: finding }).waitFor();
      assertNoPageErrors(env);
    });
  });
});

describe('language', () => {
  test('English changes the shell and the page, is remembered, and Italian comes back', async () => {
    await withPage(async (env) => {
      const { page } = env;
      const navTexts = async () =>
        (await page.locator('nav.site-nav a').allInnerTexts()).map((s) => s.trim());
      await open(page, `${server.url}?piano=lucca-2021-relazione#/obiettivi`);
      await waitForDocument(page, 'Lucca');
      assert.equal(await page.getAttribute('html', 'lang'), 'it');
      const headingIt = (await h1(page).innerText()).trim();
      const switcher = page.locator('button.lang-switch');
      assert.equal((await switcher.innerText()).trim(), 'English');
      assert.equal(await switcher.getAttribute('lang'), 'en');

      await switcher.click();
      await waitForTitle(page, 'Objectives – Lucca – Performance dashboard');
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      assert.deepEqual(await navTexts(), NAV_EN);
      assert.equal(await currentNav(page), 'Objectives');
      assert.notEqual((await h1(page).innerText()).trim(), headingIt, 'the page heading stayed Italian');
      assert.equal((await page.locator('a.skip-link').innerText()).trim(), 'Skip to content');
      assert.equal((await switcher.innerText()).trim(), 'Italiano');
      assert.equal(await switcher.getAttribute('lang'), 'it');
      assert.equal(address(page).params.lang, 'en');
      assert.equal(address(page).hash, '#/obiettivi');
      assert.equal(await page.evaluate((k) => localStorage.getItem(k), LANG_KEY), 'en');
      const headingEn = (await h1(page).innerText()).trim();

      // A reload keeps English.
      await page.reload();
      await waitForDocument(page, 'Lucca');
      await waitForTitle(page, 'Objectives – Lucca – Performance dashboard');
      assert.equal((await h1(page).innerText()).trim(), headingEn);
      // The stored preference alone (no ?lang=) keeps English.
      await open(page, `${server.url}?piano=lucca-2021-relazione#/sintesi`);
      await waitForDocument(page, 'Lucca');
      await waitForTitle(page, 'Overview – Lucca – Performance dashboard');
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      assert.deepEqual(await navTexts(), NAV_EN);
      await open(page, server.url);
      assert.equal((await h1(page).innerText()).trim(), 'Choose a document');

      // Back to Italian.
      await open(page, `${server.url}?piano=lucca-2021-relazione#/obiettivi`);
      await waitForDocument(page, 'Lucca');
      await page.locator('button.lang-switch').click();
      await waitForTitle(page, 'Obiettivi – Lucca – Cruscotto della performance');
      assert.equal(await page.getAttribute('html', 'lang'), 'it');
      assert.deepEqual(await navTexts(), NAV_IT);
      assert.equal((await h1(page).innerText()).trim(), headingIt);
      assert.equal(address(page).params.lang, 'it');
      assert.equal(await page.evaluate((k) => localStorage.getItem(k), LANG_KEY), 'it');
      await page.reload();
      await waitForTitle(page, 'Obiettivi – Lucca – Cruscotto della performance');
      assert.equal(await page.getAttribute('html', 'lang'), 'it');
      assertNoPageErrors(env);
    });
  });

  test('?lang=en alone opens in English, with nothing stored', async () => {
    await withPage(async (env) => {
      const { page } = env;
      await open(page, `${server.url}?lang=en&piano=offanengo-2024-piano#/uffici`);
      await waitForDocument(page, 'Offanengo');
      await waitForTitle(page, 'Offices – Offanengo – Performance dashboard');
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      assert.deepEqual(
        (await page.locator('nav.site-nav a').allInnerTexts()).map((s) => s.trim()),
        NAV_EN,
      );
      assert.equal(await page.evaluate((k) => localStorage.getItem(k), LANG_KEY), null);
      assertNoPageErrors(env);
    });
  });
});

describe('privacy', () => {
  test('a tour of every view of every demo: no request elsewhere, no cookie, only the language stored', async () => {
    await withPage(async (env) => {
      const { page, context } = env;
      for (const [n, demo] of demos.entries()) {
        const name = demo.plan.document.municipality.name;
        await open(page, `${server.url}?piano=${demo.stem}#/sintesi`);
        await waitForDocument(page, name);
        if (n === 1) {
          // Switch language once, so the one stored key is there.
          await page.locator('button.lang-switch').click();
          await waitForTitle(page, `Overview – ${name} – `);
          await page.locator('button.lang-switch').click();
          await waitForTitle(page, `Sintesi – ${name} – `);
        }
        const objective = demo.plan.objectives[0];
        const unit = demo.plan.units[0];
        const views = [
          ['#/obiettivi', 'Obiettivi'],
          [`#/obiettivi/${encodeURIComponent(objective.id)}`, objective.title],
          ['#/uffici', 'Uffici'],
          [`#/uffici/${encodeURIComponent(unit.id)}`, unit.name],
          ['#/risorse', 'Risorse'],
          ['#/verifiche', 'Verifiche'],
          ['#/glossario', 'Glossario'],
          ['#/confronta', 'Confronta due documenti'],
          ['#/sintesi', 'Sintesi'],
        ];
        for (const [hash, title] of views) {
          await page.evaluate((h) => {
            location.hash = h;
          }, hash);
          await waitReady(page, hash);
          await waitForTitle(page, `${title} – ${name} – `);
        }
      }
      const origin = new URL(server.url).origin;
      assert.deepEqual(
        env.requests.filter((u) => new URL(u).origin !== origin && !/^(data|blob):/.test(u)),
        [],
        'a request left the app',
      );
      assert.deepEqual(foreignRequests(env.requests), []);
      assert.deepEqual(
        env.requestLog.filter((r) => r.method !== 'GET'),
        [],
        'a request other than GET',
      );
      assert.deepEqual(await context.cookies(), []);
      const stored = await page.evaluate(async () => ({
        local: Object.keys(localStorage),
        session: Object.keys(sessionStorage),
        cookie: document.cookie,
        databases: (await indexedDB.databases()).map((d) => d.name),
        workers: (await navigator.serviceWorker.getRegistrations()).length,
        caches: await caches.keys(),
      }));
      assert.deepEqual(stored, {
        local: [LANG_KEY],
        session: [],
        cookie: '',
        databases: [],
        workers: 0,
        caches: [],
      });
      assertNoPageErrors(env);
    });
  });
});

describe('checks that point at the real problem', () => {
  test('Verifiche lists each weight missing and each rounding, in the core\'s words, at its objective', async () => {
    const file = join(CORE_FIXTURES, 'checks', 'pesi.json');
    const report = JSON.parse(execFileSync(CRUSCOTTO, ['validate', '--json', file], { encoding: 'utf8' }));
    const missing = report.diagnostics.filter((d) => d.code === 'W30');
    assert.equal(missing.length, 4, JSON.stringify(report.diagnostics));
    assert.equal(report.diagnostics.filter((d) => d.code === 'I10').length, 2);
    await withPage(async (env) => {
      const { page } = env;
      await open(page, `${server.url}?src=__core__/checks/pesi.json#/verifiche`);
      await waitForTitle(page, 'Verifiche – Comune di Prova – ');
      const findings = page.locator('.finding');
      await findings.first().waitFor();
      assert.equal(await findings.count(), report.diagnostics.length);
      for (const d of report.diagnostics) {
        const item = findings.filter({ has: page.locator('.finding__path', { hasText: d.path }) });
        // `$.objectives[0].children[2].indicators` is also the start of
        // other paths: the one whose path is exactly this one.
        const texts = await item.locator('.finding__path').allInnerTexts();
        const at = texts.findIndex((t) => t.trim() === d.path);
        assert.ok(at >= 0, `${d.path}: ${JSON.stringify(texts)}`);
        const what = (await item.nth(at).locator('.finding__what').innerText()).trim();
        assert.ok(what.endsWith(`${d.code} ${d.message}`), `${what}\n≠ ${d.code} ${d.message}`);
      }
      // The phase without a weight: named, and linked.
      const phase = findings.filter({ has: page.locator('.finding__path', { hasText: '$.objectives[0].children[2].weight' }) });
      assert.equal(await phase.locator('a', { hasText: 'Terza fase, senza peso' }).count(), 1);
      assert.match(await phase.innerText(), /Manca il peso, mentre gli altri 2 elementi dello stesso gruppo ne hanno uno/);
      // The 17 weights of 5,88: a note, not a warning.
      const notes = page.locator('#verifiche-info').locator('xpath=..');
      assert.match(await notes.innerText(), /sommano a 99,96 invece che a 100: la differenza \(0,04\) sta nell'arrotondamento/);
      await assertNoAxeViolations(page, 'the checks of a plan with weights missing');
      assertNoPageErrors(env);
    });
  });
});

describe('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  test('the chooser, a loading error and the errors banner', async () => {
    await withPage(async (env) => {
      const { page } = env;
      await open(page, server.url);
      await page.locator('.doc-card__link').first().waitFor();
      await assertNoAxeViolations(page, 'the chooser');

      await open(page, `${server.url}?src=__core__/bad/json-troncato.json`, 'errore');
      await assertNoAxeViolations(page, 'the loading error');

      await open(page, `${server.url}?src=__core__/bad/unita-sconosciuta.json#/sintesi`);
      await waitForDocument(page, 'Comune di Prova');
      await page.locator('.errors-banner').waitFor();
      await assertNoAxeViolations(page, 'the errors banner');
      assertNoPageErrors(env);
    });
  });

  test('at 320 px wide: the chooser and the Sintesi of each demo, without horizontal scrolling', async () => {
    await withPage(
      async (env) => {
        const { page } = env;
        const scrollWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
        await open(page, server.url);
        await page.locator('.doc-card__link').first().waitFor();
        assert.ok((await scrollWidth()) <= 320, `chooser: scrollWidth ${await scrollWidth()}`);
        await assertNoAxeViolations(page, 'the chooser at 320 px');
        for (const demo of demos) {
          const name = demo.plan.document.municipality.name;
          await open(page, `${server.url}?piano=${demo.stem}#/sintesi`);
          await waitForDocument(page, name);
          await waitForTitle(page, `Sintesi – ${name} – `);
          const width = await scrollWidth();
          assert.ok(width <= 320, `${demo.stem}: the page scrolls sideways (scrollWidth ${width})`);
          await assertNoAxeViolations(page, `the Sintesi of ${demo.stem} at 320 px`);
        }
        assertNoPageErrors(env);
      },
      { viewport: { width: 320, height: 640 } },
    );
  });
});
