import type { IndexArticle } from '../../index/types';
import type { Translate } from '../../shared/i18n';
import { formatDate } from '../format-date';

export interface ArticlePageProps {
  article: IndexArticle;
  /** The sentence a card quoted: marked, and scrolled to. */
  quoted?: number;
  t: Translate;
  language: string;
}

/** A whole source article of the index, paragraph by paragraph, each sentence addressable. */
export function ArticlePage({ article, quoted, t, language }: ArticlePageProps) {
  const starts = [...article.paragraphStarts, article.sentences.length];
  const paragraphs = starts.slice(0, -1).map((start, i) => ({ start, sentences: article.sentences.slice(start, starts[i + 1]) }));
  return (
    <main class="article" lang={article.language}>
      <p class="note" lang={language}>
        {t('articleFrom', formatDate(article.date, language))}
      </p>
      <h1>{article.title}</h1>
      <p class="byline">
        {article.source} · <time dateTime={article.date}>{formatDate(article.date, article.language)}</time>
      </p>
      <section class="summary" aria-label={t('articleSummary')}>
        <p>{article.summary}</p>
      </section>
      {paragraphs.map((p) => (
        <p key={p.start}>
          {p.sentences.map((sentence, i) => {
            const n = p.start + i;
            return (
              // The quoted sentence takes focus (tabIndex -1), so a screen reader starts reading there.
              <span key={n} id={`s-${n}`} class={n === quoted ? 'sentence quoted' : 'sentence'} {...(n === quoted ? { tabIndex: -1 } : {})}>
                {sentence}{' '}
              </span>
            );
          })}
        </p>
      ))}
    </main>
  );
}
