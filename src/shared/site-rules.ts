/**
 * Where Backstory runs: which URLs it can annotate at all, and the user's per-site rules. Pure: no
 * DOM, no browser API, so the popup, the background and the content script share one answer.
 */

/**
 * One user rule. `pattern` is a host (`www.example.com`: that host only) or a domain rule
 * (`*.example.com`: the domain and every subdomain). Hosts are lower-case ASCII (IDN hosts in
 * punycode, as the URL API gives them), without port or trailing dot.
 */
export interface SiteRule {
  pattern: string;
  enabled: boolean;
}

export type AnnotateCheck = { ok: true; host: string } | { ok: false; reason: 'not-web' | 'store' | 'protected' | 'invalid' };

/**
 * Mozilla's own sites, where Firefox runs no extension's content script (its default
 * extensions.webextensions.restrictedDomains): the popup says so rather than offer a switch.
 */
const FIREFOX_PROTECTED = new Set([
  'accounts-static.cdn.mozilla.net',
  'accounts.firefox.com',
  'addons.cdn.mozilla.net',
  'api.accounts.firefox.com',
  'content.cdn.mozilla.net',
  'discovery.addons.mozilla.org',
  'install.mozilla.org',
  'oauth.accounts.firefox.com',
  'profile.accounts.firefox.com',
  'support.mozilla.org',
  'sync.services.mozilla.com',
]);

/**
 * The extension stores: browsers keep every extension's content scripts out of them, so the popup
 * says why instead of offering a switch that does nothing. `path` limits a store to part of a host.
 */
const STORES: readonly { host: string; path?: string }[] = [
  { host: 'chromewebstore.google.com' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'addons.mozilla.org' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
];

const DOMAIN_PREFIX = '*.';
const LABEL = /^(?!-)[a-z0-9_-]{1,63}(?<!-)$/;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
/** Second-level labels under which a ccTLD registers names (bbc.co.uk, eltiempo.com.co, gob.mx). */
const COMMON_SECOND_LEVELS = new Set(['co', 'com', 'org', 'net', 'gov', 'gob', 'edu', 'ac', 'or', 'ne', 'mil']);

function isPrefixPath(pathname: string, prefix: string): boolean {
  return pathname === prefix || pathname.startsWith(prefix + '/');
}

function isStore(host: string, pathname: string): boolean {
  return STORES.some((store) => store.host === host && (store.path === undefined || isPrefixPath(pathname, store.path)));
}

/** The URL API keeps a trailing dot (`example.com.`), which names the same host. */
function stripTrailingDot(host: string): string {
  return host.endsWith('.') ? host.slice(0, -1) : host;
}

/**
 * Whether Backstory can annotate the page at `url`, and its normalised host when it can. Only
 * http(s) pages: browser pages (about:, chrome:, edge:), extension pages, file:, data:, blob: and
 * view-source: are `not-web`. A URL whose path ends in `.pdf` is `not-web` too: browsers show PDFs
 * in their own viewer, which content scripts do not reach. The extension stores are `store`, and
 * in Firefox (`browser`), Mozilla's own sites are `protected`.
 */
export function canAnnotate(url: string, browser: 'chrome' | 'firefox' = 'chrome'): AnnotateCheck {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { ok: false, reason: 'not-web' };
  const host = stripTrailingDot(parsed.hostname);
  if (host === '') return { ok: false, reason: 'invalid' };
  if (isStore(host, parsed.pathname)) return { ok: false, reason: 'store' };
  if (browser === 'firefox' && FIREFOX_PROTECTED.has(host)) return { ok: false, reason: 'protected' };
  if (parsed.pathname.toLowerCase().endsWith('.pdf')) return { ok: false, reason: 'not-web' };
  return { ok: true, host };
}

function isIp(host: string): boolean {
  return host.startsWith('[') || IPV4.test(host);
}

function isValidHost(host: string): boolean {
  if (host.length === 0 || host.length > 253) return false;
  return isIp(host) || host.split('.').every((label) => LABEL.test(label));
}

/** Normalises a bare host or a URL to its host; the URL API lower-cases, punycodes and drops the port. */
function normalizeHost(input: string): string | undefined {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(input) ? input : `http://${input}`;
  let parsed: URL;
  try {
    parsed = new URL(withScheme);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  if (parsed.username !== '' || parsed.password !== '') return undefined;
  const host = stripTrailingDot(parsed.hostname);
  return isValidHost(host) ? host : undefined;
}

/**
 * Turns what a user typed into a rule pattern, or undefined when it is not one: "Example.COM" →
 * "example.com", "*.Example.com" → "*.example.com", "https://www.example.com/path" →
 * "www.example.com", "bücher.de" → "xn--bcher-kva.de". IP addresses are hosts; a domain rule on an
 * IP address is not a pattern (an address has no subdomains).
 */
export function normalizePattern(input: string): string | undefined {
  const trimmed = input.trim();
  if (trimmed === '' || /\s/.test(trimmed)) return undefined;
  const isDomain = trimmed.startsWith(DOMAIN_PREFIX);
  const host = normalizeHost(isDomain ? trimmed.slice(DOMAIN_PREFIX.length) : trimmed);
  if (host === undefined) return undefined;
  if (!isDomain) return host;
  return isIp(host) ? undefined : DOMAIN_PREFIX + host;
}

/** Narrows a stored value to a site rule with a normalised pattern, or undefined when it is not one. */
export function parseSiteRule(value: unknown): SiteRule | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { pattern, enabled } = value as Record<string, unknown>;
  if (typeof pattern !== 'string' || typeof enabled !== 'boolean') return undefined;
  const normalized = normalizePattern(pattern);
  return normalized === undefined ? undefined : { pattern: normalized, enabled };
}

/** How specific a rule is for `host`: -1 when it does not apply; an exact host beats every domain rule. */
function specificity(pattern: string, host: string): number {
  if (!pattern.startsWith(DOMAIN_PREFIX)) return pattern === host ? Number.MAX_SAFE_INTEGER : -1;
  const domain = pattern.slice(DOMAIN_PREFIX.length);
  return host === domain || host.endsWith('.' + domain) ? domain.length : -1;
}

/** The rule that decides for `host`: the exact host rule, else the longest matching domain rule; the first wins a tie. */
function ruleForHost(host: string, rules: readonly SiteRule[]): SiteRule | undefined {
  let best: SiteRule | undefined;
  let bestScore = -1;
  for (const rule of rules) {
    const score = specificity(rule.pattern, host);
    if (score > bestScore) [best, bestScore] = [rule, score];
  }
  return best;
}

/**
 * The rule that decides whether Backstory runs on `url`, for the popup to show; undefined when no
 * rule applies or the page cannot be annotated at all. The global pause is not a rule: see isEnabled.
 */
export function ruleFor(url: string, settings: Pick<SiteSettings, 'siteRules'>): SiteRule | undefined {
  const check = canAnnotate(url);
  return check.ok ? ruleForHost(check.host, settings.siteRules) : undefined;
}

/**
 * What decides where Backstory runs: the settings' fields of those names, written here so this
 * module needs nothing of settings.ts (which imports the rules). `onlyListedSites` may be left out
 * (it is off by default).
 */
export interface SiteSettings {
  paused: boolean;
  siteRules: readonly SiteRule[];
  onlyListedSites?: boolean;
}

/**
 * Whether Backstory annotates `url`: never on pages it cannot annotate or while paused; otherwise the
 * most specific rule decides (see ruleFor), and with no rule it is on, or off with `onlyListedSites`.
 * Ports do not matter, and `www.` is not special: a rule for `example.com` does not cover
 * `www.example.com`, `*.example.com` covers both.
 */
export function isEnabled(url: string, settings: SiteSettings): boolean {
  const check = canAnnotate(url);
  if (!check.ok || settings.paused) return false;
  return ruleForHost(check.host, settings.siteRules)?.enabled ?? !settings.onlyListedSites;
}

function requirePattern(pattern: string): string {
  const normalized = normalizePattern(pattern);
  if (normalized === undefined) throw new RangeError(`not a site pattern: ${JSON.stringify(pattern)}`);
  return normalized;
}

/**
 * Returns new rules where `pattern` (normalised) is on or off: an existing rule for it is replaced
 * in place, else the rule is added at the end. Throws a RangeError when `pattern` is not a pattern:
 * callers pass a host from canAnnotate or user input checked with normalizePattern.
 */
export function setSiteRule(rules: readonly SiteRule[], pattern: string, enabled: boolean): SiteRule[] {
  const rule = { pattern: requirePattern(pattern), enabled };
  const at = rules.findIndex((existing) => existing.pattern === rule.pattern);
  return at === -1 ? [...rules, rule] : rules.map((existing, i) => (i === at ? rule : existing));
}

/**
 * Returns new rules where `pattern` is on or off and decides for `host`: the rules more specific for
 * `host` than `pattern` (its exact host rule, a narrower domain rule) are removed, since they would
 * outrank it there and the reader's choice, made on this site, would change nothing.
 */
export function setSiteRuleFor(rules: readonly SiteRule[], host: string, pattern: string, enabled: boolean): SiteRule[] {
  const set = setSiteRule(rules, pattern, enabled);
  const normalized = requirePattern(pattern);
  const own = specificity(normalized, host);
  return set.filter((rule) => rule.pattern === normalized || specificity(rule.pattern, host) <= own);
}

/** Returns new rules without the rule for `pattern` (compared after normalising, so "Example.com" removes "example.com"). */
export function removeSiteRule(rules: readonly SiteRule[], pattern: string): SiteRule[] {
  const normalized = normalizePattern(pattern) ?? pattern;
  return rules.filter((rule) => rule.pattern !== normalized);
}

/**
 * The registrable-ish domain of `host`, for the popup's "the whole domain" switch (`*.` + domainOf).
 * Without a public-suffix list: the last two labels, or the last three when the second-to-last is a
 * common second level (co, com, org, net, gov, gob, edu, ac, or, ne, mil) before a two-letter ccTLD
 * (news.bbc.co.uk → bbc.co.uk). It is wrong for other multi-label suffixes (a user site on
 * github.io gives github.io; city.kawasaki.jp gives kawasaki.jp): the switch then covers more than
 * one owner's sites, which the user sees in the pattern shown. IP addresses are returned as they are.
 */
export function domainOf(host: string): string {
  const clean = stripTrailingDot(host.toLowerCase());
  if (isIp(clean)) return clean;
  const labels = clean.split('.');
  const [second, top] = labels.slice(-2);
  const keep = top?.length === 2 && second !== undefined && COMMON_SECOND_LEVELS.has(second) ? 3 : 2;
  return labels.slice(-keep).join('.');
}
