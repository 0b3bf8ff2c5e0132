import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { builtInPack } from '../index/compile-pack';
import { buildContextIndex } from '../index/load-sources';
import type { MatchableEntity } from '../match/matcher';
import { keepSupported } from '../match/guards';
import { decodeTable } from '../match/hash-table';
import { compilePageIndex, mergeMatchable } from './compile-page-index';
import { isPageIndex, openPageIndex, type MatchablePack } from './page-index';

const root = fileURLToPath(new URL('../..', import.meta.url));
const index = buildContextIndex(root);
const builtIn = builtInPack(root, index);
const builtInMatchable: MatchablePack = { key: `built-in@${builtIn.meta.version}`, rules: builtIn.rules, entities: builtIn.entities };

function pack(key: string, entities: MatchableEntity[]): MatchablePack {
  return { key, rules: { titles: [], functionWords: [], givenNames: [] }, entities };
}

const SPORTS = pack('sports@1', [
  {
    id: 'james-rodriguez',
    kind: 'person',
    aliases: [
      { text: 'James Rodríguez', case: 'capitalized' },
      { text: 'Rodríguez', case: 'capitalized' },
    ],
  },
]);

/** What a page shows, as [surface, entity id]. */
function shown(wire: ReturnType<typeof compilePageIndex>, text: string): [string, string][] {
  const page = openPageIndex(wire);
  return keepSupported(page.matcher.scan(text)).map((m) => [text.slice(m.start, m.end), page.ids()[m.entity]!]);
}

describe('the page index', () => {
  it('of the built-in pack alone holds the matcher the context index ships, exactly', () => {
    const wire = compilePageIndex([builtInMatchable]);
    expect(isPageIndex(wire)).toBe(true);
    expect(wire.ids.split('\n')).toEqual(index.entities.map((e) => e.id));
    expect(wire.kinds).toBe(index.matcher.kinds);
    expect(wire.entries).toBe(index.matcher.trie.entries);
    expect({ ...JSON.parse(wire.trie), entries: wire.entries, knownWords: wire.knownWords.split('\u0001'), firstBySecond: wire.firstBySecond.split('\u0001') }).toEqual(index.matcher.trie);
    const core = JSON.parse(wire.core) as { guards: unknown; prefilter: number[] };
    const tables = Object.entries(JSON.parse(wire.tables) as Record<string, string>).map(([name, table]) => [name, decodeTable(table)]);
    expect({ guards: core.guards, filter: { ...Object.fromEntries(tables), prefilter: core.prefilter } }).toEqual({ guards: index.matcher.guards, filter: index.matcher.filter });
    expect(JSON.parse(wire.fuzzy)).toEqual(index.fuzzy);
  });

  it('carries no article text', () => {
    const wire = JSON.stringify(compilePageIndex([builtInMatchable]));
    for (const article of index.articles) for (const sentence of article.sentences.filter((s) => s.length > 40)) expect(wire).not.toContain(sentence);
  });

  it('finds what the built-in matcher finds', () => {
    const text = 'Gustavo Petro habló con Donald Trump sobre el glifosato y la Casa Blanca.';
    expect(shown(compilePageIndex([builtInMatchable]), text).map(([, id]) => id)).toEqual(['gustavo-petro', 'donald-trump', 'glyphosate', 'white-house']);
  });

  it('parses the trie only when a word may begin an alias, and only the branches its words lead to', () => {
    const wire = compilePageIndex([builtInMatchable]);
    const parse = vi.spyOn(JSON, 'parse');
    const parsedTrie = () => parse.mock.calls.filter(([text]) => text === wire.trie).length;
    const branches = () => parse.mock.calls.map(([text]) => text).filter((text) => text !== wire.trie && wire.entries.includes(text));
    try {
      const page = openPageIndex(wire);
      const decoded = vi.spyOn(globalThis, 'atob');
      expect(page.matcher.scan('A quiet day in the garden, with tea and nothing to report.')).toEqual([]);
      expect(parsedTrie()).toBe(0);
      // Nor any of the candidate filter's tables: no word got past the prefilter.
      expect(decoded).not.toHaveBeenCalled();
      expect(parse.mock.calls.filter(([text]) => text === wire.tables)).toEqual([]);
      expect(page.matcher.scan('Petro spoke.')).toHaveLength(1);
      expect(parsedTrie()).toBe(1);
      expect(decoded).toHaveBeenCalled();
      decoded.mockRestore();
      // The branch of "petro" alone: a small part of the entries.
      expect(branches()).toHaveLength(1);
      expect(branches()[0]).toContain('"petro"');
      expect(branches()[0]!.length).toBeLessThan(wire.entries.length / 4);
      expect(page.kindOf(0)).toBe(index.entities[0]!.kind);
      expect(page.matcher.scan('Petro spoke again.')).toHaveLength(1);
      expect(branches()).toHaveLength(1);
    } finally {
      parse.mockRestore();
    }
  });

  it('merges entities two packs define, with the aliases of both', () => {
    const extra = pack('extra@1', [{ id: 'gustavo-petro', kind: 'person', aliases: [{ text: 'Gustavo Francisco Petro', case: 'capitalized' }] }]);
    const merged = mergeMatchable([builtInMatchable, extra]);
    expect(merged.filter((e) => e.id === 'gustavo-petro')).toHaveLength(1);
    expect(merged.find((e) => e.id === 'gustavo-petro')!.aliases.map((a) => a.text)).toContain('Gustavo Francisco Petro');
    expect(shown(compilePageIndex([builtInMatchable, extra]), 'Gustavo Francisco Petro llegó.')).toEqual([['Gustavo Francisco Petro', 'gustavo-petro']]);
  });

  it('resolves an alias two packs share by the full name on the page, and leaves it unpainted otherwise', () => {
    const wire = compilePageIndex([builtInMatchable, SPORTS]);
    expect(shown(wire, 'Delcy Rodríguez habló en Caracas. Rodríguez dijo que seguirá.')).toEqual([
      ['Delcy Rodríguez', 'delcy-rodriguez'],
      ['Rodríguez', 'delcy-rodriguez'],
    ]);
    expect(shown(wire, 'James Rodríguez marcó dos goles. Rodríguez fue la figura.')).toEqual([
      ['James Rodríguez', 'james-rodriguez'],
      ['Rodríguez', 'james-rodriguez'],
    ]);
    expect(shown(wire, 'Rodríguez fue la figura del partido.')).toEqual([]);
  });

  it('gives a bare shared surname to the pack ranked highest, unless the page names another in full', () => {
    const family = pack('family@1', [
      {
        id: 'nicolas-petro',
        kind: 'person',
        aliases: [
          { text: 'Nicolás Petro', case: 'capitalized' },
          { text: 'Petro', case: 'capitalized' },
        ],
      },
    ]);
    const wire = compilePageIndex([builtInMatchable, family]);
    expect(shown(wire, 'Petro habló con Trump.').map(([, id]) => id)).toEqual(['gustavo-petro', 'donald-trump']);
    expect(shown(wire, 'Nicolás Petro fue detenido. Petro negó los cargos.')).toEqual([
      ['Nicolás Petro', 'nicolas-petro'],
      ['Petro', 'nicolas-petro'],
    ]);
    expect(shown(wire, 'Gustavo Petro defendió a su hijo Nicolás Petro. Petro habló.')).toEqual([
      ['Gustavo Petro', 'gustavo-petro'],
      ['Nicolás Petro', 'nicolas-petro'],
    ]);
    // Ranked the other way, the family pack's Petro is the one a bare surname names.
    expect(shown(compilePageIndex([family, builtInMatchable]), 'Petro negó los cargos.')).toEqual([['Petro', 'nicolas-petro']]);
  });

  it('keeps a term of the pack ranked higher against a longer term of one ranked lower', () => {
    const legal = pack('legal@1', [{ id: 'extradition-request', kind: 'term', aliases: [{ text: 'extradition request', case: 'any' }] }]);
    expect(shown(compilePageIndex([builtInMatchable, legal]), 'Extradition requests rose.')).toEqual([['Extradition', 'extradition']]);
    expect(shown(compilePageIndex([legal, builtInMatchable]), 'Extradition requests rose.')).toEqual([['Extradition requests', 'extradition-request']]);
  });

  it('hides a bare surname for one person where another pack names someone else of it in full', () => {
    const other = pack('other@1', [{ id: 'pedro-rubio', kind: 'person', aliases: [{ text: 'Pedro Rubio', case: 'capitalized' }] }]);
    expect(shown(compilePageIndex([builtInMatchable, other]), 'El concejal Pedro Rubio habló. Rubio, de 58 años, votó.')).toEqual([['Pedro Rubio', 'pedro-rubio']]);
  });

  it('is refused in another shape', () => {
    const wire = compilePageIndex([builtInMatchable]);
    expect(isPageIndex({ ...wire, version: 99 })).toBe(false);
    expect(isPageIndex({ ...wire, core: 3 })).toBe(false);
    expect(isPageIndex(null)).toBe(false);
  });
});
