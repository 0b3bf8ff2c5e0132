/**
 * A captured page as the saved library takes it: what the page does not say gets a sensible default
 * rather than a failure (the day of the save, said so; the reader's language; the host as source).
 * Also checks what the capture script answered, as anything arriving from a tab is checked.
 */
import type { SavedArticleInput } from '../saved/saved-types';
import type { CaptureProblem, CaptureResult, CapturedPage } from './capture-types';

export interface CaptureDefaults {
  /** YYYY-MM-DD in the reader's time zone: the date of a page that gives none. */
  today: string;
  /** The browser's UI language: the language of a text neither declared nor detected. */
  uiLanguage: string;
}

/** The article to save from a captured page. */
export function savedInputOf(page: CapturedPage, defaults: CaptureDefaults): SavedArticleInput {
  return {
    ...(page.url ? { url: page.url } : {}),
    title: page.title,
    source: page.source ?? page.host,
    date: page.date ?? defaults.today,
    ...(page.date ? {} : { undated: true }),
    language: page.language ?? defaults.uiLanguage,
    paragraphs: page.paragraphs,
    kind: page.kind,
  };
}

/** The local calendar day of `now`, YYYY-MM-DD. */
export function localDay(now: Date): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

const PROBLEM_CODES = new Set<CaptureProblem['code']>(['browser-page', 'store-page', 'pdf', 'not-html', 'refused', 'no-article', 'no-selection', 'gone']);
const optionalText = (v: unknown) => v === undefined || typeof v === 'string';

/** The capture script's answer, checked field by field; undefined when it is not one. */
export function parseCaptureResult(value: unknown): CaptureResult | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as { ok?: unknown; page?: unknown; problem?: unknown };
  if (v.ok === false) {
    const code = (v.problem as { code?: unknown } | null)?.code;
    if (!PROBLEM_CODES.has(code as CaptureProblem['code'])) return undefined;
    return { ok: false, problem: code === 'not-html' ? { code, type: String((v.problem as { type?: unknown }).type ?? '') } : ({ code } as CaptureProblem) };
  }
  if (v.ok !== true || typeof v.page !== 'object' || v.page === null) return undefined;
  const p = v.page as Record<string, unknown>;
  const fields = p.kind === 'article' || p.kind === 'selection';
  const paragraphs = Array.isArray(p.paragraphs) && p.paragraphs.every((s) => typeof s === 'string');
  if (!fields || !paragraphs || typeof p.title !== 'string' || typeof p.host !== 'string' || ![p.url, p.date, p.language, p.source].every(optionalText)) return undefined;
  const page: CapturedPage = {
    kind: p.kind as CapturedPage['kind'],
    title: p.title,
    paragraphs: p.paragraphs as string[],
    host: p.host,
    ...(typeof p.url === 'string' ? { url: p.url } : {}),
    ...(typeof p.date === 'string' ? { date: p.date } : {}),
    ...(typeof p.language === 'string' ? { language: p.language } : {}),
    ...(typeof p.source === 'string' ? { source: p.source } : {}),
  };
  return { ok: true, page };
}
