import { describe, expect, it } from 'vitest';
import { EMPTY_TRAIL, back, canGoBack, canGoForward, current, forward, openEntry, type CardTrail } from './card-trail';

describe('a card trail', () => {
  it('goes back and forward like a browser, and opening a name drops what was ahead', () => {
    let trail: CardTrail<string> = openEntry(openEntry(openEntry(EMPTY_TRAIL, 'petro'), 'rubio'), 'trump');
    expect([current(trail), canGoBack(trail), canGoForward(trail)]).toEqual(['trump', true, false]);
    trail = back(back(trail));
    expect([current(trail), canGoBack(trail), canGoForward(trail)]).toEqual(['petro', false, true]);
    expect(current(back(trail))).toBe('petro');
    trail = forward(trail);
    expect(current(trail)).toBe('rubio');
    trail = openEntry(trail, 'ocampo');
    expect(trail.entries).toEqual(['petro', 'rubio', 'ocampo']);
    expect(canGoForward(trail)).toBe(false);
    expect(current(forward(trail))).toBe('ocampo');
  });

  it('shows nothing when empty', () => {
    expect(current(EMPTY_TRAIL)).toBeUndefined();
    expect([canGoBack(EMPTY_TRAIL), canGoForward(EMPTY_TRAIL)]).toEqual([false, false]);
  });
});
