// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { CardModel } from '../ui/card-model';
import { CardController, type CardSurface } from './card-controller';
import type { CardView } from './card-host';
import type { PageMatch } from './page-matches';
import { PageListeners, Scope } from './scope';

/** A card's content the test hands out when it chooses: an answer per request, in any order. */
class SlowContent {
  readonly asked: { id: string; answer(model: CardModel | undefined): void }[] = [];
  readonly cardContent = (id: string) => new Promise<CardModel | undefined>((answer) => this.asked.push({ id, answer }));
  /** Answers the oldest request for `id`: its model, or nothing with `none`. */
  answer(id: string, none?: 'none'): void {
    const at = this.asked.findIndex((a) => a.id === id);
    expect(at, `a request for ${id}`).toBeGreaterThanOrEqual(0);
    this.asked.splice(at, 1)[0]!.answer(none ? undefined : modelOf(id));
  }
}

function modelOf(id: string): CardModel {
  return { id, name: id.toUpperCase(), kind: 'person', note: { text: '', language: 'en', pack: { id: 'built-in', name: 'Built in' } }, timeline: [], related: [] };
}

/** Records what the controller shows, as a CardHost would display it. */
class FakeSurface implements CardSurface {
  shown: string[] = [];
  open = false;
  get isOpen(): boolean {
    return this.open;
  }
  get hasFocus(): boolean {
    return false;
  }
  containsEvent(): boolean {
    return false;
  }
  show(view: CardView): void {
    this.open = true;
    this.shown.push('message' in view ? `message: ${view.text}` : view.model.id);
  }
  update(view: CardView): void {
    this.show(view);
  }
  hide(): void {
    this.open = false;
  }
  stopFollowing(): void {}
  destroy(): void {
    this.open = false;
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const ENTITIES = ['petro', 'rubio', 'trump'];

let content: SlowContent;
let surface: FakeSurface;
let scope: Scope;
let card: CardController;
let matches: PageMatch[];
let errors: unknown[];

beforeEach(() => {
  document.body.replaceChildren();
  const p = document.createElement('p');
  p.append('Petro Rubio Trump');
  document.body.append(p);
  const node = p.firstChild as Text;
  matches = ENTITIES.map((_, entity) => ({ node, start: entity * 6, end: entity * 6 + 5, entity, range: {} as StaticRange }));
  content = new SlowContent();
  surface = new FakeSurface();
  errors = [];
  scope = new Scope(new PageListeners(), (error) => errors.push(error));
  card = new CardController(
    { cardContent: content.cardContent, entityId: (n) => ENTITIES[n]!, t: (key) => key, language: () => 'en', theme: () => 'auto', openArticle: () => {}, surface: () => surface },
    scope,
  );
});

describe('CardController with content that arrives later', () => {
  it('counts a card as open while its content is on the way, and shows it when it arrives', async () => {
    card.open(matches[0]!);
    expect(card.isOpen).toBe(true);
    expect(card.isOpenFor(matches[0]!)).toBe(true);
    expect(card.openingNumber).toBe(1);
    await settle();
    expect(surface.shown).toEqual([]);
    content.answer('petro');
    await settle();
    expect(surface.shown).toEqual(['petro']);
    expect(card.current).toBe(matches[0]);
  });

  it('drops the answer for a card it has since replaced, whichever answer comes first', async () => {
    card.open(matches[0]!);
    await settle();
    card.open(matches[1]!);
    await settle();
    content.answer('rubio');
    await settle();
    content.answer('petro');
    await settle();
    expect(surface.shown).toEqual(['rubio']);
    expect(card.current).toBe(matches[1]);
  });

  it('shows nothing for a card closed (Escape) before its content arrived', async () => {
    card.open(matches[0]!);
    await settle();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(card.isOpen).toBe(false);
    content.answer('petro');
    await settle();
    expect(surface.shown).toEqual([]);
  });

  it('shows nothing once its scope has ended', async () => {
    card.open(matches[0]!);
    await settle();
    scope.end();
    content.answer('petro');
    await settle();
    expect(surface.shown).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('says "nothing found" when a look-up has no content for its entity', async () => {
    card.openEntityAt('nobody', document.createRange(), 'No background');
    await settle();
    content.answer('nobody', 'none');
    await settle();
    expect(surface.shown).toEqual(['message: No background']);
  });

  it('moves to a related entity and back only once each one has arrived, keeping the latest', async () => {
    const view = captureViews(surface);
    card.open(matches[0]!);
    await settle();
    content.answer('petro');
    await settle();
    expect(view.latest()!.onBack).toBeUndefined();
    // The card's related-name buttons: trump, then (before it arrives) rubio.
    view.latest()!.onSelectRelated('trump');
    view.latest()!.onSelectRelated('rubio');
    await settle();
    content.answer('rubio');
    content.answer('trump');
    await settle();
    expect(surface.shown.slice(-1)).toEqual(['rubio']);
    expect(view.latest()!.onBack).toBeDefined();
    view.latest()!.onBack!();
    await settle();
    content.answer('petro');
    await settle();
    expect(surface.shown.slice(-1)).toEqual(['petro']);
    expect(view.latest()!.onBack).toBeUndefined();
    // Forward goes back to the card left by Back.
    expect(view.latest()!.onForward).toBeDefined();
    view.latest()!.onForward!();
    await settle();
    content.answer('rubio');
    await settle();
    expect(surface.shown.slice(-1)).toEqual(['rubio']);
    expect(view.latest()!.onForward).toBeUndefined();
    expect(view.latest()!.onBack).toBeDefined();
  });

  it('reports a failure to get the content, and shows nothing', async () => {
    const failing = new CardController(
      {
        cardContent: () => Promise.reject(new Error('background gone')),
        entityId: (n) => ENTITIES[n]!,
        t: (key) => key,
        language: () => 'en',
        theme: () => 'auto',
        openArticle: () => {},
        surface: () => surface,
      },
      scope,
    );
    failing.open(matches[0]!);
    await settle();
    await settle();
    expect(surface.shown).toEqual([]);
    expect(failing.isOpen).toBe(false);
    expect(String(errors[0])).toContain('background gone');
  });
});

/** Wraps the surface's show and update to keep the views, for the card's own buttons. */
function captureViews(target: FakeSurface): { latest(): Extract<CardView, { model: CardModel }> | undefined } {
  const views: CardView[] = [];
  const show = target.show.bind(target);
  target.show = (view) => {
    views.push(view);
    show(view);
  };
  return { latest: () => views.filter((v): v is Extract<CardView, { model: CardModel }> => !('message' in v)).at(-1) };
}
