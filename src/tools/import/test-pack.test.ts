import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileContextIndex } from '../../index/compile';
import { parseOverlay } from '../../index/overlay';
import type { ContextIndex } from '../../index/types';
import { importTestPack, TEST_PACK_FIXTURE, TEST_PACK_PAGES } from '../../../e2e/support/test-pack.mjs';

// What `node build.mjs --pack` will do with the browser tests' pack, done here with the compiler
// the build uses: the imported articles and the fixture's overlay must compile.
let dir: string;
let index: ContextIndex;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'backstory-test-pack-'));
  await importTestPack(dir);
  const read = (file: string) => ({ file, text: readFileSync(join(dir, file), 'utf8') });
  const articles = readdirSync(join(dir, 'articles'))
    .sort()
    .map((name) => read(join('articles', name)));
  index = compileContextIndex({ overlay: read('entities.json'), articles, version: 'test-pack' });
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const entity = (id: string) => index.entities.find((e) => e.id === id)!;

describe('the test pack', () => {
  it('holds one article per page, in English and in Spanish, named by its date', () => {
    const files = readdirSync(join(dir, 'articles'));
    expect(files).toHaveLength(TEST_PACK_PAGES.length);
    expect(TEST_PACK_PAGES.length).toBeGreaterThanOrEqual(10);
    for (const file of files) expect(file).toMatch(/^\d{4}-\d{2}-\d{2}-[a-z0-9]+(-[a-z0-9]+)*\.md$/);
    expect(new Set(index.articles.map((a) => a.language))).toEqual(new Set(['en', 'es']));
  });

  it('gives Petro sentences from two sources', () => {
    const sources = new Set(entity('gustavo-petro').mentions.map((m) => index.articles[m.article]!.source));
    expect([...sources].sort()).toEqual(['El Tiempo', 'ElColombiano.com']);
  });

  it('mentions every entity of the overlay (the build fails otherwise)', () => {
    for (const e of index.entities) expect(e.mentions.length, e.id).toBeGreaterThan(0);
  });

  it('names the built-in entities it shares by their built-in ids and names', () => {
    const builtIn = parseOverlay('entities.json', readFileSync(new URL('../../../assets/context/entities.json', import.meta.url), 'utf8'));
    const pack = parseOverlay('entities.json', readFileSync(join(TEST_PACK_FIXTURE, 'entities.json'), 'utf8'));
    const shared = pack.entities.filter((e) => builtIn.entities.some((b) => b.id === e.id));
    expect(shared.map((e) => e.id)).toEqual(expect.arrayContaining(['gustavo-petro', 'donald-trump', 'glyphosate']));
    for (const e of shared) expect(e.name).toBe(builtIn.entities.find((b) => b.id === e.id)!.name);
  });

  it('carries the pack.json the build reads', () => {
    expect(JSON.parse(readFileSync(join(dir, 'pack.json'), 'utf8'))).toEqual({ name: 'Test pack: Colombia and the US', publisher: 'Backstory tests' });
  });
});
