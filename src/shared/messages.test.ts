import { describe, expect, it, vi } from 'vitest';
import { CAPTURE_MESSAGES, CONTENT_MESSAGES, parseMessage, parsePageEntitiesReply, SAVED_MESSAGES, TAB_MESSAGES } from './messages';

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

  it('cover every saved-material message in the background', async () => {
    const { SAVED_HANDLERS } = await import('../background/saved-handlers');
    expect(Object.keys(SAVED_HANDLERS).sort()).toEqual(Object.keys(SAVED_MESSAGES).sort());
    for (const handler of Object.values(SAVED_HANDLERS)) expect(handler).toBeTypeOf('function');
  });

  it('cover every capture message in the background', async () => {
    const { CAPTURE_HANDLERS } = await import('../background/capture-handlers');
    expect(Object.keys(CAPTURE_HANDLERS).sort()).toEqual(Object.keys(CAPTURE_MESSAGES).sort());
    expect(parseMessage(CAPTURE_MESSAGES, { type: 'save-tab', tab: 4, what: 'article' })).toEqual({ type: 'save-tab', tab: 4, what: 'article' });
    expect(parseMessage(CAPTURE_MESSAGES, { type: 'save-tab', tab: 2144489765, what: 'selection' })).toBeDefined();
    expect(parseMessage(CAPTURE_MESSAGES, { type: 'save-tab', tab: 4, what: 'page' })).toBeUndefined();
    expect(parseMessage(CAPTURE_MESSAGES, { type: 'save-tab', tab: 1.5, what: 'article' })).toBeUndefined();
    expect(parseMessage(CAPTURE_MESSAGES, { type: 'save-tab', tab: -1, what: 'article' })).toBeUndefined();
  });

  it('cover every tab message in the content script', async () => {
    const { TAB_HANDLERS } = await import('../content/tab-handlers');
    expect(Object.keys(TAB_HANDLERS).sort()).toEqual(Object.keys(TAB_MESSAGES).sort());
    for (const handler of Object.values(TAB_HANDLERS)) expect(handler).toBeTypeOf('function');
  });
});

describe('saved-material messages', () => {
  const article = { title: 'T', source: 'S', date: '2026-03-01', language: 'es', paragraphs: ['P.'], kind: 'article' };

  it('accept the shapes the background checks further', () => {
    expect(parseMessage(SAVED_MESSAGES, { type: 'save-article', article })).toEqual({ type: 'save-article', article });
    expect(parseMessage(SAVED_MESSAGES, { type: 'save-article', article: { ...article, url: 'https://example.com/a' } })).toBeDefined();
    expect(parseMessage(SAVED_MESSAGES, { type: 'add-name', name: { name: 'Daniel Duque', kind: 'person', note: 'n', spellings: [] } })).toBeDefined();
    expect(parseMessage(SAVED_MESSAGES, { type: 'edit-name', id: 'daniel-duque', edit: { note: 'm' } })).toBeDefined();
    expect(parseMessage(SAVED_MESSAGES, { type: 'list-saved-articles' })).toEqual({ type: 'list-saved-articles' });
  });

  it.each([
    { type: 'save-article', article: { ...article, paragraphs: 'P.' } },
    { type: 'save-article', article: { ...article, kind: 'page' } },
    { type: 'save-article', article: { ...article, url: 7 } },
    { type: 'save-article' },
    { type: 'add-name', name: { name: 'X', kind: 'animal', note: 'n', spellings: [] } },
    { type: 'add-name', name: { name: 'X', kind: 'person', note: 'n', spellings: [1] } },
    { type: 'edit-name', id: '../x', edit: {} },
    { type: 'edit-name', id: 'x', edit: { allowSurnameAlone: 'yes' } },
    { type: 'remove-saved-article', id: 'A B' },
    { type: 'import-saved-pack', text: {} },
  ])('reject %j', (value) => {
    expect(parseMessage(SAVED_MESSAGES, value)).toBeUndefined();
  });
});
