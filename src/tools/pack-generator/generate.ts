/**
 * A big context pack for the benchmarks and the collision test, generated from a seed: people,
 * places, institutions and terms whose names collide with the built-in ones (another Rubio, a city
 * called Córdoba, a Trump Foundation, an extradition treaty), and English and Spanish articles of
 * plausible sentences that name them, so the compiled pack's mentions and related names are real.
 */
import type { SourceFile } from '../../index/compile';
import type { MatchRules } from '../../shared/definitions';
import { generateArticles } from './articles';
import { generateEntities } from './entities';
import { randomSource } from './random';

export interface GeneratorOptions {
  entities: number;
  articles: number;
  seed: number;
}

/** The 2,000-article, 10,000-entity pack of issue 14's benchmarks. */
export const BENCH_PACK: GeneratorOptions = { entities: 10_000, articles: 2_000, seed: 14 };

/** A pack folder's files: pack.json, entities.json (the overlay) and articles/*.md. */
export interface PackSources {
  packJson: string;
  overlay: SourceFile;
  articles: SourceFile[];
}

/** Generates the sources of a pack; `rules` are the guards' word lists it carries (the built-in's). */
export function generatePackSources(options: GeneratorOptions, rules: MatchRules): PackSources {
  if (options.articles < 1 || options.entities < options.articles) throw new Error('a generated pack needs at least one article and one entity per article');
  const rng = randomSource(options.seed);
  const entities = rng.shuffle(generateEntities(options.entities, rng));
  const articles = generateArticles(options.articles, entities, rng);
  const overlay = { rules, entities: entities.map(({ short: _, ...e }) => e) };
  const info = { id: 'generated-bench', name: `Generated: ${options.entities.toLocaleString('en')} colliding names`, publisher: 'Backstory bench' };
  return {
    packJson: JSON.stringify(info, null, 2) + '\n',
    overlay: { file: 'entities.json', text: JSON.stringify(overlay, null, 1) + '\n' },
    articles: articles.map((a) => ({ file: `articles/${a.file}`, text: a.text })),
  };
}
