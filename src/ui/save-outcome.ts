/**
 * Words for what saving gives (issue #15): "Saved · 5 names found", "Updated", and every problem a
 * reader can meet saving a tab or adding a name, from the problem as data (saved/problems).
 */
import type { SavedField, SavedProblem } from '../saved/problems';
import type { SaveResult } from '../saved/saved-library';
import type { SavedReply } from '../saved/saved-reply';
import type { MessageKey, Translate } from '../shared/i18n';
import { plural } from './plural';
import { describeSavedProblem } from './saved-problems';

/** What the popup and the save window show once a save is done. */
export interface SavedWords {
  /** "Saved · 5 names found". */
  status: string;
  /** "“Title”, Source". */
  what: string;
  /** Said when the page gave no date. */
  undated?: string;
}

export function describeSaved(result: SaveResult, t: Translate, language: string): SavedWords {
  const { article, updated } = result;
  const names = article.names.length;
  const [one, other]: [MessageKey, MessageKey] = updated
    ? ['saveUpdatedOneName', 'saveUpdatedNames']
    : article.kind === 'selection'
      ? ['saveSelectionSavedOneName', 'saveSelectionSaved']
      : ['saveSavedOneName', 'saveSavedNames'];
  return {
    status: plural(t, language, names, one, other),
    what: t('saveWhat', article.title, article.source),
    ...(article.undated ? { undated: t('saveUndated') } : {}),
  };
}

/** A save's value as the background answers it, checked: a reply is not trusted for its shape. */
export function parseSaveResult(value: unknown): SaveResult | undefined {
  const v = value as { article?: Record<string, unknown>; updated?: unknown } | null;
  const a = v?.article;
  if (!a || typeof v.updated !== 'boolean' || typeof a.title !== 'string' || typeof a.source !== 'string' || !Array.isArray(a.names)) return undefined;
  if (a.kind !== 'article' && a.kind !== 'selection') return undefined;
  return value as SaveResult;
}

/** The form field a problem is about, to show it there; undefined for the form as a whole. */
export function problemField(problem: SavedProblem): SavedField | 'kind' | undefined {
  switch (problem.code) {
    case 'empty':
    case 'too-long':
    case 'no-letters':
      return problem.field;
    case 'needs-full-name':
      return 'spelling';
    case 'spelling-taken':
      return 'spelling';
    case 'too-many':
      return problem.what === 'spellings' ? 'spelling' : undefined;
    case 'bad-kind':
      return 'kind';
    case 'name-exists':
      return 'name';
    default:
      return undefined;
  }
}

/** A save's reply as the popup and the save window show it. */
export function saveView(reply: SavedReply, t: Translate, language: string): { state: 'saved'; words: SavedWords } | { state: 'problem'; text: string } {
  if (!reply.ok) return { state: 'problem', text: describeSavedProblem(reply.problem, t, language) };
  const result = parseSaveResult(reply.value);
  return result ? { state: 'saved', words: describeSaved(result, t, language) } : { state: 'problem', text: t('savedProblemStorage', 'no answer') };
}
