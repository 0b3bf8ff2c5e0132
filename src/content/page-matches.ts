import { countMention, countsAsEvidence, emptyStats, shows, verdictInputs, type EntityStats } from '../match/guards';
import type { Matcher } from '../match/matcher';
import type { Density } from '../shared/definitions';
import { earliest, type MatchChange, type PageMatch } from './page-match';

export { documentOrder, rangeOf } from './page-match';
export type { MatchChange, PageMatch } from './page-match';

export interface DisplayRules {
  /** Entities whose kind the reader chose to see. */
  shows(entity: number): boolean;
  /** Only the first mention of each entity on the page, or all of them. */
  density: Density;
}

const SHOW_ALL: DisplayRules = { shows: () => true, density: 'all' };
/** No entities: one array for every match without a list, not one per call. */
const NONE: readonly number[] = [];

/**
 * The page's mentions, kept per text node so that hit-testing a point looks at the matches of one
 * node rather than all of them. It decides which are shown, incrementally, entity by entity: the
 * document-level guards (a surname beside a full name…) and the reader's density (first mention only).
 */
export class PageMatches {
  private readonly byNode = new Map<Text, PageMatch[]>();
  private readonly byEntity = new Map<number, Set<PageMatch>>();
  /** Per entity, its mentions whose showing depends on the rest of the page (see guards.isShown). */
  private readonly conditional = new Map<number, Set<PageMatch>>();
  private readonly shown = new Set<PageMatch>();
  /** Per entity, how many of its mentions are shown: the entity count without a pass over them. */
  private readonly shownPerEntity = new Map<number, number>();
  private readonly stats = new Map<number, EntityStats>();
  /** Per entity, the entities with a mention it rivals: when it is named or not, they are decided again. */
  private readonly rivalled = new Map<number, Set<number>>();
  /**
   * Per entity, what its stats said when its mentions were last decided (see verdictInputs): with
   * every mention shown, a conditional mention is decided again only when that changes, for its
   * entity or a rival, not at every batch (a dense page has thousands of bare surnames).
   */
  private readonly decidedWith = new Map<number, number>();
  /** Conditional mentions found and not decided yet (every mention shown). */
  private pending: PageMatch[] = [];
  private readonly statsOf = (entity: number): EntityStats => this.stats.get(entity) ?? emptyStats();
  /**
   * The matches a change shows, as a set, made only once something is hidden while it is filled
   * (hide() asks whether the change added the match): showing, the common case, only pushes.
   */
  private addedSet?: { change: MatchChange; set: Set<PageMatch> };
  /** Per entity, whether the reader's kinds show it (asked once: the rules are fixed). */
  private readonly visible: (boolean | undefined)[] = [];

  constructor(private readonly rules: DisplayRules = SHOW_ALL) {}

  /**
   * (Re)scans `nodes` with `matcher`, replacing what was known about them. A node where something
   * is found counts only if `readable` says it is text a reader reads (asked only then: it costs).
   */
  scan(nodes: readonly Text[], matcher: Matcher, change: MatchChange = { added: [], removed: [] }, readable: (node: Text) => boolean = () => true): MatchChange {
    const touched = new Set<number>();
    const every = this.rules.density === 'all';
    // Indexed loops, no lookup while nothing is known and no array or object made per match beyond
    // the match itself: this runs for every text node of a page and every name on it, mostly
    // before V8 has compiled it.
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      if (this.byNode.size !== 0) this.forgetNode(node, change, touched);
      const found = matcher.scan(node.data);
      let shown = 0;
      for (let k = 0; k < found.length; k++) if (this.isVisible(found[k]!.entity)) shown++;
      if (shown === 0 || !node.isConnected || !readable(node)) continue;
      const matches = new Array<PageMatch>(shown);
      for (let k = 0, at = 0; k < found.length; k++) {
        const { start, end, entity, condition, rivals, surnameOf } = found[k]!;
        if (shown !== found.length && !this.isVisible(entity)) continue;
        const range = new StaticRange({ startContainer: node, startOffset: start, endContainer: node, endOffset: end });
        const match: PageMatch = { range, node, start, end, entity };
        if (condition) match.condition = condition;
        if (surnameOf) match.surnameOf = surnameOf;
        if (rivals) {
          match.rivals = rivals;
          for (const rival of rivals) this.setOf(this.rivalled, rival).add(entity);
        }
        this.count(match, 1, touched);
        // Every mention, all shown: an unconditional one shows at once, with no pass over its
        // entity, and nothing needs the entity's list of mentions (only "first mention" compares them).
        if (!every) this.setOf(this.byEntity, entity).add(match);
        if (condition || rivals) {
          this.setOf(this.conditional, entity).add(match);
          if (every) this.pending.push(match);
        } else if (every) this.show(match, change);
        matches[at++] = match;
      }
      this.byNode.set(node, matches);
    }
    this.redecide(touched, change);
    return change;
  }

  /** Forgets the text nodes that left the page. */
  prune(change: MatchChange = { added: [], removed: [] }): MatchChange {
    const touched = new Set<number>();
    for (const node of [...this.byNode.keys()]) if (!node.isConnected) this.forgetNode(node, change, touched);
    this.redecide(touched, change);
    return change;
  }

  /** Whether `node` has matches, shown or not. */
  tracks(node: Text): boolean {
    return this.byNode.has(node);
  }

  /** Whether any text node has matches. */
  get tracksAny(): boolean {
    return this.byNode.size > 0;
  }

  /** The shown matches in one text node, in text order. */
  inNode(node: Node): PageMatch[] {
    return (this.byNode.get(node as Text) ?? []).filter((m) => this.shown.has(m));
  }

  /** Every shown match, in no particular order. */
  all(): PageMatch[] {
    return [...this.shown];
  }

  /** Distinct entities shown on the page. */
  entities(): Set<number> {
    return new Set(this.shownPerEntity.keys());
  }

  /** How many distinct entities are shown. */
  entityCount(): number {
    return this.shownPerEntity.size;
  }

  /** Per entity, how many of its mentions the page shows: what the reader sees (one each with density "first"). */
  counts(): Map<number, number> {
    return new Map(this.shownPerEntity);
  }

  clear(): void {
    this.byNode.clear();
    this.byEntity.clear();
    this.conditional.clear();
    this.shown.clear();
    this.shownPerEntity.clear();
    this.stats.clear();
    this.rivalled.clear();
    this.addedSet = undefined;
    this.decidedWith.clear();
    this.pending = [];
  }

  private forgetNode(node: Text, change: MatchChange, touched: Set<number>): void {
    const matches = this.byNode.get(node);
    if (!matches) return;
    this.byNode.delete(node);
    for (const m of matches) {
      this.hide(m, change);
      this.count(m, -1, touched);
      this.byEntity.get(m.entity)?.delete(m);
      this.conditional.get(m.entity)?.delete(m);
    }
  }

  private count(m: PageMatch, delta: 1 | -1, touched: Set<number>): void {
    let stats = this.stats.get(m.entity);
    if (!stats) this.stats.set(m.entity, (stats = emptyStats()));
    if (countsAsEvidence(m)) countMention(stats, m.condition, delta);
    touched.add(m.entity);
    // "Pedro Rubio" named in full casts doubt on a bare "Rubio" for Marco Rubio (see guards.isShown).
    for (const other of m.surnameOf ?? NONE) {
      let o = this.stats.get(other);
      if (!o) this.stats.set(other, (o = emptyStats()));
      o.others += delta;
      touched.add(other);
    }
  }

  private setOf<T>(map: Map<number, Set<T>>, entity: number): Set<T> {
    let set = map.get(entity);
    if (!set) map.set(entity, (set = new Set()));
    return set;
  }

  /**
   * Decides again which mentions of the touched entities are shown. With every mention shown, only
   * the conditional ones need a look (the others showed as they came); with the first mention only,
   * the entity's mentions are compared.
   */
  private redecide(touched: Set<number>, change: MatchChange): void {
    if (this.rules.density === 'all') {
      this.redecideChanged(touched, change);
      return;
    }
    const entities = new Set(touched);
    for (const entity of touched) for (const other of this.rivalled.get(entity) ?? []) entities.add(other);
    for (const entity of entities) {
      const matches = this.byEntity.get(entity) ?? new Set<PageMatch>();
      let eligible = [...matches].filter((m) => shows(m, this.statsOf));
      if (this.rules.density === 'first' && eligible.length > 1) eligible = [earliest(eligible)];
      const keep = new Set(eligible);
      for (const m of matches) {
        if (keep.has(m)) this.show(m, change);
        else this.hide(m, change);
      }
    }
  }

  /**
   * With every mention shown: the conditional mentions of the entities whose verdict inputs changed
   * (or whose rival's did) are decided again, all of them; the mentions found since the last call,
   * one by one. What shows() reads of the others is as it was when they were decided.
   */
  private redecideChanged(touched: Set<number>, change: MatchChange): void {
    const again = new Set<number>();
    for (const entity of touched) {
      const inputs = verdictInputs(this.statsOf(entity));
      if (this.decidedWith.get(entity) === inputs) continue;
      this.decidedWith.set(entity, inputs);
      again.add(entity);
      for (const other of this.rivalled.get(entity) ?? []) again.add(other);
    }
    for (const entity of again) {
      for (const m of this.conditional.get(entity) ?? []) {
        if (shows(m, this.statsOf)) this.show(m, change);
        else this.hide(m, change);
      }
    }
    const pending = this.pending;
    this.pending = [];
    for (const m of pending) {
      // Decided above, or gone again (its node rescanned or removed since).
      if (again.has(m.entity) || !this.conditional.get(m.entity)?.has(m)) continue;
      if (shows(m, this.statsOf)) this.show(m, change);
      else this.hide(m, change);
    }
  }

  private show(m: PageMatch, change: MatchChange): void {
    if (this.shown.has(m)) return;
    this.shown.add(m);
    this.shownPerEntity.set(m.entity, (this.shownPerEntity.get(m.entity) ?? 0) + 1);
    change.added.push(m);
    if (this.addedSet?.change === change) this.addedSet.set.add(m);
  }

  private isVisible(entity: number): boolean {
    return (this.visible[entity] ??= this.rules.shows(entity));
  }

  /** The matches `change` shows so far, as a set (see addedSet). */
  private addedTo(change: MatchChange): Set<PageMatch> {
    if (this.addedSet?.change !== change) this.addedSet = { change, set: new Set(change.added) };
    return this.addedSet.set;
  }

  private hide(m: PageMatch, change: MatchChange): void {
    if (!this.shown.delete(m)) return;
    const left = (this.shownPerEntity.get(m.entity) ?? 1) - 1;
    if (left > 0) this.shownPerEntity.set(m.entity, left);
    else this.shownPerEntity.delete(m.entity);
    // Shown and hidden within one change (a node scanned twice in a slice, a surname a later full
    // name hides): the painter never had it, and adding it would paint a range nothing tracks.
    if (change.added.length > 0 && this.addedTo(change).delete(m)) change.added.splice(change.added.lastIndexOf(m), 1);
    else change.removed.push(m);
  }
}
