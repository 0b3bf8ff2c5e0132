// Launches Firefox ESR with Backstory installed, for the Firefox browser tests: puppeteer-core over
// WebDriver BiDi (Firefox speaks no CDP), a fresh profile removed on close.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import puppeteer from 'puppeteer-core';
import { ROOT } from './local-server.mjs';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_DIST = join(ROOT, 'dist/firefox');

/**
 * The extension's internal UUID, pinned so its origin is known before install: moz-extension:// URLs in
 * errors and stacks then say which lines are Backstory's.
 */
export const EXTENSION_UUID = '6a5c1b0e-8d2f-4e43-9b7a-0c1d2e3f4a5b';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/**
 * On top of puppeteer's and the remote agent's own test prefs: no network (there is none here, and a
 * privacy extension's tests should not make any), no telemetry, no surprises mid-test.
 */
export const QUIET_PREFS = {
  'app.update.auto': false,
  'app.update.checkInstallTime': false,
  'browser.ping-centre.telemetry': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.translations.enable': false,
  'extensions.blocklist.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.server': 'data:,',
  'toolkit.telemetry.unified': false,
};

/**
 * What puppeteer's BiDi browser carries outside its typed API: the WebDriver BiDi connection, typed
 * for the events and commands used here.
 * @typedef {{ type: string, method?: string, text: string, stackTrace?: { callFrames: { url: string }[] } }} LogEntry
 * @typedef {{ on(event: 'log.entryAdded', listener: (entry: LogEntry) => void): void, send(method: string, params: object): Promise<{ result: unknown }> }} BidiConnection
 * @typedef {{ sharedId?: string }} BidiNode
 */

/**
 * @param {import('puppeteer-core').Browser} browser
 * @returns {BidiConnection}
 */
const bidiConnection = (browser) => /** @type {{ connection: BidiConnection }} */ (/** @type {unknown} */ (browser)).connection;

/**
 * The gecko id the build writes into the Firefox manifest.
 * @param {string} dist
 */
function geckoId(dist) {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  return manifest.browser_specific_settings.gecko.id;
}

/**
 * Firefox with the unpacked extension from `dist`, installed as a temporary add-on.
 * `extensionErrors()` lists what Backstory's own code logged or threw: uncaught errors from Firefox's
 * stderr (content script and background) and the content script's console calls, reported over BiDi.
 * @param {{ dist?: string, headless?: boolean }} [options]
 * @returns {Promise<{ browser: import('puppeteer-core').Browser, extensionErrors(): string[], close(): Promise<void> }>}
 */
export async function launchFirefoxWithExtension({ dist = FIREFOX_DIST, headless = true } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'backstory-firefox-'));
  /** @type {string[]} */
  const errors = [];
  let browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless,
      userDataDir: profile,
      defaultViewport: { width: 1200, height: 900 },
      extraPrefsFirefox: {
        ...QUIET_PREFS,
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId(dist)]: EXTENSION_UUID }),
        // MV3 origins, content_scripts matches included, are only granted at install when this is on.
        // It is Firefox's default today; pinned so the tests do not depend on it.
        'extensions.originControls.grantByDefault': true,
      },
    });
    const stderr = browser.process()?.stderr;
    if (stderr) createInterface({ input: stderr }).on('line', (line) => line.includes(EXTENSION_ORIGIN) && errors.push(line.trim()));
    // Uncaught errors also arrive here, without a stack; stderr already has those with file and line.
    bidiConnection(browser).on('log.entryAdded', (entry) => {
      const frames = entry.stackTrace?.callFrames ?? [];
      if (entry.type === 'console' && frames.some((f) => f.url.startsWith(EXTENSION_ORIGIN))) errors.push(`console.${entry.method}: ${entry.text}`);
    });
    await browser.installExtension(dist);
    await closeOnboarding(browser);
  } catch (error) {
    await browser?.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  return {
    browser,
    extensionErrors: () => [...errors],
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Installing opens the first-run page in a tab that takes the foreground; the tests want their own
 * page in front, so it is closed (puppeteer reports its URL as about:blank: ask the page itself).
 * @param {import('puppeteer-core').Browser} browser
 */
async function closeOnboarding(browser) {
  for (let tries = 0; tries < 50; tries++) {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.endsWith('/onboarding.html')) return page.close();
    }
    await new Promise((done) => setTimeout(done, 100));
  }
}

/**
 * @typedef {{ name: string, text: string }} AccessibleDialog
 */

/** Runs in the page on a located node: the text its ARIA label attributes name. */
const LABEL_CANDIDATE = `(el) => el.getAttribute('aria-label') ?? (el.getAttribute('aria-labelledby') ?? '')
  .split(/\\s+/).map((id) => el.getRootNode().getElementById(id)?.textContent ?? '').join(' ').trim()`;

/**
 * The dialogs inside the card host's closed shadow root, found the way the WebDriver BiDi spec allows:
 * the host is serialized with `includeShadowTree: 'all'`, and `browsingContext.locateNodes` looks for
 * role "dialog" from that shadow root with Firefox's accessibility engine. (Firefox's accessibility
 * locator walks element children only, so puppeteer's `::-p-aria()` never enters a shadow root, and
 * `page.accessibility` needs CDP.) The page's own scripts still cannot reach the root.
 * @param {import('puppeteer-core').Page} page
 * @param {string} [hostSelector]
 * @returns {Promise<AccessibleDialog[]>}
 */
export async function accessibleDialogs(page, hostSelector = 'backstory-card') {
  // Both are puppeteer internals of its BiDi implementation, outside its typed API.
  const connection = bidiConnection(page.browser());
  const context = /** @type {{ _id: string }} */ (/** @type {unknown} */ (page.mainFrame()))._id;
  /**
   * A BiDi command's result, typed by the caller (the protocol's types are not in puppeteer's API).
   * @template T
   * @param {string} method
   * @param {object} params
   * @returns {Promise<T>}
   */
  const send = async (method, params) => /** @type {T} */ ((await connection.send(method, params)).result);
  /** @type {{ result?: { value?: { shadowRoot?: BidiNode } } }} */
  const host = await send('script.evaluate', {
    expression: `document.querySelector(${JSON.stringify(hostSelector)})`,
    target: { context },
    awaitPromise: false,
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
  });
  const shadowRoot = host.result?.value?.shadowRoot;
  if (!shadowRoot?.sharedId) return [];
  /**
   * @param {{ role: string, name?: string }} value
   * @returns {Promise<BidiNode[]>}
   */
  const locate = async (value) => {
    /** @type {{ nodes: BidiNode[] }} */
    const found = await send('browsingContext.locateNodes', { context, locator: { type: 'accessibility', value }, startNodes: [{ sharedId: shadowRoot.sharedId }] });
    return found.nodes;
  };
  const dialogs = [];
  for (const node of await locate({ role: 'dialog' })) {
    /**
     * @param {string} fn
     * @returns {Promise<{ result: { value: unknown } }>}
     */
    const call = (fn) => send('script.callFunction', { functionDeclaration: fn, arguments: [{ sharedId: node.sharedId }], target: { context }, awaitPromise: false });
    // A hidden popover's subtree is not rendered, so it is not in the accessibility tree either.
    const rendered = (await call('(el) => el.checkVisibility()')).result.value;
    if (!rendered) continue;
    const text = /** @type {string} */ ((await call('(el) => el.innerText')).result.value);
    // BiDi has no "get accessible name": the candidate that aria-label or aria-labelledby points at is
    // confirmed (or not) by Firefox's own name computation in the locator.
    const candidate = /** @type {string} */ ((await call(LABEL_CANDIDATE)).result.value);
    const named = candidate ? await locate({ role: 'dialog', name: candidate }) : [];
    dialogs.push({ name: named.some((n) => n.sharedId === node.sharedId) ? candidate : '', text });
  }
  return dialogs;
}
