// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import en from '../../../assets/_locales/en/messages.json';
import { buildContextIndex } from '../../index/load-sources';
import { translateFrom } from '../../shared/i18n';
import { Popup, type PopupProps } from './Popup';

const t = translateFrom(en);
// Vitest runs from the project root (import.meta.url is not a file URL under happy-dom).
const index = buildContextIndex(process.cwd());
let root: HTMLElement;

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
});

function props(overrides: Partial<PopupProps> = {}): PopupProps {
  return {
    t,
    language: 'en',
    theme: 'auto',
    index,
    site: { host: 'www.eltiempo.com', domain: 'eltiempo.com', enabled: true },
    paused: false,
    needsPermission: false,
    reloadNeeded: false,
    groups: [],
    shortcuts: [],
    onToggleSite: vi.fn(),
    onPause: vi.fn(),
    onGrant: vi.fn(),
    onOpenEntity: vi.fn(),
    onReadArticle: vi.fn(),
    onOptions: vi.fn(),
    ...overrides,
  };
}

describe('Popup', () => {
  it('says what does not sync, when something does not', () => {
    act(() => render(<Popup {...props({ syncNotice: 'Sync is off for your 3 newest site rules.' })} />, root));
    expect(root.querySelector('#sync-notice')?.textContent).toBe('Sync is off for your 3 newest site rules.');
    act(() => render(<Popup {...props()} />, root));
    expect(root.querySelector('#sync-notice')).toBeNull();
  });

  it('offers to grant access to websites when Firefox has not (and says nothing of it otherwise)', () => {
    const onGrant = vi.fn();
    act(() => render(<Popup {...props({ needsPermission: true, onGrant })} />, root));
    expect(root.textContent).toContain('Backstory needs your permission to read web pages.');
    const button = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Allow on all websites')!;
    act(() => button.click());
    expect(onGrant).toHaveBeenCalledTimes(1);

    act(() => render(<Popup {...props()} />, root));
    expect(root.textContent).not.toContain('needs your permission');
  });

  it('says the page is still being read while it is, and that nothing was found once it is done', () => {
    act(() => render(<Popup {...props({ reading: true })} />, root));
    expect(root.textContent).toContain('Reading the page…');
    act(() => render(<Popup {...props()} />, root));
    expect(root.textContent).toContain("No name or term from Backstory's index on this page.");
  });

  it('turns the site off for the chosen scope: this host or the whole domain', () => {
    const onToggleSite = vi.fn();
    act(() => render(<Popup {...props({ onToggleSite })} />, root));
    const select = root.querySelector('select')!;
    act(() => {
      select.value = 'domain';
      select.dispatchEvent(new Event('change'));
    });
    const checkbox = root.querySelector<HTMLInputElement>('.site input[type=checkbox]')!;
    act(() => checkbox.click());
    expect(onToggleSite).toHaveBeenCalledWith(false, 'domain');
  });

  it('says plainly why a page cannot be annotated, and shows no site switch there', () => {
    const { site: _, ...rest } = props();
    act(() => render(<Popup {...rest} cannot="store" />, root));
    expect(root.textContent).toContain('Browsers do not let extensions read their add-on stores.');
    expect(root.querySelector('.site')).toBeNull();
  });
});
