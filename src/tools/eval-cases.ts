/** How a labelled mention counts: must be found, may be found, must never be found. */
export type Expectation = 'must' | 'may' | 'never';

export interface Label {
  surface: string;
  entity: string;
  expectation: Expectation;
}

export interface EvalCase {
  id: string;
  /** `html` bodies are parsed and walked like a page; `text` bodies are one plain text. */
  kind: 'text' | 'html';
  /** The body with the markers removed: what the matcher sees. */
  body: string;
  labels: Label[];
}

const MARKER = /\{\{([?!]?)([^{}|]+)\|([a-z0-9-]+)\}\}/g;
const EXPECTATIONS: Record<string, Expectation> = { '': 'must', '?': 'may', '!': 'never' };

/**
 * Parses an evaluation file: `## case-id` starts a case, an optional `kind: html` line follows, and
 * the body marks mentions inline as `{{surface|entity}}` (must), `{{?surface|entity}}` (may) or
 * `{{!surface|entity}}` (never). Leading `<!-- … -->` lines are comments.
 */
export function parseEvalCases(file: string, text: string): EvalCase[] {
  const cases: EvalCase[] = [];
  const ids = new Set<string>();
  let current: { id: string; kind: EvalCase['kind']; lines: string[] } | undefined;
  const flush = () => {
    if (!current) return;
    const raw = current.lines.join('\n').trim();
    const labels: Label[] = [];
    const body = raw.replace(MARKER, (_, mark: string, surface: string, entity: string) => {
      labels.push({ surface, entity, expectation: EXPECTATIONS[mark]! });
      return surface;
    });
    if (/\{\{|\}\}/.test(body)) throw new Error(`${file}: case "${current.id}" has a malformed marker`);
    cases.push({ id: current.id, kind: current.kind, body, labels });
  };
  for (const line of text.split(/\r?\n/)) {
    const heading = /^## (\S+)\s*$/.exec(line);
    if (heading) {
      flush();
      const id = heading[1]!;
      if (ids.has(id)) throw new Error(`${file}: case id "${id}" is used twice`);
      ids.add(id);
      current = { id, kind: 'text', lines: [] };
    } else if (current && current.lines.length === 0 && /^kind:\s*html\s*$/.test(line)) {
      current.kind = 'html';
    } else if (current) {
      current.lines.push(line);
    }
  }
  flush();
  return cases;
}

export interface Score {
  truePositives: number;
  falsePositives: number;
  /** Must-mentions not found. */
  falseNegatives: number;
  /** Found mentions that were not expected, as "entity: surface". */
  unexpected: string[];
  missed: string[];
  /** The surfaces of the must-mentions not found, once per mention. */
  missedSurfaces: string[];
}

/**
 * Scores one case by counting, per (surface, entity): found mentions up to the must + may labels are
 * true positives, the rest false positives; must labels beyond what was found are false negatives.
 */
export function scoreCase(labels: readonly Label[], found: readonly { surface: string; entity: string }[]): Score {
  const key = (surface: string, entity: string) => `${entity}: ${surface}`;
  const surfaceOf = new Map(labels.map((l) => [key(l.surface, l.entity), l.surface]));
  const count = (list: string[]) => list.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>());
  const must = count(labels.filter((l) => l.expectation === 'must').map((l) => key(l.surface, l.entity)));
  const may = count(labels.filter((l) => l.expectation === 'may').map((l) => key(l.surface, l.entity)));
  const got = count(found.map((f) => key(f.surface, f.entity)));
  const score: Score = { truePositives: 0, falsePositives: 0, falseNegatives: 0, unexpected: [], missed: [], missedSurfaces: [] };
  for (const [k, n] of got) {
    const allowed = (must.get(k) ?? 0) + (may.get(k) ?? 0);
    score.truePositives += Math.min(n, allowed);
    if (n > allowed) {
      score.falsePositives += n - allowed;
      score.unexpected.push(n - allowed > 1 ? `${k} ×${n - allowed}` : k);
    }
  }
  for (const [k, n] of must) {
    const short = n - Math.min(n, got.get(k) ?? 0);
    if (short > 0) {
      score.falseNegatives += short;
      score.missed.push(short > 1 ? `${k} ×${short}` : k);
      for (let i = 0; i < short; i++) score.missedSurfaces.push(surfaceOf.get(k)!);
    }
  }
  return score;
}
