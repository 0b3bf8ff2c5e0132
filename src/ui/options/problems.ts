/**
 * Turns the problems the settings reader reports (data: `{ field: 'siteRules', index: 1, code:
 * 'not-a-rule' }`) into what the options page tells the user, in the UI language: which settings
 * went back to their defaults and which site rules were skipped, named by their pattern.
 */
import type { Translate } from '../../shared/i18n';
import { MAX_SITE_RULES } from '../../shared/settings';
import type { SettingsProblem } from '../../shared/settings-problems';
import { FIELD_LABELS, isSettingField, SETTING_FIELDS, type SettingField } from './fields';

export interface ProblemSummary {
  /** The whole value was unreadable or not an object: every setting is a default. */
  unreadable: boolean;
  /** Saved by a newer Backstory: what this version knows was read; the rest is kept as it is. */
  newerVersion: boolean;
  /** Fields (or parts of them, such as one kind) that were not valid and took their default. */
  resetFields: SettingField[];
  /** The site rules were not a list: none were kept. */
  rulesNotList: boolean;
  /** The skipped site rules, each named by its pattern (or what it was, when it had none). */
  skippedRules: string[];
  /** How many of the oldest site rules went, past the limit (see MAX_SITE_RULES). */
  rulesOverLimit: number;
  /** Problems this page has no words for (a future field): counted, so the notice still shows. */
  other: number;
}

export const NO_PROBLEMS: ProblemSummary = Object.freeze({
  unreadable: false,
  newerVersion: false,
  resetFields: [],
  rulesNotList: false,
  skippedRules: [],
  rulesOverLimit: 0,
  other: 0,
});

/** Skipped rules named one by one; the rest are counted ("and 1,995 more"). */
const NAMED_RULES = 5;

/**
 * Sorts the reader's problems into what the page reports. A skipped rule is named by the text the
 * reader kept of it (its pattern), else by its position.
 */
export function summarizeProblems(problems: readonly SettingsProblem[]): ProblemSummary {
  const reset = new Set<SettingField>();
  const summary: ProblemSummary = { ...NO_PROBLEMS, resetFields: [], skippedRules: [] };
  for (const problem of problems) {
    const { field, code } = problem;
    if (field === 'settings') summary.unreadable = true;
    else if (code === 'newer-version') summary.newerVersion = true;
    // An unreadable version is read as 0 and migrated: nothing the user has to know.
    else if (code === 'bad-version') continue;
    else if (code === 'over-limit') summary.rulesOverLimit += problem.count ?? 0;
    else if (code === 'not-list') summary.rulesNotList = true;
    else if (field === 'siteRules' && problem.index !== undefined) summary.skippedRules.push(problem.item ?? `#${problem.index + 1}`);
    else if (isSettingField(field)) reset.add(field);
    else summary.other++;
  }
  summary.resetFields = SETTING_FIELDS.filter((field) => reset.has(field));
  return summary;
}

/** Whether there is anything to tell the user. */
export function hasProblems(s: ProblemSummary): boolean {
  return s.unreadable || s.newerVersion || s.rulesNotList || s.resetFields.length + s.skippedRules.length + s.rulesOverLimit + s.other > 0;
}

/** A list in the UI language: "Delay and Theme", "Retraso y Tema". */
export function formatList(items: readonly string[], language: string): string {
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(items);
}

/** The sentences the page shows for `summary`, in the UI language; empty when there is nothing to say. */
export function describeProblems(summary: ProblemSummary, t: Translate, language: string): string[] {
  const lines: string[] = [];
  if (summary.unreadable) lines.push(t('optionsProblemUnreadable'));
  if (summary.newerVersion) lines.push(t('optionsProblemNewer'));
  if (summary.resetFields.length > 0) {
    lines.push(
      t(
        'optionsProblemFieldsReset',
        formatList(
          summary.resetFields.map((field) => t(FIELD_LABELS[field])),
          language,
        ),
      ),
    );
  }
  if (summary.rulesNotList) lines.push(t('optionsProblemRulesNotList'));
  if (summary.rulesOverLimit > 0) lines.push(t('optionsProblemRulesOverLimit', String(MAX_SITE_RULES), String(summary.rulesOverLimit)));
  const skipped = summary.skippedRules;
  if (skipped.length > 0) {
    const named = skipped.slice(0, NAMED_RULES).map((label) => t('optionsQuoted', label));
    const rest = skipped.length - named.length;
    const list = formatList(rest > 0 ? [...named, t('optionsMoreRules', String(rest))] : named, language);
    lines.push(skipped.length === 1 ? t('optionsProblemRuleSkipped', list) : t('optionsProblemRulesSkipped', String(skipped.length), list));
  }
  if (summary.other > 0) lines.push(t('optionsProblemOther'));
  return lines;
}
