import { describe, expect, it } from 'vitest';
import en from '../../assets/_locales/en/messages.json';
import es from '../../assets/_locales/es/messages.json';
import { translateFrom } from '../shared/i18n';
import { plural } from './plural';

describe('plural', () => {
  it.each([
    ['en', 0, '0 articles'],
    ['en', 1, '1 article'],
    ['en', 2, '2 articles'],
    ['en', 1234, '1,234 articles'],
    ['es', 0, '0 artículos'],
    ['es', 1, '1 artículo'],
    ['es', 14, '14 artículos'],
  ])('says %s %d as %j', (language, count, expected) => {
    const t = translateFrom(language === 'es' ? es : en);
    expect(plural(t, language, count, 'popupArticlesOne', 'popupArticlesMany')).toBe(expected);
  });
});
