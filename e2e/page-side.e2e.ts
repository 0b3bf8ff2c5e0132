import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_TEST_DIST, launchPlain, launchWithExtension } from '../src/tools/chromium.mjs';
import { startServer } from '../src/tools/local-server.mjs';
import { manyTextNodesPage, reactPage } from './support/generated-pages';
import { DEFAULT_SETTINGS } from '../src/shared/settings';
import { cardWatch, untilRested, watchCard } from './support/card-watch';
import { accessibleDialogs, afterTwoIdlePeriods, domWithoutCardHost, paintedRangeCount, paintedTexts, rangesAreLive, textPoint, waitForIdle, waitForPaint } from './support/probes';

let server: Awaited<ReturnType<typeof startServer>>;
let browser: Awaited<ReturnType<typeof launchWithExtension>>;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchWithExtension({ dist: CHROME_TEST_DIST });
  page = await browser.context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function until(check: () => Promise<boolean>, what: string, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await page.waitForTimeout(50);
  }
}

describe('pages that change', () => {
  it('paints what an infinite feed appends as the reader scrolls', async () => {
    await page.goto(`${server.origin}/fixtures/infinite-scroll.html?scripts=1`);
    await page.bringToFront();
    await waitForPaint(page);
    expect(await paintedTexts(page)).not.toContain('Delcy Rodríguez');
    for (let i = 0; i < 4; i++) {
      await page.mouse.wheel(0, 5000);
      await page.waitForTimeout(150);
    }
    await until(async () => (await paintedTexts(page)).includes('decertification'), 'the last update to be painted');
    expect(await paintedTexts(page)).toEqual(expect.arrayContaining(['Marco Rubio', 'White House', 'Delcy Rodríguez', 'glyphosate', 'voluntary crop substitution']));
    expect(await rangesAreLive(page)).toBe(true);
  });

  it('paints exactly the matches it tracks when one slice scans a node twice, and leaves no range behind', async () => {
    await page.goto(`${server.origin}/fixtures/spa.html?scripts=1`);
    await page.bringToFront();
    await waitForPaint(page);
    await waitForIdle(page);
    // One task: a paragraph is added, then its text is set. The added element is queued for a walk,
    // its text node for a rescan, and one slice scans that node twice.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'late';
      p.append('Nothing yet.');
      document.body.append(p);
      (p.firstChild as Text).data = 'Delcy Rodríguez met Marco Rubio in Caracas.';
    });
    await until(async () => (await paintedTexts(page)).includes('Delcy Rodríguez'), 'the late paragraph to be painted');
    let state = await waitForIdle(page);
    expect(await paintedRangeCount(page)).toBe(state.ranges);
    // The text changes again: what it named must go, with no range left on the old offsets.
    await page.evaluate(() => ((document.getElementById('late')!.firstChild as Text).data = 'Nothing here now.'));
    await until(async () => !(await paintedTexts(page)).includes('Delcy Rodríguez'), 'the late paragraph to be unpainted');
    state = await waitForIdle(page);
    expect(await paintedRangeCount(page)).toBe(state.ranges);
    expect(await rangesAreLive(page)).toBe(true);
  });

  it('drops the highlights of text the page moves into an editor', async () => {
    await page.goto(`${server.origin}/fixtures/editable.html`);
    await page.bringToFront();
    await waitForPaint(page);
    await waitForIdle(page);
    expect(await paintedTexts(page)).toContain('glyphosate');
    await page.evaluate(() => document.getElementById('editor')!.append(document.getElementById('prose')!));
    await until(async () => !(await paintedTexts(page)).includes('glyphosate'), 'the moved paragraph to be unpainted');
    const state = await waitForIdle(page);
    expect(await paintedTexts(page)).toEqual(['Colombia', 'Venezuela']);
    expect(await paintedRangeCount(page)).toBe(state.ranges);
  });

  it('drops the highlights of text the reader starts editing in place (the page made its paragraph editable)', async () => {
    await page.goto(`${server.origin}/fixtures/editable.html`);
    await page.bringToFront();
    await waitForPaint(page);
    await waitForIdle(page);
    // An attribute change is not observed; the first keystroke changes the text, and that is.
    await page.evaluate(() => {
      const prose = document.getElementById('prose')!;
      prose.contentEditable = 'true';
      (prose.firstChild as Text).appendData(' More.');
    });
    await until(async () => !(await paintedTexts(page)).includes('glyphosate'), 'the edited paragraph to be unpainted');
    const state = await waitForIdle(page);
    expect(await paintedTexts(page)).toEqual(['Colombia', 'Venezuela']);
    expect(await paintedRangeCount(page)).toBe(state.ranges);
  });

  it('paints static ranges, which the browser need not update on each change the page makes', async () => {
    await page.goto(`${server.origin}/fixtures/spa.html?scripts=1`);
    await waitForPaint(page);
    const kinds = await page.evaluate(() => [...CSS.highlights].filter(([name]) => name.startsWith('backstory')).flatMap(([, h]) => [...h].map((r) => r.constructor.name)));
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['StaticRange']));
  });

  it('follows an SPA through pushState and popstate, dropping what left the page', async () => {
    await page.goto(`${server.origin}/fixtures/spa.html?scripts=1`);
    await waitForPaint(page);
    expect(await paintedTexts(page)).toEqual(expect.arrayContaining(['Gustavo Petro', 'Donald Trump']));
    await page.click('a[data-story="rubio"]');
    await until(async () => (await paintedTexts(page)).includes('Marco Rubio'), 'the new story to be painted');
    await waitForIdle(page);
    const afterPush = await paintedTexts(page);
    expect(afterPush).not.toContain('Gustavo Petro');
    expect(afterPush).toEqual(expect.arrayContaining(['Rubio', 'Marco Rubio', 'White House', 'Cancillería']));
    expect(await rangesAreLive(page)).toBe(true);
    await page.goBack();
    await until(async () => (await paintedTexts(page)).includes('Gustavo Petro'), 'the first story to be painted again');
    await waitForIdle(page);
    expect(await paintedTexts(page)).not.toContain('Marco Rubio');
    expect(await rangesAreLive(page)).toBe(true);
  });

  it('lets React 19 hydrate a page it already painted, without a hydration error', async () => {
    await page.goto(`${server.origin}${await reactPage()}?scripts=1`);
    await waitForPaint(page);
    await waitForIdle(page);
    await page.evaluate(() => document.dispatchEvent(new Event('hydrate-now')));
    await page.waitForFunction(() => (window as unknown as { hydrated?: boolean }).hydrated === true);
    await page.click('#like');
    await page.waitForFunction(() => document.getElementById('like')?.textContent === 'Likes: 1');
    expect(await page.evaluate(() => (window as unknown as { hydrationErrors: string[] }).hydrationErrors)).toEqual([]);
    expect(await paintedTexts(page)).toEqual(expect.arrayContaining(['Gustavo Petro', 'Marco Rubio', 'glyphosate']));
  });

  it('would have seen a hydration error had the page text been wrapped (the check can fail)', async () => {
    await page.goto(`${server.origin}${await reactPage()}?scripts=1`);
    await page.evaluate(() => {
      const p = document.querySelector('article p')!;
      const mark = document.createElement('mark');
      mark.append(p.firstChild!);
      p.prepend(mark);
      document.dispatchEvent(new Event('hydrate-now'));
    });
    await page.waitForFunction(() => (window as unknown as { hydrationErrors: string[] }).hydrationErrors.length > 0);
  });
});

describe('a long page whose nodes move while the first scan is under way', () => {
  it('still paints every name when the page moves the block the scan stands in', async () => {
    const path = manyTextNodesPage(12_000);
    await page.goto(`${server.origin}${path}`);
    await page.bringToFront();
    const all = (await waitForIdle(page, 60_000)).ranges;
    expect(all).toBeGreaterThan(1500);

    await page.goto(`${server.origin}${path}?again`);
    await page.bringToFront();
    // At the first painted frame: move everything from the top to some way past the furthest painted
    // name to the end of the body. The scan's node is in that block; what follows it is not scanned yet.
    const caught = await page.evaluate(
      () =>
        new Promise<{ painted: number }>((resolve) => {
          const tick = () => {
            const ranges = [...CSS.highlights.values()].flatMap((h) => [...h]);
            if (ranges.length === 0) return requestAnimationFrame(tick);
            const furthest = Math.max(...ranges.map((r) => Number(/Paragraph (\d+)/.exec((r.startContainer as Text).data)?.[1] ?? 0)));
            const block = document.createDocumentFragment();
            for (const p of [...document.body.children].slice(0, furthest + 50)) block.append(p);
            document.body.append(block);
            resolve({ painted: ranges.length });
          };
          requestAnimationFrame(tick);
        }),
    );
    expect(caught.painted).toBeLessThan(all / 2);
    const state = await waitForIdle(page, 60_000);
    expect(state.ranges).toBe(all);
    expect(await paintedRangeCount(page)).toBe(all);
  });
});

describe('a page with 100,000 text nodes', () => {
  it('is scanned without any task over 50 ms', async () => {
    const path = manyTextNodesPage(25_000);
    const fresh = await browser.context.newPage();
    await fresh.addInitScript(() => {
      const w = window as unknown as { longTasks: { start: number; duration: number }[] };
      w.longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await fresh.bringToFront();
    await fresh.goto(`${server.origin}${path}`, { waitUntil: 'load' });
    const loaded = await fresh.evaluate(() => performance.now());
    const nodes = await fresh.evaluate(() => {
      const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let n = 0;
      while (w.nextNode()) n++;
      return n;
    });
    expect(nodes).toBeGreaterThanOrEqual(100_000);
    const state = await waitForIdle(fresh, 60_000);
    expect(state.ranges).toBeGreaterThan(3000);
    const tasks = await fresh.evaluate(() => (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks);
    // Parsing the 4 MB page is the page's own long task; what runs after load is the extension's scan.
    // The observer works: the parse of this big page is itself a long task.
    expect(tasks.filter((t) => t.start < loaded).length).toBeGreaterThan(0);
    expect(tasks.filter((t) => t.start >= loaded)).toEqual([]);
    await fresh.close();
  });
});

describe('a hostile page', () => {
  it('gets its highlights back after clearing CSS.highlights, and after replacing document.body', async () => {
    await page.goto(`${server.origin}/demo/`);
    await waitForPaint(page);
    await page.evaluate(() => CSS.highlights.clear());
    await until(async () => (await paintedTexts(page)).includes('Marco Rubio'), 'highlights to be registered again', 5000);

    await page.evaluate(() => {
      const body = document.createElement('body');
      const p = document.createElement('p');
      p.textContent = 'A new body: Delcy Rodríguez and the Casa Blanca.';
      body.append(p);
      document.documentElement.replaceChild(body, document.body);
    });
    await until(async () => (await paintedTexts(page)).includes('Casa Blanca'), 'the new body to be painted');
    await waitForIdle(page);
    expect(await paintedTexts(page)).toEqual(['Casa Blanca', 'Delcy Rodríguez']);
    expect(await rangesAreLive(page)).toBe(true);
    expect((await waitForIdle(page)).errors).toEqual([]);
  });
});

describe('a page that rewrites itself with document.open() after load', () => {
  it('keeps its listeners (document.open() erases them): the new text is painted, opens a card on hover, Escape closes it', async () => {
    await page.goto(`${server.origin}/demo/`);
    await page.bringToFront();
    await waitForPaint(page);
    await waitForIdle(page);
    await page.mouse.move(1, 1);
    await page.evaluate(() => {
      document.open();
      document.write('<!doctype html><html><head><title>Rewritten</title></head><body><p>Delcy Rodríguez met Marco Rubio in Caracas.</p></body></html>');
      document.close();
    });
    await until(async () => (await paintedTexts(page)).includes('Delcy Rodríguez'), 'the rewritten page to be painted');
    const point = await textPoint(page, 'Marco Rubio');
    const cdp = await browser.context.newCDPSession(page);
    // The pointer rests on the name as a reader's does, moving a pixel now and then: the listeners are
    // put back within moments of the rewrite, and a move made before that is not seen.
    let nudge = 0;
    await until(async () => {
      await page.mouse.move(point.x + (nudge++ % 2), point.y);
      return (await accessibleDialogs(cdp))[0]?.name === 'Marco Rubio';
    }, 'the card of the rewritten page');
    await page.keyboard.press('Escape');
    await until(async () => (await accessibleDialogs(cdp)).length === 0, 'Escape to close the card');
    // The test build's own hooks are page listeners too: they answer again.
    expect((await waitForIdle(page)).errors).toEqual([]);
  });
});

describe('a page that defines the card host tag itself and has an element with id="browser"', () => {
  it('still gets a working card, under another tag name (the element does not stand in for the extension API)', async () => {
    await page.goto(`${server.origin}/fixtures/hostile-element.html?scripts=1`);
    await page.bringToFront();
    await waitForPaint(page);
    const point = await textPoint(page, 'Marco Rubio');
    await page.mouse.move(point.x, point.y);
    const cdp = await browser.context.newCDPSession(page);
    await until(async () => (await accessibleDialogs(cdp))[0]?.name === 'Marco Rubio', 'the card');
    expect((await waitForIdle(page)).errors).toEqual([]);
  });
});

describe('teardown', () => {
  it('removes highlights, the card host and every listener in one call', async () => {
    const plain = await launchPlain();
    try {
      await page.goto(`${server.origin}/demo/`);
      await waitForPaint(page);
      const point = await textPoint(page, 'Marco Rubio');
      await page.mouse.move(point.x, point.y);
      await page.waitForFunction(() => document.querySelector('backstory-card') !== null);

      await page.evaluate(() => document.dispatchEvent(new Event('backstory:test-stop')));
      expect(await page.evaluate(() => [...CSS.highlights.keys()].filter((n) => n.startsWith('backstory')))).toEqual([]);
      expect(await page.evaluate(() => document.querySelectorAll('backstory-card').length)).toBe(0);
      const reference = await plain.newPage();
      await reference.goto(`${server.origin}/demo/`);
      expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(await domWithoutCardHost(reference));

      // Listeners are gone: resting on a name for longer than the dwell, by the page's clock, opens nothing.
      await page.mouse.move(1, 1);
      await watchCard(page);
      await page.mouse.move(point.x, point.y);
      await untilRested(page, 3 * DEFAULT_SETTINGS.dwellMs);
      expect((await cardWatch(page)).opened, 'cards opened after teardown').toEqual([]);
      expect(await accessibleDialogs(await browser.context.newCDPSession(page))).toEqual([]);
      // New text is not painted, once the page has had the idle time a scan would take.
      await page.evaluate(() => document.body.append(Object.assign(document.createElement('p'), { textContent: 'Gustavo Petro again' })));
      await afterTwoIdlePeriods(page);
      expect(await page.evaluate(() => CSS.highlights.size), 'highlights once the new text had its idle time').toBe(0);
    } finally {
      await plain.close();
    }
  });
});

describe('web components', () => {
  it('paints the text of open shadow roots (not closed ones) and opens cards there', async () => {
    await page.goto(`${server.origin}/fixtures/shadow.html`);
    await page.bringToFront();
    await until(async () => (await paintedTexts(page)).includes('Marco Rubio'), 'the shadow root to be painted');
    await waitForIdle(page);
    expect(await paintedTexts(page)).toEqual(['Gustavo Petro', 'Marco Rubio', 'White House']);
    const point = await page.evaluate(() => {
      const p = document.querySelector('news-card')!.shadowRoot!.querySelector('p')!;
      const text = p.firstChild as Text;
      const at = text.data.indexOf('Marco Rubio');
      const range = new Range();
      range.setStart(text, at);
      range.setEnd(text, at + 11);
      const r = range.getClientRects()[0]!;
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.move(point.x, point.y);
    const cdp = await browser.context.newCDPSession(page);
    await until(async () => (await accessibleDialogs(cdp))[0]?.name === 'Marco Rubio', 'the card');
  });

  it('paints visibly inside an open shadow root: its twin in a closed one looks different', async () => {
    await page.goto(`${server.origin}/fixtures/shadow-twins.html`);
    await page.bringToFront();
    await until(async () => (await paintedTexts(page)).includes('Marco Rubio'), 'the open shadow root to be painted');
    await waitForIdle(page);
    expect(await paintedTexts(page)).toEqual(['Marco Rubio']);
    const open = await page.locator('open-card').screenshot();
    const closed = await page.locator('closed-card').screenshot();
    expect(open.equals(closed)).toBe(false);
  });

  it('paints the shadow root a web component attaches when the page defines it, after the scan', async () => {
    await page.goto(`${server.origin}/fixtures/shadow.html`);
    await page.bringToFront();
    await until(async () => (await paintedTexts(page)).includes('Marco Rubio'), 'the shadow root to be painted');
    await page.evaluate(() => document.body.append(document.createElement('late-card')));
    await waitForIdle(page);
    // Defined later (a lazy-loaded widget): upgrading attaches the root, and no mutation record says so.
    await page.evaluate(() =>
      customElements.define(
        'late-card',
        class extends HTMLElement {
          connectedCallback(): void {
            const p = document.createElement('p');
            p.textContent = 'Piedad Córdoba answered from Bogotá.';
            this.attachShadow({ mode: 'open' }).append(p);
          }
        },
      ),
    );
    await until(async () => (await paintedTexts(page)).includes('Piedad Córdoba'), "the late component's shadow root to be painted", 8000);
    expect((await waitForIdle(page)).errors).toEqual([]);
  });

  it('paints the shadow root of a web component the page appends later', async () => {
    await page.goto(`${server.origin}/fixtures/shadow.html`);
    await page.bringToFront();
    await until(async () => (await paintedTexts(page)).includes('Marco Rubio'), 'the shadow root to be painted');
    await waitForIdle(page);
    await page.evaluate(() => {
      const card = document.createElement('feed-card');
      const p = document.createElement('p');
      p.textContent = 'Piedad Córdoba answered from Bogotá.';
      card.attachShadow({ mode: 'open' }).append(p);
      document.body.append(card);
    });
    await until(async () => (await paintedTexts(page)).includes('Piedad Córdoba'), "the appended component's shadow root to be painted");
    expect((await waitForIdle(page)).errors).toEqual([]);
  });
});

describe('an extension reloaded under an open page', () => {
  it('takes its highlights and card host away from the page the old script was left on, and opens no more cards', async () => {
    const own = await launchWithExtension({ dist: CHROME_TEST_DIST });
    try {
      const tab = await own.context.newPage();
      const pageErrors: string[] = [];
      tab.on('pageerror', (error) => pageErrors.push(String(error)));
      await tab.goto(`${server.origin}/demo/`);
      await tab.bringToFront();
      await waitForPaint(tab);
      const point = await textPoint(tab, 'Marco Rubio');
      await tab.mouse.move(point.x, point.y);
      await tab.waitForFunction(() => document.querySelector('backstory-card') !== null);
      await tab.mouse.move(5, 5);

      // An update or a reload from the extensions page: Chrome leaves the old content script running, cut off.
      await own.worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => {});
      const ours = () => [...CSS.highlights.keys()].filter((name) => name.startsWith('backstory')).length + document.querySelectorAll('backstory-card').length;
      await expect.poll(() => tab.evaluate(ours), { timeout: 8000 }).toBe(0);

      // Resting on the name for longer than the dwell, by the page's clock, opens nothing.
      await watchCard(tab);
      await tab.mouse.move(point.x, point.y);
      await untilRested(tab, 3 * DEFAULT_SETTINGS.dwellMs);
      expect((await cardWatch(tab)).opened, 'cards opened by the cut-off script').toEqual([]);
      expect(await tab.evaluate(() => document.querySelectorAll('backstory-card').length)).toBe(0);
      expect(pageErrors).toEqual([]);
    } finally {
      await own.close();
    }
  });
});

describe('a page an earlier copy of the content script was left on', () => {
  // Chromium never runs the new version on a page that is already open (the old script takes its
  // own things away, above): the leftovers Firefox keeps after an update are made by the page here.
  it('takes the old card host and highlights away, and opens its own card', async () => {
    await page.goto(`${server.origin}/fixtures/leftover-host.html?scripts=1`);
    await page.bringToFront();
    await until(async () => (await paintedTexts(page)).includes('Marco Rubio'), 'the page to be painted');
    expect(await page.evaluate(() => document.querySelectorAll('backstory-card').length), 'card hosts before any card opens').toBe(0);
    expect(await paintedTexts(page)).not.toContain('line');
    const point = await textPoint(page, 'Marco Rubio');
    await page.mouse.move(point.x, point.y);
    const cdp = await browser.context.newCDPSession(page);
    await until(async () => (await accessibleDialogs(cdp))[0]?.name === 'Marco Rubio', 'the card');
    expect(await page.evaluate(() => document.querySelectorAll('backstory-card').length)).toBe(1);
  });
});

describe('a page restored from the back/forward cache', () => {
  it('gets its badge back (the browser cleared it when the page went away and came back)', async () => {
    const own = await launchWithExtension({ dist: CHROME_TEST_DIST, ignoreDefaultArgs: ['--disable-back-forward-cache'] });
    try {
      const tab = await own.context.newPage();
      const demo = `${server.origin}/demo/?bfcache=1`;
      const badge = () =>
        own.worker.evaluate(async (url) => {
          const chrome = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]> }; action: { getBadgeText(d: object): Promise<string> } } }).chrome;
          const found = (await chrome.tabs.query({})).find((t) => t.url === url);
          return found ? chrome.action.getBadgeText({ tabId: found.id }) : 'no tab';
        }, tab.url());
      await tab.goto(demo);
      await tab.bringToFront();
      await waitForPaint(tab);
      await waitForIdle(tab);
      let shown = '';
      for (let i = 0; i < 40 && !/^\d+$/.test(shown); i++, await tab.waitForTimeout(100)) shown = await badge();
      expect(Number(shown)).toBeGreaterThan(0);

      await tab.evaluate(() => addEventListener('pageshow', (event) => ((window as unknown as { restored: boolean }).restored = event.persisted)));
      await tab.goto(`${server.origin}/fixtures/es-article.html`);
      await waitForPaint(tab);
      // A page restored from the cache fires no load event: wait for the commit, then for pageshow.
      await tab.goBack({ waitUntil: 'commit' });
      await tab.waitForFunction(() => (window as unknown as { restored?: boolean }).restored !== undefined);
      expect(await tab.evaluate(() => (window as unknown as { restored?: boolean }).restored)).toBe(true);
      let again = '';
      for (let i = 0; i < 40 && again !== shown; i++, await tab.waitForTimeout(100)) again = await badge();
      expect(again).toBe(shown);
    } finally {
      await own.close();
    }
  });
});
