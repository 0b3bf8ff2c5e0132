import { describe, expect, it } from 'vitest';
import en from '../../../assets/_locales/en/messages.json';
import es from '../../../assets/_locales/es/messages.json';
import { translateFrom } from '../../shared/i18n';
import { MAX_SITE_RULES, readSettings } from '../../shared/settings';
import { describeProblems, hasProblems, NO_PROBLEMS, summarizeProblems } from './problems';

const t = translateFrom(en);

/** The summary of reading `raw` as stored settings. */
const summaryOf = (raw: unknown) => summarizeProblems(readSettings(raw).problems);

describe('summarizeProblems', () => {
  it('finds nothing in valid settings', () => {
    const summary = summaryOf({ schemaVersion: 1, theme: 'dark', siteRules: [{ pattern: 'example.com', enabled: false }] });
    expect(summary).toEqual(NO_PROBLEMS);
    expect(hasProblems(summary)).toBe(false);
  });

  it('names the fields that took their default once each, in page order, and the skipped rules by pattern', () => {
    const summary = summaryOf({
      schemaVersion: 1,
      theme: 'sepia',
      dwellMs: 'fast',
      kinds: { person: 'yes', place: 0 },
      siteRules: [{ pattern: 'example.com', enabled: false }, { pattern: 'not a host!', enabled: true }, { pattern: 42 }, 'x', { pattern: 'EXAMPLE.com', enabled: true }],
    });
    expect(summary.resetFields).toEqual(['kinds', 'dwellMs', 'theme']);
    expect(summary.skippedRules).toEqual(['not a host!', '{"pattern":42}', 'x', 'EXAMPLE.com']);
    expect(hasProblems(summary)).toBe(true);
  });

  it('names a skipped rule by position when it has no text to name it by', () => {
    const raw = { schemaVersion: 1, siteRules: [{ pattern: 'example.com', enabled: true }, undefined] };
    expect(summaryOf(raw).skippedRules).toEqual(['#2']);
    expect(summaryOf({ schemaVersion: 1, siteRules: [null, 'a'.repeat(100)] }).skippedRules).toEqual(['null', 'a'.repeat(59) + '…']);
  });

  it("names a prototype's disabled hosts, which the migration turned into rules", () => {
    expect(summaryOf({ enabled: true, disabledHosts: ['example.com', 'bad host'] }).skippedRules).toEqual(['bad host']);
  });

  it('reports a value that is not an object, a rule list that is not a list, and a newer version', () => {
    expect(summaryOf('garbage').unreadable).toBe(true);
    expect(summaryOf({ schemaVersion: 1, siteRules: 'example.com' }).rulesNotList).toBe(true);
    expect(summaryOf({ schemaVersion: 9, theme: 'dark' }).newerVersion).toBe(true);
  });

  it('counts problems it has no words for, and stays quiet about an unreadable version number', () => {
    expect(summarizeProblems([{ field: 'future', code: 'invalid' }]).other).toBe(1);
    expect(hasProblems(summaryOf({ schemaVersion: 'one', theme: 'dark' }))).toBe(false);
  });
});

describe('describeProblems', () => {
  it('says nothing when there is nothing to say', () => {
    expect(describeProblems(NO_PROBLEMS, t, 'en')).toEqual([]);
  });

  it('lists reset fields and skipped rules in the UI language', () => {
    const summary = summaryOf({ schemaVersion: 1, dwellMs: -3, theme: 7, siteRules: [{ pattern: 42 }, { pattern: 'a b', enabled: true }] });
    expect(describeProblems(summary, t, 'en')).toEqual([
      'Values that were not valid were replaced: Delay before a card opens and Theme.',
      '2 site rules were skipped because they are not valid or repeat another: “{"pattern":42}” and “a b”.',
    ]);
    expect(describeProblems(summary, translateFrom(es), 'es')).toEqual([
      'Se sustituyeron valores no válidos en: Espera antes de abrir una ficha y Tema.',
      'Se omitieron 2 reglas de sitio porque no son válidas o repiten otra: «{"pattern":42}» y «a b».',
    ]);
  });

  it('names five skipped rules and counts the rest', () => {
    const siteRules = Array.from({ length: 12 }, (_, i) => `bad ${i}`);
    expect(describeProblems(summaryOf({ schemaVersion: 1, siteRules }), t, 'en')).toEqual([
      '12 site rules were skipped because they are not valid or repeat another: “bad 0”, “bad 1”, “bad 2”, “bad 3”, “bad 4”, and 7 more.',
    ]);
  });

  it('says how many of the oldest rules went past the limit, not that one was skipped', () => {
    const siteRules = Array.from({ length: MAX_SITE_RULES + 1000 }, (_, i) => ({ pattern: `site${i}.example.com`, enabled: false }));
    const summary = summaryOf({ schemaVersion: 1, siteRules });
    expect(summary).toMatchObject({ rulesOverLimit: 1000, skippedRules: [] });
    expect(describeProblems(summary, t, 'en')).toEqual([`Backstory keeps at most ${MAX_SITE_RULES} site rules: the oldest 1000 were dropped.`]);
    expect(describeProblems(summary, translateFrom(es), 'es')).toEqual([`Backstory guarda como máximo ${MAX_SITE_RULES} reglas de sitio: se descartaron las 1000 más antiguas.`]);
  });

  it('uses the singular for one skipped rule', () => {
    expect(describeProblems(summaryOf({ siteRules: [7] }), t, 'en')).toEqual(['1 site rule was skipped because it is not valid or repeats another: “7”.']);
  });
});
