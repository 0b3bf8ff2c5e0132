import { describe, expect, it, vi } from 'vitest';
import { CONTENT_MESSAGE_TYPES, parseContentMessage } from './messages';

vi.mock('./browser', () => ({ browser: {} }));

describe('parseContentMessage', () => {
  it('accepts a well-formed message', () => {
    expect(parseContentMessage({ type: 'page-entities', entities: 3 })).toEqual({ type: 'page-entities', entities: 3 });
  });

  it.each([null, 'page-entities', {}, { type: 'page-entities' }, { type: 'page-entities', entities: -1 }, { type: 'page-entities', entities: 1.5 }, { type: 'other', entities: 1 }])(
    'rejects %j',
    (value) => {
      expect(parseContentMessage(value)).toBeUndefined();
    },
  );
});

describe('the background', () => {
  it('has a handler for every message type', async () => {
    const { HANDLERS } = await import('../background/handlers');
    expect(Object.keys(HANDLERS).sort()).toEqual([...CONTENT_MESSAGE_TYPES].sort());
    for (const type of CONTENT_MESSAGE_TYPES) expect(typeof HANDLERS[type]).toBe('function');
  });
});
