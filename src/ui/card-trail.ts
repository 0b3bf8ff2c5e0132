/**
 * The cards a reader went through by following related names, as a browser's history: opening a
 * name drops whatever was ahead, Back and Forward move along the trail. Immutable: each step
 * returns a new trail, so a view keeps one in its state.
 */
export interface CardTrail<T> {
  readonly entries: readonly T[];
  /** The shown entry's position; -1 when the trail is empty. */
  readonly at: number;
}

export const EMPTY_TRAIL: CardTrail<never> = { entries: [], at: -1 };

/** The entry shown, if any. */
export function current<T>(trail: CardTrail<T>): T | undefined {
  return trail.entries[trail.at];
}

/** Opens `entry` after the shown one; what was ahead of it (reached by Back) is dropped. */
export function openEntry<T>(trail: CardTrail<T>, entry: T): CardTrail<T> {
  return { entries: [...trail.entries.slice(0, trail.at + 1), entry], at: trail.at + 1 };
}

export function canGoBack(trail: CardTrail<unknown>): boolean {
  return trail.at > 0;
}

export function canGoForward(trail: CardTrail<unknown>): boolean {
  return trail.at < trail.entries.length - 1;
}

/** One step back (the entry left stays ahead, for Forward); the same trail at the start. */
export function back<T>(trail: CardTrail<T>): CardTrail<T> {
  return canGoBack(trail) ? { ...trail, at: trail.at - 1 } : trail;
}

/** One step forward again; the same trail at the end. */
export function forward<T>(trail: CardTrail<T>): CardTrail<T> {
  return canGoForward(trail) ? { ...trail, at: trail.at + 1 } : trail;
}
