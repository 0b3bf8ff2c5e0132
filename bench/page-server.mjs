// Serves the bench's generated pages on 127.0.0.1, with scripts blocked like the corpus pages, so a
// generated page and a saved one are loaded the same way.
import { createServer } from 'node:http';

/**
 * Serves fixed HTML strings by path.
 * @param {Record<string, string>} pages path ("/news-1mb.html") -> HTML
 * @returns {Promise<{ origin: string, close(): Promise<void> }>}
 */
export async function startPageServer(pages) {
  const server = createServer((req, res) => {
    const html = pages[new URL(req.url ?? '/', 'http://localhost').pathname];
    const headers = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-security-policy': "script-src 'none'" };
    if (html === undefined) return res.writeHead(404, headers).end('not found');
    res.writeHead(200, headers).end(html);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done(undefined))),
  };
}
