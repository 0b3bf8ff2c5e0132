/** The options page's form controls: every one a real <label>, every radio group a fieldset. */
import type { ComponentChildren } from 'preact';

export interface Choice<T extends string> {
  value: T;
  label: string;
  /** Shown next to the label, outside it (a preview, a hint), so it does not lengthen the control's name. */
  extra?: ComponentChildren;
}

interface RadioGroupProps<T extends string> {
  /** The name of the radios and the prefix of their ids. */
  name: string;
  legend: string;
  /** A sentence under the legend, read as the group's description. */
  hint?: string;
  choices: readonly Choice<T>[];
  value: T;
  onChange: (value: T) => void;
}

/** A radio group; choosing saves at once, so there is no separate confirm step. */
export function RadioGroup<T extends string>({ name, legend, hint, choices, value, onChange }: RadioGroupProps<T>) {
  const hintId = `${name}-hint`;
  return (
    <fieldset class="group" {...(hint ? { 'aria-describedby': hintId } : {})}>
      <legend>{legend}</legend>
      {hint && (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      )}
      {choices.map((choice) => {
        const id = `${name}-${choice.value}`;
        return (
          <div class="choice" key={choice.value}>
            <input type="radio" id={id} name={name} value={choice.value} checked={choice.value === value} onChange={() => onChange(choice.value)} />
            <label for={id}>{choice.label}</label>
            {choice.extra}
          </div>
        );
      })}
    </fieldset>
  );
}

interface CheckboxProps {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** The id of an element describing the checkbox. */
  describedBy?: string;
}

export function Checkbox({ id, label, checked, onChange, describedBy }: CheckboxProps) {
  return (
    <div class="choice">
      <input type="checkbox" id={id} checked={checked} onChange={(event) => onChange(event.currentTarget.checked)} {...(describedBy ? { 'aria-describedby': describedBy } : {})} />
      <label for={id}>{label}</label>
    </div>
  );
}
