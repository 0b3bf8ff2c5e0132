// A static server on 127.0.0.1 for the demo and the browser tests. Pages are served with their
// scripts blocked (CSP script-src 'none') unless the URL says ?scripts=1: deterministic and offline.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { demoPageHtml } from './demo-page.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CORPUS_DIR = resolve(ROOT, '../shared/corpus/pages');
const FIXTURES_DIR = join(ROOT, 'e2e/fixtures');

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

/**
 * The compiled index that `node build.mjs` wrote.
 * @returns {import('../index/types').ContextIndex}
 */
export function builtIndex() {
  return JSON.parse(readFileSync(join(ROOT, 'dist/context-index.json'), 'utf8'));
}

/**
 * Serves `/demo/` (the first article as a news page), `/fixtures/…` from e2e/fixtures and
 * `/corpus/…` from the shared saved news pages (always as UTF-8, whatever they declare).
 * @returns {Promise<{ origin: string, close(): Promise<void> }>}
 */
export async function startServer() {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    /**
     * @param {number} status
     * @param {string | Buffer} body
     */
    const send = (status, body, type = 'text/plain; charset=utf-8') => {
      // no-store keeps tests from reading stale files, and keeps pages out of the back/forward
      // cache: ?bfcache=1 lets one in (the test of a restored page).
      /** @type {Record<string, string>} */
      const headers = { 'content-type': type, 'cache-control': url.searchParams.get('bfcache') === '1' ? 'no-cache' : 'no-store' };
      if (url.searchParams.get('scripts') !== '1') headers['content-security-policy'] = "script-src 'none'";
      res.writeHead(status, headers).end(body);
    };
    if (url.pathname === '/demo/') return send(200, demoPageHtml(builtIndex()), TYPES['.html']);
    const file = resolveFile(url.pathname);
    if (!file || !existsSync(file)) return send(404, 'not found');
    send(200, readFileSync(file), TYPES[extname(file)] ?? 'application/octet-stream');
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done(undefined))),
  };
}

/** @param {string} pathname */
function resolveFile(pathname) {
  const path = normalize(decodeURIComponent(pathname));
  /** @type {[string, string][]} */
  const roots = [
    ['/fixtures/', FIXTURES_DIR],
    ['/corpus/', CORPUS_DIR],
  ];
  for (const [prefix, dir] of roots) {
    if (!path.startsWith(prefix)) continue;
    const file = join(dir, path.slice(prefix.length));
    return file.startsWith(dir) ? file : undefined;
  }
  return undefined;
}
