import type { RefObject } from 'preact';
import { SAVED_PACK_ID, type SavedArticleSummary } from '../../saved/saved-types';
import { wholeArticlePath } from '../../shared/article-address';
import type { Translate } from '../../shared/i18n';
import { formatDate } from '../format-date';
import { useFocusAfterRemoval } from './focus-after-removal';
import { ShowMore, usePaged } from './ShowMore';

/** Names shown per article; the rest are counted ("+4"). */
const CHIPS = 12;

export interface SavedArticlesProps {
  articles: readonly SavedArticleSummary[];
  t: Translate;
  language: string;
  /** The section's heading: focus goes there when the last row is removed. */
  heading: RefObject<HTMLHeadingElement | null>;
  onRemove: (article: SavedArticleSummary) => void;
}

/** The saved articles and passages, newest first: title (to the article page), source, date, the names found. */
export function SavedArticles({ articles, t, language, heading, onRemove }: SavedArticlesProps) {
  const { shown, more } = usePaged(articles.length);
  const { list, removing } = useFocusAfterRemoval(articles, heading);
  return (
    <div class="saved-part">
      <h3 id="saved-articles-heading">
        {t('optionsSavedArticlesHeading')} <span class="count">({articles.length.toLocaleString(language)})</span>
      </h3>
      {articles.length === 0 ? (
        <p class="hint">{t('optionsSavedNoArticles')}</p>
      ) : (
        <ul class="saved-list" ref={list} aria-labelledby="saved-articles-heading">
          {articles.slice(0, shown).map((a, i) => (
            <li key={a.id} class="saved-row" data-article={a.id}>
              <div class="saved-text">
                <p class="saved-title" lang={a.language}>
                  {a.packArticle === undefined ? (
                    a.title
                  ) : (
                    <a href={wholeArticlePath(SAVED_PACK_ID, a.packArticle)} target="_blank" rel="noopener" title={t('optionsSavedOpenLabel', a.title)}>
                      {a.title}
                    </a>
                  )}
                  {a.kind === 'selection' && <span class="badge">{t('optionsSavedSelection')}</span>}
                </p>
                <p class="hint">
                  {a.source} · <time dateTime={a.date}>{formatDate(a.date, language)}</time>
                </p>
                <Names names={a.names} t={t} />
              </div>
              <div class="pack-actions">
                <button
                  type="button"
                  class="button small remove"
                  aria-label={t('optionsSavedRemoveArticleLabel', a.title)}
                  onClick={() => {
                    if (!confirm(t('optionsSavedRemoveArticleConfirm', a.title))) return;
                    removing(i);
                    onRemove(a);
                  }}
                >
                  {t('optionsSavedRemove')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <ShowMore id="saved-articles-more" shown={shown} total={articles.length} more={more} t={t} language={language} />
    </div>
  );
}

function Names({ names, t }: { names: SavedArticleSummary['names']; t: Translate }) {
  if (names.length === 0) return <p class="hint found-none">{t('optionsSavedFoundNone')}</p>;
  const rest = names.length - CHIPS;
  return (
    <div class="found">
      <span class="visually-hidden">{t('optionsSavedFound')}</span>
      <ul class="chips">
        {names.slice(0, CHIPS).map((n) => (
          <li key={n.id} class="chip">
            {n.name}
          </li>
        ))}
        {rest > 0 && <li class="chip more">+{rest}</li>}
      </ul>
    </div>
  );
}
