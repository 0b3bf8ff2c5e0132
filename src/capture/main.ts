/**
 * The capture script (issue #15): injected into the reader's tab by the background only when the
 * reader asks to save (scripting.executeScript, under activeTab), never listed in content_scripts,
 * so a page pays nothing for it until then. It defines one function in the extension's isolated
 * world, which the background calls next with what to read; it answers plain data.
 */
import { capturePage } from './capture-page';
import type { CaptureResult, CaptureWhat } from './capture-types';

/**
 * Decodes the entities a page escaped twice with the browser's own HTML parser: in an inert document
 * (DOMParser runs no script and loads nothing), as the text of a <title>, where markup is not parsed
 * but entities are; a "<" is escaped first so the text cannot close the element.
 */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  const parsed = new DOMParser().parseFromString(`<title>${text.replaceAll('<', '&lt;')}</title>`, 'text/html');
  return parsed.querySelector('title')?.textContent ?? text;
}

(globalThis as { __backstoryCapture?: (what: CaptureWhat) => CaptureResult }).__backstoryCapture = (what) =>
  capturePage(document, what, what === 'selection' ? (getSelection()?.toString() ?? '') : '', { decodeEntities });
