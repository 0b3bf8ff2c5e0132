import type { PageEntitiesReply, TabMessage } from '../shared/messages';
import type { Annotation } from './annotation';

/** What the tab messages act on: the page session (see page-session.ts). */
export interface TabTarget {
  /** The annotation reading the page, when Backstory is on here. */
  readonly active: Annotation | undefined;
  /** An annotation that can answer a look-up: the active one, or one that only looks up. */
  forLookUp(): Annotation;
}

type Handlers = { [K in TabMessage['type']]: (target: TabTarget, message: Extract<TabMessage, { type: K }>) => unknown };

/**
 * The content script's answer to each tab message; a handler may reply (get-page-entities), the
 * others return nothing. messages.test.ts checks this table covers every tab message.
 */
export const TAB_HANDLERS: Handlers = {
  'open-next-mention': (session) => session.active?.openNextMention(),
  'open-entity': (session, message) => session.active?.openEntity(message.entity),
  // No annotation yet: the script is starting, or the popup that asks has just turned the site on.
  'get-page-entities': (session): PageEntitiesReply => session.active?.pageEntities() ?? { entities: [], scanning: true },
  // The context menu works even where annotation is off (an annotation that only looks up).
  'look-up': (session, message) => session.forLookUp().lookUp(message.text),
};

/** Runs the handler of `message` against `target`, and returns its reply. */
export function handleTabMessage(target: TabTarget, message: TabMessage): unknown {
  return (TAB_HANDLERS[message.type] as (target: TabTarget, message: TabMessage) => unknown)(target, message);
}
