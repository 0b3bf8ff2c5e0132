/** What the last ask for the page's names got. */
export type PageAnswer =
  /** Not asked: the page cannot be annotated, or Backstory is off there. */
  | 'not-asked'
  /** The list, complete. */
  | 'done'
  /** A partial list: the page is still being read (or its script has just started). */
  | 'reading'
  /** No content script answered: it may be starting, or the tab predates Backstory. */
  | 'silent';

export interface PollDecision {
  /** Ask again after this many milliseconds; undefined: do not. */
  again?: number;
  /** The list may still grow (or no script answered yet). */
  waiting: boolean;
  /** Asked long enough with no answer: the tab has no content script (it needs a reload). */
  silentTooLong: boolean;
}

/** First asks come quickly, as a short page is read in well under a second. */
export const QUICK_POLL_MS = 250;
export const QUICK_POLLS = 20;
/** Then once a second, for as long as the popup is open (a very long page). */
export const SLOW_POLL_MS = 1000;
/** A tab that does not answer is asked this many times (its script may be starting) before the popup says to reload. */
export const SILENT_POLLS = 8;

/**
 * When the popup asks the page again for its names. One per popup: it counts the asks in a row
 * that found the page still reading, and those no content script answered.
 */
export class PagePoll {
  private polls = 0;
  private misses = 0;

  /** Takes the answer to the last ask; says whether and when to ask again. */
  next(answer: PageAnswer): PollDecision {
    this.misses = answer === 'silent' ? this.misses + 1 : 0;
    const waiting = answer === 'reading' || answer === 'silent';
    const silentTooLong = this.misses > SILENT_POLLS;
    if (!waiting) this.polls = 0;
    if (!waiting || silentTooLong) return { waiting, silentTooLong };
    this.polls++;
    return { again: this.polls <= QUICK_POLLS ? QUICK_POLL_MS : SLOW_POLL_MS, waiting: true, silentTooLong };
  }
}
