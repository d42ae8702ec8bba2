// A tiny static file server for the built app (dist/) on 127.0.0.1 and a
// random free port. No caching, no directory listing.
//
// The app can be served under a sub-path (`base`, e.g.
// `/amministrazione-trasparente/performance/cruscotto/`), as on a municipal
// website; outside it every address is a 404. Test fixtures are served under
// `<base>__fixtures__/` so a test can open `?src=__fixtures__/broken.json`
// (relative to the page, as a publisher would write it); `mounts` adds more
// folders the same way (`{ '__core__/': '/work/main/tests/fixtures' }`).
// Every request is logged in `log` (method, path, body size), so tests can
// check what the page sent.

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Resolves `urlPath` inside `root`, or null if it would escape it. */
function inside(root, urlPath) {
  const path = resolve(root, '.' + normalize('/' + urlPath));
  return path === root || path.startsWith(root + sep) ? path : null;
}

/** `/a/b` → `/a/b/`; `` → `/`. */
function slashed(base) {
  let b = base.startsWith('/') ? base : '/' + base;
  if (!b.endsWith('/')) b += '/';
  return b;
}

/**
 * Starts the server. Returns { origin, base, url, log, close() }, where `url`
 * is the address of the app (origin + base).
 * `headers` are added to every successful response (e.g. a
 * Content-Security-Policy).
 * @param {{ dist: string, fixtures?: string, base?: string,
 *           mounts?: Record<string, string>,
 *           headers?: Record<string, string> }} options absolute paths
 */
export async function startServer({ dist, fixtures, base = '/', mounts = {}, headers = {} }) {
  const prefix = slashed(base);
  const distRoot = resolve(dist);
  // Longest prefix first, so `__fixtures__/x/` can shadow `__fixtures__/`.
  const roots = Object.entries({ ...(fixtures ? { '__fixtures__/': fixtures } : {}), ...mounts })
    .map(([p, dir]) => [prefix + p.replace(/^\/+/, '').replace(/\/?$/, '/'), resolve(dir)])
    .sort((a, b) => b[0].length - a[0].length);
  const log = [];
  const server = createServer(async (req, res) => {
    let size = 0;
    for await (const chunk of req) size += chunk.length;
    const url = new URL(req.url, 'http://127.0.0.1');
    log.push({ method: req.method, path: url.pathname, search: url.search, bodyBytes: size });
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file = null;
    if (req.method === 'GET' || req.method === 'HEAD') {
      const mount = roots.find(([p]) => pathname.startsWith(p));
      if (mount) file = inside(mount[1], pathname.slice(mount[0].length));
      else if (pathname.startsWith(prefix)) file = inside(distRoot, pathname.slice(prefix.length));
    }
    try {
      if (file && (await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = file ? await readFile(file) : null;
      if (!body) throw new Error('outside root');
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...headers,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const { port } = server.address();
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    base: prefix,
    url: origin + prefix,
    log,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(ok);
      }),
  };
}
