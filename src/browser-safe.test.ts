import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = dirname(fileURLToPath(import.meta.url));
/** Modules the extension runs that compile as the build does: none may reach Node's own modules. */
const BROWSER_ENTRIES = ['index/compile-index.ts', 'index/assemble-pack.ts', 'index/stable-hash.ts', 'saved/compile-saved-pack.ts', 'saved/saved-library.ts'];
const IMPORT = /^[ \t]*(?:import|export)\b[^;'"]*?\bfrom\s*['"]([^'"]+)['"]|^[ \t]*import\s*['"]([^'"]+)['"]/gm;
const NODE_BUILTINS = /^(node:|fs$|path$|crypto$|os$|url$|child_process$)/;

/** Every module `entry` loads, directly or not: files under src/ and packages (type-only imports are not followed). */
function reach(entry: string): { files: Set<string>; packages: Map<string, string> } {
  const files = new Set<string>();
  const packages = new Map<string, string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const [statement, from, bare] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      // A type-only import is erased: nothing of it is loaded.
      if (/^\s*(import|export)\s+type\b/.test(statement)) continue;
      const spec = from ?? bare!;
      if (!spec.startsWith('.')) {
        packages.set(spec, relative(SRC, file));
        continue;
      }
      const base = resolve(dirname(file), spec);
      const target = [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`, base].find((p) => existsSync(p));
      if (target) visit(target);
    }
  };
  visit(resolve(SRC, entry));
  return { files, packages };
}

describe('what the browser compiles with', () => {
  it.each(BROWSER_ENTRIES)('%s imports nothing of Node, directly or not', (entry) => {
    const { files, packages } = reach(entry);
    expect(files.size).toBeGreaterThan(0);
    const node = [...packages].filter(([spec]) => NODE_BUILTINS.test(spec)).map(([spec, file]) => `${file} imports ${spec}`);
    expect(node).toEqual([]);
  });

  it('keeps zod out of the saved material the service worker loads at every start', () => {
    const { packages } = reach('background/saved.ts');
    expect([...packages.keys()].filter((spec) => spec.startsWith('zod'))).toEqual([]);
    expect(reach('index/compile.ts').packages.has('zod')).toBe(true);
  });

  it('would see a Node import (the walk reaches load-sources from compile-pack)', () => {
    const { packages } = reach('index/compile-pack.ts');
    expect([...packages.keys()]).toContain('node:crypto');
  });
});
