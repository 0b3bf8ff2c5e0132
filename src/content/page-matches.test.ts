// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Matcher } from '../match/matcher';
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
    expect([...all.counts()]).toEqual([[0, 4], [1, 1]]);
    const first = new PageMatches({ shows: () => true, density: 'first' });
    first.scan(nodes, matcher);
    expect(first.all()).toHaveLength(2);
    expect([...first.counts()].sort()).toEqual([[0, 1], [1, 1]]);
  });
});
