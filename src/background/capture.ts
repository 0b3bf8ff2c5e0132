/**
 * Reads a tab for saving (issue #15): the capture script is injected only now, at the reader's
 * request, into the tab's top frame, through scripting.executeScript under the activeTab grant the
 * click gave (the shipped manifest has no host permission). A browser page, a store, a PDF or a tab
 * that refuses the script gives a problem, and nothing is saved.
 */
import type { CaptureResult, CaptureWhat } from '../capture/capture-types';
import { parseCaptureResult } from '../capture/saved-input';
import { isPdfAddress, tabProblem } from '../capture/tab-problem';
import { BROWSER, browser } from '../shared/browser';

/** The bundle build.mjs writes from src/capture/main.ts. */
const CAPTURE_SCRIPT = 'capture.js';

/** The article or the selection of tab `tabId`, or why it cannot be read. */
export async function readTab(tabId: number, what: CaptureWhat): Promise<CaptureResult> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (!tab) return { ok: false, problem: { code: 'gone' } };
  const early = tabProblem(tab.url, BROWSER);
  if (early) return { ok: false, problem: early };
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [CAPTURE_SCRIPT] });
    // The script defined its function in the extension's isolated world, which this call shares.
    const [frame] = await browser.scripting.executeScript({
      target: { tabId },
      func: (w: unknown) => (globalThis as { __backstoryCapture?: (what: unknown) => unknown }).__backstoryCapture?.(w),
      args: [what],
    });
    return parseCaptureResult(frame?.result) ?? { ok: false, problem: { code: 'refused' } };
  } catch {
    if (!(await browser.tabs.get(tabId).catch(() => undefined))) return { ok: false, problem: { code: 'gone' } };
    // Firefox shows a PDF in its own viewer, which no extension may script.
    return { ok: false, problem: tab.url && isPdfAddress(tab.url) ? { code: 'pdf' } : { code: 'refused' } };
  }
}
