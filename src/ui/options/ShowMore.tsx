import { useState } from 'preact/hooks';
import type { Translate } from '../../shared/i18n';

/** Rows a long list shows at first, and adds per "Show more": hundreds of rows at once would be a long task. */
export const PAGE_ROWS = 50;

/** How many rows of a list of `total` are shown, and a way to show the next page. */
export function usePaged(total: number): { shown: number; more: () => void } {
  const [pages, setPages] = useState(1);
  return { shown: Math.min(total, pages * PAGE_ROWS), more: () => setPages((n) => n + 1) };
}

/** "Showing 50 of 312." and a button for the next rows; nothing when all are shown. */
export function ShowMore({ id, shown, total, more, t, language }: { id: string; shown: number; total: number; more: () => void; t: Translate; language: string }) {
  if (shown >= total) return null;
  return (
    <div class="show-more">
      <span class="hint" id={`${id}-showing`}>
        {t('optionsSavedShowing', shown.toLocaleString(language), total.toLocaleString(language))}
      </span>
      <button type="button" class="button small" id={id} aria-describedby={`${id}-showing`} onClick={more}>
        {t('optionsSavedShowMore', Math.min(PAGE_ROWS, total - shown).toLocaleString(language))}
      </button>
    </div>
  );
}
