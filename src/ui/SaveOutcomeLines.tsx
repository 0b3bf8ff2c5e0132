import type { Translate } from '../shared/i18n';
import type { SavedWords } from './save-outcome';

/** Where saving the tab's article stands: not asked, under way, done, or refused with words. */
export type SaveView = { state: 'idle' } | { state: 'saving' } | { state: 'saved'; words: SavedWords } | { state: 'problem'; text: string };

/**
 * What saving came to, as the popup and the save window both say it: under way, saved (what was
 * saved, and a missing date), or the problem. Nothing while not asked.
 */
export function SaveOutcomeLines({ t, view, doneClass }: { t: Translate; view: SaveView; doneClass: string }) {
  return (
    <>
      {view.state === 'saving' && <p>{t('saveSaving')}</p>}
      {view.state === 'saved' && (
        <>
          <p class={doneClass}>{view.words.status}</p>
          <p class="muted">{view.words.what}</p>
          {view.words.undated && <p class="muted">{view.words.undated}</p>}
        </>
      )}
      {view.state === 'problem' && <p>{view.text}</p>}
    </>
  );
}
