import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibleDialogs, launchFirefoxWithExtension, type AccessibleDialog } from '../../src/tools/firefox.mjs';
import { startServer } from '../../src/tools/local-server.mjs';

// Firefox ESR through puppeteer-core over WebDriver BiDi: the probes in e2e/support take Playwright's
// Page, so the few this file needs are written here against puppeteer's.

interface PaintedHighlight {
  name: string;
  texts: string[];
}

let server: Awaited<ReturnType<typeof startServer>>;
let firefox: Awaited<ReturnType<typeof launchFirefoxWithExtension>>;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  firefox = await launchFirefoxWithExtension();
  page = await firefox.browser.newPage();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

/** What the page itself sees in CSS.highlights, once the content script has painted. */
async function paintedAt(path: string): Promise<PaintedHighlight[]> {
  await page.goto(`${server.origin}${path}`);
  await page.waitForFunction(() => CSS.highlights.size > 0, { timeout: 10_000 });
  return page.evaluate(() => [...CSS.highlights].map(([name, highlight]) => ({ name, texts: [...highlight].map((r) => (r.startContainer as Text).data.slice(r.startOffset, r.endOffset)) })));
}

function expectPainted(painted: PaintedHighlight[], required: [text: string, highlight: string][]): void {
  for (const { name } of painted) expect(name).toMatch(/^backstory-(person|organization|place|term|event)$/);
  for (const [text, highlight] of required) {
    expect(painted.find((h) => h.name === highlight)?.texts ?? [], `${text} is painted as ${highlight}`).toContain(text);
  }
}

/** The centre of the first occurrence of `text` in the page's text, scrolled into view. */
async function textPoint(text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((text) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(text);
      if (at < 0) continue;
      node.parentElement?.scrollIntoView({ block: 'center' });
      const range = new Range();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return undefined;
  }, text);
  expect(point, `"${text}" is on the page`).toBeDefined();
  return point!;
}

const cardIsOpen = () => page.evaluate(() => document.querySelector('backstory-card')?.matches(':popover-open') === true);

/** Polls the card's dialogs until one is rendered (or, with `expectNone`, until none is). */
async function dialogs(expectNone = false): Promise<AccessibleDialog[]> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const found = await accessibleDialogs(page);
    if ((found.length === 0) === expectNone || Date.now() > deadline) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('Firefox: painting', () => {
  it('paints the demo article under backstory-<kind> highlights', async () => {
    expectPainted(await paintedAt('/demo/'), [
      ['Gustavo Petro', 'backstory-person'],
      ['Marco Rubio', 'backstory-person'],
      ['glyphosate', 'backstory-term'],
      ['Colombia', 'backstory-place'],
    ]);
  });

  it('paints a Spanish article with the Spanish aliases, and not "un hombre rubio"', async () => {
    const painted = await paintedAt('/fixtures/es-article.html');
    expectPainted(painted, [
      ['Gustavo Petro', 'backstory-person'],
      ['Marco Rubio', 'backstory-person'],
      ['glifosato', 'backstory-term'],
      ['narcotráfico', 'backstory-term'],
      ['descertificación', 'backstory-term'],
      ['Casa Blanca', 'backstory-organization'],
      ['Estados Unidos', 'backstory-place'],
    ]);
    const trap = await page.evaluate(() => ({
      text: document.getElementById('testigo')?.textContent ?? '',
      painted: [...CSS.highlights.values()]
        .flatMap((h) => [...h])
        .filter((r) => document.getElementById('testigo')?.contains(r.startContainer))
        .map((r) => (r.startContainer as Text).data.slice(r.startOffset, r.endOffset)),
    }));
    expect(trap.text).toContain('un hombre rubio');
    expect(trap.painted).toEqual([]);
    expect(painted.flatMap((h) => h.texts)).not.toContain('rubio');
  });

  it('skips textarea and contenteditable text', async () => {
    const painted = await paintedAt('/fixtures/editable.html');
    expect(painted.flatMap((h) => h.texts).sort()).toEqual(['Colombia', 'Gustavo Petro', 'Marco Rubio', 'Venezuela', 'glyphosate']);
    const containers = await page.evaluate(() => [...CSS.highlights.values()].flatMap((h) => [...h].map((r) => (r.startContainer.parentElement as HTMLElement).closest('[id]')?.id)));
    expect(new Set(containers)).toEqual(new Set(['prose', 'not-editable', 'not-editable-upper']));
  });
});

describe('Firefox: web components', () => {
  it('shows the highlights it paints inside an open shadow root (Firefox styles none there from the document)', async () => {
    const painted = await paintedAt('/fixtures/shadow-twins.html');
    expect(painted.flatMap((h) => h.texts)).toEqual(['Marco Rubio']);
    await new Promise((resolve) => setTimeout(resolve, 300));
    // The same words in two identical components: the open one's are painted, the closed one's not,
    // so the two pictures differ only if the highlight can be seen.
    const clip = async (selector: string) => {
      const box = await page.$eval(selector, (e) => {
        const r = e.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      });
      return Buffer.from(await page.screenshot({ clip: box }));
    };
    expect((await clip('open-card')).equals(await clip('closed-card'))).toBe(false);
  });

  it('opens the card of a name inside an open shadow root', async () => {
    const point = await page.$eval('open-card', (host) => {
      const text = host.shadowRoot!.querySelector('p')!.firstChild as Text;
      const range = document.createRange();
      range.selectNodeContents(text);
      const r = range.getClientRects()[0]!;
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.move(point.x, point.y);
    await page.waitForFunction(() => document.querySelector('backstory-card')?.matches(':popover-open'), { timeout: 5_000 });
    expect((await dialogs())[0]?.name).toBe('Marco Rubio');
    await page.keyboard.press('Escape');
  });
});

describe('Firefox: hover card', () => {
  it('opens when the pointer rests on "Marco Rubio", named after him, with his role and sentence', async () => {
    await paintedAt('/demo/');
    const { x, y } = await textPoint('Marco Rubio');
    await page.mouse.move(x, y);
    await page.waitForFunction(() => document.querySelector('backstory-card')?.matches(':popover-open'), { timeout: 5_000 });
    const [dialog] = await dialogs();
    expect(dialog, 'the card exposes a dialog').toBeDefined();
    expect(dialog!.name).toBe('Marco Rubio');
    expect(dialog!.text).toContain('U.S. Secretary of State');
    expect(dialog!.text).toContain('Secretary of State Marco Rubio and the Colombian Foreign Minister are making the necessary arrangements.');
  });

  it('closes on Escape', async () => {
    expect(await cardIsOpen()).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('backstory-card')?.matches(':popover-open'), { timeout: 5_000 });
    expect(await dialogs(true)).toEqual([]);
  });
});

describe('Firefox: a page that rewrites itself with document.open() after load', () => {
  it('keeps its listeners (document.open() erases them): the new text is painted, opens a card on hover, Escape closes it', async () => {
    await paintedAt('/demo/');
    await page.mouse.move(1, 1);
    await page.evaluate(() => {
      document.open();
      document.write('<!doctype html><html><head><title>Rewritten</title></head><body><p>Delcy Rodríguez met Marco Rubio in Caracas.</p></body></html>');
      document.close();
    });
    await page.waitForFunction(() => [...CSS.highlights.values()].some((h) => [...h].some((r) => r.startContainer.isConnected && (r.startContainer as Text).data.includes('Delcy'))), {
      timeout: 10_000,
    });
    const { x, y } = await textPoint('Marco Rubio');
    await page.mouse.move(x, y);
    await page.waitForFunction(() => document.querySelector('backstory-card')?.matches(':popover-open'), { timeout: 5_000 });
    expect((await dialogs())[0]?.name).toBe('Marco Rubio');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('backstory-card')?.matches(':popover-open'), { timeout: 5_000 });
  });
});

describe('Firefox: the browser console', () => {
  it('has no errors or console output from the extension', () => {
    expect(firefox.extensionErrors()).toEqual([]);
  });
});
