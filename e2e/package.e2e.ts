import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../src/tools/local-server.mjs';

const VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
const PACKAGES = ['chrome', 'firefox', 'source'].map((kind) => join(ROOT, 'dist', `backstory-${kind}-${VERSION}.zip`));

function packageOnce(timeZone = 'UTC'): string[] {
  execFileSync(process.execPath, [join(ROOT, 'build.mjs'), '--zip'], { cwd: ROOT, stdio: 'pipe', env: { ...process.env, TZ: timeZone } });
  return PACKAGES.map((zip) => createHash('sha256').update(readFileSync(zip)).digest('hex'));
}

describe('npm run package', () => {
  it('gives the same bytes when run twice from the same sources, in any time zone', () => {
    const first = packageOnce('America/Bogota');
    const second = packageOnce('Asia/Tokyo');
    expect(second).toEqual(first);
  });

  it('packs each browser build with its manifest at the root, and the sources for review', () => {
    const [chrome, firefox, source] = PACKAGES.map((zip) => Object.keys(unzipSync(readFileSync(zip))));
    for (const files of [chrome!, firefox!]) expect(files).toEqual(expect.arrayContaining(['manifest.json', 'content.js', 'page-index.js', 'built-in-pack.js', 'popup.html', 'icons/icon-128.png']));
    expect(source).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'build.mjs', 'manifest.json', 'README.md', 'assets/context/entities.json']));
    expect(source!.some((f) => f.startsWith('node_modules/') || f.startsWith('dist/'))).toBe(false);
  });
});
