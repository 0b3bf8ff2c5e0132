/**
 * The reader's saved material (issue #15): the articles and selections they saved, and the names
 * they added. It compiles into the pack "Saved by you" (see compile-saved-pack).
 */
import type { EntityKind } from '../shared/definitions';

/** The saved pack's id, name and publisher, as the pack list shows them. */
export const SAVED_PACK_INFO = { id: 'saved', name: 'Saved by you', publisher: 'You' } as const;
export const SAVED_PACK_ID = SAVED_PACK_INFO.id;

/** A whole article the reader saved, or a passage they selected on a page. */
export type SavedKind = 'article' | 'selection';

/** What the capture side hands over to save. */
export interface SavedArticleInput {
  /** The page's address (http or https); a selection's is the page it was taken from. */
  url?: string;
  title: string;
  /** The publisher or site, as the card shows it beside the date. */
  source: string;
  /** The article's date, YYYY-MM-DD (the day it was saved when the page gives none). */
  date: string;
  /** The page gave no date: `date` is the day it was saved. */
  undated?: boolean;
  /** A language code; only its primary part is kept ("es-419" -> "es"). */
  language: string;
  paragraphs: string[];
  kind: SavedKind;
}

export interface SavedArticle extends SavedArticleInput {
  /** Stable across saves of the same address or text (see article-keys). */
  id: string;
  /** When it was last saved, an ISO timestamp. */
  savedAt: string;
}

/** A name the reader adds: it joins "Saved by you" and is found in every saved article and page. */
export interface SavedNameInput {
  name: string;
  kind: EntityKind;
  /** One line: what the card says of it. */
  note: string;
  /** Other ways of writing it ("Petro", "Gustavo Petro Urrego"). */
  spellings: string[];
  /**
   * A one-word spelling of a person ("Petro") counts on a page only where the page also names them
   * in full, as the guards treat a common surname; true lets it count alone.
   */
  allowSurnameAlone?: boolean;
}

export interface SavedName extends SavedNameInput {
  /** The name as an entity id ("gustavo-petro"); the same for every pack that knows the entity. */
  id: string;
}

/** What the reader may change of a name: the name itself is its id. */
export type NameEdit = Partial<Omit<SavedNameInput, 'name'>>;

/** An entity found in a saved article: one of the reader's names, or another pack's. */
export interface NameFound {
  id: string;
  name: string;
}

/** A saved article as the options page lists it. */
export interface SavedArticleSummary {
  id: string;
  url?: string;
  title: string;
  source: string;
  date: string;
  /** The page gave no date: `date` is the day it was saved. */
  undated?: boolean;
  language: string;
  kind: SavedKind;
  savedAt: string;
  /** Characters of text, against SAVED_LIMITS.articleChars. */
  chars: number;
  names: NameFound[];
  /** Its place among the saved pack's articles (article.html?pack=saved&article=N); listArticles gives it. */
  packArticle?: number;
}

/** A saved name as the options page lists it, with how many saved articles mention it. */
export interface SavedNameSummary extends SavedName {
  articles: number;
}
