/**
 * What the reader may save, and why so much: every save compiles the whole saved pack again, in the
 * background, and an export or import travels as one message.
 */
export const SAVED_LIMITS = {
  /** Characters of text per article: a long feature is about 40,000. */
  articleChars: 100_000,
  /** Articles and selections in all. */
  articles: 2_000,
  /** Names the reader adds. */
  names: 500,
  /** Characters of a title or of a name. */
  titleChars: 300,
  /** Characters of a source (publisher). */
  sourceChars: 120,
  /** Characters of a name's note: one line on a card. */
  noteChars: 200,
  /** Spellings per name, and characters of each. */
  spellings: 20,
  spellingChars: 80,
} as const;
