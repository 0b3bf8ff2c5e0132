// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Matcher } from '../match/matcher';
import { keepSupported } from '../match/guards';
import { PageMatches } from './page-matches';

// happy-dom has no StaticRange; PageMatches only stores them.
(globalThis as { StaticRange?: unknown }).StaticRange ??= class {
  constructor(init: object) {
    Object.assign(this, init);
  }
};

/** Finds every "Petro" (entity 0) and every "Rubio" (entity 1). */
const matcher: Matcher = {
  scan(text) {
    return [...text.matchAll(/Petro|Rubio/g)].map((m) => ({ start: m.index, end: m.index + 5, entity: m[0] === 'Petro' ? 0 : 1 }));
  },
};

function textNodes(...texts: string[]): Text[] {
  document.body.replaceChildren(...texts.map((text) => Object.assign(document.createElement('p'), { textContent: text })));
  return [...document.body.querySelectorAll('p')].map((p) => p.firstChild as Text);
}

describe('PageMatches.counts', () => {
  it('counts the mentions the page shows: every one, or one per entity with "first mention only"', () => {
    const nodes = textNodes('Petro and Rubio.', 'Petro again.', 'Petro, Petro.');
    const all = new PageMatches({ shows: () => true, density: 'all' });
    all.scan(nodes, matcher);
    expect([...all.counts()]).toEqual([
      [0, 4],
      [1, 1],
    ]);
    const first = new PageMatches({ shows: () => true, density: 'first' });
    first.scan(nodes, matcher);
    expect(first.all()).toHaveLength(2);
    expect([...first.counts()].sort()).toEqual([
      [0, 1],
      [1, 1],
    ]);
  });
});

describe('PageMatches, decided batch by batch', () => {
  // Words of a text stand for mentions: "P" Petro (entity 0) in full, "p" a bare surname of his, "r" a
  // surname a rival (entity 2) shares with entity 1, "R" entity 1 in full, "x" someone else's full
  // name ending in entity 0's surname, "d" a surname that needs entity 3's full name, "D" that name.
  const guarded: Matcher = {
    scan(text) {
      return [...text.matchAll(/\S/g)].flatMap(({ 0: word, index: start }) => {
        const at = { start, end: start + 1 };
        switch (word) {
          case 'P':
            return [{ ...at, entity: 0 }];
          case 'p':
            return [{ ...at, entity: 0, condition: 'surname' as const }];
          case 'x':
            return [{ ...at, entity: 4, surnameOf: [0] }];
          case 'R':
            return [{ ...at, entity: 1 }];
          case 'r':
            return [
              { ...at, entity: 1, condition: 'surname' as const, rivals: [2] },
              { ...at, entity: 2, condition: 'surname' as const, rivals: [1] },
            ];
          case 'Q':
            return [{ ...at, entity: 2 }];
          case 'd':
            return [{ ...at, entity: 3, condition: 'needs-full-name' as const }];
          case 'D':
            return [{ ...at, entity: 3 }];
          default:
            return [];
        }
      });
    },
  };

  it('shows what the whole page shows, whatever the order its text comes and goes in', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const letters = 'PpxRrQdD..';
    const text = () => Array.from({ length: 1 + Math.floor(random() * 4) }, () => letters[Math.floor(random() * letters.length)]).join(' ');
    for (let round = 0; round < 30; round++) {
      const nodes = textNodes(...Array.from({ length: 12 }, text));
      const matches = new PageMatches({ shows: () => true, density: 'all' });
      const painted = new Set<unknown>();
      const apply = ({ added, removed }: { added: { range: unknown }[]; removed: { range: unknown }[] }) => {
        for (const m of removed) expect(painted.delete(m)).toBe(true);
        for (const m of added) painted.add(m);
      };
      for (let step = 0; step < 8; step++) {
        // A few nodes at a time, some of them rescanned with new text, some taken away.
        const batch = nodes.filter(() => random() < 0.4);
        for (const node of batch) if (random() < 0.5) node.data = text();
        for (const node of nodes) if (random() < 0.05) node.remove();
        apply(matches.prune());
        apply(
          matches.scan(
            batch.filter((n) => n.isConnected),
            guarded,
          ),
        );
        const all = nodes.filter((n) => matches.tracks(n) && n.isConnected).flatMap((n) => guarded.scan(n.data).map((m) => ({ ...m, node: n })));
        const expected = keepSupported(all)
          .map((m) => `${nodes.indexOf(m.node)}:${m.start}:${m.entity}`)
          .sort();
        // Only the scanned nodes' current text is known: compare with the nodes PageMatches tracks.
        const shown = matches
          .all()
          .map((m) => `${nodes.indexOf(m.node)}:${m.start}:${m.entity}`)
          .sort();
        expect(shown).toEqual(expected);
        expect([...painted].length).toBe(shown.length);
      }
    }
  });
});
