import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('..', import.meta.url).pathname;
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every package a source file reaches through its imports, relative ones followed (type-only ones too). */
function packagesReachedFrom(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, from, dynamic] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const spec = from ?? dynamic!;
      if (!spec.startsWith('.')) {
        packages.add(spec);
        continue;
      }
      const base = resolve(dirname(file), spec);
      const found = ['.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find(existsSync);
      if (found) visit(found);
    }
  };
  visit(resolve(SRC, entry));
  return packages;
}

describe('fuse.js', () => {
  it('is not reached from the content script: every page would load it for nothing', () => {
    expect([...packagesReachedFrom('content/main.ts')].filter((p) => p.startsWith('fuse.js'))).toEqual([]);
  });

  it('is reached from the popup, whose index search uses it (the walk sees it)', () => {
    expect([...packagesReachedFrom('ui/popup/main.tsx')].filter((p) => p.startsWith('fuse.js'))).toEqual(['fuse.js/basic']);
  });
});
