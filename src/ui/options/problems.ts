/**
 * Turns the problems settings.ts reports (English, one line per repair: `siteRules[1]: 42 is not a
 * site rule; dropped`) into what the options page tells the user, in the UI language: which settings
 * went back to their defaults and which site rules were skipped, named by their pattern.
 */
import type { Translate } from '../../shared/i18n';
import { MAX_SITE_RULES } from '../../shared/settings';
import { FIELD_LABELS, isSettingField, SETTING_FIELDS, type SettingField } from './fields';

export interface ProblemSummary {
  /** The whole value was unreadable or not an object: every setting is a default. */
  unreadable: boolean;
  /** Saved by a newer Backstory: fields this version does not know were dropped. */
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
const OVER_LIMIT = /^more than \d+ site rules; the oldest (\d+) dropped$/;

const PROBLEM = /^(\w+)(?:\[(\d+)\]|\.\w+)?: (.*)$/s;
const LABEL_LENGTH = 60;

function shorten(text: string): string {
  return text.length > LABEL_LENGTH ? text.slice(0, LABEL_LENGTH - 1) + '…' : text;
}

/**
 * The site-rule list of a raw (unmigrated) settings value, with the indices the problems use: the
 * migration to version 1 turns a prototype's `disabledHosts` into the rules, one for one.
 */
function rawRuleList(raw: unknown): readonly unknown[] | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { siteRules, disabledHosts, schemaVersion } = raw as Record<string, unknown>;
  const prototype = schemaVersion === undefined || schemaVersion === 0;
  if (prototype && Array.isArray(disabledHosts)) return disabledHosts;
  return Array.isArray(siteRules) ? siteRules : undefined;
}

/** How the page names a skipped rule: its pattern when it has a text one, else a short JSON of it, else its position. */
export function ruleLabel(item: unknown, index: number): string {
  try {
    if (typeof item === 'string') return shorten(item);
    const pattern = typeof item === 'object' && item !== null ? (item as Record<string, unknown>)['pattern'] : undefined;
    if (typeof pattern === 'string') return shorten(pattern);
    const json = JSON.stringify(item);
    if (typeof json === 'string') return shorten(json);
  } catch {
    // A cycle or a BigInt: fall through to the position.
  }
  return `#${index + 1}`;
}

/**
 * Sorts repair problems into what the page reports. `raw` is the value they were found in (the file
 * or the stored value), to name skipped rules by their pattern; without it they are named `#n`.
 */
export function summarizeProblems(problems: readonly string[], raw?: unknown): ProblemSummary {
  const rules = rawRuleList(raw);
  const reset = new Set<SettingField>();
  const summary: ProblemSummary = { ...NO_PROBLEMS, resetFields: [], skippedRules: [] };
  for (const problem of problems) {
    const [, field = '', index, detail = ''] = PROBLEM.exec(problem) ?? [];
    if (field === 'settings') summary.unreadable = true;
    else if (field === 'schemaVersion') {
      // An unreadable version is read as 0 and migrated: nothing the user has to know.
      if (detail.includes('newer')) summary.newerVersion = true;
    } else if (field === 'siteRules' && OVER_LIMIT.test(detail)) {
      summary.rulesOverLimit = Number(OVER_LIMIT.exec(detail)![1]);
    } else if (field === 'siteRules' && index !== undefined) {
      const i = Number(index);
      summary.skippedRules.push(ruleLabel(rules?.[i], i));
    } else if (field === 'siteRules') summary.rulesNotList = true;
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
    lines.push(t('optionsProblemFieldsReset', formatList(summary.resetFields.map((field) => t(FIELD_LABELS[field])), language)));
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
