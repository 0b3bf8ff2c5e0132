import { BuildError } from './build-error';

/** A source article as kept in assets/context/articles: front matter, then the body. */
export interface SourceArticle {
  id: string;
  title: string;
  date: string;
  source: string;
  language: string;
  summary: string;
  url?: string;
  /** Body paragraphs, in order, without empty lines. */
  paragraphs: string[];
}

const REQUIRED = ['title', 'date', 'source', 'language', 'summary'] as const;
const OPTIONAL = ['url'] as const;
const KNOWN = new Set<string>([...REQUIRED, ...OPTIONAL]);

/**
 * Parses an article file: `---`, one `key: value` per line, `---`, then the body, one paragraph per
 * line (blank lines are ignored). Anything else fails with the file and the line.
 */
export function parseArticle(file: string, text: string): SourceArticle {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') throw new BuildError(file, 'must start with a front matter line "---"');
  const end = lines.indexOf('---', 1);
  if (end < 0) throw new BuildError(file, 'front matter is not closed by a line "---"');

  const fields = new Map<string, string>();
  lines.slice(1, end).forEach((line, i) => {
    if (line.trim() === '') return;
    const m = /^([a-z_]+):\s*(.*)$/.exec(line);
    if (!m) throw new BuildError(file, `front matter line ${i + 2} is not "key: value": ${JSON.stringify(line)}`);
    const [, key, value] = m as unknown as [string, string, string];
    if (!KNOWN.has(key)) throw new BuildError(file, `unknown front matter key "${key}" (line ${i + 2})`);
    if (fields.has(key)) throw new BuildError(file, `front matter key "${key}" appears twice`);
    fields.set(key, unquote(value.trim()));
  });
  for (const key of REQUIRED) {
    if (!fields.get(key)) throw new BuildError(file, `front matter is missing "${key}"`);
  }
  const date = fields.get('date')!;
  if (!isCalendarDate(date)) throw new BuildError(file, `date "${date}" is not a valid YYYY-MM-DD date`);
  const named = /^(\d{4}-\d{2}-\d{2})-/.exec(articleId(file))?.[1];
  if (named !== undefined && named !== date) throw new BuildError(file, `the file name says ${named}, the front matter says ${date}`);
  const language = fields.get('language')!;
  if (!/^[a-z]{2}(-[A-Z]{2})?$/.test(language)) {
    throw new BuildError(file, `language "${language}" is not a language code such as "en" or "es"`);
  }
  const paragraphs = lines
    .slice(end + 1)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (paragraphs.length === 0) throw new BuildError(file, 'the article has no body');

  const url = fields.get('url');
  if (url !== undefined && !isWebAddress(url)) throw new BuildError(file, `url "${url}" is not an http or https address`);
  return {
    id: articleId(file),
    title: fields.get('title')!,
    date,
    source: fields.get('source')!,
    language,
    summary: fields.get('summary')!,
    ...(url ? { url } : {}),
    paragraphs,
  };
}

/**
 * A real day written YYYY-MM-DD: Date.parse takes "2026-02-30" and rolls it over to March 2, which
 * the card would then show.
 */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function isWebAddress(text: string): boolean {
  try {
    const { protocol } = new URL(text);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

function unquote(value: string): string {
  const m = /^"(.*)"$/.exec(value);
  return m ? m[1]! : value;
}

/** The file name without folders and extension: stable, readable, unique within the folder. */
function articleId(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.(md|txt)$/, '');
}
