/**
 * "Saved by you", compiled from the reader's saved articles and names with the build's compiler
 * (compileIndex), so a saved sentence is quoted for an entity exactly where a page would paint it.
 *
 * Names other packs know: the saved articles are read with every enabled pack's names, merged as the
 * page index merges them. The reader's names are the pack's entities (a name whose id another pack
 * uses, "gustavo-petro", is that entity: its aliases join, and the reader's note leads while the
 * saved pack ranks first). Other packs' entities that a saved article mentions are lent: their
 * mentions go to the store for the entity's card (the built-in Petro's card quotes the saved El
 * Colombiano article), but the saved pack does not carry them as names, which would move them ahead
 * of the packs that own them. They are compiled again when the saved material changes.
 */
import { assemblePack } from '../index/assemble-pack';
import type { SourceArticle } from '../index/article';
import { compileIndex } from '../index/compile-index';
import type { OverlayEntity } from '../index/overlay';
import { stableHash } from '../index/stable-hash';
import type { IndexEntity } from '../index/types';
import { mergeMatchable } from '../packs/compile-page-index';
import type { ContextPack } from '../packs/pack-format';
import type { DirectoryEntity } from '../packs/pack-records';
import type { MatchRules } from '../shared/definitions';
import { nameEntity } from './name-entity';
import { SAVED_PACK_INFO, type NameFound, type SavedArticle, type SavedName } from './saved-types';

/** An enabled pack other than the saved one: its key, guards and names (PackStore.enabledMatchable). */
export interface OtherPack {
  key: string;
  rules: MatchRules;
  entities: readonly DirectoryEntity[];
}

export interface SavedPackInput {
  articles: readonly SavedArticle[];
  names: readonly SavedName[];
  /** The saved pack's guard words: the built-in pack's. */
  rules: MatchRules;
  /** The other enabled packs, highest rank first. */
  others: readonly OtherPack[];
  /** Where the saved pack ranks among them (0: first). */
  position: number;
  /** YYYY-MM-DD: the pack's creation date. */
  today: string;
}

export interface CompiledSaved {
  pack: ContextPack;
  /** Other packs' entities the saved articles mention (see PackStore InstallOptions.lent). */
  lent: IndexEntity[];
  /** Per saved article id, the names found in it: the reader's and other packs'. */
  found: Map<string, NameFound[]>;
}

/** Characters of an article's summary: its opening, cut at a word. */
const SUMMARY_CHARS = 200;

/** The saved pack, or undefined when nothing is saved (no pack is installed then). */
export function compileSavedPack(input: SavedPackInput): CompiledSaved | undefined {
  if (input.articles.length === 0 && input.names.length === 0) return undefined;
  const own = input.names.map(nameEntity);
  const ownIds = new Set(own.map((e) => e.id));
  const savedPack = { key: `${SAVED_PACK_INFO.id}@compiling`, rules: input.rules, entities: own };
  const ranked = [...input.others.slice(0, input.position), savedPack, ...input.others.slice(input.position)];
  const matchAs = mergeMatchable(ranked);

  const lendable = new Map<string, DirectoryEntity>();
  for (const pack of input.others) for (const e of pack.entities) if (!ownIds.has(e.id) && !lendable.has(e.id)) lendable.set(e.id, e);
  const ownById = new Map(own.map((e) => [e.id, e]));
  const entities = matchAs.map((m): OverlayEntity => ownById.get(m.id) ?? borrowed(lendable.get(m.id)!));

  const articles = packOrder(input.articles);
  const index = compileIndex({
    articles: articles.map(sourceArticle),
    entities,
    rules: mergedRules(ranked),
    matchAs,
    version: 'saved',
    unmentioned: 'keep',
  });

  const kept = index.entities.filter((e) => ownIds.has(e.id));
  const lent = index.entities.filter((e) => !ownIds.has(e.id) && e.mentions.length > 0);
  const found = new Map<string, NameFound[]>(articles.map((a) => [a.id, []]));
  for (const e of [...kept, ...lent]) {
    for (const a of new Set(e.mentions.map((m) => m.article))) found.get(articles[a]!.id)!.push({ id: e.id, name: e.name });
  }
  const pack = assemblePack({ articles: index.articles, entities: kept }, input.rules, SAVED_PACK_INFO, { hash: stableHash, created: input.today });
  return { pack, lent, found };
}

/** The saved articles in the pack's order, oldest save first: an article's place there is its index in the pack. */
export function packOrder<T extends Pick<SavedArticle, 'id' | 'savedAt'>>(articles: readonly T[]): T[] {
  return [...articles].sort((a, b) => a.savedAt.localeCompare(b.savedAt) || a.id.localeCompare(b.id));
}

/**
 * Another pack's entity as the compiler takes it. Its role is a stand-in: a lent entity is never the
 * card's note (its own pack's is), but an entity has the shape of one.
 */
function borrowed(e: DirectoryEntity): OverlayEntity {
  return { id: e.id, name: e.name, ...(e.localNames ? { localNames: e.localNames } : {}), kind: e.kind, role: { en: e.name }, aliases: e.aliases, never: [...(e.never ?? [])] };
}

function sourceArticle(a: SavedArticle): SourceArticle {
  return { id: a.id, title: a.title, date: a.date, source: a.source, language: a.language, summary: summaryOf(a.paragraphs), ...(a.url ? { url: a.url } : {}), paragraphs: a.paragraphs };
}

function summaryOf(paragraphs: readonly string[]): string {
  const first = paragraphs[0] ?? '';
  if (first.length <= SUMMARY_CHARS) return first;
  const cut = first.slice(0, SUMMARY_CHARS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), SUMMARY_CHARS / 2)).trimEnd()}…`;
}

/** Every pack's guard words together, as the page index takes them. */
function mergedRules(packs: readonly { rules: MatchRules }[]): MatchRules {
  const union = (pick: (r: MatchRules) => string[]) => [...new Set(packs.flatMap((p) => pick(p.rules)))];
  return { titles: union((r) => r.titles), functionWords: union((r) => r.functionWords), givenNames: union((r) => r.givenNames) };
}
