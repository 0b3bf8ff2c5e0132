import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileContextIndex } from '../../index/compile';
import { parseOverlay } from '../../index/overlay';
import { generatePackSources } from './generate';

const ROOT = new URL('../../..', import.meta.url).pathname;
const rules = JSON.parse(readFileSync(`${ROOT}assets/context/entities.json`, 'utf8')).rules;
const options = { entities: 300, articles: 60, seed: 3 };
const sources = generatePackSources(options, rules);

describe('the generated pack', () => {
  it('is the same bytes for the same seed, and other bytes for another', () => {
    expect(generatePackSources(options, rules)).toEqual(sources);
    expect(generatePackSources({ ...options, seed: 4 }, rules).overlay.text).not.toEqual(sources.overlay.text);
  });

  it('has the entities and articles asked for, in English and Spanish', () => {
    expect(parseOverlay('entities.json', sources.overlay.text).entities).toHaveLength(300);
    expect(sources.articles).toHaveLength(60);
    const languages = sources.articles.map((a) => /^language: (\w+)$/m.exec(a.text)![1]);
    expect(new Set(languages)).toEqual(new Set(['en', 'es']));
  });

  it('names people after the built-in surnames, and one of each goes by the surname alone', () => {
    const { entities } = parseOverlay('entities.json', sources.overlay.text);
    for (const surname of ['Petro', 'Rubio', 'Trump', 'Rodríguez']) {
      expect(entities.filter((e) => e.kind === 'person' && e.name.endsWith(` ${surname}`)).length, surname).toBeGreaterThan(5);
      expect(entities.filter((e) => e.aliases.some((a) => a.text === surname)), surname).toHaveLength(1);
    }
    expect(entities.map((e) => e.name)).not.toContain('Marco Rubio');
    expect(entities.find((e) => e.name === 'Córdoba')?.kind).toBe('place');
  });

  it('compiles: every entity is mentioned by its articles, and names related ones', () => {
    const index = compileContextIndex({ ...sources, version: 'test' });
    expect(index.entities.every((e) => e.mentions.length > 0)).toBe(true);
    expect(index.entities.filter((e) => e.related.length > 0).length).toBeGreaterThan(250);
  });
});
