import type { Translate } from '../../shared/i18n';
import { SaveOutcomeLines, type SaveView } from '../SaveOutcomeLines';

const SAVING: SaveView = { state: 'saving' };

export interface SaveStatusProps {
  t: Translate;
  view: SaveView;
  onClose(): void;
}

/** The save window while it saves the tab's article or selection, then what came of it. */
export function SaveStatus({ t, view, onClose }: SaveStatusProps) {
  return (
    <>
      <div id="save-status" role="status" class={view.state === 'problem' ? 'problem' : undefined}>
        {/* The window opens to save: before the first word from the background it is saving too. */}
        <SaveOutcomeLines t={t} view={view.state === 'idle' ? SAVING : view} doneClass="done" />
      </div>
      {view.state !== 'saving' && (
        <button type="button" class="close" onClick={onClose}>
          {t('saveClose')}
        </button>
      )}
    </>
  );
}
