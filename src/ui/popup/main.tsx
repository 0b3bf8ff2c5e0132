import { render } from 'preact';
import type { CardModel } from '../card-model';
import { cardFor } from '../../packs/card-for';
import { packStore } from '../../packs/open-store';
import { bundledPack } from '../../packs/bundled-pack';
import { cardModel as builtInCard } from '../card-model';
import type { DirectoryEntity, PacksSummary } from '../../packs/pack-store';
import { articlePagePath } from '../../shared/article-address';
import { BROWSER, browser, translate, uiLocale } from '../../shared/browser';
import { uiLanguageOf } from '../../shared/i18n';
import { type CaptureMessage, parsePageEntitiesReply, type TabMessage } from '../../shared/messages';
import { parseSavedReply } from '../../saved/saved-reply';
import { saveView } from '../save-outcome';
import type { SaveView } from './SaveArticle';
import type { Settings } from '../../shared/settings';
import { createSettingsStore, type SettingsStore } from '../../shared/settings-store';
import { canAnnotate, domainOf, isEnabled, ruleFor, setSiteRuleFor } from '../../shared/site-rules';
import { syncNotice } from '../sync-notice';
import { PagePoll, type PageAnswer } from './page-poll';
import { Popup, type PopupProps } from './Popup';
import { groupByKind } from './popup-model';
import type { SiteState } from './SiteControls';

/** Web pages the content script runs on: what Firefox may ask the reader to grant. */
const WEB_ORIGINS = ['http://*/*', 'https://*/*'];

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
    onlyListed: settings.onlyListedSites,
    ...(rule ? { scope: rule.pattern.startsWith('*.') ? ('domain' as const) : ('host' as const) } : {}),
  };
}

async function pageEntities(tabId: number | undefined) {
  if (tabId === undefined) return undefined;
  const message: TabMessage = { type: 'get-page-entities' };
  return parsePageEntitiesReply(await browser.tabs.sendMessage(tabId, message).catch(() => undefined));
}

/**
 * The popup for as long as it is open: it follows the settings, asks the page for its names while
 * the page is still being read, and renders. Everything it holds lives here, and destroy() ends it.
 */
class PopupSession {
  private readonly language = uiLanguageOf(uiLocale());
  private readonly poll = new PagePoll();
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Access to websites was just granted: the page must be reloaded to be read. */
  private reloadNeeded = false;
  /** The page did not take the last "open this name" (its script is gone): the popup stays open and says so. */
  private openFailed = false;
  /** Saving the tab's article: shown in the footer until the popup closes. */
  private save: SaveView = { state: 'idle' };
  /** Counts refreshes, so that one overtaken by a newer one (a settings change meanwhile) does not render. */
  private generation = 0;
  private readonly unsubscribe: () => void;

  constructor(
    private packs: PopupPacks,
    private readonly store: SettingsStore,
    private readonly root: HTMLElement,
  ) {
    document.documentElement.lang = this.language;
    this.unsubscribe = store.subscribe(() => void this.refresh());
    void this.refresh();
  }

  destroy(): void {
    this.generation++;
    clearTimeout(this.timer);
    this.unsubscribe();
    render(null, this.root);
  }

  /** Loads everything the popup shows and renders it; called again whenever settings change. */
  private async refresh(): Promise<void> {
    clearTimeout(this.timer);
    const run = ++this.generation;
    const [{ settings, sync }, tab, commands, permitted] = await Promise.all([this.store.load(), activeTab(), browser.commands.getAll(), browser.permissions.contains({ origins: WEB_ORIGINS })]);
    const check = canAnnotate(tab.url, BROWSER);
    const asked = check.ok && isEnabled(tab.url, settings);
    const reply = asked ? await pageEntities(tab.id) : undefined;
    if (run !== this.generation) return;
    const answer: PageAnswer = !asked ? 'not-asked' : reply === undefined ? 'silent' : reply.scanning ? 'reading' : 'done';
    const decision = this.poll.next(answer);
    if (decision.again !== undefined) this.timer = setTimeout(() => void this.refresh(), decision.again);
    // Still no answer: a tab opened before Backstory was installed or updated has no content script.
    // (Without host access, in Firefox, the Grant button says what to do instead.)
    const noContentScript = decision.silentTooLong && permitted;
    this.show({
      entities: this.packs.directory,
      cardContent: this.packs.cardContent,
      theme: settings.theme,
      ...(check.ok ? { site: siteState(tab.url, check.host, settings) } : { cannot: check.reason }),
      paused: settings.paused,
      needsPermission: !permitted,
      reloadNeeded: this.reloadNeeded || noContentScript,
      reading: decision.waiting && !noContentScript,
      openFailed: this.openFailed,
      syncNotice: syncNotice(sync, translate, 'popup'),
      groups: reply ? groupByKind(this.packs.directory, reply, this.language) : [],
      summary: this.packs.summary,
      shortcuts: commands.map((c) => ({ description: c.description || c.name || '', shortcut: c.shortcut ?? '' })),
      onToggleSite: (enabled, scope) => {
        if (!check.ok) return;
        const pattern = scope === 'domain' ? `*.${domainOf(check.host)}` : check.host;
        // From the stored rules at the moment of saving: a rule the keyboard command added meanwhile stays.
        void this.store.save((now) => ({ siteRules: setSiteRuleFor(now.siteRules, check.host, pattern, enabled) }));
      },
      onPause: (paused) => void this.store.save({ paused }),
      // permissions.request must run in the click's own turn: no await before it.
      onGrant: () => {
        void browser.permissions.request({ origins: WEB_ORIGINS }).then((granted) => {
          this.reloadNeeded = granted;
          return this.refresh();
        });
      },
      onOpenEntity: (id) => this.openEntity(tab.id, id),
      onReadArticle: (pack, article, sentence, entity) => {
        void browser.tabs.create({ url: browser.runtime.getURL(articlePagePath({ pack, article, sentence, entity })) });
      },
      onOptions: () => void browser.runtime.openOptionsPage(),
      save: this.save,
      onSave: () => void this.saveArticle(tab.id),
    });
  }

  /**
   * Asks the background to read the tab and save its article (the popup's opening gave it activeTab
   * on this tab), showing progress, then the outcome in words.
   */
  private async saveArticle(tabId: number | undefined): Promise<void> {
    if (tabId === undefined || this.save.state === 'saving') return;
    this.save = { state: 'saving' };
    void this.refresh();
    const message: CaptureMessage = { type: 'save-tab', tab: tabId, what: 'article' };
    const reply = parseSavedReply(await browser.runtime.sendMessage(message).catch(() => undefined));
    this.save = saveView(reply, translate, this.language);
    // "Saved by you" changed (or is new): the footer's count and the search follow it.
    if (this.save.state === 'saved') this.packs = await loadPacks();
    void this.refresh();
  }

  /** Asks the page to show the name's card; the popup closes only once the page has it. */
  private openEntity(tabId: number | undefined, entity: string): void {
    if (tabId === undefined) return;
    const message: TabMessage = { type: 'open-entity', entity };
    browser.tabs.sendMessage(tabId, message).then(
      () => window.close(),
      () => {
        this.openFailed = true;
        void this.refresh();
      },
    );
  }

  private show(props: Omit<PopupProps, 't' | 'language'>): void {
    render(<Popup {...props} t={translate} language={this.language} />, this.root);
  }
}

/** What the popup knows of the enabled packs, read once as it opens. */
interface PopupPacks {
  directory: DirectoryEntity[];
  summary: PacksSummary;
  cardContent(id: string, language: string): Promise<CardModel | undefined>;
}

async function readPacks(): Promise<PopupPacks> {
  const store = await packStore();
  const [directory, summary] = await Promise.all([store.directory(), store.summary()]);
  return { directory, summary, cardContent: (id, language) => cardFor(store, id, language) };
}

/**
 * Where IndexedDB cannot be opened (a browser that refuses it to extensions in a private window),
 * the popup still works with the built-in pack from the bundle.
 */
function builtInOnly(): PopupPacks {
  const pack = bundledPack();
  const index = pack && { articles: pack.articles, entities: pack.entities };
  return {
    directory: pack?.entities ?? [],
    summary: { packs: pack ? 1 : 0, articles: pack?.articles.length ?? 0 },
    cardContent: async (id, language) => {
      const entity = index?.entities.find((e) => e.id === id);
      return index && entity ? builtInCard(index, entity, language) : undefined;
    },
  };
}

/** The enabled packs, or the built-in pack alone when they cannot be read. */
function loadPacks(): Promise<PopupPacks> {
  return readPacks().catch((error: unknown) => {
    console.error('Backstory: the installed packs could not be read', error);
    return builtInOnly();
  });
}

void loadPacks().then((packs) => {
  const session = new PopupSession(packs, createSettingsStore({ sync: browser.storage.sync, local: browser.storage.local }, browser.storage.onChanged), document.getElementById('root')!);
  // Only when the page is discarded: one kept in the back/forward cache comes back as it was.
  addEventListener('pagehide', (event) => event.persisted || session.destroy());
});
