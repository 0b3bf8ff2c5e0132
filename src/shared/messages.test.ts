import { describe, expect, it, vi } from 'vitest';
import { CONTENT_MESSAGES, parseMessage, parsePageEntitiesReply, TAB_MESSAGES } from './messages';

vi.mock('./browser', () => ({ browser: {}, translate: (k: string) => k }));

describe('parsePageEntitiesReply', () => {
  it('keeps the well-formed entities, and says whether the page is still being read', () => {
    expect(
      parsePageEntitiesReply({
        entities: [
          { id: 'marco-rubio', count: 2 },
          { id: 7, count: 1 },
        ],
        scanning: true,
      }),
    ).toEqual({ entities: [{ id: 'marco-rubio', count: 2 }], scanning: true });
    expect(parsePageEntitiesReply({ entities: [], scanning: 'yes' })).toEqual({ entities: [] });
    expect(parsePageEntitiesReply(undefined)).toBeUndefined();
  });
});

describe('parseMessage', () => {
  it('accepts well-formed messages and drops extra fields', () => {
    expect(parseMessage(CONTENT_MESSAGES, { type: 'page-entities', entities: 3, extra: 'x' })).toEqual({ type: 'page-entities', entities: 3 });
    expect(parseMessage(CONTENT_MESSAGES, { type: 'open-article', pack: 'built-in', article: 0, sentence: 4, entity: 'marco-rubio' })).toEqual({
      type: 'open-article',
      pack: 'built-in',
      article: 0,
      sentence: 4,
      entity: 'marco-rubio',
    });
    expect(parseMessage(TAB_MESSAGES, { type: 'open-next-mention' })).toEqual({ type: 'open-next-mention' });
  });

  it.each([
    null,
    'page-entities',
    {},
    { type: 'page-entities' },
    { type: 'page-entities', entities: -1 },
    { type: 'page-entities', entities: 1.5 },
    { type: 'other', entities: 1 },
    { type: 'toString' },
    { type: 'open-article', pack: 'built-in', article: 0, sentence: 0, entity: '<img src=x>' },
    { type: 'open-article', pack: '../x', article: 0, sentence: 0, entity: 'marco-rubio' },
    { type: 'open-entity', entity: 42 },
  ])('rejects %j', (value) => {
    expect(parseMessage(CONTENT_MESSAGES, value) ?? parseMessage(TAB_MESSAGES, value)).toBeUndefined();
  });
});

describe('the handlers', () => {
  it('cover every content message in the background', async () => {
    const { HANDLERS } = await import('../background/handlers');
    expect(Object.keys(HANDLERS).sort()).toEqual(Object.keys(CONTENT_MESSAGES).sort());
  });

  it('cover every tab message in the content script', async () => {
    const { TAB_HANDLERS } = await import('../content/tab-handlers');
    expect(Object.keys(TAB_HANDLERS).sort()).toEqual(Object.keys(TAB_MESSAGES).sort());
    for (const handler of Object.values(TAB_HANDLERS)) expect(handler).toBeTypeOf('function');
  });
});
