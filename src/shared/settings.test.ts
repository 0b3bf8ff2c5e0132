import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  MAX_SITE_RULES,
  MIGRATIONS,
  SCHEMA_VERSION,
  defaultSettings,
  migrateSettings,
  parseSettingsFile,
  readSettings,
  repairSettings,
  serializeSettings,
  type Settings,
} from './settings';

const custom: Settings = {
  schemaVersion: SCHEMA_VERSION,
  paused: true,
  siteRules: [
    { pattern: 'www.example.com', enabled: false },
    { pattern: '*.news.org', enabled: true },
  ],
  onlyListedSites: true,
  density: 'first',
  kinds: { person: true, organization: false, place: true, term: false, event: true },
  trigger: 'hover-alt',
  dwellMs: 450,
  highlightStyle: 'background',
  theme: 'dark',
};

describe('the settings type', () => {
  it('is the widened type of the defaults', () => {
    expectTypeOf<Settings['paused']>().toEqualTypeOf<boolean>();
    expectTypeOf<Settings['dwellMs']>().toEqualTypeOf<number>();
    expectTypeOf<Settings['density']>().toEqualTypeOf<'all' | 'first'>();
    expectTypeOf<Settings['trigger']>().toEqualTypeOf<'hover' | 'hover-alt' | 'click'>();
  });

  it('keeps the defaults frozen, and hands out copies', () => {
    expect(Object.isFrozen(DEFAULT_SETTINGS) && Object.isFrozen(DEFAULT_SETTINGS.kinds) && Object.isFrozen(DEFAULT_SETTINGS.siteRules)).toBe(true);
    const copy = defaultSettings();
    copy.kinds.person = false;
    copy.siteRules.push({ pattern: 'a.com', enabled: false });
    expect(DEFAULT_SETTINGS.kinds.person).toBe(true);
    expect(DEFAULT_SETTINGS.siteRules).toEqual([]);
  });
});

describe('repairSettings', () => {
  it('keeps valid settings as they are', () => {
    expect(repairSettings(custom)).toEqual({ settings: custom, problems: [] });
  });

  it('fills missing fields with defaults, quietly', () => {
    expect(repairSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
    expect(repairSettings({ theme: 'light' })).toEqual({ settings: { ...DEFAULT_SETTINGS, theme: 'light' }, problems: [] });
  });

  it('drops unknown fields', () => {
    const { settings, problems } = repairSettings({ ...custom, fromTheFuture: 1 });
    expect(settings).toEqual(custom);
    expect(problems).toEqual([]);
  });

  it.each<[string, unknown]>([
    ['paused', 'yes'],
    ['onlyListedSites', 'listed'],
    ['density', 'some'],
    ['trigger', 'double-click'],
    ['highlightStyle', null],
    ['theme', 3],
    ['dwellMs', 'fast'],
    ['dwellMs', Number.NaN],
    ['kinds', 'all'],
    ['siteRules', { pattern: 'a.com', enabled: false }],
  ])('puts the default back for a corrupt %s (%j), naming the field', (field, value) => {
    const { settings, problems } = repairSettings({ ...custom, [field]: value });
    expect(settings).toEqual({ ...custom, [field]: DEFAULT_SETTINGS[field as keyof Settings] });
    expect(problems).toEqual([{ field, code: field === 'siteRules' ? 'not-list' : field === 'kinds' ? 'not-object' : 'invalid' }]);
  });

  it.each([
    [5000, 1000],
    [20, 100],
    [-1, 100],
    [250.4, 250],
  ])('clamps dwellMs %d to %d and says so', (dwellMs, expected) => {
    const { settings, problems } = repairSettings({ dwellMs });
    expect(settings.dwellMs).toBe(expected);
    expect(problems).toEqual([{ field: 'dwellMs', code: 'out-of-range' }]);
  });

  it('repairs kinds one by one', () => {
    const { settings, problems } = repairSettings({ kinds: { person: false, place: 'no', martian: false } });
    expect(settings.kinds).toEqual({ ...DEFAULT_SETTINGS.kinds, person: false });
    expect(problems).toEqual([{ field: 'kinds', key: 'place', code: 'invalid' }]);
  });

  it('keeps every site rule that parses and drops the others, one problem each', () => {
    const siteRules = [
      { pattern: 'Example.com', enabled: false },
      'example.org',
      { pattern: 'not a host', enabled: false },
      { pattern: '*.news.org', enabled: 'yes' },
      { pattern: 'example.com', enabled: true },
      { pattern: '*.news.org', enabled: true },
    ];
    const { settings, problems } = repairSettings({ siteRules });
    expect(settings.siteRules).toEqual([
      { pattern: 'example.com', enabled: false },
      { pattern: '*.news.org', enabled: true },
    ]);
    expect(problems).toEqual([
      { field: 'siteRules', index: 1, code: 'not-a-rule', item: 'example.org' },
      { field: 'siteRules', index: 2, code: 'not-a-rule', item: 'not a host' },
      { field: 'siteRules', index: 3, code: 'not-a-rule', item: '*.news.org' },
      { field: 'siteRules', index: 4, code: 'duplicate-rule', item: 'example.com' },
    ]);
  });

  it(`keeps the newest ${MAX_SITE_RULES} site rules of a longer list (the last: a new rule is appended), and says how many it dropped`, () => {
    const siteRules = Array.from({ length: MAX_SITE_RULES + 500 }, (_, i) => ({ pattern: `site${i}.example.com`, enabled: false }));
    const { settings, problems } = repairSettings({ siteRules: [...siteRules, { pattern: 'new.example.com', enabled: false }] });
    expect(settings.siteRules).toHaveLength(MAX_SITE_RULES);
    expect(settings.siteRules[0]).toEqual({ pattern: 'site501.example.com', enabled: false });
    expect(settings.siteRules.at(-1)).toEqual({ pattern: 'new.example.com', enabled: false });
    expect(problems).toEqual([{ field: 'siteRules', code: 'over-limit', count: 501 }]);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a string', 'settings'],
    ['a number', 42],
    ['a list', [custom]],
    ['a function', () => custom],
  ])('gives the defaults and one problem for %s', (_name, stored) => {
    const { settings, problems } = repairSettings(stored);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems).toEqual([{ field: 'settings', code: 'not-object' }]);
  });

  it('survives getters that throw, keeping the fields it can read', () => {
    const stored = {
      theme: 'dark',
      get paused(): boolean {
        throw new Error('boom');
      },
      siteRules: [
        { pattern: 'a.com', enabled: false },
        {
          get pattern(): string {
            throw new Error('boom');
          },
          enabled: true,
        },
      ],
      kinds: {
        get person(): boolean {
          throw new Error('boom');
        },
        term: false,
      },
    };
    const { settings, problems } = repairSettings(stored);
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      theme: 'dark',
      siteRules: [{ pattern: 'a.com', enabled: false }],
      kinds: { ...DEFAULT_SETTINGS.kinds, term: false },
    });
    expect(problems).toEqual([
      { field: 'paused', code: 'unreadable' },
      { field: 'siteRules', index: 1, code: 'unreadable' },
      { field: 'kinds', key: 'person', code: 'unreadable' },
    ]);
  });

  it('survives proxies that throw everywhere', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(repairSettings(proxy).settings).toEqual(DEFAULT_SETTINGS);
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('boom');
        },
      },
    );
    expect(repairSettings(hostile)).toEqual({ settings: DEFAULT_SETTINGS, problems: [{ field: 'settings', code: 'unreadable' }] });
    expect(readSettings(hostile).settings).toEqual(DEFAULT_SETTINGS);
  });
});

describe('migrateSettings', () => {
  const version0 = { enabled: false, disabledHosts: ['Example.com', 'news.org', 7], theme: 'dark' };

  it('lists migrations in order, the last one reaching this version', () => {
    const versions = MIGRATIONS.map((m) => m.to);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(versions.at(-1)).toBe(SCHEMA_VERSION);
  });

  it('turns version 0 into version 1: enabled → paused, disabled hosts → off rules', () => {
    expect(migrateSettings(version0)).toEqual({
      value: {
        schemaVersion: 1,
        paused: true,
        theme: 'dark',
        siteRules: [
          { pattern: 'Example.com', enabled: false },
          { pattern: 'news.org', enabled: false },
          { pattern: 7, enabled: false },
        ],
      },
      problems: [],
    });
  });

  it('leaves a current value alone', () => {
    expect(migrateSettings(custom)).toEqual({ value: custom, problems: [] });
  });

  it('reads an unreadable version as 0, with a problem', () => {
    const { value, problems } = migrateSettings({ schemaVersion: 'one', enabled: true });
    expect(value).toEqual({ schemaVersion: 1, paused: false });
    expect(problems).toEqual([{ field: 'schemaVersion', code: 'bad-version' }]);
  });
});

describe('readSettings', () => {
  it('migrates, then repairs', () => {
    const { settings, problems } = readSettings({ enabled: false, disabledHosts: ['Example.com', 'bad host'], dwellMs: 2000 });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, paused: true, dwellMs: 1000, siteRules: [{ pattern: 'example.com', enabled: false }] });
    expect(problems).toEqual([
      { field: 'siteRules', index: 1, code: 'not-a-rule', item: 'bad host' },
      { field: 'dwellMs', code: 'out-of-range' },
    ]);
  });

  it('keeps what a newer version saved as far as it repairs cleanly, and says so', () => {
    const { settings, problems } = readSettings({ ...custom, schemaVersion: SCHEMA_VERSION + 1, density: 'smart', sidebar: true });
    expect(settings).toEqual({ ...custom, density: 'all' });
    expect(problems).toEqual([
      { field: 'schemaVersion', code: 'newer-version', version: SCHEMA_VERSION + 1 },
      { field: 'density', code: 'invalid' },
    ]);
  });
});

describe('settings files', () => {
  it('round-trips through export and import', () => {
    const text = serializeSettings(custom);
    expect(text).toContain('\n  "paused": true');
    expect(parseSettingsFile(text)).toEqual({ settings: custom, problems: [], parsed: JSON.parse(text) });
  });

  it('refuses a file that is not JSON', () => {
    const result = parseSettingsFile('paused = true');
    expect(result).toEqual({ error: 'not-json', detail: expect.stringMatching(/JSON/) });
  });

  it.each(['[]', '"settings"', '12', 'null'])('refuses JSON that is not an object: %s', (text) => {
    expect(parseSettingsFile(text)).toEqual({ error: 'not-object' });
  });

  it('imports what is valid from a partly bad file and reports the rest', () => {
    const text = JSON.stringify({ ...custom, theme: 'purple', siteRules: [{ pattern: 'a.com', enabled: true }, { pattern: '' }] });
    expect(parseSettingsFile(text)).toEqual({
      settings: { ...custom, theme: 'auto', siteRules: [{ pattern: 'a.com', enabled: true }] },
      problems: [
        { field: 'siteRules', index: 1, code: 'not-a-rule', item: '' },
        { field: 'theme', code: 'invalid' },
      ],
      parsed: JSON.parse(text),
    });
  });
});
