import type { Translate } from '../shared/i18n';
import type { Theme } from '../shared/definitions';

export interface MessageCardProps {
  text: string;
  t: Translate;
  language: string;
  theme: Theme;
  onClose: () => void;
}

/** A card that only says something: the context menu found no match for the selection. */
export function MessageCard({ text, t, language, theme, onClose }: MessageCardProps) {
  return (
    <section class={`card theme-${theme}`} role="dialog" aria-labelledby="backstory-message-title" aria-describedby="backstory-message-text" lang={language} tabIndex={-1}>
      <header class="head">
        <div class="heading">
          <h2 id="backstory-message-title" class="name">
            Backstory
          </h2>
        </div>
        <button type="button" class="icon" onClick={onClose} aria-label={t('cardClose')} title={t('cardClose')}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <p id="backstory-message-text" class="role message">
        {text}
      </p>
    </section>
  );
}
