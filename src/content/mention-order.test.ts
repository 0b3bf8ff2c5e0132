// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { nextMention } from './mention-order';
import type { PageMatch } from './page-matches';

function matchAt(node: Text, start: number): PageMatch {
  return { node, start, end: start + 5, entity: 0, range: {} as StaticRange };
}

describe('nextMention', () => {
  it('goes to the mention after the open one, wrapping at the end', () => {
    document.body.replaceChildren();
    const [a, b] = ['Petro met Rubio', 'Trump'].map((t) => document.body.appendChild(document.createElement('p')).appendChild(document.createTextNode(t)));
    const matches = [matchAt(b!, 0), matchAt(a!, 10), matchAt(a!, 0)];
    expect(nextMention(matches, matches[2])).toBe(matches[1]);
    expect(nextMention(matches, matches[0])).toBe(matches[2]);
  });

  it("goes on from the open mention's place when its text was rescanned since (a new object in the list)", () => {
    document.body.replaceChildren();
    const [a, b] = ['Petro met Rubio', 'Trump'].map((t) => document.body.appendChild(document.createElement('p')).appendChild(document.createTextNode(t)));
    const open = matchAt(a!, 10);
    const matches = [matchAt(a!, 0), matchAt(a!, 10), matchAt(b!, 0)];
    expect(nextMention(matches, open)).toBe(matches[2]);
  });
});
