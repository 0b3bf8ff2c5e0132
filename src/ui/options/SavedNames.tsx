import type { RefObject } from 'preact';
import { useState } from 'preact/hooks';
import type { SavedProblem } from '../../saved/problems';
import type { NameEdit, SavedNameSummary } from '../../saved/saved-types';
import { KIND_KEYS } from '../../shared/definitions';
import type { Translate } from '../../shared/i18n';
import { useFocusAfterRemoval } from './focus-after-removal';
import { NameEditor } from './NameEditor';
import { countOf } from './Packs';
import { ShowMore, usePaged } from './ShowMore';

export interface SavedNamesProps {
  names: readonly SavedNameSummary[];
  t: Translate;
  language: string;
  heading: RefObject<HTMLHeadingElement | null>;
  /** Saves an edit; resolves with the problem when it was refused. */
  onEdit: (name: SavedNameSummary, edit: NameEdit) => Promise<SavedProblem | undefined>;
  onRemove: (name: SavedNameSummary) => void;
}

/** The reader's names: name, kind, note, other spellings; the note and spellings editable in place. */
export function SavedNames({ names, t, language, heading, onEdit, onRemove }: SavedNamesProps) {
  const { shown, more } = usePaged(names.length);
  const { list, removing } = useFocusAfterRemoval(names, heading);
  const [editing, setEditing] = useState<string | undefined>(undefined);
  /** Focus goes back to the Edit button the editor came from. */
  const closeEditor = (id: string) => {
    setEditing(undefined);
    requestAnimationFrame(() => document.getElementById(`edit-${id}`)?.focus());
  };
  return (
    <div class="saved-part">
      <h3 id="saved-names-heading">
        {t('optionsSavedNamesHeading')} <span class="count">({names.length.toLocaleString(language)})</span>
      </h3>
      {names.length === 0 ? (
        <p class="hint">{t('optionsSavedNoNames')}</p>
      ) : (
        <ul class="saved-list" ref={list} aria-labelledby="saved-names-heading">
          {names.slice(0, shown).map((n, i) => (
            <li key={n.id} class="saved-row" data-name={n.id}>
              <div class="saved-text">
                <p class="saved-title">
                  {n.name} <span class={`badge kind kind-${n.kind}`}>{t(KIND_KEYS[n.kind])}</span>
                </p>
                <p class="hint">{t('optionsSavedNameArticles', countOf(t, n.articles, 'optionsPackArticlesOne', 'optionsPackArticlesMany'))}</p>
                {editing === n.id ? (
                  <NameEditor name={n} t={t} language={language} onSave={(edit) => onEdit(n, edit)} onClose={() => closeEditor(n.id)} />
                ) : (
                  <dl class="name-facts">
                    <dt>{t('optionsSavedNote')}</dt>
                    <dd>{n.note}</dd>
                    <dt>{t('optionsSavedSpellings')}</dt>
                    <dd>{n.spellings.length > 0 ? n.spellings.join(', ') : <span class="hint">{t('optionsSavedNoSpellings')}</span>}</dd>
                  </dl>
                )}
              </div>
              <div class="pack-actions">
                {editing !== n.id && (
                  <button type="button" class="button small" id={`edit-${n.id}`} aria-label={t('optionsSavedEditLabel', n.name)} onClick={() => setEditing(n.id)}>
                    {t('optionsSavedEdit')}
                  </button>
                )}
                <button
                  type="button"
                  class="button small remove"
                  aria-label={t('optionsSavedRemoveNameLabel', n.name)}
                  onClick={() => {
                    if (!confirm(t('optionsSavedRemoveNameConfirm', n.name))) return;
                    removing(i);
                    onRemove(n);
                  }}
                >
                  {t('optionsSavedRemove')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <ShowMore id="saved-names-more" shown={shown} total={names.length} more={more} t={t} language={language} />
    </div>
  );
}
