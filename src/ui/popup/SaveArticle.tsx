import type { Translate } from '../../shared/i18n';
import type { SavedWords } from '../save-outcome';

/** Where saving the tab's article stands: not asked, under way, done, or refused with words. */
export type SaveView = { state: 'idle' } | { state: 'saving' } | { state: 'saved'; words: SavedWords } | { state: 'problem'; text: string };

export interface SaveArticleProps {
  t: Translate;
  view: SaveView;
  onSave(): void;
}

/** "Save this article" (issue #15) and what came of it, read out as it changes. */
export function SaveArticle({ t, view, onSave }: SaveArticleProps) {
  const saving = view.state === 'saving';
  return (
    <div class="save">
      <button type="button" class="save-button" onClick={onSave} disabled={saving} aria-describedby="save-status">
        {t('popupSaveArticle')}
      </button>
      <div id="save-status" role="status" class={view.state === 'problem' ? 'save-status problem' : 'save-status'}>
        {view.state === 'saving' && <p>{t('saveSaving')}</p>}
        {view.state === 'saved' && (
          <>
            <p class="save-done">{view.words.status}</p>
            <p class="muted">{view.words.what}</p>
            {view.words.undated && <p class="muted">{view.words.undated}</p>}
          </>
        )}
        {view.state === 'problem' && <p>{view.text}</p>}
      </div>
    </div>
  );
}
