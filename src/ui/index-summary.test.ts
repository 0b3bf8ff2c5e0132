import { describe, expect, it } from 'vitest';
import en from '../../assets/_locales/en/messages.json';
import es from '../../assets/_locales/es/messages.json';
import { translateFrom } from '../shared/i18n';
import { describeSummary } from './index-summary';

describe('the index summary', () => {
  it.each([
    ['en', { packs: 1, articles: 1 }, '1 pack · 1 article'],
    ['en', { packs: 2, articles: 14 }, '2 packs · 14 articles'],
    ['es', { packs: 1, articles: 1 }, '1 paquete · 1 artículo'],
    ['es', { packs: 3, articles: 0 }, '3 paquetes · 0 artículos'],
  ])('says it in %s: %j', (language, summary, expected) => {
    expect(describeSummary(summary, translateFrom(language === 'es' ? es : en), language)).toBe(expected);
  });
});
