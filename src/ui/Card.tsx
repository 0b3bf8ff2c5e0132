import { KIND_KEYS, type Theme } from '../shared/definitions';
import type { Translate } from '../shared/i18n';
import { BUILT_IN_PACK_ID } from '../packs/pack-format';
import type { CardModel } from './card-model';
import { CardTimeline } from './CardTimeline';

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
  /** Opens the whole article `article` of pack `pack` at `sentence`. */
  onReadArticle: (pack: string, article: number, sentence: number) => void;
  /** Absent where something else takes the reader out (the popup's "Back to results"). */
  onClose?: () => void;
}

/** The context card: who or what the entity is (the pack's note), and what the articles say of it. */
export function Card({ model, t, language, theme, onBack, onForward, onSelectRelated, onReadArticle, onClose }: CardProps) {
  const titleId = `backstory-card-title-${model.id}`;
  const packName = model.note.pack.id === BUILT_IN_PACK_ID ? t('optionsPackBuiltInName') : model.note.pack.name;
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
        <p class="role" lang={model.note.language}>
          {model.note.text}
        </p>
        <p class="note-label">{t('cardNoteFrom', packName)}</p>
        <h3 class="label">{t('cardQuotes')}</h3>
        <CardTimeline timeline={model.timeline} t={t} language={language} onReadArticle={(entry, sentence) => onReadArticle(entry.pack, entry.article, sentence)} />
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
    </section>
  );
}
