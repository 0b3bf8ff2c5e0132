import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildContextIndex, CONTEXT_DIR } from './load-sources';

const ROOT = new URL('../..', import.meta.url).pathname;
let root: string | undefined;

/** A copy of the project's sources, to add a file to. */
function copyOfSources(): string {
  root = mkdtempSync(join(tmpdir(), 'backstory-sources-'));
  cpSync(join(ROOT, CONTEXT_DIR), join(root, CONTEXT_DIR), { recursive: true });
  return root;
}

afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

describe('buildContextIndex', () => {
  it('gives the same index, version included, from the same sources', () => {
    const dir = copyOfSources();
    expect(JSON.stringify(buildContextIndex(dir))).toBe(JSON.stringify(buildContextIndex(ROOT)));
  });

  it.each([
    ['notes.md', /notes\.md: is not an article/],
    ['2026-01-08-call.MD', /2026-01-08-call\.MD: is not an article/],
  ])('fails on a file it would pass over (%s), naming it', (name, problem) => {
    const dir = copyOfSources();
    writeFileSync(join(dir, CONTEXT_DIR, 'articles', name), 'anything');
    expect(() => buildContextIndex(dir)).toThrow(problem);
  });

  it('fails on two files that give one article id', () => {
    const dir = copyOfSources();
    cpSync(join(dir, CONTEXT_DIR, 'articles/2026-01-07-trump-petro-call.md'), join(dir, CONTEXT_DIR, 'articles/2026-01-07-trump-petro-call.txt'));
    expect(() => buildContextIndex(dir)).toThrow(/gives the same article id/);
  });
});
