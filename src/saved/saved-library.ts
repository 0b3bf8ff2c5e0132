/**
 * What the background does with the reader's saved material (issue #15): save an article, add, edit
 * and remove names, list, export and import. Each change is written to the saved store, then "Saved
 * by you" is compiled again, installed in the pack store (first, when new) and the page index is
 * published, so open tabs find the new names with no reload. When the pack cannot follow (a full
 * quota), the change is undone: nothing is saved half. Changes run one at a time.
 */
import type { MatchRules } from '../shared/definitions';
import type { ContextPack } from '../packs/pack-format';
import { PackStoreError, type PackStore } from '../packs/pack-store';
import { publishPageIndex } from '../packs/publish-page-index';
import { articleKeys } from './article-keys';
import { checkArticle } from './check-article';
import { checkName } from './check-name';
import { compileSavedPack, packOrder, type CompiledSaved } from './compile-saved-pack';
import { SAVED_LIMITS } from './limits';
import { materialFromPack, readSavedPackFile } from './pack-material';
import { SavedError, type SavedProblem } from './problems';
import type { SavedChange, SavedStore } from './saved-store';
import {
  SAVED_PACK_ID,
  type NameEdit,
  type NameFound,
  type SavedArticle,
  type SavedArticleInput,
  type SavedArticleSummary,
  type SavedName,
  type SavedNameInput,
  type SavedNameSummary,
} from './saved-types';

export interface SavedLibraryDeps {
  packs: PackStore;
  saved: SavedStore;
  /** browser.storage.local: where the page index goes for the content scripts. */
  local: Parameters<typeof publishPageIndex>[1];
  /** The saved pack's guard words: the built-in pack's. */
  rules: MatchRules;
  now?: () => Date;
}

export interface SaveResult {
  article: SavedArticleSummary;
  /** The address or the text was saved before: that article was updated, not copied. */
  updated: boolean;
}

export interface ImportResult {
  articles: { added: number; updated: number };
  names: { added: number; merged: number };
}

export class SavedLibrary {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly now: () => Date;

  constructor(private readonly deps: SavedLibraryDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  /** Saves an article or selection; the same address or text again updates it. */
  saveArticle(input: SavedArticleInput): Promise<SaveResult> {
    return this.change(async () => {
      const checked = checkArticle(input);
      const { saved, undo } = await this.deps.saved.saveArticles([{ ...checked, savedAt: this.now().toISOString(), ...articleKeys(checked) }], SAVED_LIMITS.articles);
      return { undo, value: saved[0]! };
    }).then(({ value, found }) => ({ article: summary(value.article, found), updated: value.updated }));
  }

  /** Adds a name: it is found in every saved article and on every page from now on. */
  addName(input: SavedNameInput): Promise<SavedNameSummary> {
    return this.change(async () => {
      const names = await this.deps.saved.names();
      const name = checkName(input, names);
      if (names.some((n) => n.id === name.id)) throw new SavedError({ code: 'name-exists', id: name.id });
      return { undo: await this.deps.saved.putNames([name], SAVED_LIMITS.names), value: name };
    }).then(({ value, found }) => nameSummary(value, found));
  }

  /** Changes a name's note, spellings, kind or leave to match a surname alone. */
  editName(id: string, edit: NameEdit): Promise<SavedNameSummary> {
    return this.change(async () => {
      const names = await this.deps.saved.names();
      const before = names.find((n) => n.id === id);
      if (!before) throw new SavedError({ code: 'unknown-name', id });
      // Field by field: a message's edit may carry fields unset, or others (a new "name" would be another id).
      const name = checkName(
        {
          ...before,
          kind: edit.kind ?? before.kind,
          note: edit.note ?? before.note,
          spellings: edit.spellings ?? before.spellings,
          allowSurnameAlone: edit.allowSurnameAlone ?? before.allowSurnameAlone,
        },
        names,
      );
      return { undo: await this.deps.saved.putNames([name], SAVED_LIMITS.names), value: name };
    }).then(({ value, found }) => nameSummary(value, found));
  }

  removeArticle(id: string): Promise<void> {
    return this.change(async () => ({ undo: await this.deps.saved.remove('articles', id), value: undefined })).then(() => undefined);
  }

  removeName(id: string): Promise<void> {
    return this.change(async () => ({ undo: await this.deps.saved.remove('names', id), value: undefined })).then(() => undefined);
  }

  /** The saved articles, newest save first, with the names found in each and their place in the pack. */
  async listArticles(): Promise<SavedArticleSummary[]> {
    const [articles, found] = await Promise.all([this.deps.saved.articles(), this.deps.saved.found()]);
    return packOrder(articles)
      .map((a, packArticle) => ({ ...summary(a, found), packArticle }))
      .reverse();
  }

  /** The reader's names, by name, with how many saved articles mention each. */
  async listNames(): Promise<SavedNameSummary[]> {
    const [names, found] = await Promise.all([this.deps.saved.names(), this.deps.saved.found()]);
    return names.map((n) => nameSummary(n, found)).sort((a, b) => a.name.localeCompare(b.name));
  }

  /** "Saved by you" as a pack file (the reader's articles and names; no other pack's entity). */
  exportSavedPack(): Promise<ContextPack> {
    return this.serial(async () => {
      const installed = (await this.deps.packs.list()).some((p) => p.meta.id === SAVED_PACK_ID);
      if (!installed && !(await this.rebuild())) throw new SavedError({ code: 'nothing-saved' });
      return this.deps.packs.exportPack(SAVED_PACK_ID);
    });
  }

  /**
   * Merges a "Saved by you" pack file into the saved material: its articles are saved (updating the
   * same ones), its names added (a name saved here already keeps its note and gains the spellings).
   * All of it, or nothing with the problem and the article or name it is about.
   */
  importSavedPack(text: string): Promise<ImportResult> {
    return this.change(async () => {
      const material = materialFromPack(readSavedPackFile(text));
      const savedAt = this.now().toISOString();
      const articles = material.articles.map((a) => {
        const checked = item(a.title, () => checkArticle(a));
        return { ...checked, savedAt, ...articleKeys(checked) };
      });
      const merged = mergeNames(await this.deps.saved.names(), material.names);
      const stored = await this.deps.saved.saveMaterial(articles, merged.names, SAVED_LIMITS);
      const updated = stored.saved.filter((s) => s.updated).length;
      return { undo: stored.undo, value: { articles: { added: stored.saved.length - updated, updated }, names: { added: merged.added, merged: merged.names.length - merged.added } } };
    }).then(({ value }) => value);
  }

  /** Compiles the saved pack again: after other packs change, so it lends their entities anew. */
  refresh(): Promise<void> {
    return this.serial(async () => {
      await this.rebuild();
    });
  }

  /**
   * Writes a change, then compiles and installs the pack from it; when that fails, the change is
   * undone and the pack compiled from what was there before.
   */
  private change<T>(write: () => Promise<{ undo: SavedChange; value: T }>): Promise<{ value: T; found: ReadonlyMap<string, NameFound[]> }> {
    return this.serial(async () => {
      const { undo, value } = await write();
      try {
        const compiled = await this.rebuild();
        return { value, found: compiled?.found ?? new Map() };
      } catch (error) {
        await this.deps.saved.apply(undo).catch(() => {});
        await this.rebuild().catch(() => {});
        throw asSavedError(error);
      }
    });
  }

  /** Compiles "Saved by you" from the saved material, installs it (or removes it, empty), publishes the page index. */
  private async rebuild(): Promise<CompiledSaved | undefined> {
    const { packs, saved } = this.deps;
    const [articles, names, list, matchable] = await Promise.all([saved.articles(), saved.names(), packs.list(), packs.enabledMatchable()]);
    const savedKey = `${SAVED_PACK_ID}@`;
    const others = matchable.filter((p) => !p.key.startsWith(savedKey));
    const at = list.findIndex((p) => p.meta.id === SAVED_PACK_ID);
    // Installed: the enabled packs ranked above it; new: first.
    const position = at < 0 ? 0 : list.slice(0, at).filter((p) => p.enabled).length;
    const compiled = compileSavedPack({ articles, names, rules: this.deps.rules, others, position, today: this.now().toISOString().slice(0, 10) });
    if (compiled) await packs.install(compiled.pack, JSON.stringify(compiled.pack).length, () => {}, { lent: compiled.lent, first: true });
    else if (at >= 0) await packs.remove(SAVED_PACK_ID);
    await publishPageIndex(packs, this.deps.local);
    await saved.setFound(compiled?.found ?? new Map());
    return compiled;
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task);
    this.queue = run.catch(() => {});
    return run;
  }
}

function summary(a: SavedArticle, found: ReadonlyMap<string, NameFound[]>): SavedArticleSummary {
  const { paragraphs, ...meta } = a;
  return { ...meta, chars: paragraphs.reduce((n, p) => n + p.length, 0), names: found.get(a.id) ?? [] };
}

function nameSummary(name: SavedName, found: ReadonlyMap<string, NameFound[]>): SavedNameSummary {
  return { ...name, articles: [...found.values()].filter((list) => list.some((n) => n.id === name.id)).length };
}

/** Names from a file, checked and merged with the saved ones: a known id keeps its note and gains spellings. */
function mergeNames(saved: readonly SavedName[], incoming: readonly SavedNameInput[]): { names: SavedName[]; added: number } {
  const byId = new Map(saved.map((n) => [n.id, n]));
  const changed = new Map<string, SavedName>();
  let added = 0;
  for (const input of incoming) {
    const all = [...byId.values()];
    const fresh = item(input.name, () => checkName(input, all));
    const known = byId.get(fresh.id);
    const name = known ? item(input.name, () => checkName({ ...known, spellings: [...known.spellings, ...fresh.spellings] }, all)) : fresh;
    if (!known) added++;
    byId.set(name.id, name);
    changed.set(name.id, name);
  }
  return { names: [...changed.values()], added };
}

/** Runs a check of one article or name of an import; its problem names the item. */
function item<T>(label: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof SavedError) throw new SavedError({ code: 'import-item', item: label, problem: error.problem });
    throw error;
  }
}

function asSavedError(error: unknown): SavedError {
  if (error instanceof SavedError) return error;
  if (error instanceof PackStoreError) {
    const p = error.problem;
    const problem: SavedProblem = p.code === 'quota' ? { code: 'quota' } : { code: 'storage', detail: p.code === 'storage' ? p.detail : p.code };
    return new SavedError(problem);
  }
  return new SavedError({ code: 'storage', detail: String((error as Error)?.message ?? error) });
}
