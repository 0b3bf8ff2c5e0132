import { useState } from 'preact/hooks';
import { ENTITY_KINDS, KIND_KEYS, type EntityKind } from '../../shared/definitions';
import type { Translate } from '../../shared/i18n';
import { SAVED_LIMITS } from '../../saved/limits';
import type { SavedNameInput } from '../../saved/saved-types';

/** What came of the last submission: a problem (about a field, or the whole form) or the confirmation. */
export type NameFormOutcome = { state: 'editing' } | { state: 'adding' } | { state: 'added'; text: string } | { state: 'problem'; text: string; field?: Field };

type Field = 'name' | 'note' | 'spelling' | 'kind';

const NONE_EDITED: ReadonlySet<Field> = new Set();

export interface NameFormProps {
  t: Translate;
  /** The selection the form opens with. */
  initialName: string;
  outcome: NameFormOutcome;
  onSubmit(name: SavedNameInput): void;
  onClose(): void;
}

/** The other spellings as typed: separated by commas. */
export function spellingsOf(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Whether a person is known here by a one-word spelling: then the guards would ask for the full name. */
function hasOneWord(name: string, spellings: string[]): boolean {
  return [name, ...spellings].some((s) => s.trim() !== '' && s.trim().split(/\s+/).length === 1);
}

/** A problem under the field it is about (the field names it with aria-describedby). */
function FieldProblem({ id, text }: { id: Field; text: string | undefined }) {
  return text ? (
    <p class="field-problem" id={`${id}-problem`}>
      {text}
    </p>
  ) : null;
}

/** A labelled one-line field, its problem under it and named by it. */
function TextField(props: { id: string; field: Field; label: string; value: string; maxLength?: number; problem: string | undefined; onValue(value: string): void }) {
  const { id, field, label, value, maxLength, problem, onValue } = props;
  return (
    <>
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={value}
        maxLength={maxLength}
        onInput={(e) => onValue(e.currentTarget.value)}
        aria-invalid={problem ? 'true' : undefined}
        aria-describedby={problem ? `${field}-problem` : undefined}
      />
      <FieldProblem id={field} text={problem} />
    </>
  );
}

/**
 * "Add “…” to Backstory": the name (the selection), its kind, a one-line note and other spellings;
 * for a person with a one-word spelling, whether that word counts alone (off, as for built-in
 * names). A problem shows next to its field.
 */
export function NameForm({ t, initialName, outcome, onSubmit, onClose }: NameFormProps) {
  const [name, setName] = useState(initialName);
  const [kind, setKind] = useState<EntityKind>('person');
  const [note, setNote] = useState('');
  const [spellings, setSpellings] = useState('');
  const [alone, setAlone] = useState(false);
  const listed = spellingsOf(spellings);
  const offerAlone = kind === 'person' && hasOneWord(name, listed);
  // A field's problem goes once the reader changes that field; the next outcome judges again (the
  // fields edited are remembered with the outcome they were edited after).
  const [edits, setEdits] = useState<{ after: typeof outcome; fields: ReadonlySet<Field> }>({ after: outcome, fields: new Set() });
  const edited = edits.after === outcome ? edits.fields : NONE_EDITED;
  const edit = (field: Field) => !edited.has(field) && setEdits({ after: outcome, fields: new Set([...edited, field]) });
  /** A field's setter that also notes the field as edited. */
  const changed = (field: Field, set: (value: string) => void) => (value: string) => {
    set(value);
    edit(field);
  };
  const problemOf = (field: Field) => (outcome.state === 'problem' && outcome.field === field && !edited.has(field) ? outcome.text : undefined);
  const field = (id: Field) => {
    const problem = problemOf(id);
    return { 'aria-invalid': problem ? ('true' as const) : undefined, 'aria-describedby': problem ? `${id}-problem` : undefined };
  };

  if (outcome.state === 'added') {
    return (
      <>
        <p role="status" id="name-status" class="done">
          {outcome.text}
        </p>
        <button type="button" class="close" onClick={onClose}>
          {t('saveClose')}
        </button>
      </>
    );
  }
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit({ name, kind, note, spellings: listed, ...(offerAlone && alone ? { allowSurnameAlone: true } : {}) });
      }}
    >
      <p class="muted">{t('addNameIntro')}</p>
      <TextField id="name" field="name" label={t('addNameName')} value={name} maxLength={SAVED_LIMITS.titleChars} problem={problemOf('name')} onValue={changed('name', setName)} />
      <label for="kind">{t('addNameKind')}</label>
      <select
        id="kind"
        value={kind}
        onChange={(e) => {
          setKind(e.currentTarget.value as EntityKind);
          edit('kind');
        }}
        {...field('kind')}
      >
        {ENTITY_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(KIND_KEYS[k])}
          </option>
        ))}
      </select>
      <FieldProblem id="kind" text={problemOf('kind')} />
      <TextField id="note" field="note" label={t('addNameNote')} value={note} maxLength={SAVED_LIMITS.noteChars} problem={problemOf('note')} onValue={changed('note', setNote)} />
      <TextField id="spellings" field="spelling" label={t('addNameSpellings')} value={spellings} problem={problemOf('spelling')} onValue={changed('spelling', setSpellings)} />
      {offerAlone && (
        <div class="alone">
          <label>
            <input id="alone" type="checkbox" checked={alone} onChange={(e) => setAlone(e.currentTarget.checked)} aria-describedby="alone-hint" />
            {t('addNameAlone')}
          </label>
          <p class="muted" id="alone-hint">
            {t('addNameAloneHint')}
          </p>
        </div>
      )}
      {outcome.state === 'problem' && outcome.field === undefined && (
        <p class="field-problem" role="alert">
          {outcome.text}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={outcome.state === 'adding'}>
          {outcome.state === 'adding' ? t('addNameAdding') : t('addNameSubmit')}
        </button>
        <button type="button" onClick={onClose}>
          {t('saveClose')}
        </button>
      </div>
    </form>
  );
}
