import type { SavedArticleInput } from '../../src/saved/saved-types';
import { corpusPage } from '../../src/tools/import/corpus-page';
import { extractArticle } from '../../src/tools/import/extract-article';

/**
 * The saving tests' fixture, the same in Chromium and Firefox: a corpus article naming Petro, saved,
 * then quoted in Petro's card on another corpus page that names him.
 */
export const SAVED_FILE = 'elcolombiano-petro-buses.html';
export const PAGE = '/corpus/eltiempo-candidatos-petro.html';
/** The built-in pack's article on Petro: quoted before the save and after the removal. */
export const BUILT_IN_TITLE = 'Trump invites Petro to White House after phone call';

/** SAVED_FILE as the capture side sends it to the background (save-article). */
export function savedPetroArticle(): SavedArticleInput {
  const draft = extractArticle(corpusPage(SAVED_FILE), SAVED_FILE);
  return { ...(draft.url ? { url: draft.url } : {}), title: draft.title, source: draft.source, date: draft.date, language: draft.language, paragraphs: draft.paragraphs, kind: 'article' };
}
