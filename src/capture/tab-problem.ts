import { canAnnotate } from '../shared/site-rules';
import type { CaptureProblem } from './capture-types';

/**
 * Why a tab at `url` cannot be read before anything is tried: a browser page, a store the browser
 * keeps extensions out of, a PDF. Undefined when injecting may work (or the address is not known:
 * the injection then says).
 */
export function tabProblem(url: string | undefined, browser: 'chrome' | 'firefox'): CaptureProblem | undefined {
  if (url === undefined || url === '') return undefined;
  const check = canAnnotate(url, browser);
  if (check.ok) return undefined;
  if (check.reason === 'store' || check.reason === 'protected') return { code: 'store-page' };
  return isPdfAddress(url) ? { code: 'pdf' } : { code: 'browser-page' };
}

/** A PDF by its address (Firefox's viewer refuses injection; Chrome's answers "application/pdf"). */
export function isPdfAddress(url: string): boolean {
  return URL.canParse(url) && new URL(url).pathname.toLowerCase().endsWith('.pdf');
}
