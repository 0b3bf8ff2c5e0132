import type { Translate } from '../../shared/i18n';
import type { SaveView } from '../popup/SaveArticle';

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
        {(view.state === 'saving' || view.state === 'idle') && <p>{t('saveSaving')}</p>}
        {view.state === 'saved' && (
          <>
            <p class="done">{view.words.status}</p>
            <p class="muted">{view.words.what}</p>
            {view.words.undated && <p class="muted">{view.words.undated}</p>}
          </>
        )}
        {view.state === 'problem' && <p>{view.text}</p>}
      </div>
      {view.state !== 'saving' && (
        <button type="button" class="close" onClick={onClose}>
          {t('saveClose')}
        </button>
      )}
    </>
  );
}
