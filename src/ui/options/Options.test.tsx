// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import en from '../../../assets/_locales/en/messages.json';
import { translateFrom } from '../../shared/i18n';
import { defaultSettings, type Settings } from '../../shared/settings';
import { describeConfirm, describeImport, type ImportStatus } from './Backup';
import { Options, type OptionsProps } from './Options';
import { NO_PROBLEMS, summarizeProblems } from './problems';
import { checkNewSite } from './Sites';
import { renderIntoFreshRoot, root } from '../test-root';

const t = translateFrom(en);
renderIntoFreshRoot();

function show(overrides: Partial<OptionsProps> = {}) {
  const props: OptionsProps = {
    settings: defaultSettings(),
    loadProblems: NO_PROBLEMS,
    t,
    language: 'en',
    onChange: vi.fn(),
    onExport: vi.fn(),
    onImport: vi.fn(),
    onConfirmImport: vi.fn(),
    onCancelImport: vi.fn(),
    about: { version: '0.1.0', indexVersion: 'abc123def456', summary: { packs: 1, articles: 3 } },
    ...overrides,
  };
  act(() => render(<Options {...props} />, root));
  return props;
}

const byId = <T extends HTMLElement>(id: string) => root.querySelector<T>(`#${CSS.escape(id)}`)!;

function click(element: HTMLElement) {
  act(() => element.click());
}

describe('Options', () => {
  it('gives every control a label and every radio a fieldset with a legend', () => {
    show({ settings: { ...defaultSettings(), siteRules: [{ pattern: 'example.com', enabled: true }] } });
    const controls = [...root.querySelectorAll('input')];
    expect(controls.length).toBeGreaterThan(15);
    for (const control of controls) {
      expect(root.querySelector(`label[for="${control.id}"]`)?.textContent, control.id).toBeTruthy();
    }
    for (const radio of root.querySelectorAll('input[type=radio]')) expect(radio.closest('fieldset')?.querySelector('legend')?.textContent).toBeTruthy();
  });

  it('has one h1, then h2 section headings', () => {
    show();
    expect([...root.querySelectorAll('h1, h2, h3')].map((h) => h.localName)).toEqual(['h1', 'h2', 'h2', 'h2', 'h2', 'h2', 'h2']);
  });

  it('saves each change as a patch', () => {
    const { onChange } = show();
    click(byId('density-first'));
    expect(onChange).toHaveBeenLastCalledWith({ density: 'first' });
    click(byId('trigger-hover-alt'));
    expect(onChange).toHaveBeenLastCalledWith({ trigger: 'hover-alt' });
    click(byId('theme-dark'));
    expect(onChange).toHaveBeenLastCalledWith({ theme: 'dark' });
    click(byId('highlight-background'));
    expect(onChange).toHaveBeenLastCalledWith({ highlightStyle: 'background' });
    click(byId('kind-term'));
    expect(onChange).toHaveBeenLastCalledWith({ kinds: { person: true, organization: true, place: true, term: false, event: true } });
    click(byId('paused'));
    expect(onChange).toHaveBeenLastCalledWith({ paused: true });
  });

  it('shows the delay while the slider moves and saves it when let go', () => {
    const { onChange } = show();
    const slider = byId<HTMLInputElement>('dwell');
    act(() => {
      slider.value = '650';
      slider.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(byId('dwell-value').textContent).toBe('650 ms');
    expect(onChange).not.toHaveBeenCalled();
    act(() => {
      slider.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onChange).toHaveBeenCalledWith({ dwellMs: 650 });
  });

  it('lists site rules, toggles and removes them', () => {
    const settings: Settings = {
      ...defaultSettings(),
      siteRules: [
        { pattern: '*.example.com', enabled: false },
        { pattern: 'news.example.org', enabled: true },
      ],
    };
    const { onChange } = show({ settings });
    const rows = [...root.querySelectorAll('tbody tr')].map((row) => row.textContent);
    expect(rows[0]).toContain('example.com and all its subdomains');
    expect(rows[1]).toContain('This site only');
    click(byId('site-0'));
    expect(onChange).toHaveBeenLastCalledWith({ siteRules: [{ pattern: '*.example.com', enabled: true }, settings.siteRules[1]] });
    click(root.querySelector<HTMLElement>('button[aria-label="Remove the rule for news.example.org"]')!);
    expect(onChange).toHaveBeenLastCalledWith({ siteRules: [settings.siteRules[0]] });
  });

  it('after a removal, puts focus on the next Remove button (the previous for the last row, else the heading) and says what went', () => {
    const rules = ['a.example.com', 'b.example.com', 'c.example.com'].map((pattern) => ({ pattern, enabled: false }));
    // The page saves what the list asks for and renders again, as main.tsx does.
    const showRules = (siteRules: typeof rules) => show({ settings: { ...defaultSettings(), siteRules }, onChange: (patch) => patch.siteRules && showRules(patch.siteRules) });
    showRules(rules);
    const removeFor = (pattern: string) => click(root.querySelector<HTMLElement>(`button[aria-label="Remove the rule for ${pattern}"]`)!);
    removeFor('a.example.com');
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Remove the rule for b.example.com');
    expect(root.querySelector('[role="status"]')!.textContent).toBe('The rule for a.example.com was removed.');
    removeFor('c.example.com');
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Remove the rule for b.example.com');
    removeFor('b.example.com');
    expect(document.activeElement?.id).toBe('sites-heading');
  });

  it('says so when there are no site rules', () => {
    show();
    expect(root.querySelector('table')).toBeNull();
    expect(root.textContent).toContain(en.optionsSitesEmpty.message);
  });

  it('shows what was repaired when the page opened', () => {
    show({ loadProblems: summarizeProblems([{ field: 'theme', code: 'invalid' }]) });
    expect(root.querySelector('#repaired-heading')?.textContent).toBe(en.optionsRepairedHeading.message);
    expect(root.textContent).toContain('Values that were not valid were replaced: Theme.');
  });

  it('says which site rules do not sync and why, and nothing when all of them do', () => {
    show({ sync: { state: 'partial', localOnlyRules: 40 } });
    expect(byId('sync-notice').textContent).toMatch(/^Sync is off for your 40 newest site rules/);
    show({ sync: { state: 'synced' } });
    expect(root.querySelector('#sync-notice')).toBeNull();
  });

  it('says next to export what is kept in this browser only', () => {
    show();
    expect(byId('backup-local-only').textContent).toBe(en.optionsBackupLocalOnly.message);
    expect(byId('backup-local-only').closest('section')?.querySelector('button')?.textContent).toBe(en.optionsExport.message);
  });

  it('turns the delay slider off, saying why, when cards open on click', () => {
    show({ settings: { ...defaultSettings(), trigger: 'click' } });
    expect(byId<HTMLInputElement>('dwell').disabled).toBe(true);
    expect(byId('dwell-hint').textContent).toBe(en.optionsDwellUnused.message);
    show({ settings: { ...defaultSettings(), trigger: 'hover-alt' } });
    expect(byId<HTMLInputElement>('dwell').disabled).toBe(false);
    expect(byId('dwell-hint').textContent).toBe(en.optionsDwellHint.message);
  });

  it('switches to running only on listed sites', () => {
    const { onChange } = show();
    click(byId('only-listed'));
    expect(onChange).toHaveBeenLastCalledWith({ onlyListedSites: true });
    show({ settings: { ...defaultSettings(), onlyListedSites: true } });
    expect(root.textContent).toContain(en.optionsSitesEmptyListed.message);
    expect(root.textContent).toContain(en.optionsSitesIntroListed.message);
    expect(root.textContent).not.toContain(en.optionsSitesIntro.message);
  });

  it('adds a typed site as a rule, off in the usual list and on in the inverted one, and refuses what is not a host', () => {
    const type = (text: string) => {
      const input = byId<HTMLInputElement>('add-site');
      act(() => {
        input.value = text;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      act(() => root.querySelector<HTMLFormElement>('form.add-site')!.requestSubmit());
    };
    const existing = { pattern: 'news.example.org', enabled: false };
    let { onChange } = show({ settings: { ...defaultSettings(), siteRules: [existing] } });
    type('https://WWW.Example.com/world');
    expect(onChange).toHaveBeenLastCalledWith({ siteRules: [existing, { pattern: 'www.example.com', enabled: false }] });
    expect(byId<HTMLInputElement>('add-site').value).toBe('');
    expect(root.textContent).toContain('Added a rule for www.example.com.');
    type('not a host');
    expect(byId('add-site-error').textContent).toBe('“not a host” is not a site: write a host such as www.example.com, or *.example.com.');
    expect(byId('add-site').getAttribute('aria-invalid')).toBe('true');
    expect(onChange).toHaveBeenCalledTimes(1);
    type('News.Example.org');
    expect(byId('add-site-error').textContent).toBe('There is a rule for news.example.org already.');
    ({ onChange } = show({ settings: { ...defaultSettings(), onlyListedSites: true } }));
    type('*.elpais.com');
    expect(onChange).toHaveBeenLastCalledWith({ siteRules: [{ pattern: '*.elpais.com', enabled: true }] });
  });

  it('asks before an import replaces the settings, saying what it would change', () => {
    const { onConfirmImport, onCancelImport } = show({ importConfirm: { file: 'b.json', changed: ['theme', 'siteRules'], siteRules: 12 } });
    const question = byId('import-question');
    expect(question.textContent).toBe('Replace your settings with those in “b.json”?This changes: Theme and Site rules (12).');
    expect(document.activeElement).toBe(question);
    const button = (label: string) => [...root.querySelectorAll<HTMLButtonElement>('.confirm button')].find((b) => b.textContent === label)!;
    click(button('Cancel'));
    expect(onCancelImport).toHaveBeenCalledTimes(1);
    click(button('Replace my settings'));
    expect(onConfirmImport).toHaveBeenCalledTimes(1);
    show();
    expect(root.querySelector('.confirm')).toBeNull();
  });

  it('says which version and index this is, and links to the welcome page', () => {
    show();
    expect(byId('about-version').textContent).toBe('Backstory 0.1.0 · context index abc123def456 · 1 pack · 3 articles');
    expect(byId<HTMLAnchorElement>('welcome-link').getAttribute('href')).toBe('onboarding.html');
  });

  it('shows an import error as an alert and a report as a status', () => {
    show({ importStatus: { ok: false, file: 'a.txt', reason: 'not-json' } });
    expect(root.querySelector('[role=alert]')?.textContent).toBe('Nothing was imported: “a.txt” is not a JSON file. Choose a file made with Export settings.');
    show({ importStatus: { ok: true, file: 'b.json', changed: ['theme'], siteRules: 0, problems: NO_PROBLEMS } });
    expect(root.querySelector('[role=alert]')?.textContent).toBe('');
    expect(root.querySelector('.message[role=status]')?.textContent).toBe('Imported “b.json”.Changed: Theme.');
  });
});

describe('describeImport', () => {
  it('reports what changed, with the number of site rules, then what was skipped', () => {
    const status: ImportStatus = { ok: true, file: 'b.json', changed: ['density', 'siteRules'], siteRules: 3, problems: { ...NO_PROBLEMS, skippedRules: ['x y'] } };
    expect(describeImport(status, t, 'en')).toEqual([
      'Imported “b.json”.',
      'Changed: Which mentions to mark and Site rules (3).',
      '1 site rule was skipped because it is not valid or repeats another: “x y”.',
    ]);
  });

  it('says when an import changed nothing', () => {
    expect(describeImport({ ok: true, file: 'b.json', changed: [], siteRules: 0, problems: NO_PROBLEMS }, t, 'en')[1]).toBe(en.optionsImportUnchanged.message);
  });
});

describe('describeConfirm', () => {
  it('says when a confirmed import would change nothing', () => {
    expect(describeConfirm({ file: 'b.json', changed: [], siteRules: 0 }, t, 'en')).toEqual(['Replace your settings with those in “b.json”?', 'Your settings already match the file.']);
  });
});

describe('checkNewSite', () => {
  it.each<[string, ReturnType<typeof checkNewSite>]>([
    ['Example.COM', { ok: true, pattern: 'example.com' }],
    [' *.Example.com ', { ok: true, pattern: '*.example.com' }],
    ['https://www.example.com/path?q=1', { ok: true, pattern: 'www.example.com' }],
    ['a.example.com', { ok: false, reason: 'exists', pattern: 'a.example.com' }],
    ['', { ok: false, reason: 'invalid' }],
    ['two words', { ok: false, reason: 'invalid' }],
    ['*.1.2.3.4', { ok: false, reason: 'invalid' }],
    ['exa_mple..com', { ok: false, reason: 'invalid' }],
  ])('%j gives %j', (input, expected) => {
    expect(checkNewSite(input, [{ pattern: 'a.example.com', enabled: true }])).toEqual(expected);
  });
});
