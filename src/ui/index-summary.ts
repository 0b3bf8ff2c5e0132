import type { Translate } from '../shared/i18n';
import type { PacksSummary } from '../packs/pack-records';
import { plural } from './plural';

/** What the popup's footer counts (the pack store's own summary). */
export type IndexSummary = PacksSummary;

/** "1 pack · 1 article", "2 packs · 14 articles", in the reader's language. */
export function describeSummary({ packs, articles }: IndexSummary, t: Translate, language: string): string {
  return `${plural(t, language, packs, 'popupPacksOne', 'popupPacksMany')} · ${plural(t, language, articles, 'popupArticlesOne', 'popupArticlesMany')}`;
}
