import { describe, expect, it } from 'vitest';
import { defaultSettings, serializeSettings } from '../../shared/settings';
import { planImport } from './import-plan';

describe('planImport', () => {
  it('refuses a file that is not JSON', () => {
    expect(planImport('theme = dark')).toEqual({ error: 'not-json' });
    expect(planImport('')).toEqual({ error: 'not-json' });
  });

  it('refuses JSON that is not Backstory settings', () => {
    // Another app's file with one key in common (theme, enabled…) would wipe every setting and site rule.
    for (const text of [
      '[]',
      '"dark"',
      'null',
      '42',
      '{}',
      '{"name":"my-package","version":"1.0.0"}',
      '{"theme":"solarized","version":"1.2"}',
      '{"enabled":true}',
      '{"schemaVersion":"2"}',
      '{"schemaVersion":2,"mediaType":"application/vnd.docker.distribution.manifest.v2+json"}',
      '{"enabled":true,"theme":"dark"}',
    ]) {
      expect(planImport(text), text).toEqual({ error: 'not-settings' });
    }
  });

  it('imports an exported file as it is, with no problems', () => {
    const settings = { ...defaultSettings(), theme: 'dark' as const, dwellMs: 450, siteRules: [{ pattern: '*.example.com', enabled: false }] };
    const plan = planImport(serializeSettings(settings));
    expect(plan).toMatchObject({ settings, problems: { resetFields: [], skippedRules: [] } });
  });

  it('accepts a byte-order mark', () => {
    expect(planImport('\uFEFF{"schemaVersion":1,"theme":"light"}')).toMatchObject({ settings: { theme: 'light' } });
  });

  it('imports what is valid: defaults for missing and bad fields, the good rules, and names the rest', () => {
    const plan = planImport(
      JSON.stringify({
        theme: 'light',
        density: 'sometimes',
        siteRules: [
          { pattern: 'Example.COM', enabled: false },
          { pattern: 'not a host!', enabled: true },
        ],
      }),
    );
    if ('error' in plan) throw new Error(plan.error);
    expect(plan.settings).toEqual({ ...defaultSettings(), theme: 'light', siteRules: [{ pattern: 'example.com', enabled: false }] });
    expect(plan.problems.resetFields).toEqual(['density']);
    expect(plan.problems.skippedRules).toEqual(['not a host!']);
  });

  it('imports a prototype file (version 0) through the migration', () => {
    const plan = planImport(JSON.stringify({ enabled: false, disabledHosts: ['example.com'] }));
    expect(plan).toMatchObject({ settings: { paused: true, siteRules: [{ pattern: 'example.com', enabled: false }] } });
  });
});
