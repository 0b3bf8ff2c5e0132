/**
 * The options page's side of the saved-material messages (shared/messages SAVED_MESSAGES): each
 * request sent to the background, its reply's envelope and value checked before the page uses it.
 * A value of the wrong shape reads as a storage problem, as no answer does (see parseSavedReply).
 */
import type { ContextPack } from '../../packs/pack-format';
import type { ImportResult } from '../../saved/saved-library';
import type { SavedProblem } from '../../saved/problems';
import { parseSavedReply, type SavedReply } from '../../saved/saved-reply';
import type { NameEdit, SavedArticleSummary, SavedNameSummary } from '../../saved/saved-types';
import type { SavedMessage } from '../../shared/messages';

/** browser.runtime.sendMessage, injected so the page's logic is tested without a browser. */
export type SendSaved = (message: SavedMessage) => Promise<unknown>;

type Check<T> = (value: unknown) => value is T;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string';
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const listOf =
  <T>(check: Check<T>): Check<T[]> =>
  (v): v is T[] =>
    Array.isArray(v) && v.every(check);
const isNameFound: Check<{ id: string; name: string }> = (v): v is { id: string; name: string } => isObject(v) && isText(v.id) && isText(v.name);

const isArticle: Check<SavedArticleSummary> = (v): v is SavedArticleSummary =>
  isObject(v) &&
  ['id', 'title', 'source', 'date', 'language', 'savedAt'].every((field) => isText(v[field])) &&
  (v.url === undefined || isText(v.url)) &&
  (v.kind === 'article' || v.kind === 'selection') &&
  isCount(v.chars) &&
  (v.packArticle === undefined || isCount(v.packArticle)) &&
  listOf(isNameFound)(v.names);

const isName: Check<SavedNameSummary> = (v): v is SavedNameSummary =>
  isObject(v) && ['id', 'name', 'kind', 'note'].every((field) => isText(v[field])) && listOf(isText)(v.spellings) && isCount(v.articles);

const isImportResult: Check<ImportResult> = (v): v is ImportResult =>
  isObject(v) && isObject(v.articles) && isCount(v.articles.added) && isCount(v.articles.updated) && isObject(v.names) && isCount(v.names.added) && isCount(v.names.merged);

const isPack: Check<ContextPack> = (v): v is ContextPack => isObject(v) && isObject(v.meta) && Array.isArray(v.articles) && Array.isArray(v.entities);
const isNothing: Check<undefined> = (v): v is undefined => v === undefined || v === null;

const BAD_ANSWER: SavedProblem = { code: 'storage', detail: 'the background answered something unexpected' };

export class SavedClient {
  constructor(private readonly send: SendSaved) {}

  listArticles(): Promise<SavedReply<SavedArticleSummary[]>> {
    return this.ask({ type: 'list-saved-articles' }, listOf(isArticle));
  }

  listNames(): Promise<SavedReply<SavedNameSummary[]>> {
    return this.ask({ type: 'list-saved-names' }, listOf(isName));
  }

  editName(id: string, edit: NameEdit): Promise<SavedReply<SavedNameSummary>> {
    // Every field named, absent ones undefined: the message's shape lists them all.
    const { kind, note, spellings, allowSurnameAlone } = edit;
    return this.ask({ type: 'edit-name', id, edit: { kind, note, spellings, allowSurnameAlone } }, isName);
  }

  removeArticle(id: string): Promise<SavedReply<undefined>> {
    return this.ask({ type: 'remove-saved-article', id }, isNothing);
  }

  removeName(id: string): Promise<SavedReply<undefined>> {
    return this.ask({ type: 'remove-saved-name', id }, isNothing);
  }

  exportPack(): Promise<SavedReply<ContextPack>> {
    return this.ask({ type: 'export-saved-pack' }, isPack);
  }

  importPack(text: string): Promise<SavedReply<ImportResult>> {
    return this.ask({ type: 'import-saved-pack', text }, isImportResult);
  }

  /** After other packs change: the saved pack lends their entities anew. */
  refresh(): Promise<SavedReply<undefined>> {
    return this.ask({ type: 'refresh-saved-pack' }, isNothing);
  }

  private async ask<T>(message: SavedMessage, check: Check<T>): Promise<SavedReply<T>> {
    const reply = parseSavedReply(await this.send(message).catch(() => undefined));
    if (!reply.ok) return reply;
    return check(reply.value) ? { ok: true, value: reply.value } : { ok: false, problem: BAD_ANSWER };
  }
}
