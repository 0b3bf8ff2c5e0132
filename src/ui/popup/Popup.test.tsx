// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import en from '../../../assets/_locales/en/messages.json';
import { buildContextIndex } from '../../index/load-sources';
import { cardModel } from '../card-model';
import { translateFrom } from '../../shared/i18n';
import { Popup, type PopupProps } from './Popup';
import { renderIntoFreshRoot, root } from '../test-root';

const t = translateFrom(en);
// Vitest runs from the project root (import.meta.url is not a file URL under happy-dom).
const index = buildContextIndex(process.cwd());
renderIntoFreshRoot();

/** Lets the card content (a promise, as it comes from the packs) arrive and render. */
async function settled(): Promise<void> {
  for (let i = 0; i < 3; i++) await act(async () => {});
}

function props(overrides: Partial<PopupProps> = {}): PopupProps {
  return {
    t,
    language: 'en',
    theme: 'auto',
    entities: index.entities,
    cardContent: async (id, language) => {
      const entity = index.entities.find((e) => e.id === id);
      return entity && cardModel(index, entity, language);
    },
    site: { host: 'www.eltiempo.com', domain: 'eltiempo.com', enabled: true },
    paused: false,
    needsPermission: false,
    reloadNeeded: false,
    groups: [],
    summary: { packs: 1, articles: 1 },
    shortcuts: [],
    save: { state: 'idle' },
    onSave: vi.fn(),
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

  it('counts packs and articles in words, with no index hash', () => {
    act(() => render(<Popup {...props({ summary: { packs: 2, articles: 14 } })} />, root));
    expect(root.querySelector('#index-summary')?.textContent).toBe('2 packs · 14 articles');
    expect(root.textContent).not.toContain(index.version);
    expect(root.textContent).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('says why the site switch is greyed out while paused', () => {
    act(() => render(<Popup {...props({ paused: true })} />, root));
    const fieldset = root.querySelector('fieldset.site')!;
    expect(fieldset.hasAttribute('disabled')).toBe(true);
    expect(root.querySelector(`#${fieldset.getAttribute('aria-describedby')}`)?.textContent).toContain('turn the pause off');
    act(() => render(<Popup {...props()} />, root));
    expect(root.querySelector('fieldset.site')!.hasAttribute('aria-describedby')).toBe(false);
  });

  it('moves the rule that decides to the scope chosen, at once', () => {
    const onToggleSite = vi.fn();
    act(() => render(<Popup {...props({ onToggleSite, site: { host: 'www.eltiempo.com', domain: 'eltiempo.com', enabled: false, scope: 'host' } })} />, root));
    const select = root.querySelector('select')!;
    act(() => {
      select.value = 'domain';
      select.dispatchEvent(new Event('change'));
    });
    expect(onToggleSite).toHaveBeenCalledWith(false, 'domain');
  });

  it('says so when the page did not take the name, instead of closing', () => {
    act(() => render(<Popup {...props({ openFailed: true })} />, root));
    expect(root.querySelector('[role=alert]')?.textContent).toBe('Backstory could not reach this page. Reload it and try again.');
  });

  it('gives a search result card one way back to the results, and Back and Forward between names', async () => {
    act(() => render(<Popup {...props()} />, root));
    const input = root.querySelector<HTMLInputElement>('#search')!;
    act(() => {
      input.value = 'Petro';
      input.dispatchEvent(new Event('input'));
    });
    act(() => root.querySelector<HTMLButtonElement>('.results button')!.click());
    await settled();
    const labels = () =>
      [...root.querySelectorAll('.search button')]
        .filter((b) => !b.closest('.related') && !b.closest('.timeline') && !b.classList.contains('more'))
        .map((b) => b.getAttribute('aria-label') ?? b.textContent);
    expect(labels()).toEqual(['Back to results']);
    const first = root.querySelector('.card h2')!.textContent;
    act(() => root.querySelector<HTMLButtonElement>('.related button')!.click());
    await settled();
    const second = root.querySelector('.card h2')!.textContent;
    expect(second).not.toBe(first);
    expect(labels()).toEqual(['Back to results', 'Back']);
    act(() => root.querySelector<HTMLButtonElement>('.card button.back')!.click());
    await settled();
    expect(root.querySelector('.card h2')!.textContent).toBe(first);
    // The Back button went with the step back: focus is on the card shown, not lost.
    expect(document.activeElement).toBe(root.querySelector('.card'));
    expect(labels()).toEqual(['Back to results', 'Forward']);
    act(() => root.querySelector<HTMLButtonElement>('.card button.forward')!.click());
    await settled();
    expect(root.querySelector('.card h2')!.textContent).toBe(second);
    act(() => [...root.querySelectorAll<HTMLButtonElement>('.search button')].find((b) => b.textContent === 'Back to results')!.click());
    expect(root.querySelector('.card')).toBeNull();
    expect(root.querySelector('.results')).not.toBeNull();
  });

  it('saves the article from its footer and says what came of it', () => {
    const onSave = vi.fn();
    act(() => render(<Popup {...props({ onSave })} />, root));
    const button = [...root.querySelectorAll('footer button')].find((b) => b.textContent === 'Save this article')! as HTMLButtonElement;
    button.click();
    expect(onSave).toHaveBeenCalledOnce();
    act(() => render(<Popup {...props({ save: { state: 'saving' } })} />, root));
    expect(root.querySelector('#save-status')?.textContent).toBe('Saving…');
    expect((root.querySelector('.save-button') as HTMLButtonElement).disabled).toBe(true);
    const words = { status: 'Saved · 5 names found', what: '“T”, S' };
    act(() => render(<Popup {...props({ save: { state: 'saved', words } })} />, root));
    expect(root.querySelector('#save-status')?.textContent).toBe('Saved · 5 names found“T”, S');
    act(() => render(<Popup {...props({ save: { state: 'problem', text: 'Backstory cannot read a PDF. Nothing was saved.' } })} />, root));
    expect(root.querySelector('#save-status.problem')?.textContent).toBe('Backstory cannot read a PDF. Nothing was saved.');
  });
});
