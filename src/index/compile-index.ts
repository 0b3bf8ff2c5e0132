/**
 * The compiler's core, on data already parsed: articles and entities in, the context index out. The
 * build reaches it from Markdown and entities.json (compile.ts); the extension reaches it from what a
 * reader saved (src/saved). It imports nothing of Node, so it runs in the browser as it does in the build.
 */
import { buildFuzzyIndex } from '../match/fuzzy';
import { keepSupported } from '../match/guards';
import { fuzzyVocabulary, matcherFromData, type MatchableEntity, type Matcher } from '../match/matcher';
import { compileMatcherData } from '../match/compile-matcher-data';
import type { MatchRules } from '../shared/definitions';
import type { SourceArticle } from './article';
import { BuildError } from './build-error';
import type { OverlayEntity } from './overlay';
import { splitSentences } from './sentences';
import { INDEX_SCHEMA_VERSION, type ContextIndex, type IndexArticle, type IndexEntity, type Mention, type RelatedEntity } from './types';

/** One collation whatever the build machine's locale, so the index is the same bytes everywhere. */
const BY_NAME = new Intl.Collator('en');

/** How many related entities a card can offer. */
const MAX_RELATED = 8;

export interface IndexInput {
  articles: readonly SourceArticle[];
  entities: readonly OverlayEntity[];
  rules: MatchRules;
  /** Identifies this build of the index; the CLI uses a hash of the inputs. */
  version: string;
  /**
   * What the matcher reads of each entity, when it is not the entity itself: the same ids in the same
   * order, merged with other packs' entities as a page's index merges them (shared aliases, ranks), so
   * an article is read as a page naming the same words would be.
   */
  matchAs?: readonly MatchableEntity[];
  /**
   * An entity no article mentions: an error naming `source` (the build: every overlay entity must be
   * quoted somewhere), or kept with no mentions (a reader's name, found on pages before any saved
   * article names it).
   */
  unmentioned: { fail: string } | 'keep';
}

/**
 * Compiles articles and entities into the context index. The mentions come from the same matcher the
 * content script runs, so a sentence is quoted for an entity exactly when a page with that sentence
 * would be painted for it. It does not check the index against its schema (index-schema, zod): the
 * build does (compile.ts), and the extension's service worker would load zod at every start for it.
 */
export function compileIndex(input: IndexInput): ContextIndex {
  const { entities, rules } = input;
  const matchable = input.matchAs ?? entities;
  if (matchable.length !== entities.length || matchable.some((m, i) => m.id !== entities[i]!.id)) {
    throw new Error('compileIndex: matchAs must hold the entities, in their order');
  }
  const articles = input.articles.map(toIndexArticle);
  const fuzzy = buildFuzzyIndex(fuzzyVocabulary(matchable));
  const matcher = compileMatcherData(matchable, rules, fuzzy);
  const mentions = findMentions(matcherFromData(matcher, fuzzy), entities.length, articles);

  const { unmentioned } = input;
  if (unmentioned !== 'keep') {
    entities.forEach((entity, i) => {
      if (mentions[i]!.length === 0) {
        throw new BuildError(unmentioned.fail, 'is not mentioned in any article: add an alias that the article uses, or remove the entity', entity.id);
      }
    });
  }

  const related = relatedEntities(mentions, entities);
  const index: ContextIndex = {
    schemaVersion: INDEX_SCHEMA_VERSION,
    version: input.version,
    articles,
    entities: entities.map(
      (entity, i): IndexEntity => ({
        ...entity,
        mentions: mentions[i]!,
        related: related[i]!,
      }),
    ),
    matcher,
    fuzzy,
  };
  return index;
}

function toIndexArticle(source: SourceArticle): IndexArticle {
  const sentences: string[] = [];
  const paragraphStarts: number[] = [];
  for (const paragraph of source.paragraphs) {
    paragraphStarts.push(sentences.length);
    sentences.push(...splitSentences(paragraph, source.language));
  }
  const { paragraphs: _, ...meta } = source;
  return { ...meta, sentences, paragraphStarts };
}

/** Mentions per entity; an article is one document for the guards, as a page is for the content script. */
function findMentions(matcher: Matcher, entityCount: number, articles: IndexArticle[]): Mention[][] {
  const byEntity: Mention[][] = Array.from({ length: entityCount }, () => []);
  articles.forEach((article, a) => {
    const found = article.sentences.flatMap((sentence, s) => matcher.scan(sentence).map((m) => ({ ...m, sentence: s })));
    for (const m of keepSupported(found)) {
      byEntity[m.entity]!.push({ article: a, sentence: m.sentence, start: m.start, end: m.end });
    }
  });
  return byEntity;
}

/**
 * Per entity, the entities mentioned in the same sentences, most shared sentences first, then by
 * name. Sentences are indexed once (sentence -> entities), so the work grows with the mentions, not
 * with entities × mentions: a 10,000-entity pack compiles in seconds rather than minutes.
 */
function relatedEntities(mentions: Mention[][], entities: readonly OverlayEntity[]): RelatedEntity[][] {
  const key = (m: Mention) => `${m.article}:${m.sentence}`;
  const sentencesOf = mentions.map((list) => new Set(list.map(key)));
  const inSentence = new Map<string, number[]>();
  sentencesOf.forEach((sentences, entity) => {
    for (const k of sentences) {
      const list = inSentence.get(k);
      if (list) list.push(entity);
      else inSentence.set(k, [entity]);
    }
  });
  const nameOf = new Map(entities.map((e) => [e.id, e.name]));
  return sentencesOf.map((own, self) => {
    const shared = new Map<number, number>();
    for (const k of own) for (const other of inSentence.get(k)!) if (other !== self) shared.set(other, (shared.get(other) ?? 0) + 1);
    // In entity order before the stable sort, so ties come out as they always have.
    const related = [...shared.keys()].sort((a, b) => a - b).map((other): RelatedEntity => ({ id: entities[other]!.id, sentences: shared.get(other)! }));
    return related.sort((a, b) => b.sentences - a.sentences || BY_NAME.compare(nameOf.get(a.id)!, nameOf.get(b.id)!)).slice(0, MAX_RELATED);
  });
}
