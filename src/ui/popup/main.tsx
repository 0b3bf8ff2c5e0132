import { render } from 'preact';
import { BROWSER, browser, translate, uiLocale } from '../../shared/browser';
import { uiLanguageOf } from '../../shared/i18n';
import { loadBundledIndex } from '../../shared/load-index';
import { parsePageEntitiesReply, type TabMessage } from '../../shared/messages';
import type { Settings } from '../../shared/settings';
import { createSettingsStore } from '../../shared/settings-store';
import { syncNotice } from '../sync-notice';
import { canAnnotate, domainOf, isEnabled, ruleFor, setSiteRuleFor } from '../../shared/site-rules';
import { Popup, type PopupProps } from './Popup';
import { groupByKind } from './popup-model';
import type { SiteState } from './SiteControls';

/** Web pages the content script runs on: what Firefox may ask the reader to grant. */
const WEB_ORIGINS = ['http://*/*', 'https://*/*'];

const store = createSettingsStore({ sync: browser.storage.sync, local: browser.storage.local }, browser.storage.onChanged);
const language = uiLanguageOf(uiLocale());
let reloadNeeded = false;

async function activeTab(): Promise<{ id?: number; url: string }> {
  // The test build can open the popup as a tab aimed at another tab (popup.html?tab=ID).
  const forced = __TEST_BUILD__ ? new URLSearchParams(location.search).get('tab') : null;
  const [tab] = forced ? [await browser.tabs.get(Number(forced))] : await browser.tabs.query({ active: true, currentWindow: true });
  return { ...(tab?.id !== undefined ? { id: tab.id } : {}), url: tab?.url ?? '' };
}

function siteState(url: string, host: string, settings: Settings): SiteState {
  const rule = ruleFor(url, settings);
  return {
    host,
    domain: domainOf(host),
    enabled: isEnabled(url, { ...settings, paused: false }),
    ...(rule ? { scope: rule.pattern.startsWith('*.') ? ('domain' as const) : ('host' as const) } : {}),
  };
}

async function pageEntities(tabId: number | undefined) {
  if (tabId === undefined) return undefined;
  const message: TabMessage = { type: 'get-page-entities' };
  return parsePageEntitiesReply(await browser.tabs.sendMessage(tabId, message).catch(() => undefined));
}

/**
 * While the page is still being read, the list is asked for again: every 250 ms for the first 20
 * asks, then every second for as long as the popup is open (a very long page).
 */
const RESCAN_POLL_MS = 250;
const RESCAN_POLLS = 20;
const SLOW_POLL_MS = 1000;
/** A tab whose content script does not answer is asked this many times (it may be starting) before the popup says to reload. */
const UNANSWERED_POLLS = 8;
let polls = 0;
/** Asks in a row that no content script answered (a page reloading answers again soon). */
let misses = 0;
let poll: ReturnType<typeof setTimeout> | undefined;

/** Loads everything the popup shows and renders it; called again whenever settings change. */
async function refresh(): Promise<void> {
  clearTimeout(poll);
  const index = loadBundledIndex();
  const root = document.getElementById('root')!;
  if (!index) return;
  const [{ settings, sync }, tab, commands, permitted] = await Promise.all([
    store.load(),
    activeTab(),
    browser.commands.getAll(),
    browser.permissions.contains({ origins: WEB_ORIGINS }),
  ]);
  const check = canAnnotate(tab.url, BROWSER);
  const asked = check.ok && isEnabled(tab.url, settings);
  const reply = asked ? await pageEntities(tab.id) : undefined;
  // The site just turned on, or a long page: the list fills in as the page is read. A tab that does
  // not answer may be loading still: it is asked again a few times too.
  const unanswered = asked && reply === undefined;
  misses = unanswered ? misses + 1 : 0;
  const waiting = reply?.scanning === true || unanswered;
  if (waiting && misses <= UNANSWERED_POLLS) {
    polls++;
    poll = setTimeout(() => void refresh(), polls <= RESCAN_POLLS ? RESCAN_POLL_MS : SLOW_POLL_MS);
  } else if (!waiting) polls = 0;
  // Still no answer: a tab opened before Backstory was installed or updated has no content script.
  // (Without host access, in Firefox, the Grant button says what to do instead.)
  const noContentScript = misses > UNANSWERED_POLLS && permitted;
  const props: PopupProps = {
    t: translate,
    language,
    theme: settings.theme,
    index,
    ...(check.ok ? { site: siteState(tab.url, check.host, settings) } : { cannot: check.reason }),
    paused: settings.paused,
    needsPermission: !permitted,
    reloadNeeded: reloadNeeded || noContentScript,
    reading: waiting && !noContentScript,
    syncNotice: syncNotice(sync, translate, 'popup'),
    groups: reply ? groupByKind(index, reply, language) : [],
    shortcuts: commands.map((c) => ({ description: c.description || c.name || '', shortcut: c.shortcut ?? '' })),
    onToggleSite: (enabled, scope) => {
      if (!check.ok) return;
      const pattern = scope === 'domain' ? `*.${domainOf(check.host)}` : check.host;
      // From the stored rules at the moment of saving: a rule the keyboard command added meanwhile stays.
      void store.save((now) => ({ siteRules: setSiteRuleFor(now.siteRules, check.host, pattern, enabled) }));
    },
    onPause: (paused) => void store.save({ paused }),
    // permissions.request must run in the click's own turn: no await before it.
    onGrant: () => {
      void browser.permissions.request({ origins: WEB_ORIGINS }).then((granted) => {
        reloadNeeded = granted;
        return refresh();
      });
    },
    onOpenEntity: (id) => {
      if (tab.id === undefined) return;
      const message: TabMessage = { type: 'open-entity', entity: id };
      void browser.tabs.sendMessage(tab.id, message).finally(() => window.close());
    },
    onReadArticle: (article, sentence, entity) => {
      const params = new URLSearchParams({ article: String(article), sentence: String(sentence), entity });
      void browser.tabs.create({ url: browser.runtime.getURL(`article.html?${params}`) });
    },
    onOptions: () => void browser.runtime.openOptionsPage(),
  };
  document.documentElement.lang = language;
  render(<Popup {...props} />, root);
}

void refresh();
store.subscribe(() => void refresh());
