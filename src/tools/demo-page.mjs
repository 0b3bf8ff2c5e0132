// Renders an article of the context index as a plain news page: the demo page of `npm start`, and
// the page the browser tests annotate. Node only; every text is escaped.

/** @type {Record<string, string>} */
const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for HTML element content and attribute values.
 * @param {unknown} text
 */
export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/**
 * @param {{ articles: { title: string, date: string, source: string, language: string, summary: string, sentences: string[], paragraphStarts: number[] }[] }} index
 * @param {number} [articleIndex]
 * @param {string} [extraHtml] trusted markup appended after the article (test fixtures)
 * @returns {string}
 */
export function demoPageHtml(index, articleIndex = 0, extraHtml = '') {
  const article = index.articles[articleIndex];
  if (!article) throw new Error(`the index has no article ${articleIndex}`);
  const starts = [...article.paragraphStarts, article.sentences.length];
  const paragraphs = starts.slice(0, -1).map((start, i) => article.sentences.slice(start, starts[i + 1]).join(' '));
  return `<!doctype html>
<html lang="${escapeHtml(article.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(article.title)}</title>
<style>
  body { font: 18px/1.6 Georgia, 'Times New Roman', serif; color: #222; background: #fbfaf7; margin: 0; }
  main { max-width: 680px; margin: 0 auto; padding: 32px 20px 64px; }
  .kicker { font: 600 13px/1 system-ui, sans-serif; letter-spacing: .08em; text-transform: uppercase; color: #9b2c2c; }
  h1 { font-size: 34px; line-height: 1.2; margin: 12px 0; }
  .standfirst { font-size: 20px; color: #444; }
  .byline { font: 14px system-ui, sans-serif; color: #666; border-bottom: 1px solid #ddd; padding-bottom: 16px; }
</style>
</head>
<body>
<main>
<article>
<p class="kicker">World · Colombia</p>
<h1>${escapeHtml(article.title)}</h1>
<p class="standfirst">${escapeHtml(article.summary)}</p>
<p class="byline">${escapeHtml(article.source)} · <time datetime="${escapeHtml(article.date)}">${escapeHtml(article.date)}</time></p>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article>
${extraHtml}
</main>
</body>
</html>
`;
}
