// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"disableCSSFileLoading":true,"disableJavaScriptFileLoading":true,"disableJavaScriptEvaluation":true,"handleDisabledFileLoadingAsSuccess":true,"navigation":{"disableChildFrameNavigation":true}}}
import { describe, expect, it } from 'vitest';
import { corpusPage } from '../tools/import/corpus-page';
import { capturePage } from './capture-page';

// The capture script's reading, in a DOM like the browser's (happy-dom), on a saved corpus page.

/** Entities decoded by a parser, as the script does with DOMParser. */
const decodeEntities = (text: string) => new DOMParser().parseFromString(`<title>${text.replaceAll('<', '&lt;')}</title>`, 'text/html').querySelector('title')?.textContent ?? text;

function load(html: string, url: string): Document {
  const document = new DOMParser().parseFromString(html, 'text/html');
  // The document's address, as the tab's: happy-dom's DOMParser gives about:blank.
  Object.defineProperty(document, 'URL', { value: url });
  return document;
}

describe('capturePage', () => {
  it("reads El Colombiano's article from a copy: the page stays byte for byte as it was", () => {
    const document = load(corpusPage('elcolombiano-petro-buses.html'), 'http://127.0.0.1:8000/corpus/elcolombiano-petro-buses.html');
    const before = document.documentElement.outerHTML;
    const result = capturePage(document, 'article', '', { decodeEntities });
    expect(document.documentElement.outerHTML).toBe(before);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { page } = result;
    expect(page).toMatchObject({
      kind: 'article',
      title: '¿Buses de la Alcaldía al servicio de Petro?',
      date: '2022-05-05',
      language: 'es',
      source: 'ElColombiano.com',
      host: '127.0.0.1',
      url: 'https://www.elcolombiano.com/antioquia/polemica-por-buses-de-la-alcaldia-en-casa-de-gustavo-petro-en-la-floresta-EN17385450',
    });
    expect(page.paragraphs[0]).toMatch(/^Las alertas por el presunto uso de recursos de la Alcaldía de Medellín/);
    expect(page.paragraphs.join('\n')).not.toContain('REPORTE UN ERROR');
  });

  it('takes a selection as paragraphs, with the page’s title, address and date', () => {
    const document = load(corpusPage('elcolombiano-petro-buses.html'), 'https://www.elcolombiano.com/x');
    const result = capturePage(document, 'selection', '  Primer párrafo de la selección.\n\n\nSegundo   párrafo.\n', { decodeEntities });
    expect(result).toEqual({
      ok: true,
      page: expect.objectContaining({ kind: 'selection', paragraphs: ['Primer párrafo de la selección.', 'Segundo párrafo.'], date: '2022-05-05', source: 'ElColombiano.com' }),
    });
    if (result.ok) expect(result.page.title).toContain('Buses de la Alcaldía');
  });

  it('says what is missing: no selection, no article text, not HTML', () => {
    const short = load('<!doctype html><html lang="en"><head><title>Sign in</title></head><body><form><p>Sign in to go on.</p></form></body></html>', 'https://example.com/login');
    expect(capturePage(short, 'article', '', { decodeEntities })).toEqual({ ok: false, problem: { code: 'no-article' } });
    expect(capturePage(short, 'selection', ' \n ', { decodeEntities })).toEqual({ ok: false, problem: { code: 'no-selection' } });
    const image = load('<html><body><img src="a.png"></body></html>', 'https://example.com/a.png');
    Object.defineProperty(image, 'contentType', { value: 'image/png' });
    expect(capturePage(image, 'article', '', { decodeEntities })).toEqual({ ok: false, problem: { code: 'not-html', type: 'image/png' } });
  });
});
