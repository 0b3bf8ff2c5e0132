import { buildFuzzyIndex } from '../match/fuzzy';
import { keepSupported } from '../match/guards';
import { fuzzyVocabulary, matcherFromData, type Matcher } from '../match/matcher';
import { compileMatcherData } from '../match/compile-matcher-data';
import { parseArticle, type SourceArticle } from './article';
import { BuildError } from './build-error';
import { validateIndex } from './index-schema';
import { parseOverlay, type OverlayEntity } from './overlay';
import { splitSentences } from './sentences';
import { INDEX_SCHEMA_VERSION, type ContextIndex, type IndexArticle, type IndexEntity, type Mention, type RelatedEntity } from './types';

/** One collation whatever the build machine's locale, so the index is the same bytes everywhere. */
const BY_NAME = new Intl.Collator('en');

export interface SourceFile {
  /** Path shown in errors, relative to the project. */
  file: string;
  text: string;
}

export interface CompileInput {
  overlay: SourceFile;
  articles: SourceFile[];
  /** Identifies this build of the index; the CLI uses a hash of the inputs. */
  version: string;
}

/** How many related entities a card can offer. */
const MAX_RELATED = 8;

/**
 * Compiles the articles and the editorial overlay into the context index. The mentions come from the
 * same matcher the content script runs, so a sentence is quoted for an entity exactly when a page
 * with that sentence would be painted for it.
 */
export function compileContextIndex(input: CompileInput): ContextIndex {
  const { entities, rules } = parseOverlay(input.overlay.file, input.overlay.text);
  const sources = input.articles.map((a) => parseArticle(a.file, a.text));
  const articles = sources.map(toIndexArticle);
  const fuzzy = buildFuzzyIndex(fuzzyVocabulary(entities));
  const matcher = compileMatcherData(entities, rules, fuzzy);
  const mentions = findMentions(matcherFromData(matcher, fuzzy), entities, articles);

  entities.forEach((entity, i) => {
    if (mentions[i]!.length === 0) {
      throw new BuildError(input.overlay.file, 'is not mentioned in any article: add an alias that the article uses, or remove the entity', entity.id);
    }
  });

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
  return validateIndex(index);
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
function findMentions(matcher: Matcher, entities: OverlayEntity[], articles: IndexArticle[]): Mention[][] {
  const byEntity: Mention[][] = entities.map(() => []);
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
function relatedEntities(mentions: Mention[][], entities: OverlayEntity[]): RelatedEntity[][] {
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
