import { describe, expect, it } from 'vitest';
import en from '../../assets/_locales/en/messages.json';
import es from '../../assets/_locales/es/messages.json';
import { buildContextIndex } from '../index/load-sources';
import { translateFrom } from '../shared/i18n';
import { describeSummary, summarizeIndex } from './index-summary';

const index = buildContextIndex(new URL('../..', import.meta.url).pathname);

describe('the index summary', () => {
  it('counts the bundled index as one pack with its articles', () => {
    expect(summarizeIndex(index)).toEqual({ packs: 1, articles: index.articles.length });
  });

  it.each([
    ['en', { packs: 1, articles: 1 }, '1 pack · 1 article'],
    ['en', { packs: 2, articles: 14 }, '2 packs · 14 articles'],
    ['es', { packs: 1, articles: 1 }, '1 paquete · 1 artículo'],
    ['es', { packs: 3, articles: 0 }, '3 paquetes · 0 artículos'],
  ])('says it in %s: %j', (language, summary, expected) => {
    expect(describeSummary(summary, translateFrom(language === 'es' ? es : en), language)).toBe(expected);
  });
});
