// A generated ~1 MB news front page: the upper end of what a reader opens (a long live blog or a
// section front), built like real ones: navigation lists, many <article>s with headlines, links,
// paragraphs and related-story lists, and a link-heavy footer.
import { GIVEN_NAMES, PLACES, newsArticles, randomSource } from './news-prose.mjs';

/** @param {string} text */
const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** @param {string} text */
const slug = (text) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60);

/** @param {import('./news-prose.mjs').Random} rng */
function navigation(rng) {
  const sections = ['World', 'Americas', 'Politics', 'Business', 'Climate', 'Science', 'Sport', 'Culture', 'Opinion', 'Video'];
  const items = sections.map(
    (s) =>
      `<li><a href="/section/${slug(s)}">${s}</a><ul>${PLACES.slice(0, 6)
        .map((p) => `<li><a href="/section/${slug(s)}/${slug(p)}">${escapeHtml(p)}</a></li>`)
        .join('')}</ul></li>`,
  );
  return `<header><nav><ul class="sections">${items.join('')}</ul></nav><p class="date">Updated ${rng.int(1, 28)} January 2026</p></header>`;
}

/**
 * @param {import('./news-prose.mjs').NewsArticle} article
 * @param {number} n
 * @param {import('./news-prose.mjs').Random} rng
 */
function articleHtml(article, n, rng) {
  const [dek = '', ...body] = article.paragraphs;
  const byline = `${rng.pick(GIVEN_NAMES)} ${rng.pick(['Reyes', 'Stone', 'Iqbal', 'Moreno', 'Clarke'])}`;
  return [
    `<article id="story-${n}" class="story">`,
    `<h2><a href="/story/${n}/${slug(article.headline)}">${escapeHtml(article.headline)}</a></h2>`,
    `<p class="byline">By <a href="/author/${slug(byline)}">${byline}</a> · <time>${rng.int(1, 12)}h ago</time></p>`,
    `<p class="dek"><strong>${escapeHtml(dek)}</strong></p>`,
    ...body.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<aside><h3>Related</h3><ul>${article.related.map((r, i) => `<li><a href="/story/${n}-${i}">${escapeHtml(r)}</a></li>`).join('')}</ul></aside>`,
    `</article>`,
  ].join('\n');
}

function footer() {
  const links = PLACES.flatMap((place) => ['News', 'Weather', 'Sport'].map((what) => `<li><a href="/${slug(place)}/${slug(what)}">${escapeHtml(place)} ${what}</a></li>`));
  return `<footer><ul>${links.join('')}</ul><p>© 2026 The Daily Example. All rights reserved.</p></footer>`;
}

/**
 * @param {import('./news-prose.mjs').NewsArticle[]} articles
 * @param {number} seed
 */
function render(articles, seed) {
  const rng = randomSource(seed + 1);
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The Daily Example — World news</title>',
    '<style>body{font:16px/1.5 Georgia,serif;max-width:46rem;margin:auto}article{margin:2rem 0}</style></head><body>',
    navigation(rng),
    '<main>',
    ...articles.map((a, n) => articleHtml(a, n, rng)),
    '</main>',
    footer(),
    '</body></html>',
  ].join('\n');
}

/**
 * HTML of a news page of about `bytes` bytes whose stories name the index's entities.
 * @param {{ entities: { kind: string, aliases: { text: string }[] }[], bytes?: number, seed?: number, articles?: typeof newsArticles }} options
 *   `articles`: what writes the stories (default: the generated prose of news-prose.mjs)
 * @returns {string}
 */
export function newsPageHtml({ entities, bytes = 1_000_000, seed = 7, articles = newsArticles }) {
  // Markup adds a steady share on top of the text: one trial run tells how much text fills `bytes`.
  const trial = render(articles({ chars: bytes, seed, entities }), seed);
  const chars = Math.round((bytes * bytes) / Buffer.byteLength(trial));
  return render(articles({ chars, seed, entities }), seed);
}
