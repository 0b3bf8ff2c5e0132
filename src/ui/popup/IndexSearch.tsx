import { useMemo, useState } from 'preact/hooks';
import type { ContextIndex } from '../../index/types';
import { EntitySearch } from '../../match/entity-search';
import type { Translate } from '../../shared/i18n';
import { Card, type Theme } from '../Card';
import { cardModel } from '../card-model';

export interface IndexSearchProps {
  t: Translate;
  language: string;
  theme: Theme;
  index: ContextIndex;
  onReadArticle(article: number, sentence: number, entity: string): void;
}

/** A typo-tolerant search over the whole index (English and Spanish names); a result opens its card here. */
export function IndexSearch({ t, language, theme, index, onReadArticle }: IndexSearchProps) {
  const search = useMemo(() => new EntitySearch(index.entities), [index]);
  const [query, setQuery] = useState('');
  const [history, setHistory] = useState<number[]>([]);
  const hits = useMemo(() => search.search(query), [search, query]);
  const open = history[history.length - 1];
  const nameOf = (i: number) => index.entities[i]!.localNames?.[language] ?? index.entities[i]!.name;

  if (open !== undefined) {
    const entity = index.entities[open]!;
    return (
      <section class="search">
        <button type="button" class="link" onClick={() => setHistory([])}>
          ← {t('popupBackToResults')}
        </button>
        <Card
          model={cardModel(index, entity, language)}
          t={t}
          language={language}
          theme={theme}
          onSelectRelated={(id) => setHistory([...history, index.entities.findIndex((e) => e.id === id)])}
          onReadArticle={(a, s) => onReadArticle(a, s, entity.id)}
          onClose={() => setHistory([])}
          {...(history.length > 1 ? { onBack: () => setHistory(history.slice(0, -1)) } : {})}
        />
      </section>
    );
  }
  return (
    <section class="search" role="search" aria-labelledby="search-heading">
      <h2 id="search-heading">{t('popupSearch')}</h2>
      <input id="search" type="search" aria-labelledby="search-heading" value={query} placeholder={t('popupSearchPlaceholder')} autoComplete="off" onInput={(e) => setQuery(e.currentTarget.value)} />
      {query.trim().length >= 2 &&
        (hits.length === 0 ? (
          <p class="muted">{t('popupNoResults')}</p>
        ) : (
          <ul class="results">
            {hits.map((h) => (
              <li key={h.entity}>
                <button type="button" class="entity" onClick={() => setHistory([h.entity])}>
                  {nameOf(h.entity)}
                </button>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
