import type { ArticleDraft } from './extract-article';

/**
 * The article file the build reads (src/index/article.ts): front matter, then one paragraph per
 * line. parseArticle reads a value up to the end of its line and takes one pair of surrounding
 * double quotes off it, so a value that itself starts and ends with a quote is wrapped in one more.
 */
export function articleMarkdown(draft: ArticleDraft): string {
  const fields: [string, string | undefined][] = [
    ['title', draft.title],
    ['date', draft.date],
    ['source', draft.source],
    ['language', draft.language],
    ['summary', draft.summary],
    ['url', draft.url],
  ];
  const front = fields.filter((f): f is [string, string] => f[1] !== undefined).map(([key, value]) => `${key}: ${frontMatterValue(value)}`);
  return ['---', ...front, '---', ...draft.paragraphs.map(oneLine), ''].join('\n');
}

/** The file name the build expects: the article's date, then a slug of its title. */
export function articleFileName(draft: ArticleDraft): string {
  return `${draft.date}-${slug(draft.title)}.md`;
}

/** Up to eight words of the title, lower-case ASCII, joined by hyphens ("buses-de-la-alcaldia-al-servicio-de-petro"). */
export function slug(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    // "Trump’s" is one word: "trumps", not "trump-s".
    .replace(/['’]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
  return words.slice(0, 8).join('-') || 'article';
}

function frontMatterValue(value: string): string {
  const line = oneLine(value);
  return /^".*"$/.test(line) ? `"${line}"` : line;
}

/** A value or paragraph on one line: a line break inside it would end it early. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
