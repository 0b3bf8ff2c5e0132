import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { EntitySearch } from '../../match/entity-search';
import type { DirectoryEntity } from '../../packs/pack-store';
import type { Translate } from '../../shared/i18n';
import { displayName, type Theme } from '../../shared/definitions';
import { Card } from '../Card';
import type { CardModel } from '../card-model';
import { EMPTY_TRAIL, back, canGoBack, canGoForward, current, forward, openEntry, type CardTrail } from '../card-trail';

export interface IndexSearchProps {
  t: Translate;
  language: string;
  theme: Theme;
  /** Every entity of the enabled packs. */
  entities: readonly DirectoryEntity[];
  cardContent(id: string, language: string): Promise<CardModel | undefined>;
  onReadArticle(pack: string, article: number, sentence: number, entity: string): void;
}

/**
 * A typo-tolerant search over every enabled pack (English and Spanish names); a result opens its
 * card here. One way out of the card ("Back to results"), and Back and Forward between related names.
 */
export function IndexSearch({ t, language, theme, entities, cardContent, onReadArticle }: IndexSearchProps) {
  const search = useMemo(() => new EntitySearch(entities), [entities]);
  const [query, setQuery] = useState('');
  const [trail, setTrail] = useState<CardTrail<string>>(EMPTY_TRAIL);
  const [model, setModel] = useState<CardModel | undefined>(undefined);
  const hits = useMemo(() => search.search(query), [search, query]);
  const open = current(trail);
  const section = useRef<HTMLElement>(null);
  // The card of the entity on the trail, when it arrives; a later step's answer wins.
  useEffect(() => {
    if (open === undefined) return setModel(undefined);
    let wanted = true;
    void cardContent(open, language).then((next) => wanted && setModel(next));
    return () => {
      wanted = false;
    };
  }, [open, language, cardContent]);
  // Each step along the trail shows a new card from its top, with focus in it: the button pressed
  // (Back, a related name) may be gone from the new card.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when a new card arrives, which is when focus moves.
  useEffect(() => {
    if (open !== undefined) section.current?.querySelector<HTMLElement>('.card')?.focus();
  }, [model]);
  const nameOf = (e: DirectoryEntity) => displayName(e, language);

  if (open !== undefined) {
    return (
      <section class="search" ref={section}>
        <button type="button" class="link" onClick={() => setTrail(EMPTY_TRAIL)}>
          {t('popupBackToResults')}
        </button>
        {model?.id === open && (
          <Card
            key={open}
            model={model}
            t={t}
            language={language}
            theme={theme}
            onSelectRelated={(id) => setTrail(openEntry(trail, id))}
            onReadArticle={(pack, a, s) => onReadArticle(pack, a, s, open)}
            {...(canGoBack(trail) ? { onBack: () => setTrail(back(trail)) } : {})}
            {...(canGoForward(trail) ? { onForward: () => setTrail(forward(trail)) } : {})}
          />
        )}
      </section>
    );
  }
  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is younger than the browsers Backstory supports (Chrome 123 has it, but the role is what assistive technology reads).
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
                <button type="button" class="entity" onClick={() => setTrail(openEntry(EMPTY_TRAIL, entities[h.entity]!.id))}>
                  {nameOf(entities[h.entity]!)}
                </button>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
