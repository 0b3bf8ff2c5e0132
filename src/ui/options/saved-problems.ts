/**
 * The words for a problem the saved material reports as data (saved/problems), in the reader's
 * language, and which field of the name editor it belongs next to.
 */
import type { SavedField, SavedProblem } from '../../saved/problems';
import type { MessageKey, Translate } from '../../shared/i18n';
import { describePackProblem } from './pack-problems';

const FIELD_WORDS: Record<SavedField, MessageKey> = {
  title: 'optionsSavedFieldTitle',
  source: 'optionsSavedFieldSource',
  text: 'optionsSavedFieldText',
  name: 'optionsSavedFieldName',
  note: 'optionsSavedFieldNote',
  spelling: 'optionsSavedFieldSpelling',
};

const TOO_MANY: Record<Extract<SavedProblem, { code: 'too-many' }>['what'], MessageKey> = {
  articles: 'optionsSavedProblemTooManyArticles',
  names: 'optionsSavedProblemTooManyNames',
  spellings: 'optionsSavedProblemTooManySpellings',
};

/** The name editor's fields a problem can be shown next to. */
export type NameEditorField = 'note' | 'spellings';

/** Where a problem of an edit goes: next to the note, next to the spellings, or above the form. */
export function problemField(problem: SavedProblem): NameEditorField | undefined {
  switch (problem.code) {
    case 'empty':
    case 'too-long':
    case 'no-letters':
      return problem.field === 'note' ? 'note' : problem.field === 'spelling' ? 'spellings' : undefined;
    case 'too-many':
      return problem.what === 'spellings' ? 'spellings' : undefined;
    case 'spelling-taken':
    case 'needs-full-name':
      return 'spellings';
    default:
      return undefined;
  }
}

/** The sentence for `problem`; `file` names the file of an import. */
export function describeSavedProblem(problem: SavedProblem, t: Translate, language: string, file = ''): string {
  const quoted = (text: string) => t('optionsQuoted', text);
  const number = (n: number) => n.toLocaleString(language);
  switch (problem.code) {
    case 'empty':
      return t('optionsSavedProblemEmpty', t(FIELD_WORDS[problem.field]));
    case 'too-long':
      return t('optionsSavedProblemTooLong', t(FIELD_WORDS[problem.field]), number(problem.length), number(problem.limit));
    case 'too-many':
      return t(TOO_MANY[problem.what], number(problem.limit));
    case 'bad-url':
      return t('optionsSavedProblemBadUrl', quoted(problem.url));
    case 'bad-date':
      return t('optionsSavedProblemBadDate', quoted(problem.date));
    case 'bad-language':
      return t('optionsSavedProblemBadLanguage', quoted(problem.language));
    case 'bad-kind':
      return t('optionsSavedProblemBadKind', quoted(problem.kind));
    case 'no-letters':
      return t('optionsSavedProblemNoLetters', quoted(problem.text));
    case 'needs-full-name':
      return t('optionsSavedProblemNeedsFullName', quoted(problem.name));
    case 'spelling-taken':
      return t('optionsSavedProblemSpellingTaken', quoted(problem.spelling), quoted(problem.by));
    case 'name-exists':
      return t('optionsSavedProblemNameExists', quoted(problem.id));
    case 'unknown-article':
      return t('optionsSavedProblemUnknownArticle');
    case 'unknown-name':
      return t('optionsSavedProblemUnknownName');
    case 'nothing-saved':
      return t('optionsSavedProblemNothingSaved');
    case 'pack':
      return describePackProblem(problem.problem, file, t, language);
    case 'not-saved-pack':
      return t('optionsSavedProblemNotSavedPack', file, problem.id);
    case 'import-item':
      return t('optionsSavedProblemImportItem', file, quoted(problem.item), describeSavedProblem(problem.problem, t, language, file));
    case 'quota':
      return t('optionsSavedProblemQuota');
    case 'storage':
      return t('optionsSavedProblemStorage', problem.detail);
  }
}
