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
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) {
    throw new BuildError(file, `date "${date}" is not a valid YYYY-MM-DD date`);
  }
  const language = fields.get('language')!;
  if (!/^[a-z]{2}(-[A-Z]{2})?$/.test(language)) {
    throw new BuildError(file, `language "${language}" is not a language code such as "en" or "es"`);
  }
  const paragraphs = lines.slice(end + 1).map((l) => l.trim()).filter((l) => l !== '');
  if (paragraphs.length === 0) throw new BuildError(file, 'the article has no body');

  const url = fields.get('url');
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

function unquote(value: string): string {
  const m = /^"(.*)"$/.exec(value);
  return m ? m[1]! : value;
}

/** The file name without folders and extension: stable, readable, unique within the folder. */
function articleId(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.(md|txt)$/, '');
}
