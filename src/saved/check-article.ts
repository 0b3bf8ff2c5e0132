import { isCalendarDate } from '../index/article';
import { normalizeUrl } from './article-keys';
import { SAVED_LIMITS } from './limits';
import { SavedError, type SavedField } from './problems';
import type { SavedArticleInput } from './saved-types';

/**
 * The article as it will be saved (trimmed, empty paragraphs dropped, the language's primary part),
 * or a SavedError with the first thing wrong: an empty or overlong field, more text than
 * SAVED_LIMITS.articleChars, a date the calendar has not, an address that is not http(s).
 */
export function checkArticle(input: SavedArticleInput): SavedArticleInput {
  const title = oneLine(input.title);
  const source = oneLine(input.source);
  const paragraphs = input.paragraphs.map((p) => p.trim()).filter((p) => p !== '');
  within('title', title, SAVED_LIMITS.titleChars);
  within('source', source, SAVED_LIMITS.sourceChars);
  within('text', paragraphs.join(''), SAVED_LIMITS.articleChars);
  if (!isCalendarDate(input.date)) throw new SavedError({ code: 'bad-date', date: input.date });
  const language = input.language.trim().toLowerCase().split(/[-_]/)[0]!;
  if (!/^[a-z]{2,3}$/.test(language)) throw new SavedError({ code: 'bad-language', language: input.language });
  let url: string | undefined;
  if (input.url !== undefined && input.url.trim() !== '') {
    if (normalizeUrl(input.url) === undefined) throw new SavedError({ code: 'bad-url', url: input.url });
    url = input.url.trim();
  }
  return { ...(url ? { url } : {}), title, source, date: input.date, ...(input.undated ? { undated: true } : {}), language, paragraphs, kind: input.kind };
}

/** Fails unless `text` has something and at most `limit` characters. */
export function within(field: SavedField, text: string, limit: number): void {
  if (text === '') throw new SavedError({ code: 'empty', field });
  if (text.length > limit) throw new SavedError({ code: 'too-long', field, length: text.length, limit });
}

/** Line breaks and runs of spaces as one space: a title, a source or a note is one line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
