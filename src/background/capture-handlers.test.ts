import { describe, expect, it } from 'vitest';
import type { CaptureResult } from '../capture/capture-types';
import { SavedError } from '../saved/problems';
import type { SavedLibrary } from '../saved/saved-library';
import type { SavedArticleInput } from '../saved/saved-types';
import { answerCapture, type CaptureDeps } from './capture-handlers';

const defaults = () => ({ today: '2026-03-04', uiLanguage: 'en' });

function deps(read: CaptureResult, saved: SavedArticleInput[] = [], refuse?: SavedError): CaptureDeps {
  const library = {
    saveArticle: async (input: SavedArticleInput) => {
      if (refuse) throw refuse;
      saved.push(input);
      return { article: { title: input.title }, updated: false };
    },
  } as unknown as SavedLibrary;
  return { read: async () => read, library: async () => library, defaults };
}

describe('save-tab', () => {
  it('saves what the tab holds, with defaults for what the page does not say', async () => {
    const saved: SavedArticleInput[] = [];
    const page = { kind: 'selection' as const, title: 'Live: the vote', paragraphs: ['A line.'], host: 'example.com', url: 'https://example.com/live' };
    const reply = await answerCapture({ type: 'save-tab', tab: 7, what: 'selection' }, deps({ ok: true, page }, saved));
    expect(reply).toEqual({ ok: true, value: { article: { title: 'Live: the vote' }, updated: false } });
    expect(saved).toEqual([
      { url: 'https://example.com/live', title: 'Live: the vote', source: 'example.com', date: '2026-03-04', undated: true, language: 'en', paragraphs: ['A line.'], kind: 'selection' },
    ]);
  });

  it('answers the tab’s problem, and saves nothing', async () => {
    const saved: SavedArticleInput[] = [];
    const reply = await answerCapture({ type: 'save-tab', tab: 7, what: 'article' }, deps({ ok: false, problem: { code: 'pdf' } }, saved));
    expect(reply).toEqual({ ok: false, problem: { code: 'capture', problem: { code: 'pdf' } } });
    expect(saved).toEqual([]);
  });

  it('answers the library’s refusal (a limit) as its problem', async () => {
    const page = { kind: 'article' as const, title: 'T', paragraphs: ['x'.repeat(10)], host: 'example.com' };
    const refuse = new SavedError({ code: 'too-long', field: 'text', length: 120_000, limit: 100_000 });
    expect(await answerCapture({ type: 'save-tab', tab: 1, what: 'article' }, deps({ ok: true, page }, [], refuse))).toEqual({ ok: false, problem: refuse.problem });
  });
});
