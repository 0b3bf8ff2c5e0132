import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ContextIndex } from '../../index/types';
import { EntitySearch } from '../../match/entity-search';
import type { Translate } from '../../shared/i18n';
import { Card, type Theme } from '../Card';
import { cardModel } from '../card-model';
import { EMPTY_TRAIL, back, canGoBack, canGoForward, current, forward, openEntry, type CardTrail } from '../card-trail';

export interface IndexSearchProps {
  t: Translate;
  language: string;
  theme: Theme;
  index: ContextIndex;
  onReadArticle(pack: string, article: number, sentence: number, entity: string): void;
}

/**
 * A typo-tolerant search over the whole index (English and Spanish names); a result opens its card
 * here. One way out of the card ("Back to results"), and Back and Forward between related names.
 */
export function IndexSearch({ t, language, theme, index, onReadArticle }: IndexSearchProps) {
  const search = useMemo(() => new EntitySearch(index.entities), [index]);
  const [query, setQuery] = useState('');
  const [trail, setTrail] = useState<CardTrail<number>>(EMPTY_TRAIL);
  const hits = useMemo(() => search.search(query), [search, query]);
  const open = current(trail);
  const section = useRef<HTMLElement>(null);
  // Each step along the trail shows a new card from its top, with focus in it: the button pressed
  // (Back, a related name) may be gone from the new card.
  useEffect(() => {
    if (open !== undefined) section.current?.querySelector<HTMLElement>('.card')?.focus();
  }, [trail]);
  const nameOf = (i: number) => index.entities[i]!.localNames?.[language] ?? index.entities[i]!.name;

  if (open !== undefined) {
    const entity = index.entities[open]!;
    return (
      <section class="search" ref={section}>
        <button type="button" class="link" onClick={() => setTrail(EMPTY_TRAIL)}>
          {t('popupBackToResults')}
        </button>
        <Card
          key={open}
          model={cardModel(index, entity, language)}
          t={t}
          language={language}
          theme={theme}
          onSelectRelated={(id) => {
            const related = index.entities.findIndex((e) => e.id === id);
            if (related !== -1) setTrail(openEntry(trail, related));
          }}
          onReadArticle={(pack, a, s) => onReadArticle(pack, a, s, entity.id)}
          {...(canGoBack(trail) ? { onBack: () => setTrail(back(trail)) } : {})}
          {...(canGoForward(trail) ? { onForward: () => setTrail(forward(trail)) } : {})}
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
                <button type="button" class="entity" onClick={() => setTrail(openEntry(EMPTY_TRAIL, h.entity))}>
                  {nameOf(h.entity)}
                </button>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
