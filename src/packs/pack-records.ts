/** What the pack store hands out and refuses with, apart from the store itself (see pack-store). */
import type { IndexEntity } from '../index/types';
import type { MatchableEntity } from '../match/matcher-data';
import type { PackMeta } from './pack-format';

/** An installed pack as the options page lists it. */
export interface InstalledPack {
  meta: PackMeta;
  enabled: boolean;
  /** 0 is the highest: its role lines win where packs define one entity. */
  rank: number;
  /** The size of the file it was installed from (the built-in pack: its JSON). */
  bytes: number;
  builtIn: boolean;
}

/** Why the store refused a change; what was installed stays as it was. */
export type StoreProblem = { code: 'quota' } | { code: 'unknown-pack'; id: string } | { code: 'built-in' } | { code: 'storage'; detail: string };

export class PackStoreError extends Error {
  constructor(readonly problem: StoreProblem) {
    super(`pack store: ${JSON.stringify(problem)}`);
  }
}

/** Whether IndexedDB refused a write for want of space (some browsers abort the transaction with it). */
export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown })?.name;
  return name === 'QuotaExceededError' || (name === 'AbortError' && /quota/i.test(String((error as Error).message)));
}

/** Progress of an install: `done` of `total` records written. */
export type Progress = (done: number, total: number) => void;

/**
 * An entity without its background: what the page index is compiled from (id, kind, aliases,
 * confusables), and what the popup lists and searches (names).
 */
export interface DirectoryEntity extends MatchableEntity {
  name: string;
  localNames?: Partial<Record<string, string>>;
  aliases: IndexEntity['aliases'];
}

/** An entity's directory entry. */
export function directoryEntry(e: IndexEntity): DirectoryEntity {
  return { id: e.id, name: e.name, ...(e.localNames ? { localNames: e.localNames } : {}), kind: e.kind, aliases: e.aliases, never: e.never };
}

/** What the popup's footer counts: the packs switched on, and the articles they hold. */
export interface PacksSummary {
  packs: number;
  articles: number;
}
