// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import en from '../../../assets/_locales/en/messages.json';
import es from '../../../assets/_locales/es/messages.json';
import manifest from '../../../manifest.json';
import { translateFrom, type Translate } from '../../shared/i18n';
import { commandRows } from './onboarding-model';
import { DEMO_ARTICLE_URL, Onboarding, type OnboardingProps } from './Onboarding';
import { renderIntoFreshRoot, root } from '../test-root';

const t = translateFrom(en);
renderIntoFreshRoot();

const COMMANDS = [
  { name: '_execute_action', description: '', shortcut: '' },
  { name: 'open-next-mention', shortcut: 'Alt+Shift+N' },
  { name: 'toggle-site', shortcut: 'Alt+Shift+O' },
];

function show(overrides: Partial<OnboardingProps> = {}, translate: Translate = t) {
  const props: OnboardingProps = {
    t: translate,
    language: 'en',
    target: 'chrome',
    commands: commandRows(COMMANDS, translate),
    onOpenOptions: vi.fn(),
    onOpenShortcuts: vi.fn(),
    ...overrides,
  };
  act(() => render(<Onboarding {...props} />, root));
  return props;
}

const texts = (selector: string) => [...root.querySelectorAll(selector)].map((e) => e.textContent?.trim());
const buttonNamed = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === name)!;

describe('Onboarding', () => {
  it('has one h1, a heading per section, and the privacy sub-headings, in order', () => {
    show();
    expect([...root.querySelectorAll('h1, h2, h3')].map((h) => `${h.localName} ${h.textContent}`)).toEqual([
      'h1 Welcome to Backstory',
      'h2 What Backstory does',
      'h2 Your reading stays yours',
      'h3 What it asks for, and why',
      'h3 Check it yourself',
      'h2 Turn it off on a site',
      'h2 Keyboard',
    ]);
    for (const section of root.querySelectorAll('section')) {
      expect(section.querySelector(`#${section.getAttribute('aria-labelledby')}`)?.localName).toBe('h2');
    }
  });

  it('says the page language on its main element', () => {
    show({ language: 'es' }, translateFrom(es));
    expect(root.querySelector('main')?.getAttribute('lang')).toBe('es');
  });

  it("lists exactly the manifest's permissions, each with why, and says there are no host permissions", () => {
    show();
    expect(texts('#privacy dt code')).toEqual(manifest.permissions);
    expect('host_permissions' in manifest).toBe(false);
    expect(texts('#privacy .steps code')).toContain('host_permissions');
    for (const dd of root.querySelectorAll('#privacy dd')) expect(dd.textContent!.length).toBeGreaterThan(40);
    expect(root.querySelector('#privacy dd strong')?.textContent).toBe('Look up “…” in Backstory');
    expect(root.querySelector<HTMLAnchorElement>('#privacy a')?.getAttribute('href')).toBe('manifest.json');
  });

  it('tells how to check it in the browser it was built for', () => {
    show({ target: 'chrome' });
    expect(texts('code')).toEqual(expect.arrayContaining(['chrome://extensions', 'chrome://extensions/shortcuts']));
    expect(root.textContent).not.toContain('about:');
    show({ target: 'firefox' });
    expect(texts('code')).toEqual(expect.arrayContaining(['about:debugging#/runtime/this-firefox', 'about:addons']));
    expect(root.textContent).not.toContain('chrome://');
    expect(root.textContent).toContain('Manage Extension Shortcuts');
  });

  it('names the popup controls with the popup’s own words', () => {
    show();
    expect(texts('.ui-label')).toEqual(expect.arrayContaining(['Annotate www.example.com', 'all of example.com', 'Applies to', en.popupPause.message, en.commandToggleSite.message]));
  });

  it('lists the keyboard commands with their keys, and "not set" where there is none', () => {
    show();
    const rows = [...root.querySelectorAll('tbody tr')];
    expect(rows.map((r) => r.getAttribute('data-command'))).toEqual(['_execute_action', 'open-next-mention', 'toggle-site']);
    expect(rows[0]!.querySelector('.unset')?.textContent).toBe('not set');
    expect([...rows[2]!.querySelectorAll('kbd kbd')].map((k) => k.textContent)).toEqual(['Alt', 'Shift', 'O']);
    expect(rows[2]!.textContent).toContain(en.commandToggleSite.message);
  });

  it('opens the options and the shortcut settings, and offers no shortcut button where the browser cannot open them', () => {
    const props = show();
    act(() => buttonNamed('Open the options').click());
    expect(props.onOpenOptions).toHaveBeenCalledOnce();
    act(() => buttonNamed('Change shortcuts').click());
    expect(props.onOpenShortcuts).toHaveBeenCalledOnce();
    const { onOpenShortcuts: _, ...rest } = props;
    act(() => render(<Onboarding {...rest} />, root));
    expect(buttonNamed('Change shortcuts')).toBeUndefined();
  });

  it('links to the demo article in a new tab', () => {
    show();
    const link = [...root.querySelectorAll('a')].find((a) => a.textContent === 'Try it on the demo article')!;
    expect(link.getAttribute('href')).toBe(DEMO_ARTICLE_URL);
    expect(link.getAttribute('target')).toBe('_blank');
  });

  it('draws the example with its names underlined, hidden from screen readers, and captions it', () => {
    show();
    expect(root.querySelector('.example-page')?.getAttribute('aria-hidden')).toBe('true');
    expect(texts('.example-text .mention')).toEqual(['Gustavo Petro', 'Donald Trump']);
    expect(root.querySelector('figcaption')?.textContent).toContain('Gustavo Petro');
  });

  it.each([
    ['en', en],
    ['es', es],
  ] as const)('shows every string in %s, with no message name or placeholder left', (language, messages) => {
    for (const target of ['chrome', 'firefox'] as const) {
      show({ language, target }, translateFrom(messages));
      const text = root.textContent!;
      expect(text).not.toMatch(/onboarding[A-Z]|popup[A-Z]|command[A-Z]|\$/);
    }
  });
});
