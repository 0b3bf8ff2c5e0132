import { readFileSync } from 'node:fs';
import { parseOverlay } from '../index/overlay';
import { keepSupported } from './guards';
import { createMatcher } from './matcher';

/** The real editorial overlay, so guard tests check the data the extension ships as well as the code. */
export const OVERLAY_FILE = new URL('../../assets/context/entities.json', import.meta.url);
export const overlay = parseOverlay('assets/context/entities.json', readFileSync(OVERLAY_FILE, 'utf8'));
export const realMatcher = createMatcher(overlay.entities, { rules: overlay.rules });

/** What the real matcher finds in `text`, as one document: [surface, entity id] pairs. */
export function mentions(text: string, matcher = realMatcher, entities = overlay.entities): [string, string][] {
  return keepSupported(matcher.scan(text)).map((m) => [text.slice(m.start, m.end), entities[m.entity]!.id]);
}
