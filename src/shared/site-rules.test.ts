import { describe, expect, it } from 'vitest';
import type { SiteRule } from './site-rules';
import { canAnnotate, domainOf, isEnabled, normalizePattern, parseSiteRule, removeSiteRule, ruleFor, setSiteRule, setSiteRuleFor } from './site-rules';

const on = (pattern: string): SiteRule => ({ pattern, enabled: true });
const off = (pattern: string): SiteRule => ({ pattern, enabled: false });

describe('isEnabled', () => {
  it.each<[string, string, SiteRule[], boolean]>([
    ['no rule: on everywhere', 'https://www.example.com/news', [], true],
    ['a host rule turns its host off', 'https://www.example.com/news', [off('www.example.com')], false],
    ['a host rule leaves subdomains alone', 'https://news.www.example.com/', [off('www.example.com')], true],
    ['www. is not special: example.com does not cover www.', 'https://www.example.com/', [off('example.com')], true],
    ['a domain rule covers the domain itself', 'https://example.com/', [off('*.example.com')], false],
    ['a domain rule covers www.', 'https://www.example.com/', [off('*.example.com')], false],
    ['a domain rule covers deep subdomains', 'https://a.b.example.com/', [off('*.example.com')], false],
    ['a domain rule does not cover a look-alike', 'https://notexample.com/', [off('*.example.com')], true],
    ['a domain rule does not cover a parent', 'https://com/', [off('*.example.com')], true],
    ['ports do not matter (host rule)', 'https://www.example.com:8443/', [off('www.example.com')], false],
    ['ports do not matter (domain rule)', 'http://example.com:8080/a', [off('*.example.com')], false],
    ['a trailing dot names the same host', 'https://www.example.com./', [off('www.example.com')], false],
    ['upper case in the URL', 'https://WWW.Example.COM/', [off('www.example.com')], false],
    ['IDN in Unicode matches a punycode rule', 'https://bücher.de/', [off('xn--bcher-kva.de')], false],
    ['IDN in punycode matches a punycode rule', 'https://www.xn--bcher-kva.de/', [off('*.xn--bcher-kva.de')], false],
    ['IP addresses are hosts', 'http://192.168.1.10:3000/', [off('192.168.1.10')], false],
    ['host beats domain (on inside off)', 'https://news.example.com/', [off('*.example.com'), on('news.example.com')], true],
    ['host beats domain (off inside on)', 'https://news.example.com/', [on('*.news.example.com'), off('news.example.com')], false],
    ['host beats domain, whatever the order', 'https://news.example.com/', [on('news.example.com'), off('*.example.com')], true],
    ['longest domain wins (on inside off)', 'https://a.news.example.com/', [off('*.example.com'), on('*.news.example.com')], true],
    ['longest domain wins (off inside on)', 'https://a.news.example.com/', [off('*.news.example.com'), on('*.example.com')], false],
    ['the longer domain does not reach a sibling', 'https://sport.example.com/', [off('*.example.com'), on('*.news.example.com')], false],
    ['off then on again', 'https://example.com/', setSiteRule(setSiteRule([], 'example.com', false), 'example.com', true), true],
    ['a file page', 'file:///home/me/page.html', [], false],
    ['a browser page', 'chrome://settings/', [], false],
    ['about:blank', 'about:blank', [], false],
    ['an extension page', 'moz-extension://abc/popup.html', [], false],
    ['the Chrome Web Store', 'https://chromewebstore.google.com/detail/x', [], false],
    ['addons.mozilla.org', 'https://addons.mozilla.org/en-US/firefox/', [on('addons.mozilla.org')], false],
    ['a PDF', 'https://example.com/report.pdf', [], false],
    ['not a URL', 'example.com', [], false],
  ])('%s', (_name, url, siteRules, expected) => {
    expect(isEnabled(url, { paused: false, siteRules })).toBe(expected);
  });

  it.each([[[]], [[on('example.com')]]])('is off everywhere while paused (rules %j)', (siteRules) => {
    expect(isEnabled('https://example.com/', { paused: true, siteRules })).toBe(false);
  });

  it('runs only where a rule turns it on with onlyListedSites, the rules deciding as before', () => {
    const siteRules = [on('*.example.com'), off('ads.example.com')];
    const listed = { paused: false, siteRules, onlyListedSites: true };
    expect(isEnabled('https://news.example.com/', listed)).toBe(true);
    expect(isEnabled('https://ads.example.com/', listed)).toBe(false);
    expect(isEnabled('https://other.org/', listed)).toBe(false);
    expect(isEnabled('https://other.org/', { ...listed, onlyListedSites: false })).toBe(true);
    expect(isEnabled('https://news.example.com/', { ...listed, paused: true })).toBe(false);
  });
});

describe('ruleFor', () => {
  const rules = [off('*.example.com'), on('news.example.com'), on('*.b.example.com')];

  it.each<[string, SiteRule | undefined]>([
    ['https://news.example.com/', on('news.example.com')],
    ['https://a.b.example.com/', on('*.b.example.com')],
    ['https://example.com/', off('*.example.com')],
    ['https://other.org/', undefined],
    ['chrome://extensions/', undefined],
  ])('%s', (url, expected) => {
    expect(ruleFor(url, { siteRules: rules })).toEqual(expected);
  });
});

describe('canAnnotate', () => {
  it("says Mozilla's own sites are closed in Firefox, and only there", () => {
    expect(canAnnotate('https://support.mozilla.org/kb/x', 'firefox')).toEqual({ ok: false, reason: 'protected' });
    expect(canAnnotate('https://accounts.firefox.com/', 'firefox')).toEqual({ ok: false, reason: 'protected' });
    expect(canAnnotate('https://support.mozilla.org/kb/x', 'chrome')).toEqual({ ok: true, host: 'support.mozilla.org' });
    expect(canAnnotate('https://www.mozilla.org/', 'firefox')).toEqual({ ok: true, host: 'www.mozilla.org' });
  });

  it.each([
    ['https://www.example.com/a?b#c', 'www.example.com'],
    ['http://example.com:8080/', 'example.com'],
    ['https://bücher.de/', 'xn--bcher-kva.de'],
    ['https://chrome.google.com/search', 'chrome.google.com'],
    ['https://microsoftedge.microsoft.com/', 'microsoftedge.microsoft.com'],
    ['https://example.com/pdf-guide', 'example.com'],
    ['http://[::1]:3000/', '[::1]'],
  ])('annotates %s (host %s)', (url, host) => {
    expect(canAnnotate(url)).toEqual({ ok: true, host });
  });

  it.each([
    ['file:///tmp/a.html', 'not-web'],
    ['chrome://newtab/', 'not-web'],
    ['edge://settings/', 'not-web'],
    ['about:addons', 'not-web'],
    ['moz-extension://1234/options.html', 'not-web'],
    ['chrome-extension://abcd/popup.html', 'not-web'],
    ['view-source:https://example.com/', 'not-web'],
    ['data:text/html,<p>hi</p>', 'not-web'],
    ['blob:https://example.com/1234', 'not-web'],
    ['ftp://example.com/', 'not-web'],
    ['https://example.com/files/Report.PDF', 'not-web'],
    ['https://chromewebstore.google.com/', 'store'],
    ['https://chrome.google.com/webstore/detail/abc', 'store'],
    ['https://addons.mozilla.org/es/firefox/addon/x/', 'store'],
    ['https://microsoftedge.microsoft.com/addons/detail/x', 'store'],
    ['', 'invalid'],
    ['not a url', 'invalid'],
  ])('refuses %s (%s)', (url, reason) => {
    expect(canAnnotate(url)).toEqual({ ok: false, reason });
  });
});

describe('normalizePattern', () => {
  it.each([
    ['example.com', 'example.com'],
    ['Example.COM', 'example.com'],
    ['  www.example.com  ', 'www.example.com'],
    ['*.Example.com', '*.example.com'],
    ['https://www.example.com/path?q=1', 'www.example.com'],
    ['http://example.com:8080', 'example.com'],
    ['example.com:8080/a', 'example.com'],
    ['example.com.', 'example.com'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['*.bücher.de', '*.xn--bcher-kva.de'],
    ['xn--bcher-kva.de', 'xn--bcher-kva.de'],
    ['192.168.0.1', '192.168.0.1'],
    ['[::1]', '[::1]'],
    ['localhost', 'localhost'],
  ])('%j → %j', (input, expected) => {
    expect(normalizePattern(input)).toBe(expected);
  });

  it.each(['', '   ', 'example .com', 'foo..bar', '!!!', '-bad.com', '*.', '*.*.example.com', 'a.*.example.com', '*.192.168.0.1', 'ftp://example.com', 'user@example.com', 'https://'])(
    'rejects %j',
    (input) => {
      expect(normalizePattern(input)).toBeUndefined();
    },
  );
});

describe('setSiteRule and removeSiteRule', () => {
  const rules = [off('a.com'), on('*.b.com')];

  it('adds a rule at the end, normalised, without changing the input', () => {
    expect(setSiteRule(rules, 'C.com', false)).toEqual([...rules, off('c.com')]);
    expect(rules).toEqual([off('a.com'), on('*.b.com')]);
  });

  it('replaces a rule in place', () => {
    expect(setSiteRule(rules, 'a.com', true)).toEqual([on('a.com'), on('*.b.com')]);
  });

  it('refuses a string that is not a pattern', () => {
    expect(() => setSiteRule(rules, 'not a host', true)).toThrow(RangeError);
  });

  it('removes a rule, matching after normalising', () => {
    expect(removeSiteRule(rules, 'A.COM')).toEqual([on('*.b.com')]);
    expect(removeSiteRule(rules, '*.b.com')).toEqual([off('a.com')]);
    expect(removeSiteRule(rules, 'nothing.org')).toEqual(rules);
  });
});

describe('setSiteRuleFor', () => {
  it('removes the rules that would outrank the new one on the site it was set from, and keeps the others', () => {
    const rules = [on('www.example.com'), on('*.news.example.com'), off('other.example.com'), on('*.b.com')];
    const domainOff = setSiteRuleFor(rules, 'www.example.com', '*.example.com', false);
    expect(domainOff).toEqual([on('*.news.example.com'), off('other.example.com'), on('*.b.com'), off('*.example.com')]);
    expect(isEnabled('https://www.example.com/', { paused: false, siteRules: domainOff })).toBe(false);
    const fromNews = setSiteRuleFor(rules, 'a.news.example.com', '*.example.com', false);
    expect(fromNews).toEqual([on('www.example.com'), off('other.example.com'), on('*.b.com'), off('*.example.com')]);
    expect(isEnabled('https://a.news.example.com/', { paused: false, siteRules: fromNews })).toBe(false);
  });

  it('keeps broader rules: a host rule decides for its host already', () => {
    const rules = [off('*.example.com')];
    expect(setSiteRuleFor(rules, 'www.example.com', 'www.example.com', true)).toEqual([off('*.example.com'), on('www.example.com')]);
  });
});

describe('parseSiteRule', () => {
  it('normalises the pattern', () => {
    expect(parseSiteRule({ pattern: 'WWW.Example.com', enabled: false })).toEqual(off('www.example.com'));
  });

  it.each([null, 'example.com', { pattern: 'example.com' }, { pattern: 'example.com', enabled: 'no' }, { pattern: 'no way', enabled: true }])('rejects %j', (value) => {
    expect(parseSiteRule(value)).toBeUndefined();
  });
});

describe('domainOf', () => {
  it.each([
    ['example.com', 'example.com'],
    ['www.example.com', 'example.com'],
    ['a.b.c.example.com', 'example.com'],
    ['bbc.co.uk', 'bbc.co.uk'],
    ['news.bbc.co.uk', 'bbc.co.uk'],
    ['www.eltiempo.com.co', 'eltiempo.com.co'],
    ['www.presidencia.gov.co', 'presidencia.gov.co'],
    ['www.gob.mx', 'www.gob.mx'],
    ['co.uk', 'co.uk'],
    ['www.company.co', 'company.co'],
    ['news.example.com.', 'example.com'],
    ['WWW.Example.COM', 'example.com'],
    ['localhost', 'localhost'],
    ['192.168.0.1', '192.168.0.1'],
    ['[::1]', '[::1]'],
    // The known limitation: without a public-suffix list, a shared host is treated as one domain.
    ['someone.github.io', 'github.io'],
  ])('%s → %s', (host, expected) => {
    expect(domainOf(host)).toBe(expected);
  });
});
