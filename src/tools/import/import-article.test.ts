import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseArticle } from '../../index/article';
import { CORPUS } from './corpus-page';
import { importArticles, main, parseImportArgs } from './import-article';

const OVERLAY = 'assets/context/entities.json';
const page = (name: string) => join(CORPUS, name);
let out: string | undefined;

function tempDir(): string {
  out = mkdtempSync(join(tmpdir(), 'backstory-import-'));
  return out;
}

afterEach(() => {
  if (out) rmSync(out, { recursive: true, force: true });
  out = undefined;
  process.exitCode = undefined;
  vi.restoreAllMocks();
});

describe('parseImportArgs', () => {
  it('writes into assets/context with its overlay unless told otherwise', () => {
    expect(parseImportArgs(['a.html', 'b.html'])).toEqual({ files: ['a.html', 'b.html'], out: 'assets/context', overlay: OVERLAY });
    expect(parseImportArgs(['a.html', '--out', 'pack', '--overlay', 'pack/entities.json', '--date', '2024-02-29', '--url', 'https://x.org/a', '--language', 'es'])).toEqual({
      files: ['a.html'],
      out: 'pack',
      overlay: 'pack/entities.json',
      date: '2024-02-29',
      url: 'https://x.org/a',
      language: 'es',
    });
  });

  it.each([
    [[], /usage/],
    [['a.html', '--out'], /--out needs a value/],
    [['a.html', '--bogus', 'x'], /unknown option --bogus/],
    [['a.html', '--date', '2023-02-29'], /--date 2023-02-29 is not a day/],
    [['a.html', '--url', 'ftp://x.org/a'], /not an http or https address/],
    [['a.html', 'b.html', '--url', 'https://x.org/a'], /--url names one page/],
    [['a.html', '--language', 'spanish'], /two-letter language code/],
  ])('refuses %j', (args, problem) => {
    expect(() => parseImportArgs(args)).toThrow(problem);
  });
});

describe('importArticles', () => {
  it('writes one article file per page that the build parses, and lists uncovered names', () => {
    const dir = tempDir();
    const results = importArticles({ files: [page('elcolombiano-petro-buses.html'), page('cnn-trump-fraud-trial-2023.html')], out: dir, overlay: OVERLAY });
    expect(readdirSync(join(dir, 'articles')).sort()).toEqual(['2022-05-05-buses-de-la-alcaldia-al-servicio-de-petro.md', '2023-11-06-takeaways-from-donald-trumps-contentious-testimony-in-his.md']);
    for (const r of results) expect(parseArticle(r.written, readFileSync(r.written, 'utf8')).paragraphs).toEqual(r.draft.paragraphs);
    expect(results[0]!.candidates.map((c) => c.name)).toContain('Pacto Histórico');
    expect(results[0]!.candidates.map((c) => c.name)).not.toContain('Gustavo Petro');
  });

  it('gives a second page of the same day and title its own file', () => {
    const dir = tempDir();
    const results = importArticles({ files: [page('ladiaria-uy-glifosato.html'), page('ladiaria-uy-glifosato.html')], out: dir, overlay: OVERLAY });
    expect(results.map((r) => r.written.replace(/^.*\//, ''))).toEqual([
      '2022-05-11-productor-fumigo-con-glifosato-predio-lindero-a-escuela.md',
      '2022-05-11-productor-fumigo-con-glifosato-predio-lindero-a-escuela-2.md',
    ]);
  });

  it('writes nothing when one page fails, and names that page', () => {
    const dir = tempDir();
    const files = [page('eltiempo-candidatos-petro.html'), page('cnet-es-twitter-lite.html')];
    expect(() => importArticles({ files, out: dir, overlay: OVERLAY })).toThrow(/cnet-es-twitter-lite\.html: the page gives no publication date/);
    expect(existsSync(join(dir, 'articles'))).toBe(false);
  });

  it("fails on a bad overlay with the overlay's file", () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'entities.json'), '{"entities": []}');
    expect(() => importArticles({ files: [page('eltiempo-candidatos-petro.html')], out: dir, overlay: join(dir, 'entities.json') })).toThrow(/entities\.json: /);
  });
});

describe('main', () => {
  it('prints the file and what is wrong, and exits with 1', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await main([page('cnet-es-twitter-lite.html'), '--out', tempDir()]);
    expect(process.exitCode).toBe(1);
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/cnet-es-twitter-lite\.html: the page gives no publication date.*--date/));
  });

  it('prints what it wrote and the names to add', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    await main([page('eltiempo-candidatos-petro.html'), '--out', tempDir()]);
    expect(process.exitCode).toBeUndefined();
    const printed = log.mock.calls.map((c) => String(c[0])).join('\n');
    expect(printed).toContain('eltiempo-candidatos-petro.html -> ');
    expect(printed).toContain('(18 paragraphs, es, El Tiempo, 2022-05-03)');
    expect(printed).toMatch(/names no entity covers: .*Sergio Fajardo \(3\)/);
  });
});
