import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtInPack } from '../index/compile-pack';
import { buildContextIndex } from '../index/load-sources';
import { MAX_PACK_BYTES, type ContextPack } from './pack-format';
import { PackError, readPack, type PackProblem } from './read-pack';

const root = fileURLToPath(new URL('../..', import.meta.url));
const valid: ContextPack = { ...builtInPack(root, buildContextIndex(root)), meta: { ...builtInPack(root, buildContextIndex(root)).meta, id: 'colombia-2026', name: 'Colombia 2026' } };
const text = JSON.stringify(valid);

function problemOf(input: string, bytes?: number): PackProblem {
  try {
    readPack(input, bytes);
  } catch (error) {
    if (error instanceof PackError) return error.problem;
    throw error;
  }
  throw new Error('the pack was accepted');
}

/** The valid pack with one change made by `edit` on a copy. */
function edited(edit: (pack: ContextPack) => void): string {
  const copy = JSON.parse(text) as ContextPack;
  edit(copy);
  return JSON.stringify(copy);
}

describe('readPack', () => {
  it('reads a pack build.mjs wrote', () => {
    const pack = readPack(text);
    expect(pack.meta.name).toBe('Colombia 2026');
    expect(pack.entities.map((e) => e.id)).toContain('gustavo-petro');
  });

  it('refuses a file over the limit before parsing it', () => {
    expect(problemOf('{', MAX_PACK_BYTES + 1)).toEqual({ code: 'too-big', bytes: MAX_PACK_BYTES + 1, limit: MAX_PACK_BYTES });
  });

  it('tells a truncated file from one that is not JSON', () => {
    expect(problemOf(text.slice(0, text.length / 2))).toEqual({ code: 'truncated' });
    expect(problemOf('name,publisher\nx,y')).toEqual({ code: 'not-json' });
  });

  it('refuses JSON that is not a pack, and another format version', () => {
    expect(problemOf('{"schemaVersion": 3}')).toEqual({ code: 'not-a-pack' });
    expect(problemOf(edited((p) => ((p as { formatVersion: number }).formatVersion = 2)))).toEqual({ code: 'other-version', version: 2, supported: 1 });
  });

  it('names the entity and field that do not fit', () => {
    const problem = problemOf(edited((p) => ((p.entities[0]!.kind as string) = 'spaceship')));
    expect(problem).toMatchObject({ code: 'invalid', path: 'entities.0.kind', entity: valid.entities[0]!.id });
  });

  it('refuses links that are not http(s) and code where text belongs', () => {
    expect(problemOf(edited((p) => (p.articles[0]!.url = 'javascript:alert(1)')))).toMatchObject({ code: 'invalid', path: 'articles.0.url' });
    expect(problemOf(edited((p) => ((p.entities[0]!.role as unknown) = { en: { toString: 'x' } })))).toMatchObject({ code: 'invalid', path: 'entities.0.role.en' });
  });

  it('refuses two entities with one id', () => {
    const id = valid.entities[1]!.id;
    expect(problemOf(edited((p) => (p.entities[2]!.id = id)))).toEqual({ code: 'duplicate-entity', entity: id });
  });

  it('refuses a mention outside its article', () => {
    const problem = problemOf(edited((p) => (p.entities[0]!.mentions[0]!.sentence = 9999)));
    expect(problem).toMatchObject({ code: 'bad-reference', entity: valid.entities[0]!.id });
  });

  it('refuses the built-in pack id', () => {
    expect(problemOf(edited((p) => (p.meta.id = 'built-in')))).toEqual({ code: 'reserved-id' });
  });
});
