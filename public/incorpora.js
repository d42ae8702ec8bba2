// Cruscotto: the one script that starts the app, with no inline script (so a
// page runs under a strict Content-Security-Policy: script-src 'self'
// 'wasm-unsafe-eval'). See docs/EMBED.md.
//
// - On the app's own page (index.html, which carries <template id="cruscotto-app">
//   written by Trunk, Trunk.toml pattern_script) it starts the app in the
//   page; inside an <iframe> it also tells the host page its height.
// - On any other page it is the host script: it resizes the
//   <iframe data-cruscotto> frames to their content, and mounts the app in a
//   <div data-cruscotto data-piano|data-src data-lingua data-vista data-tema>,
//   inside a shadow root, so the two pages' styles never mix.
//
// The app's script and WebAssembly are loaded with Subresource Integrity:
// their sha384 digests are the ones Trunk wrote in index.html, and the
// browser refuses a file that does not match them.

const APP = 'cruscotto-app';
const HEIGHT = 'cruscotto:altezza';

// The folder of this script: the app's files are next to it.
const here = new URL('.', import.meta.url);

// A message the reader sees when the app cannot start (text only).
function failure(where, error) {
  const p = document.createElement('p');
  p.className = 'cruscotto-errore';
  p.setAttribute('role', 'alert');
  p.textContent =
    'Non è stato possibile avviare il cruscotto della performance: ' +
    'i file dell’applicazione non sono raggiungibili o non corrispondono alla loro impronta ' +
    '(Subresource Integrity). Riprova più tardi o avvisa l’ufficio che gestisce il sito.';
  where.append(p);
  console.error('Cruscotto:', error);
}

// What Trunk wrote in index.html: the app's first load (script and
// WebAssembly, with their digests), the full build (every view, loaded on
// demand; names and digests written by scripts/lib/post-build.mjs), the
// style sheets and the font declarations.
function appFiles(doc, base) {
  const app = doc.getElementById(APP);
  if (!app) throw new Error('index.html without #' + APP);
  const abs = (href) => new URL(href, base).href;
  const integrity = (selector) => doc.querySelector(selector)?.getAttribute('integrity') || '';
  const d = app.dataset;
  return {
    first: {
      js: abs(d.js),
      wasm: abs(d.wasm),
      jsIntegrity: integrity('link[rel="modulepreload"]'),
      wasmIntegrity: integrity('link[rel="preload"][as="fetch"]'),
    },
    full: { js: abs(d.fullJs), wasm: abs(d.fullWasm), jsIntegrity: d.fullJsSri, wasmIntegrity: d.fullWasmSri },
    fonts: { href: abs(d.fontsCss), integrity: d.fontsSri },
    views: { href: abs(d.viewsCss), integrity: d.viewsSri },
    styles: [...doc.querySelectorAll('link[rel="stylesheet"]')].map((l) => ({
      href: abs(l.getAttribute('href')),
      integrity: l.getAttribute('integrity') || '',
    })),
  };
}

// Loads one build's script (checked against its digest), then its
// WebAssembly (checked too); its exports.
async function load(build) {
  await new Promise((resolve, reject) => {
    // A <script> element (not a bare import) so the browser checks the
    // digest; the import below then reuses the same, already checked module.
    const s = document.createElement('script');
    s.type = 'module';
    s.src = build.js;
    if (build.jsIntegrity) s.integrity = build.jsIntegrity;
    s.crossOrigin = 'anonymous';
    s.onload = resolve;
    s.onerror = () => reject(new Error('script refused: ' + build.js));
    document.head.append(s);
  });
  const app = await import(build.js);
  const wasm = fetch(build.wasm, {
    integrity: build.wasmIntegrity || undefined,
    credentials: 'same-origin',
  });
  await app.default({ module_or_path: wasm });
  return app;
}

// The view the first load carries (src/pages/mod.rs, `render_first`): the
// overview, without the calculator's edits (`#/sintesi?m=…`, a simulation,
// is the full build's). An address naming another one starts the full build
// directly.
// (Only a shortcut: the first load hands any other view over to the full
// build, the document chooser too.)
function firstLoadView(config) {
  const hash = location.hash;
  const view = hash.startsWith('#/') ? hash.slice(2) : config.vista || '';
  return !/[?&]m=[^&]/.test(view) && ['', 'sintesi'].includes(view.replace(/[?#].*$/, '').replace(/\/$/, ''));
}

// Starts the app: the first load, which calls `takeOver(planUrl, plan)`
// when the reader opens a view it does not carry; that loads the full
// build, takes the first one down and starts the full one in the same place
// (it opens the document the address names, with the address of the plan
// the first load fetched and its bytes, as the pieces they arrived in: the
// plan is downloaded once).
// `started()`: after the full build took over.
async function start(files, mount, config, started = () => {}) {
  const json = JSON.stringify(config);
  // The other views' style sheet comes with the full build: next to the
  // app's own (in the host page's shadow root, or the page's head).
  let views = null;
  const full = () => {
    views ??= new Promise((done) => {
      const sheet = stylesheet(files.views);
      sheet.onload = sheet.onerror = done;
      (mount ? mount.getRootNode() : document.head).append(sheet);
    });
    return Promise.all([load(files.full), views]).then(([app]) => app);
  };
  if (!firstLoadView(config)) {
    (await full()).avvia(mount, json, false);
    return;
  }
  const first = await load(files.first);
  let taking = null;
  const takeOver = (planUrl, plan) => {
    taking ??= full().then(
      (app) => {
        first.ferma();
        app.avvia(mount, json, true, planUrl, plan);
        started();
      },
      (error) => {
        taking = null;
        console.error('Cruscotto:', error);
        throw error;
      },
    );
    return taking;
  };
  first.avvia(mount, json, takeOver);
}

// Inside an iframe: tell the host page the height of the content whenever it
// changes (only a number; the host script checks the message comes from its
// own frame).
// Called again when the full build has replaced the first one's root.
let heightObserver = null;
function reportHeight(root) {
  document.documentElement.classList.add('in-riquadro');
  const send = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    window.parent.postMessage({ type: HEIGHT, height }, '*');
  };
  heightObserver?.disconnect();
  heightObserver = new ResizeObserver(send);
  heightObserver.observe(root);
  send();
}

// The host page: frames follow their content's height.
function resizeFrames() {
  window.addEventListener('message', (ev) => {
    const d = ev.data;
    if (!d || d.type !== HEIGHT || !Number.isFinite(d.height)) return;
    for (const frame of document.querySelectorAll('iframe[data-cruscotto]')) {
      if (frame.contentWindow === ev.source) {
        frame.style.height = Math.max(200, Math.min(d.height, 200000)) + 'px';
      }
    }
  });
}

function stylesheet(style) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = style.href;
  if (style.integrity) link.integrity = style.integrity;
  link.crossOrigin = 'anonymous';
  return link;
}

// The host page: the app in the element, in a shadow root.
async function mountIn(host) {
  const index = new URL('index.html', here);
  const response = await fetch(index, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(index + ': ' + response.status);
  // Parsed, never executed: DOMParser runs no script.
  const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
  const files = appFiles(doc, index);
  const shadow = host.attachShadow({ mode: 'open' });
  // page-*.css styles the stand-alone page's html and body: never the host's.
  for (const style of files.styles.filter((s) => !s.href.split('/').pop().startsWith('page-'))) {
    shadow.append(stylesheet(style));
  }
  // Fonts must be declared by the document to be usable in a shadow root;
  // the declarations only name "Titillium Web" and change nothing else.
  if (files.fonts.href && !document.head.querySelector(`link[href="${CSS.escape(files.fonts.href)}"]`)) {
    document.head.append(stylesheet(files.fonts));
  }
  const mount = document.createElement('div');
  shadow.append(mount);
  const d = host.dataset;
  await start(files, mount, {
    base: here.href,
    piano: d.piano,
    src: d.src,
    lingua: d.lingua,
    vista: d.vista,
    tema: d.tema,
  });
}

if (document.getElementById(APP)) {
  // The app's own page.
  try {
    const inFrame = window.parent !== window;
    const report = () => {
      const root = document.body.querySelector('.cruscotto');
      if (inFrame && root) reportHeight(root);
    };
    await start(appFiles(document, document.baseURI), null, {}, report);
    report();
  } catch (e) {
    failure(document.body, e);
  }
} else {
  resizeFrames();
  // One app per page: the first element asks for it.
  const host = document.querySelector('div[data-cruscotto]');
  if (host) {
    try {
      await mountIn(host);
    } catch (e) {
      failure(host.shadowRoot || host, e);
    }
  }
}
