import { render } from 'preact';
import { annotate } from '../../content/annotator';
import { browser, translate, uiLocale } from '../../shared/browser';
import { uiLanguageOf } from '../../shared/i18n';
import { loadBundledIndex } from '../../shared/load-index';
import { ArticlePage } from './ArticlePage';

/**
 * The source-article page (article.html?article=N&sentence=S&entity=ID): the whole article, every
 * entity painted and hoverable with the same annotator as web pages, scrolled to the quoted sentence.
 */
function start(): void {
  const index = loadBundledIndex();
  const root = document.getElementById('root')!;
  const params = new URLSearchParams(location.search);
  const articleIndex = Number(params.get('article') ?? '0');
  const sentence = params.has('sentence') ? Number(params.get('sentence')) : undefined;
  const article = index?.articles[articleIndex];
  const language = uiLanguageOf(uiLocale());
  document.documentElement.lang = language;
  if (!index || !article) {
    root.textContent = translate('articleNotFound');
    return;
  }
  document.title = translate('articlePageTitle', article.title);
  render(<ArticlePage article={article} {...(sentence !== undefined ? { quoted: sentence } : {})} t={translate} language={language} />, root);
  document.getElementById(`s-${sentence}`)?.scrollIntoView({ block: 'center' });
  annotate({
    index,
    t: translate,
    language: () => language,
    preferences: { dwellMs: () => 200, trigger: () => 'hover', theme: () => 'auto' },
    onEntityCount: () => {},
    openArticle: (a, s, entity) => {
      location.search = new URLSearchParams({ article: String(a), sentence: String(s), entity }).toString();
    },
    onError: (error) => console.error('Backstory:', error),
  });
}

start();
