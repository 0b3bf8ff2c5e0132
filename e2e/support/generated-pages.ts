import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { ROOT } from '../../src/tools/local-server.mjs';

/** Pages the tests generate, served from /fixtures/.generated/ (ignored by git). */
export const GENERATED_DIR = join(ROOT, 'e2e/fixtures/.generated');

function write(name: string, content: string): string {
  mkdirSync(GENERATED_DIR, { recursive: true });
  writeFileSync(join(GENERATED_DIR, name), content);
  return `/fixtures/.generated/${name}`;
}

/** The React fixture: server-rendered HTML and the bundled client that hydrates it on request. */
export async function reactPage(): Promise<string> {
  const [{ renderToString }, { App }, { createElement }] = await Promise.all([import('react-dom/server'), import('../fixtures/react/app.mjs'), import('react')]);
  await build({
    entryPoints: [join(ROOT, 'e2e/fixtures/react/client.mjs')],
    outfile: join(GENERATED_DIR, 'react-client.js'),
    bundle: true,
    format: 'iife',
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'warning',
  });
  const ssr = renderToString(createElement(App));
  return write(
    'react.html',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>React news</title></head><body><div id="root">${ssr}</div><script src="react-client.js"></script></body></html>`,
  );
}

/** A page of `paragraphs` paragraphs with four text nodes each, names sprinkled through. */
export function manyTextNodesPage(paragraphs: number): string {
  const names = ['Gustavo Petro', 'Donald Trump', 'Marco Rubio', 'glyphosate', 'Venezuela', 'the White House'];
  const rows: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    const name = names[i % names.length];
    rows.push(`<p>Paragraph ${i} mentions ${i % 7 === 0 ? name : 'nothing much'} <b>in bold ${i}</b> and then <a href="#p${i}">a link</a> ends here.</p>`);
  }
  return write(`many-${paragraphs}.html`, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Many nodes</title></head><body>${rows.join('\n')}</body></html>`);
}
