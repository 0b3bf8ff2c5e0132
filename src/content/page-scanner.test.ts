// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
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

describe('PageScanner', () => {
  it('goes on after a slice that throws: what it found is painted, the rest is scanned, and it reports idle', async () => {
    document.body.replaceChildren();
    for (const text of ['Petro one.', 'boom', 'Petro three.']) document.body.append(Object.assign(document.createElement('p'), { textContent: text }));
    const added: string[] = [];
    const errors: unknown[] = [];
    let idle = false;
    const scanner = new PageScanner(matcher, new PageMatches(), {
      onChange: (change: MatchChange) => added.push(...change.added.map((m) => m.node.data)),
      afterSlice: () => {},
      onIdle: () => (idle = true),
      onShadowRoot: () => {},
      onError: (error) => errors.push(error),
    });
    scanner.addRoot(document.body);
    // A node added later is queued behind the failing slice.
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Petro four.' }));
    scanner.addText(document.body.lastElementChild!.firstChild as Text);
    for (let i = 0; i < 50 && !idle; i++) await new Promise((done) => setTimeout(done, 20));
    expect(errors.map(String)).toEqual(["Error: boom"]);
    expect(added).toEqual(expect.arrayContaining(['Petro one.', 'Petro four.']));
    expect(idle).toBe(true);
    scanner.stop();
  });
});
