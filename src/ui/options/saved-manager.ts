/**
 * The saved section's one owner of state: the reader's saved articles and names as the background
 * lists them, what is being done, and the last outcome. Every change goes to the background (the
 * saved material's one writer) and the lists are read again after it, so the page shows what was
 * stored, never what it hoped to store.
 */
import type { SavedProblem } from '../../saved/problems';
import type { ImportResult } from '../../saved/saved-library';
import type { NameEdit, SavedArticleSummary, SavedNameSummary } from '../../saved/saved-types';
import type { SavedClient } from './saved-client';

/** What the last action did, for the page to say (a status) or why it did not (an alert). */
export type SavedOutcome =
  | { ok: true; kind: 'article-removed'; title: string }
  | { ok: true; kind: 'name-removed'; name: string }
  | { ok: true; kind: 'name-saved'; name: string }
  | { ok: true; kind: 'imported'; file: string; result: ImportResult }
  | { ok: false; problem: SavedProblem; file?: string };

export interface SavedState {
  /** Undefined until the first answer. */
  articles?: SavedArticleSummary[];
  names?: SavedNameSummary[];
  /** The file being imported. */
  importing?: string;
  outcome?: SavedOutcome;
}

/** The part of a chosen File the section needs. */
export interface SavedFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

export class SavedManager {
  private state: SavedState = {};
  private disposed = false;

  constructor(
    private readonly client: SavedClient,
    private readonly onState: (state: SavedState) => void,
    /** Told after each change stored: the packs section lists "Saved by you" again. */
    private readonly onChanged: () => void = () => {},
  ) {}

  /** Reads both lists again (at start, and when packs or another page changed them). */
  async reload(): Promise<void> {
    const [articles, names] = await Promise.all([this.client.listArticles(), this.client.listNames()]);
    if (!articles.ok) return this.set({ articles: this.state.articles ?? [], names: this.state.names ?? [], outcome: { ok: false, problem: articles.problem } });
    if (!names.ok) return this.set({ articles: articles.value, names: this.state.names ?? [], outcome: { ok: false, problem: names.problem } });
    this.set({ articles: articles.value, names: names.value });
  }

  dispose(): void {
    this.disposed = true;
  }

  async removeArticle(article: Pick<SavedArticleSummary, 'id' | 'title'>): Promise<void> {
    const reply = await this.client.removeArticle(article.id);
    await this.after(reply.ok ? { ok: true, kind: 'article-removed', title: article.title } : { ok: false, problem: reply.problem });
  }

  async removeName(name: Pick<SavedNameSummary, 'id' | 'name'>): Promise<void> {
    const reply = await this.client.removeName(name.id);
    await this.after(reply.ok ? { ok: true, kind: 'name-removed', name: name.name } : { ok: false, problem: reply.problem });
  }

  /** Saves an edit; a refusal is returned for the editor to show next to its field, and nothing changes. */
  async editName(name: Pick<SavedNameSummary, 'id' | 'name'>, edit: NameEdit): Promise<SavedProblem | undefined> {
    const reply = await this.client.editName(name.id, edit);
    if (!reply.ok) return reply.problem;
    await this.after({ ok: true, kind: 'name-saved', name: reply.value.name });
    return undefined;
  }

  /** The pack file of "Saved by you", or undefined when it could not be made (the problem is shown). */
  async exportPack(): Promise<string | undefined> {
    const reply = await this.client.exportPack();
    if (reply.ok) return JSON.stringify(reply.value);
    this.set({ outcome: { ok: false, problem: reply.problem } });
    return undefined;
  }

  /** Imports a "Saved by you" file chosen by the reader. */
  async importFile(file: SavedFile, maxBytes: number): Promise<void> {
    this.set({ importing: file.name, outcome: undefined });
    const outcome = await this.importText(file, maxBytes);
    this.set({ importing: undefined });
    await this.after(outcome);
  }

  private async importText(file: SavedFile, maxBytes: number): Promise<SavedOutcome> {
    const refused = (problem: SavedProblem): SavedOutcome => ({ ok: false, problem, file: file.name });
    if (file.size > maxBytes) return refused({ code: 'pack', problem: { code: 'too-big', bytes: file.size, limit: maxBytes } });
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      return refused({ code: 'storage', detail: String((error as Error)?.message ?? error) });
    }
    const reply = await this.client.importPack(text);
    return reply.ok ? { ok: true, kind: 'imported', file: file.name, result: reply.value } : refused(reply.problem);
  }

  /** Shows the outcome and, when something was stored, the lists as they are now. */
  private async after(outcome: SavedOutcome): Promise<void> {
    this.set({ outcome });
    if (!outcome.ok) return;
    this.onChanged();
    await this.reload();
  }

  private set(change: Partial<SavedState>): void {
    if (this.disposed) return;
    this.state = { ...this.state, ...change };
    this.onState(this.state);
  }
}
