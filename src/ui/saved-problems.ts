/**
 * The words for a problem the saved material reports as data (saved/problems), in the reader's
 * language: one wording wherever it shows (the popup, the save window, the options page).
 */
import type { CaptureProblem } from '../capture/capture-types';
import type { SavedField, SavedProblem } from '../saved/problems';
import type { MessageKey, Translate } from '../shared/i18n';
import { describePackProblem } from './options/pack-problems';

const FIELD_WORDS: Record<SavedField, MessageKey> = {
  title: 'optionsSavedFieldTitle',
  source: 'optionsSavedFieldSource',
  text: 'optionsSavedFieldText',
  name: 'optionsSavedFieldName',
  note: 'optionsSavedFieldNote',
  spelling: 'optionsSavedFieldSpelling',
};

const TOO_MANY: Record<Extract<SavedProblem, { code: 'too-many' }>['what'], MessageKey> = {
  articles: 'savedProblemTooManyArticles',
  names: 'savedProblemTooManyNames',
  spellings: 'savedProblemTooManySpellings',
};

const CAPTURE_KEYS: Record<Exclude<CaptureProblem['code'], 'not-html'>, MessageKey> = {
  'browser-page': 'captureBrowserPage',
  'store-page': 'captureStorePage',
  pdf: 'capturePdf',
  refused: 'captureRefused',
  'no-article': 'captureNoArticle',
  'no-selection': 'captureNoSelection',
  gone: 'captureGone',
};

/** The sentence for `problem`; `file` names the file of an import. */
export function describeSavedProblem(problem: SavedProblem, t: Translate, language: string, file = ''): string {
  const quoted = (text: string) => t('optionsQuoted', text);
  const number = (n: number) => n.toLocaleString(language);
  switch (problem.code) {
    case 'capture':
      return problem.problem.code === 'not-html' ? t('captureNotHtml', problem.problem.type || '?') : t(CAPTURE_KEYS[problem.problem.code]);
    case 'empty':
      return t('savedProblemEmpty', t(FIELD_WORDS[problem.field]));
    case 'too-long':
      return t('savedProblemTooLong', t(FIELD_WORDS[problem.field]), number(problem.length), number(problem.limit));
    case 'too-many':
      return t(TOO_MANY[problem.what], number(problem.limit));
    case 'bad-url':
      return t('savedProblemBadUrl', quoted(problem.url));
    case 'bad-date':
      return t('savedProblemBadDate', quoted(problem.date));
    case 'bad-language':
      return t('savedProblemBadLanguage', quoted(problem.language));
    case 'bad-kind':
      return t('savedProblemBadKind', quoted(problem.kind));
    case 'no-letters':
      return t('savedProblemNoLetters', quoted(problem.text));
    case 'needs-full-name':
      return t('savedProblemNeedsFullName', quoted(problem.name));
    case 'spelling-taken':
      return t('savedProblemSpellingTaken', quoted(problem.spelling), quoted(problem.by));
    case 'name-exists':
      return t('savedProblemNameExists', quoted(problem.id));
    case 'unknown-article':
      return t('savedProblemUnknownArticle');
    case 'unknown-name':
      return t('savedProblemUnknownName');
    case 'nothing-saved':
      return t('savedProblemNothingSaved');
    case 'pack':
      return describePackProblem(problem.problem, file, t, language);
    case 'not-saved-pack':
      return t('savedProblemNotSavedPack', file, problem.id);
    case 'import-item':
      return t('savedProblemImportItem', file, quoted(problem.item), describeSavedProblem(problem.problem, t, language, file));
    case 'quota':
      return t('savedProblemQuota');
    case 'storage':
      return t('savedProblemStorage', problem.detail);
  }
}
