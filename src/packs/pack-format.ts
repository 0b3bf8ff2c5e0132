/**
 * The context pack: the file a reader installs (NAME.backstory.json), as build.mjs --pack writes it.
 * One JSON object; everything in it is data shown as text, never code or markup.
 *
 *   { "format": "backstory-pack", "formatVersion": 1,
 *     "meta": { id, name, publisher, languages, created, version, articles, entities },
 *     "rules": { titles, functionWords, givenNames },       // the guards' word lists
 *     "articles": [ { id, title, date, source, language, summary, url?, sentences, paragraphStarts } ],
 *     "entities": [ { id, name, localNames?, kind, role, aliases, never, mentions, related } ] }
 *
 * `mentions` point into the pack's own articles. The matcher a page runs is not in the file: it is
 * compiled from the enabled packs together when they change (see page-index.ts), so two packs that
 * share an alias are known to each other.
 */
import type { IndexArticle, IndexEntity } from '../index/types';
import type { MatchRules } from '../shared/definitions';

export const PACK_FORMAT = 'backstory-pack';
/** Bump when the shape changes; readers refuse other versions with a message saying which. */
export const PACK_FORMAT_VERSION = 1;
/** The file name every pack ends with. */
export const PACK_EXTENSION = '.backstory.json';
/** The largest pack file the options page installs: well above the bench's 2,000-article pack (Part 5 prints its size). */
export const MAX_PACK_BYTES = 64 * 1024 * 1024;
/** The id of the pack compiled from assets/context and shipped inside the extension. */
export const BUILT_IN_PACK_ID = 'built-in';

export interface PackMeta {
  /** Lower-case words joined by hyphens; installing a pack with an installed id replaces it. */
  id: string;
  name: string;
  publisher: string;
  /** The languages of its articles, most articles first. */
  languages: string[];
  /** When it was compiled, YYYY-MM-DD. */
  created: string;
  /** A hash of its content: two builds of the same sources give the same version. */
  version: string;
  articles: number;
  entities: number;
}

export interface ContextPack {
  format: typeof PACK_FORMAT;
  formatVersion: typeof PACK_FORMAT_VERSION;
  meta: PackMeta;
  rules: MatchRules;
  articles: IndexArticle[];
  entities: IndexEntity[];
}
