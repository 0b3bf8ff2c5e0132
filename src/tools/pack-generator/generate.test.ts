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
      expect(
        entities.filter((e) => e.aliases.some((a) => a.text === surname)),
        surname,
      ).toHaveLength(1);
    }
    expect(entities.map((e) => e.name)).not.toContain('Marco Rubio');
    expect(entities.find((e) => e.name === 'Córdoba')?.kind).toBe('place');
  });

  it('compiles: every entity is mentioned by its articles, and names related ones', () => {
    const index = compileContextIndex({ ...sources, version: 'test' });
    expect(index.entities.every((e) => e.mentions.length > 0)).toBe(true);
    expect(index.entities.filter((e) => e.related.length > 0).length).toBeGreaterThan(250);
    // The compiler counts shared sentences through a sentence index; here, the plain way, pair by pair.
    const key = (m: { article: number; sentence: number }) => `${m.article}:${m.sentence}`;
    const byName = new Intl.Collator('en');
    const related = index.entities.map((self) => {
      const own = new Set(self.mentions.map(key));
      return index.entities
        .filter((other) => other !== self)
        .map((other) => ({ id: other.id, name: other.name, sentences: new Set(other.mentions.map(key).filter((k) => own.has(k))).size }))
        .filter((r) => r.sentences > 0)
        .sort((a, b) => b.sentences - a.sentences || byName.compare(a.name, b.name))
        .slice(0, 8)
        .map(({ id, sentences }) => ({ id, sentences }));
    });
    expect(index.entities.map((e) => e.related)).toEqual(related);
  });
});
