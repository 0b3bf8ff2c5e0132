// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { Matcher } from '../match/matcher';
import { PageMatches, type MatchChange } from './page-matches';
import { PageScanner } from './page-scanner';

// happy-dom has no StaticRange; the scanner only stores them.
(globalThis as { StaticRange?: unknown }).StaticRange ??= class {
  constructor(init: object) {
    Object.assign(this, init);
  }
};

/** Finds "Petro" (entity 0) and throws on "boom", as a matcher bug on one text would. */
const matcher: Matcher = {
  scan(text) {
    if (text.includes('boom')) throw new Error('boom');
    const at = text.indexOf('Petro');
    return at < 0 ? [] : [{ start: at, end: at + 5, entity: 0 }];
  },
};

describe('PageScanner, when the matcher throws on one text node', () => {
  it('reports the error once, hands on what that batch found before it, and goes on with the rest of the page and with text added after, then reports idle', async () => {
    document.body.replaceChildren();
    // More text nodes than one batch holds: the walk has a rest after the failing batch.
    const fillers = Array.from({ length: 40 }, (_, i) => `Filler ${i}.`);
    for (const text of ['Petro one.', 'boom', ...fillers, 'Petro last.']) document.body.append(Object.assign(document.createElement('p'), { textContent: text }));
    const added: string[] = [];
    const errors: unknown[] = [];
    let idle = false;
    const scanner: PageScanner = new PageScanner(matcher, new PageMatches(), {
      onChange: (change: MatchChange) => added.push(...change.added.map((m) => m.node.data)),
      afterSlice: () => {},
      onIdle: () => (idle = true),
      onShadowRoot: () => {},
      onError: (error) => {
        errors.push(error);
        // The page adds text while the failing slice is being reported: it is queued behind it.
        const p = document.body.appendChild(Object.assign(document.createElement('p'), { textContent: 'Petro after.' }));
        scanner.addText(p.firstChild as Text);
      },
    });
    scanner.addRoot(document.body);
    await vi.waitFor(() => expect(idle).toBe(true));
    expect(errors.map(String)).toEqual(['Error: boom']);
    expect(added).toEqual(expect.arrayContaining(['Petro one.', 'Petro last.', 'Petro after.']));
    scanner.stop();
  });
});
