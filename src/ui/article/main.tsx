import { render } from 'preact';
import { Annotation } from '../../content/annotation';
import { PageIndex } from '../../content/page-index';
import { PageListeners } from '../../content/scope';
import { browser, translate, uiLocale } from '../../shared/browser';
import { uiLanguageOf } from '../../shared/i18n';
import { loadBundledIndex } from '../../shared/load-index';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings';
import { createSettingsStore } from '../../shared/settings-store';
import { ArticlePage } from './ArticlePage';

/** A whole number from a URL parameter, or undefined when it is missing or anything else ("", "-1", "2a"). */
function indexParam(params: URLSearchParams, name: string): number | undefined {
  const value = params.get(name);
  return value !== null && /^\d{1,6}$/.test(value) ? Number(value) : undefined;
}

/**
 * The source-article page (article.html?article=N&sentence=S&entity=ID): the whole article, every
 * entity painted and hoverable with the same annotator as web pages, scrolled to the quoted sentence.
 */
async function start(): Promise<void> {
  const index = loadBundledIndex();
  const root = document.getElementById('root')!;
  const params = new URLSearchParams(location.search);
  const articleIndex = indexParam(params, 'article');
  const sentence = indexParam(params, 'sentence');
  const article = articleIndex === undefined ? undefined : index?.articles[articleIndex];
  const language = uiLanguageOf(uiLocale());
  document.documentElement.lang = language;
  if (!index || !article) {
    root.textContent = translate('articleNotFound');
    return;
  }
  document.title = translate('articlePageTitle', article.title);
  // The reader's settings: the theme for this page and its cards, how cards open (hover, Alt, click).
  const store = createSettingsStore({ sync: browser.storage.sync, local: browser.storage.local }, browser.storage.onChanged);
  let settings: Settings = DEFAULT_SETTINGS;
  const follow = (next: Settings) => {
    settings = next;
    document.documentElement.dataset['theme'] = next.theme;
  };
  store.subscribe(follow);
  follow((await store.load()).settings);
  render(<ArticlePage article={article} {...(sentence !== undefined ? { quoted: sentence } : {})} t={translate} language={language} />, root);
  const quoted = document.getElementById(`s-${sentence}`);
  quoted?.scrollIntoView({ block: 'center' });
  quoted?.focus({ preventScroll: true });
  new Annotation({
    page: new PageIndex(index),
    listeners: new PageListeners(),
    t: translate,
    language: () => language,
    preferences: { dwellMs: () => settings.dwellMs, trigger: () => settings.trigger, theme: () => settings.theme },
    onEntityCount: () => {},
    openArticle: (a, s, entity) => {
      location.search = new URLSearchParams({ article: String(a), sentence: String(s), entity }).toString();
    },
    onError: (error) => console.error('Backstory:', error),
  });
}

void start();
