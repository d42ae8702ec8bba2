// What the data file and the network can and cannot do to the app:
// - a hostile plan (script payloads in every text field, every id, every
//   address) is shown on every view and executes nothing — served *without*
//   a Content-Security-Policy, so it is the app's own handling (text only,
//   rich text through the core's allowlist) that is tested, not the policy;
// - Subresource Integrity: the digests in index.html are those of the files,
//   and a changed script or WebAssembly file is refused (the app does not
//   start and says so);
// - a tour with the plan on another origin asks nothing of any third origin.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { startServer } from './support/server.mjs';
import { launch } from './support/browser.mjs';
import { DIST, FIXTURES, TIMEOUT, objectiveNodes, readJson } from './support/suite.mjs';

/** The core's small valid plan (tests/fixtures/valid). */
const SMALL_PLAN = join(FIXTURES, '..', '..', 'fixtures', 'valid', 'piccolo.json');

/** Payloads that would record their run in window.__xss (or open a dialog) if executed. */
const PAYLOADS = [
  '<script>window.__xss.push("script")</script>',
  '<img src=x onerror="window.__xss.push(\'img\')">',
  '"><svg onload="window.__xss.push(\'svg\')">',
  "'><iframe srcdoc=\"<script>parent.__xss.push('iframe')</script>\"></iframe>",
  '<a href="javascript:window.__xss.push(\'href\')">clic</a>',
  '<style>*{display:none!important}</style><b style="color:red" onclick="alert(1)">x</b>',
  '{{constructor.constructor("window.__xss.push(\'template\')")()}}',
  '</textarea></title><script>window.__xss.push("close")</script>',
  'javascript:window.__xss.push("url")',
  'data:text/html,<script>window.__xss.push("data")</script>',
];
/** Free-text fields of the format: every one gets a payload. */
const TEXT_KEYS = new Set([
  'title', 'name', 'description', 'code', 'role', 'province', 'istat_code', 'number', 'subject',
  'deadline_text', 'programme', 'sdg_text', 'published_achievement_text', 'cup', 'measure',
  'measure_unit', 'formula', 'unit_text', 'text', 'label', 'mark', 'source_url',
]);
const LIST_KEYS = new Set(['notes', 'tags']);
/** Identifiers and the fields that refer to them: changed the same way, so references still hold. */
const ID_KEYS = new Set(['id', 'level', 'unit']);
const REF_LIST_KEYS = new Set(['units', 'sum_of']);

let n = 0;
const payload = () => PAYLOADS[n++ % PAYLOADS.length];
const hostileId = (id) => `${id}"><img src=x onerror=window.__xss.push('id')>`;

/** The small valid plan with a payload in every text field and id. */
function hostile(value, key) {
  if (Array.isArray(value)) {
    if (LIST_KEYS.has(key)) return value.map((v) => `${v} ${payload()}`);
    if (REF_LIST_KEYS.has(key) && value.every((v) => typeof v === 'string')) return value.map(hostileId);
    return value.map((v) => hostile(v, key));
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => {
        if (typeof v === 'string' && ID_KEYS.has(k)) return [k, hostileId(v)];
        if (typeof v === 'string' && TEXT_KEYS.has(k)) return [k, `${v} ${payload()}`];
        return [k, hostile(v, k)];
      }),
    );
  }
  return value;
}

let server;
let planServer;
let env;
let dir;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cruscotto-sicurezza-'));
  const base = await readJson(SMALL_PLAN);
  // Every kind of text the format has: notes, footnotes, cost totals, an extra table.
  base.document.notes = ['Nota'];
  base.document.source_url = 'https://www.comune.example.it/piano.pdf';
  base.objectives[0].notes = ['Nota'];
  base.objectives[0].tags = ['scuola'];
  base.objectives[0].description = '<p>Descrizione</p>';
  base.objectives[0].costs = { staff: '10.00', notes: ['Nota'] };
  base.money.budget[0].footnotes = [{ mark: '*', text: 'Nota' }];
  base.money.cost_totals = [{ label: 'Totale', group: 'obiettivi', amounts: { staff: '10.00' } }];
  base.tables = [
    {
      id: 't1',
      title: 'Tabella',
      columns: [{ label: 'Voce', type: 'text' }],
      rows: [['Valore'], ['Altro']],
      notes: ['Nota'],
    },
  ];
  const plan = hostile(base);
  await writeFile(join(dir, 'ostile.json'), JSON.stringify(plan, null, 2));
  server = await startServer({ dist: DIST, mounts: { '__ostile__/': dir } });
  planServer = await startServer({ dist: dir, headers: { 'access-control-allow-origin': '*' } });
  env = await launch();
});

after(async () => {
  await env?.browser.close();
  await Promise.all([server?.close(), planServer?.close()]);
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function newPage() {
  const page = await env.context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  env.pageErrors.length = 0;
  await page.addInitScript(() => {
    window.__xss = [];
  });
  page.on('dialog', (d) => {
    env.pageErrors.push(`dialog: ${d.message()}`);
    d.dismiss();
  });
  return page;
}

/** Executable markup that reached the page, if any. */
async function dangerous(page) {
  return page.evaluate(() => {
    const found = [];
    for (const el of document.querySelectorAll('body *')) {
      const tag = el.tagName.toLowerCase();
      if (['script', 'iframe', 'object', 'embed', 'style', 'frame', 'base', 'meta', 'link'].includes(tag)) {
        found.push(`<${tag}>`);
      }
      for (const a of el.attributes) {
        if (/^on/i.test(a.name)) found.push(`${tag}[${a.name}]`);
        if (a.name === 'style') found.push(`${tag}[style]`);
        if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(a.name) && /^\s*(javascript|data|vbscript):/i.test(a.value)) {
          found.push(`${tag}[${a.name}=${a.value.slice(0, 30)}]`);
        }
      }
    }
    return found;
  });
}

test('a hostile plan is shown on every view and executes nothing', async () => {
  const page = await newPage();
  const plan = await readJson(join(dir, 'ostile.json'));
  const url = `${server.url}?src=__ostile__/ostile.json`;
  const enc = encodeURIComponent;
  const views = [
    '#/sintesi', '#/obiettivi', '#/uffici', '#/risorse', '#/verifiche', '#/glossario', '#/documenti',
    ...objectiveNodes(plan).map((o) => `#/obiettivi/${enc(o.id)}`),
    '#/uffici/' + enc(plan.units[0].id),
    '#/uffici/' + enc(plan.units[0].children[0].id),
    '#/incorpora/obiettivi/' + enc(plan.objectives[0].id),
  ];
  await page.goto(`${url}#/sintesi`);
  await page.locator('.site-header__municipality').waitFor();
  // The payloads are on the page, as text.
  assert.match(await page.locator('.site-header').innerText(), /<img src=x onerror=/);
  let visited = 0;
  for (const view of views) {
    await page.evaluate((h) => { location.hash = h; }, view);
    await page.locator('h1#titolo-pagina').waitFor();
    // Expand every disclosure, so hidden text is drawn too (not the menu
    // button of narrow screens, which a wide one does not draw).
    for (const b of await page.locator('button[aria-expanded="false"]:visible').all()) await b.click();
    assert.deepEqual(await dangerous(page), [], `executable markup on ${view}`);
    visited += 1;
  }
  assert.equal(visited, views.length);
  // An objective page shows the hostile title as text, whole.
  await page.evaluate((h) => { location.hash = h; }, `#/obiettivi/${enc(plan.objectives[0].id)}`);
  assert.equal(
    await page.locator('h1#titolo-pagina').innerText().then((t) => t.includes(plan.objectives[0].title)),
    true,
  );
  // The snippet of the Incorpora page names the plan safely: one frame, one script of ours.
  await page.evaluate((h) => { location.hash = h; }, '#/incorpora');
  const snippet = await page.locator('#embed-codice').inputValue();
  const parsed = await page.evaluate((html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    return [...doc.querySelectorAll('*')].filter((e) => !['html', 'head', 'body'].includes(e.localName)).map((e) => e.localName);
  }, snippet);
  assert.deepEqual(parsed, ['iframe', 'script']);

  assert.deepEqual(await page.evaluate(() => window.__xss), [], 'a payload ran');
  assert.deepEqual(env.pageErrors, []);
  await page.close();
});

test('the digests in index.html are the files’ own (sha384)', async () => {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const links = [...html.matchAll(/<link\b[^>]*\bhref="\.\/([^"]+)"[^>]*\bintegrity="([^"]+)"/g)];
  const files = links.map(([, file]) => file);
  assert.ok(files.some((f) => f.endsWith('.js')), 'no digest for the script');
  assert.ok(files.some((f) => /^cruscotto-web-.*_bg\.wasm$/.test(f)), 'no digest for the WebAssembly');
  for (const [, file, integrity] of links) {
    const digest = createHash('sha384').update(await readFile(join(DIST, file))).digest('base64');
    assert.equal(integrity, `sha384-${digest}`, file);
  }
  // Loaded later by incorpora.js, named with their digests in the template
  // (scripts/lib/post-build.mjs): the full build, the other views' style
  // sheet and, for host pages, the fonts' declarations.
  const template = html.match(/<template\b[^>]*id="cruscotto-app"[^>]*>/)[0];
  for (const [file, sri] of [
    ['data-full-js', 'data-full-js-sri'],
    ['data-full-wasm', 'data-full-wasm-sri'],
    ['data-fonts-css', 'data-fonts-sri'],
    ['data-views-css', 'data-views-sri'],
  ]) {
    const name = template.match(new RegExp(`\\s${file}="\\./([^"]+)"`))?.[1];
    const integrity = template.match(new RegExp(`\\s${sri}="([^"]+)"`))?.[1];
    assert.ok(name && integrity, `${file} and ${sri} in the template`);
    const digest = createHash('sha384').update(await readFile(join(DIST, name))).digest('base64');
    assert.equal(integrity, `sha384-${digest}`, name);
  }
});

for (const [what, pick, change] of [
  ['WebAssembly', (f) => /^cruscotto-web-.*_bg\.wasm$/.test(f), (b) => Buffer.concat([b, Buffer.from([0])])],
  ['script', (f) => /^cruscotto-web-.*\.js$/.test(f), (b) => Buffer.concat([b, Buffer.from('\n// altered\n')])],
]) {
  test(`a changed ${what} file is refused and the reader is told`, async () => {
    const altered = await mkdtemp(join(tmpdir(), 'cruscotto-alterato-'));
    await cp(DIST, altered, { recursive: true });
    const file = (await readdir(altered)).find(pick);
    await writeFile(join(altered, file), change(await readFile(join(altered, file))));
    const alteredServer = await startServer({ dist: altered });
    try {
      const page = await newPage();
      await page.goto(`${alteredServer.url}?piano=lucca-2021-relazione`);
      await page.getByRole('alert').filter({ hasText: 'Non è stato possibile avviare il cruscotto' }).waitFor();
      assert.equal(await page.locator('.cruscotto').count(), 0, 'the app started');
      assert.ok(
        env.pageErrors.some((e) => /integrity/i.test(e)),
        `no integrity error reported: ${env.pageErrors.join(' | ')}`,
      );
      await page.close();
    } finally {
      await alteredServer.close();
      await rm(altered, { recursive: true, force: true });
    }
  });
}

test('with the plan on another origin, a full tour asks nothing of a third one', async () => {
  const page = await newPage();
  await writeFile(join(dir, 'piano.json'), await readFile(SMALL_PLAN));
  env.requests.length = 0;
  await page.goto(`${server.url}?src=${encodeURIComponent(planServer.url + 'piano.json')}#/sintesi`);
  await page.locator('.site-header__municipality').waitFor();
  const nav = ['Obiettivi', 'Uffici', 'Risorse', 'Verifiche', 'Glossario', 'Sintesi'];
  for (const name of nav) {
    await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
  }
  await page.getByRole('link', { name: 'Incorpora questa pagina nel tuo sito' }).click();
  await page.locator('#embed-codice').waitFor();
  const origins = [...new Set(env.requests.map((u) => new URL(u).origin))].sort();
  assert.deepEqual(origins, [new URL(server.url).origin, new URL(planServer.url).origin].sort());
  // The plan was read once, by the first load (the full build took its
  // bytes over, src/lib.rs), with no credentials, and nothing was sent.
  assert.deepEqual(
    env.requestLog.filter((r) => r.url.startsWith(planServer.url)).map((r) => [r.method, r.postBytes]),
    [['GET', 0]],
  );
  assert.deepEqual(await env.context.cookies(), []);
  const stored = await page.evaluate(() => Object.keys(localStorage));
  assert.deepEqual(stored.filter((k) => k !== 'cruscotto.lingua'), []);
  assert.deepEqual(env.pageErrors, []);
  await page.close();
});
