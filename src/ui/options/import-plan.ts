/**
 * Reading an imported settings file, before anything is saved: a file that is not Backstory
 * settings is refused whole; a file that is imports what is valid and reports the rest.
 */
import { parseSettingsFile, type Settings } from '../../shared/settings';
import { SETTING_FIELDS } from './fields';
import { summarizeProblems, type ProblemSummary } from './problems';

/** Why nothing was imported. */
export type ImportFailure = 'not-json' | 'not-settings' | 'too-big' | 'unreadable' | 'not-saved';

export type ImportPlan = { error: ImportFailure } | { settings: Settings; problems: ProblemSummary };

/** An exported file is about a kilobyte per twenty site rules; anything near this is not one. */
export const MAX_IMPORT_BYTES = 1_000_000;

export const EXPORT_FILE_NAME = 'backstory-settings.json';

/** Fields that mark an object as Backstory settings: this version's, and the prototype's (version 0). */
const KNOWN_FIELDS = new Set<string>([...SETTING_FIELDS, 'schemaVersion', 'enabled', 'disabledHosts']);

/**
 * Whether a parsed object is Backstory settings: the prototype's (disabledHosts), a numbered export
 * with at least one setting, or at least three setting names. `{}` or another app's JSON with one common key
 * ({"theme": "solarized"}) would otherwise import as "all defaults", wiping the reader's site rules.
 */
function looksLikeSettings(value: object): boolean {
  const { schemaVersion, disabledHosts } = value as Record<string, unknown>;
  if (Array.isArray(disabledHosts)) return true;
  const known = Object.keys(value).filter((key) => KNOWN_FIELDS.has(key)).length;
  // A version number alone is common (a Docker manifest has one): it counts with one setting besides.
  if (typeof schemaVersion === 'number' && Number.isInteger(schemaVersion) && schemaVersion >= 0) return known >= 2;
  return known >= 3;
}

/**
 * What importing `text` would save: the settings (every field; a missing one takes its default, as
 * an import replaces the settings) and the problems, or why the file cannot be imported at all.
 */
export function planImport(text: string): ImportPlan {
  // Editors on Windows may save a byte-order mark, which JSON.parse refuses.
  const json = text.replace(/^\uFEFF/, '');
  const read = parseSettingsFile(json);
  if ('error' in read) return { error: read.error === 'not-json' ? 'not-json' : 'not-settings' };
  if (!looksLikeSettings(read.parsed)) return { error: 'not-settings' };
  return { settings: read.settings, problems: summarizeProblems(read.problems) };
}
