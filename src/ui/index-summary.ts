import type { Translate } from '../shared/i18n';
import { plural } from './plural';

/** What the popup's footer and the options page's About count: the context packs installed and the articles they hold. */
export interface IndexSummary {
  packs: number;
  articles: number;
}

/** "1 pack · 1 article", "2 packs · 14 articles", in the reader's language. */
export function describeSummary({ packs, articles }: IndexSummary, t: Translate, language: string): string {
  return `${plural(t, language, packs, 'popupPacksOne', 'popupPacksMany')} · ${plural(t, language, articles, 'popupArticlesOne', 'popupArticlesMany')}`;
}
