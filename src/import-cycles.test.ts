import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = dirname(fileURLToPath(import.meta.url));
const SOURCE = /\.(?:ts|tsx|mjs|js)$/;
/** A static `import … from`, `export … from` (type-only too) or bare `import '…'`, at the start of a line. */
const STATIC_IMPORT = /^[ \t]*(?:import|export)\b[^;'"]*?\bfrom\s*['"]([^'"]+)['"]|^[ \t]*import\s*['"]([^'"]+)['"]/gm;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return SOURCE.test(entry.name) ? [path] : [];
  });
}

/** The files under src/ that `file` imports statically; packages and files outside src/ are leaves. */
function importsOf(file: string, text: string): string[] {
  const found: string[] = [];
  for (const [, from, bare] of text.matchAll(STATIC_IMPORT)) {
    const spec = from ?? bare!;
    if (!spec.startsWith('.')) continue;
    const base = resolve(dirname(file), spec);
    const target = [base, `${base}.ts`, `${base}.tsx`, `${base}.d.ts`, `${base}/index.ts`].find((p) => existsSync(p) && SOURCE.test(p));
    if (target?.startsWith(SRC + '/')) found.push(target);
  }
  return found;
}

/** Import circles as the files along each: within each strongly connected component (Tarjan), enough circles to pass through every file in it. */
function importCircles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const connect = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || graph.get(v)?.includes(v)) components.push(component);
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) connect(v);
  return components.flatMap((component) => {
    const inside = new Set(component);
    const covered = new Set<string>();
    return component.sort().flatMap((file) => {
      if (covered.has(file)) return [];
      const circle = circleThrough(graph, inside, file);
      for (const f of circle) covered.add(f);
      return [circle];
    });
  });
}

/** A shortest path from `start` back to itself, inside the component. */
function circleThrough(graph: Map<string, string[]>, component: Set<string>, start: string): string[] {
  const previous = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    for (const w of graph.get(queue[i]!) ?? []) {
      if (!component.has(w)) continue;
      if (w === start) {
        const path = [queue[i]!];
        while (path[0] !== start) path.unshift(previous.get(path[0]!)!);
        return [...path, start];
      }
      if (!previous.has(w)) {
        previous.set(w, queue[i]!);
        queue.push(w);
      }
    }
  }
  return [start, start];
}

describe('imports', () => {
  it('form no circle anywhere under src/', () => {
    const graph = new Map(sourceFiles(SRC).map((file) => [file, importsOf(file, readFileSync(file, 'utf8'))]));
    const circles = importCircles(graph).map((circle) => circle.map((file) => relative(SRC, file)).join(' → '));
    expect(circles, 'import circles (each: a file, what it imports, … back to the file)').toEqual([]);
  });

  it('leave the shared names importing nothing, so any module may import them', () => {
    for (const file of ['shared/definitions.ts', 'shared/article-address.ts']) {
      expect(
        [...readFileSync(join(SRC, file), 'utf8').matchAll(STATIC_IMPORT)].map((m) => m[1] ?? m[2]),
        file,
      ).toEqual([]);
    }
  });

  it('are read in every static form, and a circle is found and named (the walk can fail)', () => {
    const file = (name: string) => join(SRC, 'match', name);
    const text = [
      "import type { A } from './alias-trie';",
      'import {\n  b,\n  c,\n} from "./matcher";',
      "export * from './normalize';",
      "export type { D } from './guards';",
      "import 'fake-indexeddb/auto';",
      "const lazy = () => import('./fuzzy');",
      " * import { e } from './not-code';",
    ].join('\n');
    expect(importsOf(file('x.ts'), text)).toEqual([file('alias-trie.ts'), file('matcher.ts'), file('normalize.ts'), file('guards.ts')]);

    const graph = new Map([
      ['a', ['b']],
      ['b', ['c', 'd']],
      ['c', ['a']],
      ['d', []],
      ['e', ['e']],
    ]);
    expect(importCircles(graph)).toEqual([
      ['a', 'b', 'c', 'a'],
      ['e', 'e'],
    ]);
  });
});
