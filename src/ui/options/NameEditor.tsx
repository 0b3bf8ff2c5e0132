import { useEffect, useRef, useState } from 'preact/hooks';
import { SAVED_LIMITS } from '../../saved/limits';
import type { SavedProblem } from '../../saved/problems';
import type { NameEdit, SavedNameSummary } from '../../saved/saved-types';
import type { Translate } from '../../shared/i18n';
import { Checkbox } from './controls';
import { describeSavedProblem } from '../saved-problems';
import { problemField, type NameEditorField } from './editor-field';

export interface NameEditorProps {
  name: SavedNameSummary;
  t: Translate;
  language: string;
  /** Resolves with the background's problem when the edit is refused (nothing was changed then). */
  onSave: (edit: NameEdit) => Promise<SavedProblem | undefined>;
  onClose: () => void;
}

/** The spellings as typed, one per line: blank lines left out. */
export function spellingsFrom(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * A name's note and other spellings, edited in place. The background checks the edit (saved/check-name);
 * what it refuses is worded next to the field it is about, and the field is marked invalid.
 */
export function NameEditor({ name, t, language, onSave, onClose }: NameEditorProps) {
  const [note, setNote] = useState(name.note);
  const [spellings, setSpellings] = useState(name.spellings.join('\n'));
  const [alone, setAlone] = useState(name.allowSurnameAlone === true);
  const [problem, setProblem] = useState<{ field: NameEditorField | undefined; text: string } | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const id = (field: string) => `${field}-${name.id}`;
  const errorFor = (field: NameEditorField | undefined) =>
    problem && problem.field === field ? (
      <p class="field-error" id={id(`${field ?? 'name'}-error`)}>
        {problem.text}
      </p>
    ) : null;
  const describedBy = (field: NameEditorField) => (problem?.field === field ? `${id(`${field}-error`)} ${id(`${field}-hint`)}` : id(`${field}-hint`));
  const save = async () => {
    setSaving(true);
    const edit: NameEdit = { note, spellings: spellingsFrom(spellings), ...(name.kind === 'person' ? { allowSurnameAlone: alone } : {}) };
    const refused = await onSave(edit);
    setSaving(false);
    if (!refused) return onClose();
    const field = problemField(refused);
    setProblem({ field, text: describeSavedProblem(refused, t, language) });
    if (field) document.getElementById(id(field))?.focus();
  };
  return (
    <form
      class="name-editor"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <div class="group">
        <label for={id('note')} class="field-label">
          {t('optionsSavedNote')}
        </label>
        <input
          type="text"
          id={id('note')}
          ref={first}
          value={note}
          maxLength={SAVED_LIMITS.noteChars}
          aria-invalid={problem?.field === 'note' ? 'true' : 'false'}
          aria-describedby={describedBy('note')}
          onInput={(event) => setNote(event.currentTarget.value)}
        />
        {errorFor('note')}
        <p class="hint" id={id('note-hint')}>
          {t('optionsSavedNoteHint', String(SAVED_LIMITS.noteChars))}
        </p>
      </div>
      <div class="group">
        <label for={id('spellings')} class="field-label">
          {t('optionsSavedSpellings')}
        </label>
        <textarea
          id={id('spellings')}
          rows={Math.min(6, Math.max(2, name.spellings.length + 1))}
          value={spellings}
          spellcheck={false}
          aria-invalid={problem?.field === 'spellings' ? 'true' : 'false'}
          aria-describedby={describedBy('spellings')}
          onInput={(event) => setSpellings(event.currentTarget.value)}
        />
        {errorFor('spellings')}
        <p class="hint" id={id('spellings-hint')}>
          {t('optionsSavedSpellingsHint', String(SAVED_LIMITS.spellings), String(SAVED_LIMITS.spellingChars))}
        </p>
      </div>
      {name.kind === 'person' && <Checkbox id={id('alone')} label={t('optionsSavedAlone')} checked={alone} onChange={setAlone} />}
      {errorFor(undefined)}
      <div class="actions">
        <button type="submit" class="button primary" disabled={saving}>
          {t('optionsSavedSave')}
        </button>
        <button type="button" class="button" onClick={onClose}>
          {t('optionsSavedCancel')}
        </button>
      </div>
    </form>
  );
}
