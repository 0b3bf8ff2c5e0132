import { render } from 'preact';
import { Annotation, type DisplayOptions } from '../../content/annotation';
import { PageIndex } from '../../content/page-index';
import { PageListeners } from '../../content/scope';
import { shippedPageIndex } from '../../content/page-index';
import { cardFor } from '../../packs/card-for';
import { packStore } from '../../packs/open-store';
import { BUILT_IN_PACK_ID } from '../../packs/pack-format';
import { isPageIndex, openPageIndex } from '../../packs/page-index';
import { PAGE_INDEX_KEY } from '../../packs/publish-page-index';
import { articleSearch, readArticleSearch } from '../../shared/article-address';
import { browser, translate, uiLocale } from '../../shared/browser';
import { uiLanguageOf } from '../../shared/i18n';
import type { Settings } from '../../shared/settings';
import { createSettingsStore } from '../../shared/settings-store';
import { ArticlePage } from './ArticlePage';

/**
 * The source-article page (article.html?pack=P&article=N&sentence=S&entity=ID): the whole article of
 * a pack, every entity of the enabled packs painted and hoverable with the same annotator as web
 * pages, scrolled to the quoted sentence.
 */
async function start(): Promise<void> {
  const root = document.getElementById('root')!;
  const { pack: packId, article: articleIndex, sentence } = readArticleSearch(location.search, BUILT_IN_PACK_ID);
  const store = await packStore().catch(() => undefined);
  const article = articleIndex === undefined ? undefined : await store?.article(packId, articleIndex).catch(() => undefined);
  const language = uiLanguageOf(uiLocale());
  document.documentElement.lang = language;
  const stored = (await browser.storage.local.get(PAGE_INDEX_KEY))[PAGE_INDEX_KEY];
  const wire = isPageIndex(stored) ? stored : shippedPageIndex();
  if (!store || !article || !wire) {
    root.textContent = translate('articleNotFound');
    return;
  }
  document.title = translate('articlePageTitle', article.title);
  // The reader's settings: the theme for this page and its cards, how cards open (hover, Alt, click),
  // and what is painted (kinds, first mention only, underline or background), as on web pages.
  const settingsStore = createSettingsStore({ sync: browser.storage.sync, local: browser.storage.local }, browser.storage.onChanged);
  const settings = (await settingsStore.load()).settings;
  // The theme before the first render, so a dark reader sees no white flash.
  document.documentElement.dataset['theme'] = settings.theme;
  render(<ArticlePage article={article} {...(sentence !== undefined ? { quoted: sentence } : {})} t={translate} language={language} />, root);
  const quoted = document.getElementById(`s-${sentence}`);
  quoted?.scrollIntoView({ block: 'center' });
  quoted?.focus({ preventScroll: true });
  const page = new PageIndex(openPageIndex(wire), (id, cardLanguage) => cardFor(store, id, cardLanguage));
  new ArticleAnnotation(page, language, settings, (follow) => settingsStore.subscribe(follow));
}

/** The article's annotation, started again whenever what is painted changes. */
class ArticleAnnotation {
  private annotation: Annotation | undefined;
  private displayed = '';
  private readonly listeners = new PageListeners();
  constructor(
    private readonly page: PageIndex,
    private readonly language: string,
    private settings: Settings,
    subscribe: (follow: (next: Settings) => void) => void,
  ) {
    this.follow(settings);
    subscribe((next) => this.follow(next));
  }

  private follow(next: Settings): void {
    this.settings = next;
    document.documentElement.dataset['theme'] = next.theme;
    const display = displayOf(next);
    const key = JSON.stringify(display);
    if (this.annotation && key === this.displayed) return;
    this.annotation?.destroy();
    this.displayed = key;
    this.annotation = new Annotation({
      page: this.page,
      listeners: this.listeners,
      t: translate,
      language: () => this.language,
      display,
      preferences: { dwellMs: () => this.settings.dwellMs, trigger: () => this.settings.trigger, theme: () => this.settings.theme },
      onEntityCount: () => {},
      openArticle: (pack, a, s, entity) => {
        location.search = articleSearch({ pack, article: a, sentence: s, entity });
      },
      onError: (error) => console.error('Backstory:', error),
    });
  }
}

/** What the settings say to paint. */
function displayOf(settings: Settings): DisplayOptions {
  return { density: settings.density, kinds: settings.kinds, highlightStyle: settings.highlightStyle };
}

void start();
