import { describe, expect, it } from 'vitest';
import { SavedError } from '../saved/problems';
import type { SavedLibrary } from '../saved/saved-library';
import { answerSaved, isExtensionPage } from './saved-handlers';

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('isExtensionPage', () => {
  it.each([
    [{ id: ID, url: `${ORIGIN}options.html` }, true],
    [{ id: ID, url: `${ORIGIN}popup.html?tab=4` }, true],
    // A content script: this extension, but a web page's address.
    [{ id: ID, url: 'https://www.elcolombiano.com/' }, false],
    // Another extension's page.
    [{ id: 'other', url: 'chrome-extension://other/options.html' }, false],
    [{ id: ID, url: 'chrome-extension://other/options.html' }, false],
    [{ id: ID }, false],
    [{}, false],
  ])('%j: %s', (sender, expected) => {
    expect(isExtensionPage(sender, ID, ORIGIN)).toBe(expected);
  });
});

describe('answerSaved', () => {
  const library = (impl: Partial<SavedLibrary>) => async () => impl as SavedLibrary;

  it("answers the handler's value", async () => {
    const reply = await answerSaved({ type: 'remove-saved-article', id: 'u-1' }, library({ removeArticle: async (id: string) => void expect(id).toBe('u-1') }));
    expect(reply).toEqual({ ok: true, value: undefined });
    expect(await answerSaved({ type: 'list-saved-names' }, library({ listNames: async () => [] }))).toEqual({ ok: true, value: [] });
  });

  it('answers a refusal as its problem, and any other failure as a storage problem', async () => {
    const refused = library({
      listArticles: async () => {
        throw new SavedError({ code: 'too-many', what: 'articles', limit: 2000 });
      },
    });
    expect(await answerSaved({ type: 'list-saved-articles' }, refused)).toEqual({ ok: false, problem: { code: 'too-many', what: 'articles', limit: 2000 } });
    const broken = async () => {
      throw new Error('IndexedDB is gone');
    };
    expect(await answerSaved({ type: 'list-saved-articles' }, broken)).toEqual({ ok: false, problem: { code: 'storage', detail: 'IndexedDB is gone' } });
  });
});
