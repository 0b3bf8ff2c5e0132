/**
 * A compiled index as a pack file, with no Node import: the build hashes with sha256 (compile-pack),
 * the browser with stableHash, each passing its own.
 */
import { PACK_FORMAT, PACK_FORMAT_VERSION, type ContextPack } from '../packs/pack-format';
import type { ContextIndex } from './types';

/** What a pack's editors say of it (pack.json), or the extension of the packs it makes. */
export interface PackInfo {
  id?: string;
  name: string;
  publisher: string;
}

/** `text` as lower-case ASCII words joined by hyphens, at most `maxLength` long; empty when it has no Latin letter or digit. */
export function slugOf(text: string, maxLength: number): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}

/** A pack id from its name when pack.json gives none: "Colombia 2026" -> "colombia-2026". */
export function packIdOf(name: string): string {
  return slugOf(name, 64) || 'pack';
}

/** The languages of the articles, most articles first (then alphabetically). */
function languagesOf(index: Pick<ContextIndex, 'articles'>): string[] {
  const counts = new Map<string, number>();
  for (const a of index.articles) counts.set(a.language, (counts.get(a.language) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([language]) => language);
}

export interface AssembleOptions {
  /** The version: a short hash of `{ info, body }`, so identical content gives an identical version. */
  hash: (value: unknown) => string;
  /** Defaults to the newest article's date, so two builds of the same sources are the same bytes. */
  created?: string;
}

/** The pack of `index`'s articles and entities with `rules`; the version hashes everything but `created`. */
export function assemblePack(index: Pick<ContextIndex, 'articles' | 'entities'>, rules: ContextPack['rules'], info: PackInfo, options: AssembleOptions): ContextPack {
  const body = { rules, articles: index.articles, entities: index.entities };
  const newest =
    index.articles
      .map((a) => a.date)
      .sort()
      .at(-1) ?? '0000-00-00';
  return {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    meta: {
      id: info.id ?? packIdOf(info.name),
      name: info.name,
      publisher: info.publisher,
      languages: languagesOf(index),
      created: options.created ?? newest,
      version: options.hash({ info, body }),
      articles: index.articles.length,
      entities: index.entities.length,
    },
    ...body,
  };
}
