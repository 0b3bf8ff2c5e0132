import { describe, expect, it } from 'vitest';
import { localDay, parseCaptureResult, savedInputOf } from './saved-input';
import { tabProblem } from './tab-problem';

const page = { kind: 'article' as const, title: 'T', paragraphs: ['P.'], host: 'example.com' };
const defaults = { today: '2026-03-04', uiLanguage: 'es-419' };

describe('savedInputOf', () => {
  it('keeps what the page says', () => {
    expect(savedInputOf({ ...page, url: 'https://example.com/a', date: '2022-05-05', language: 'en', source: 'Example News' }, defaults)).toEqual({
      url: 'https://example.com/a',
      title: 'T',
      source: 'Example News',
      date: '2022-05-05',
      language: 'en',
      paragraphs: ['P.'],
      kind: 'article',
    });
  });

  it('gives what it does not say a default: today (said so), the UI language, the host', () => {
    expect(savedInputOf(page, defaults)).toEqual({ title: 'T', source: 'example.com', date: '2026-03-04', undated: true, language: 'es-419', paragraphs: ['P.'], kind: 'article' });
  });
});

describe('localDay', () => {
  it('is the calendar day where the reader is', () => {
    expect(localDay(new Date(2026, 0, 9, 23, 59))).toBe('2026-01-09');
  });
});

describe('parseCaptureResult', () => {
  it('takes a page or a known problem, field by field', () => {
    expect(parseCaptureResult({ ok: true, page: { ...page, date: '2022-05-05', extra: 1 } })).toEqual({ ok: true, page: { ...page, date: '2022-05-05' } });
    expect(parseCaptureResult({ ok: false, problem: { code: 'no-article' } })).toEqual({ ok: false, problem: { code: 'no-article' } });
    expect(parseCaptureResult({ ok: false, problem: { code: 'not-html', type: 'image/png' } })).toEqual({ ok: false, problem: { code: 'not-html', type: 'image/png' } });
  });

  it.each([undefined, null, 'x', { ok: true }, { ok: true, page: { ...page, paragraphs: [1] } }, { ok: true, page: { ...page, url: 5 } }, { ok: false, problem: { code: 'toString' } }])(
    'refuses %j',
    (value) => {
      expect(parseCaptureResult(value)).toBeUndefined();
    },
  );
});

describe('tabProblem', () => {
  it.each([
    ['chrome://newtab/', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['chrome-extension://abc/options.html', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x', 'store-page'],
    ['https://addons.mozilla.org/en-US/firefox/', 'store-page'],
    ['https://example.com/report.pdf', 'pdf'],
    ['file:///home/me/report.pdf', 'pdf'],
  ])('%s: %s', (url, code) => {
    expect(tabProblem(url, 'firefox')).toEqual({ code });
  });

  it('lets web pages, and a tab whose address it cannot see, be tried', () => {
    expect(tabProblem('https://www.elcolombiano.com/a', 'chrome')).toBeUndefined();
    expect(tabProblem(undefined, 'chrome')).toBeUndefined();
  });
});
