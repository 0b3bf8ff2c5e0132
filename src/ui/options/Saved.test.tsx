// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import en from '../../../assets/_locales/en/messages.json';
import type { SavedProblem } from '../../saved/problems';
import type { SavedReply } from '../../saved/saved-reply';
import type { SavedArticleSummary, SavedNameSummary } from '../../saved/saved-types';
import { translateFrom } from '../../shared/i18n';
import type { SavedMessage } from '../../shared/messages';
import { SAVED_EXPORT_FILE } from './pack-manager';
import { Saved } from './Saved';
import { SavedClient } from './saved-client';
import { renderIntoFreshRoot, root } from '../test-root';

const t = translateFrom(en);
renderIntoFreshRoot();

beforeEach(() => vi.stubGlobal('confirm', () => true));
afterEach(() => vi.unstubAllGlobals());

function article(n: number, extra: Partial<SavedArticleSummary> = {}): SavedArticleSummary {
  return {
    id: `a-${n}`,
    title: `Article ${n}`,
    source: 'El Colombiano',
    date: '2022-05-04',
    language: 'es',
    kind: 'article',
    savedAt: new Date(Date.UTC(2026, 0, 1) + n * 1000).toISOString(),
    chars: 500,
    names: [{ id: 'gustavo-petro', name: 'Gustavo Petro' }],
    packArticle: n,
    ...extra,
  };
}

const duque: SavedNameSummary = { id: 'daniel-duque', name: 'Daniel Duque', kind: 'person', note: 'Concejal de Medellín', spellings: ['Duque'], articles: 1 };

/** The background as the saved messages see it: lists kept here, changes applied, refusals scripted. */
function fakeBackground(articles: SavedArticleSummary[], names: SavedNameSummary[]) {
  const sent: SavedMessage[] = [];
  const state = { articles: [...articles].reverse(), names: [...names], refuse: undefined as SavedProblem | undefined };
  const send = async (message: SavedMessage): Promise<SavedReply> => {
    sent.push(message);
    if (state.refuse) {
      const problem = state.refuse;
      state.refuse = undefined;
      return { ok: false, problem };
    }
    switch (message.type) {
      case 'list-saved-articles':
        return { ok: true, value: state.articles };
      case 'list-saved-names':
        return { ok: true, value: state.names };
      case 'remove-saved-article':
        state.articles = state.articles.filter((a) => a.id !== message.id);
        return { ok: true, value: undefined };
      case 'remove-saved-name':
        state.names = state.names.filter((n) => n.id !== message.id);
        return { ok: true, value: undefined };
      case 'edit-name': {
        const name = { ...state.names.find((n) => n.id === message.id)!, ...Object.fromEntries(Object.entries(message.edit).filter(([, v]) => v !== undefined)) };
        state.names = state.names.map((n) => (n.id === message.id ? name : n));
        return { ok: true, value: name };
      }
      case 'export-saved-pack':
        return { ok: true, value: { meta: { id: 'saved' }, articles: [], entities: [] } };
      case 'import-saved-pack':
        return { ok: true, value: { articles: { added: 3, updated: 1 }, names: { added: 2, merged: 0 } } };
      default:
        return { ok: true, value: undefined };
    }
  };
  return { sent, state, client: new SavedClient(send) };
}

/** Lets the fake background's answers and the renders they cause settle. */
async function settle() {
  for (let i = 0; i < 5; i++) await act(async () => {});
}

async function show(articles: SavedArticleSummary[], names: SavedNameSummary[] = []) {
  const background = fakeBackground(articles, names);
  const download = vi.fn();
  const onChanged = vi.fn();
  act(() => render(<Saved t={t} language="en" client={background.client} download={download} onChanged={onChanged} />, root));
  await settle();
  return { ...background, download, onChanged };
}

const rows = (what: 'article' | 'name') => [...root.querySelectorAll<HTMLElement>(`li[data-${what}]`)];
const button = (label: string) => root.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`)!;
const byId = <T extends HTMLElement>(id: string) => root.querySelector<T>(`#${CSS.escape(id)}`)!;

describe('Your articles and names', () => {
  it('says how to save when nothing is saved, and has nothing to export', async () => {
    await show([]);
    expect(byId('saved-empty').textContent).toBe(en.optionsSavedEmpty.message);
    expect(byId<HTMLButtonElement>('saved-export').disabled).toBe(true);
  });

  it('lists articles newest first, each linked to the article page, with its source, date, passage marker and names', async () => {
    await show([article(0), article(1, { kind: 'selection', names: [] })]);
    const [newest, oldest] = rows('article');
    expect(newest!.querySelector('a')!.getAttribute('href')).toBe('article.html?pack=saved&article=1');
    expect(newest!.querySelector('.badge')!.textContent).toBe('Passage');
    expect(newest!.textContent).toContain(en.optionsSavedFoundNone.message);
    expect(oldest!.querySelector('.saved-title')!.textContent).toBe('Article 0');
    expect(oldest!.textContent).toContain('El Colombiano · May 4, 2022');
    expect([...oldest!.querySelectorAll('.chip')].map((c) => c.textContent)).toEqual(['Gustavo Petro']);
    expect(root.querySelector('#saved-articles-heading')!.textContent).toBe('Articles and passages (2)');
  });

  it('shows a long list fifty rows at a time, with the count', async () => {
    await show(Array.from({ length: 120 }, (_, i) => article(i)));
    expect(rows('article')).toHaveLength(50);
    expect(byId('saved-articles-more-showing').textContent).toBe('Showing 50 of 120.');
    act(() => byId('saved-articles-more').click());
    expect(rows('article')).toHaveLength(100);
    expect(byId('saved-articles-more').textContent).toBe('Show 20 more');
    act(() => byId('saved-articles-more').click());
    expect(rows('article')).toHaveLength(120);
    expect(root.querySelector('#saved-articles-more')).toBeNull();
  });

  it('removes an article once confirmed, says so, lists again and tells the packs section', async () => {
    const { sent, onChanged } = await show([article(0), article(1)]);
    vi.stubGlobal('confirm', () => false);
    act(() => button('Remove “Article 1”').click());
    expect(sent.some((m) => m.type === 'remove-saved-article')).toBe(false);
    vi.stubGlobal('confirm', () => true);
    act(() => button('Remove “Article 1”').click());
    await settle();
    expect(sent).toContainEqual({ type: 'remove-saved-article', id: 'a-1' });
    expect(rows('article').map((r) => r.dataset['article'])).toEqual(['a-0']);
    expect(byId('saved-status').textContent).toBe('Removed “Article 1”.');
    expect(onChanged).toHaveBeenCalledTimes(1);
    // Focus goes to the Remove button of the row that took its place.
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Remove “Article 0”');
  });

  it('says why a removal failed, and that the saves are as they were', async () => {
    const { state } = await show([article(0)]);
    state.refuse = { code: 'quota' };
    act(() => button('Remove “Article 0”').click());
    await settle();
    expect(byId('saved-error').textContent).toBe(en.savedProblemQuota.message + en.optionsSavedKept.message);
    expect(rows('article')).toHaveLength(1);
  });

  it('edits a name’s note and spellings in place, wording a refusal next to the field it is about', async () => {
    const { sent, state } = await show([], [duque]);
    const row = rows('name')[0]!;
    expect(row.querySelector('.name-facts')!.textContent).toBe('NoteConcejal de MedellínOther spellingsDuque');
    act(() => button('Edit “Daniel Duque”').click());
    const note = byId<HTMLInputElement>('note-daniel-duque');
    const spellings = byId<HTMLTextAreaElement>('spellings-daniel-duque');
    expect(document.activeElement).toBe(note);
    expect(note.maxLength).toBe(200);
    const type = (field: HTMLInputElement | HTMLTextAreaElement, text: string) =>
      act(() => {
        field.value = text;
        field.dispatchEvent(new Event('input', { bubbles: true }));
      });
    type(note, 'Concejal que denunció los buses');
    type(spellings, 'Duque\n\n  Concejal Duque  \n');
    state.refuse = { code: 'spelling-taken', spelling: 'Concejal Duque', by: 'Iván Duque' };
    act(() => root.querySelector<HTMLFormElement>('form.name-editor')!.requestSubmit());
    await settle();
    expect(sent.at(-1)).toEqual({
      type: 'edit-name',
      id: 'daniel-duque',
      edit: { kind: undefined, note: 'Concejal que denunció los buses', spellings: ['Duque', 'Concejal Duque'], allowSurnameAlone: false },
    });
    expect(byId('spellings-error-daniel-duque').textContent).toBe('“Concejal Duque” is already a spelling of “Iván Duque”.');
    expect(spellings.getAttribute('aria-invalid')).toBe('true');
    expect(spellings.getAttribute('aria-describedby')).toContain('spellings-error-daniel-duque');
    expect(note.getAttribute('aria-invalid')).toBe('false');
    type(spellings, 'Duque');
    act(() => root.querySelector<HTMLFormElement>('form.name-editor')!.requestSubmit());
    await settle();
    expect(root.querySelector('form.name-editor')).toBeNull();
    expect(byId('saved-status').textContent).toBe('Saved “Daniel Duque”.');
    expect(rows('name')[0]!.querySelector('.name-facts')!.textContent).toBe('NoteConcejal que denunció los busesOther spellingsDuque');
  });

  it('exports Saved by you as a pack file', async () => {
    const { download } = await show([article(0)]);
    act(() => byId('saved-export').click());
    await settle();
    expect(download).toHaveBeenCalledWith(JSON.stringify({ meta: { id: 'saved' }, articles: [], entities: [] }), SAVED_EXPORT_FILE);
    expect(SAVED_EXPORT_FILE).toBe('backstory-saved.backstory.json');
  });

  it('imports a chosen file and counts what it added', async () => {
    const { sent, onChanged } = await show([]);
    const input = byId<HTMLInputElement>('saved-import-file');
    const file = new File(['{"format":"backstory-pack"}'], 'saved.backstory.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(sent).toContainEqual({ type: 'import-saved-pack', text: '{"format":"backstory-pack"}' });
    expect(byId('saved-status').textContent).toBe('Imported “saved.backstory.json”: 3 articles added, 1 updated · 2 names added, 0 merged with yours.');
    expect(onChanged).toHaveBeenCalled();
  });
});
