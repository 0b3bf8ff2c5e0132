import type { MessageKey, Translate } from '../shared/i18n';
import type { CardModel } from './card-model';
import { formatDate } from './format-date';

export type Theme = 'auto' | 'light' | 'dark';

export interface CardProps {
  model: CardModel;
  t: Translate;
  /** The UI language, for dates. */
  language: string;
  theme: Theme;
  /** Present when the reader came from another card: goes back to it. */
  onBack?: () => void;
  /** Present when the reader went back: goes forward again to the card they left. */
  onForward?: () => void;
  onSelectRelated: (id: string) => void;
  onReadArticle: (article: number, sentence: number) => void;
  /** Absent where something else takes the reader out (the popup's "Back to results"). */
  onClose?: () => void;
}

const KIND_KEYS: Record<CardModel['kind'], MessageKey> = {
  person: 'kindPerson',
  organization: 'kindOrganization',
  place: 'kindPlace',
  term: 'kindTerm',
  event: 'kindEvent',
};

/** The context card: who or what the entity is, and what its source article says about it. */
export function Card({ model, t, language, theme, onBack, onForward, onSelectRelated, onReadArticle, onClose }: CardProps) {
  const titleId = `backstory-card-title-${model.id}`;
  const firstQuote = model.quotes[0]?.sentence ?? 0;
  return (
    <section class={`card theme-${theme}`} role="dialog" aria-labelledby={titleId} lang={language} tabIndex={-1}>
      <header class="head">
        {onBack && (
          <button type="button" class="icon back" onClick={onBack} aria-label={t('cardBack')} title={t('cardBack')}>
            <span aria-hidden="true">←</span>
          </button>
        )}
        {onForward && (
          <button type="button" class="icon forward" onClick={onForward} aria-label={t('cardForward')} title={t('cardForward')}>
            <span aria-hidden="true">→</span>
          </button>
        )}
        <div class="heading">
          <h2 id={titleId} class="name">
            {model.name}
          </h2>
          <p class="kind">{t(KIND_KEYS[model.kind])}</p>
        </div>
        {onClose && (
          <button type="button" class="icon" onClick={onClose} aria-label={t('cardClose')} title={t('cardClose')}>
            <span aria-hidden="true">×</span>
          </button>
        )}
      </header>
      <div class="body">
        <p class="role" lang={model.roleLanguage}>
          {model.role}
        </p>
        <h3 class="label">{t('cardQuotes')}</h3>
        <ul class="quotes">
          {model.quotes.map((q) => (
            <li key={q.sentence} lang={model.source.language}>
              {q.parts.map((p, i) => (p.mention ? <mark key={i}>{p.text}</mark> : p.text))}
            </li>
          ))}
        </ul>
        {model.related.length > 0 && (
          <nav class="related" aria-labelledby={`${titleId}-related`}>
            <h3 class="label" id={`${titleId}-related`}>
              {t('cardRelated')}
            </h3>
            <ul>
              {model.related.map((r) => (
                <li key={r.id}>
                  <button type="button" onClick={() => onSelectRelated(r.id)}>
                    {r.name}
                  </button>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </div>
      <footer class="source">
        <p>
          {t('cardContextAsOf', formatDate(model.source.date, language))} · {t('cardSourceLabel')}: <cite lang={model.source.language}>{model.source.title}</cite> (<span lang={model.source.language}>{model.source.source}</span>)
        </p>
        <button type="button" class="link" onClick={() => onReadArticle(model.source.article, firstQuote)}>
          {t('cardReadArticle')} <span aria-hidden="true">→</span>
        </button>
      </footer>
    </section>
  );
}
