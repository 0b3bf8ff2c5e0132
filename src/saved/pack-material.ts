/**
 * A "Saved by you" pack file back into saved material, to import on another browser: its articles'
 * paragraphs (sentences joined again) and its names (the entities it carries are the reader's; lent
 * entities are never exported).
 */
import type { ContextPack } from '../packs/pack-format';
import { wordCount } from './name-entity';
import type { SavedArticleInput, SavedNameInput } from './saved-types';

export interface SavedMaterial {
  articles: SavedArticleInput[];
  names: SavedNameInput[];
}

export function materialFromPack(pack: ContextPack): SavedMaterial {
  const articles = pack.articles.map((a): SavedArticleInput => {
    const starts = [...a.paragraphStarts, a.sentences.length];
    const paragraphs = a.paragraphStarts.map((start, i) => a.sentences.slice(start, starts[i + 1]).join(' '));
    // The file does not say which were selections: one with no address was one.
    return { ...(a.url ? { url: a.url } : {}), title: a.title, source: a.source, date: a.date, language: a.language, paragraphs, kind: a.url ? 'article' : 'selection' };
  });
  const names = pack.entities.map((e): SavedNameInput => {
    const spellings = e.aliases.map((a) => a.text).filter((text) => text !== e.name);
    // The compiler marks a person's one-word spellings unless the reader let them count alone.
    const alone = e.kind === 'person' && e.aliases.some((a) => wordCount(a.text) === 1 && !a.needsFullName);
    return { name: e.name, kind: e.kind, note: e.role.en, spellings, ...(alone ? { allowSurnameAlone: true } : {}) };
  });
  return { articles, names };
}
