// One browser tab prepared for measuring: its own CDP session with the profiler on, and every request
// off 127.0.0.1 blocked. The corpus pages reference hundreds of external scripts, styles and images;
// offline, some of those would hang until a network timeout and the page would never finish loading.
import { enableProfiler } from './cpu-profile.mjs';

const LOCAL_ONLY = [
  { urlPattern: 'http://127.0.0.1:*/*', block: false },
  { urlPattern: '*://*:*/*', block: true },
];

/**
 * Opens a tab in `context` with a CDP session on it.
 * @param {import('playwright-core').BrowserContext} context
 * @returns {Promise<{ page: import('playwright-core').Page, cdp: import('playwright-core').CDPSession }>}
 */
export async function openBenchTab(context) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setBlockedURLs', { urlPatterns: LOCAL_ONLY });
  // Page.enable makes Page.addScriptToEvaluateOnNewDocument (the long-task observer) take effect.
  await cdp.send('Page.enable');
  await cdp.send('Runtime.enable');
  await enableProfiler(cdp);
  return { page, cdp };
}

/**
 * Evaluates `expression` in the page's main world, or in the world of `contextId`, and returns its value.
 * @param {import('playwright-core').CDPSession} cdp
 * @param {string} expression
 * @param {number} [contextId]
 */
export async function evaluate(cdp, expression, contextId) {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true, awaitPromise: true });
  if (exceptionDetails) throw new Error(`in page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  return result.value;
}
