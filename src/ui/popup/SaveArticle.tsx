import type { Translate } from '../../shared/i18n';
import { SaveOutcomeLines, type SaveView } from '../SaveOutcomeLines';

export type { SaveView } from '../SaveOutcomeLines';

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
        <SaveOutcomeLines t={t} view={view} doneClass="save-done" />
      </div>
    </div>
  );
}
