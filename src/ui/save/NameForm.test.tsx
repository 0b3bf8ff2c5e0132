// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import en from '../../../assets/_locales/en/messages.json';
import { translateFrom } from '../../shared/i18n';
import { NameForm, type NameFormProps } from './NameForm';
import { renderIntoFreshRoot, root } from '../test-root';

const t = translateFrom(en);
renderIntoFreshRoot();

const props = (overrides: Partial<NameFormProps> = {}): NameFormProps => ({ t, initialName: 'Gustavo Bolívar', outcome: { state: 'editing' }, onSubmit: vi.fn(), onClose: vi.fn(), ...overrides });

function type(selector: string, value: string): void {
  const input = root.querySelector(selector) as HTMLInputElement;
  input.value = value;
  act(() => void input.dispatchEvent(new Event('input', { bubbles: true })));
}

describe('NameForm', () => {
  it('opens with the selection, and submits kind, note and spellings', () => {
    const onSubmit = vi.fn();
    act(() => render(<NameForm {...props({ onSubmit })} />, root));
    expect((root.querySelector('#name') as HTMLInputElement).value).toBe('Gustavo Bolívar');
    expect((root.querySelector('#kind') as HTMLSelectElement).value).toBe('person');
    type('#note', 'Colombian senator and screenwriter.');
    type('#spellings', 'Bolívar, Gustavo Bolivar');
    act(() => void root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    // "Bolívar" is one word: the form offers to find it alone, off unless ticked.
    expect(root.querySelector('#alone')).not.toBeNull();
    expect(onSubmit).toHaveBeenCalledWith({ name: 'Gustavo Bolívar', kind: 'person', note: 'Colombian senator and screenwriter.', spellings: ['Bolívar', 'Gustavo Bolivar'] });
  });

  it('offers "Find this name alone" only for a person with a one-word spelling', () => {
    act(() => render(<NameForm {...props()} />, root));
    expect(root.querySelector('#alone')).toBeNull();
    type('#name', 'Bolívar');
    expect(root.textContent).toContain('Find this name alone, without the full name');
    const kind = root.querySelector('#kind') as HTMLSelectElement;
    kind.value = 'place';
    act(() => void kind.dispatchEvent(new Event('change', { bubbles: true })));
    expect(root.querySelector('#alone')).toBeNull();
  });

  it('shows a problem next to its field, and the confirmation once added', () => {
    act(() => render(<NameForm {...props({ outcome: { state: 'problem', field: 'note', text: 'This cannot be empty.' } })} />, root));
    const note = root.querySelector('#note')!;
    expect(note.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector(`#${note.getAttribute('aria-describedby')}`)?.textContent).toBe('This cannot be empty.');
    type('#note', 'Colombian writer.');
    expect(root.querySelector('#note-problem')).toBeNull();
    expect(root.querySelector('#note')!.hasAttribute('aria-invalid')).toBe(false);
    act(() => render(<NameForm {...props({ outcome: { state: 'added', text: 'Added “Gustavo Bolívar” · found in 2 saved articles' } })} />, root));
    expect(root.querySelector('#name-status')?.textContent).toBe('Added “Gustavo Bolívar” · found in 2 saved articles');
  });
});
