// A tiny static file server for the built app (dist/) on 127.0.0.1 and a
// random free port. Test fixtures are served under /__fixtures__/ so a test
// can open `?src=__fixtures__/broken.json`. No caching, no directory listing.

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

const FIXTURES_PREFIX = '/__fixtures__/';

/** Resolves `urlPath` inside `root`, or null if it would escape it. */
function inside(root, urlPath) {
  const path = resolve(root, '.' + normalize('/' + urlPath));
  return path === root || path.startsWith(root + sep) ? path : null;
}

/**
 * Starts the server. Returns { origin, close() }.
 * @param {{ dist: string, fixtures: string }} dirs absolute paths
 */
export async function startServer({ dist, fixtures }) {
  const distRoot = resolve(dist);
  const fixturesRoot = resolve(fixtures);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file = pathname.startsWith(FIXTURES_PREFIX)
      ? inside(fixturesRoot, pathname.slice(FIXTURES_PREFIX.length))
      : inside(distRoot, pathname);
    try {
      if (file && (await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = file ? await readFile(file) : null;
      if (!body) throw new Error('outside root');
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
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
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}
