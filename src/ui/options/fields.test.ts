import { describe, expect, it } from 'vitest';
import en from '../../../assets/_locales/en/messages.json';
import { DEFAULT_SETTINGS, defaultSettings } from '../../shared/settings';
import { changedFields, FIELD_LABELS, SETTING_FIELDS } from './fields';

describe('fields', () => {
  it('names every setting but the schema version, each with a message', () => {
    expect([...SETTING_FIELDS].sort()).toEqual(
      Object.keys(DEFAULT_SETTINGS)
        .filter((key) => key !== 'schemaVersion')
        .sort(),
    );
    for (const key of Object.values(FIELD_LABELS)) expect(en).toHaveProperty(key);
  });

  it('lists the fields that changed, in page order', () => {
    const before = defaultSettings();
    expect(changedFields(before, defaultSettings())).toEqual([]);
    const after = { ...before, theme: 'dark' as const, kinds: { ...before.kinds, place: false }, siteRules: [{ pattern: 'example.com', enabled: false }] };
    expect(changedFields(before, after)).toEqual(['kinds', 'theme', 'siteRules']);
  });
});
