import { lookUpEntity, quoteSelection } from '../match/look-up';
import type { Translate } from '../shared/i18n';
import type { CardController } from './card-controller';
import type { HighlightPainter } from './highlights';
import { firstMentionOf, nextMention } from './mention-order';
import type { PageIndex } from './page-index';
import { rangeOf, type PageMatch, type PageMatches } from './page-matches';

export interface PageActionsParts {
  page: PageIndex;
  matches: PageMatches;
  card: CardController;
  painter: HighlightPainter;
  t: Translate;
}

/** How far below the viewport's top the element a text-less card anchors to is looked for. */
const VIEWPORT_TOP_PROBE_PX = 40;

/** A collapsed range at the top of the viewport, to anchor a card that has no text to point at. */
function viewportTopRange(): Range {
  const range = document.createRange();
  const target = document.elementFromPoint(innerWidth / 2, VIEWPORT_TOP_PROBE_PX) ?? document.body;
  range.selectNodeContents(target);
  range.collapse(true);
  return range;
}

/** The selection's range, or the top of the viewport when nothing is selected. */
function selectionOrTop(): Range {
  const selection = getSelection();
  return selection && selection.rangeCount > 0 && !selection.getRangeAt(0).collapsed ? selection.getRangeAt(0).cloneRange() : viewportTopRange();
}

/**
 * What the reader asks for from outside the page's text: the keyboard command (next mention), the
 * popup's list (go to an entity) and the context menu (look a selection up). Each ends in a card.
 */
export class PageActions {
  constructor(private readonly parts: PageActionsParts) {}

  /** Keyboard access: the card of the next mention, focused. */
  openNextMention(): void {
    const { matches, card } = this.parts;
    this.goTo(nextMention(matches.all(), card.current), false);
  }

  /** The popup's list: scroll to the entity's first mention, flash it, open its card. */
  openEntity(id: string): void {
    const { page, matches } = this.parts;
    this.goTo(firstMentionOf(matches.all(), page.entityNumber(id)), true);
  }

  /** The context menu: the card of the selection's best match, or a card saying there is none. */
  lookUp(text: string): void {
    const { page, card, t } = this.parts;
    const range = selectionOrTop();
    const { matches } = this.parts;
    // What the page matcher would underline, and nothing looser (see match/look-up).
    const entity = lookUpEntity(page.matcher, text, (e) => matches.counts().has(e));
    const none = t('lookupNone', quoteSelection(text));
    if (entity !== undefined) card.openEntityAt(page.entityId(entity), range, none);
    else card.openMessage(none, range);
  }

  private goTo(match: PageMatch | undefined, flash: boolean): void {
    if (!match) return;
    match.node.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    if (flash) this.parts.painter.flash(rangeOf(match));
    this.parts.card.open(match, { focus: true });
  }
}
