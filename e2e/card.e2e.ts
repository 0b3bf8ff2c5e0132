import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension } from '../src/tools/chromium.mjs';
import { DEFAULT_SETTINGS } from '../src/shared/settings';
import { cardWatch, untilRested, watchCard } from './support/card-watch';
import { accessibleDialogs, textPoint, waitForPaint, type AccessibleDialog } from './support/probes';
import { builtIndex, startServer } from '../src/tools/local-server.mjs';

let server: Awaited<ReturnType<typeof startServer>>;
let browser: Awaited<ReturnType<typeof launchWithExtension>>;
let page: Page;
let cdp: CDPSession;

beforeAll(async () => {
  server = await startServer();
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  cdp = await browser.context.newCDPSession(page);
  await page.goto(`${server.origin}/demo/`);
  await waitForPaint(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Polls the accessibility tree until a dialog is exposed (or none is, with `expectNone`). */
async function dialogs(expectNone = false): Promise<AccessibleDialog[]> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const found = await accessibleDialogs(cdp);
    if ((found.length === 0) === expectNone || Date.now() > deadline) return found;
    await page.waitForTimeout(50);
  }
}

async function hover(text: string, nth = 0): Promise<AccessibleDialog> {
  const { x, y } = await textPoint(page, text, nth);
  await page.mouse.move(x, y);
  const [dialog] = await dialogs();
  expect(dialog, `a card opens for ${text}`).toBeDefined();
  return dialog!;
}

async function closeWithEscape(): Promise<void> {
  await page.keyboard.press('Escape');
  expect(await dialogs(true)).toEqual([]);
}

describe('hover card', () => {
  it('opens for a painted name with its role and the article sentences that mention it', async () => {
    const dialog = await hover('Marco Rubio');
    expect(dialog.name).toBe('Marco Rubio');
    expect(dialog.text).toContain('Person');
    expect(dialog.text).toContain('U.S. Secretary of State');
    expect(dialog.text).toContain('Secretary of State Marco Rubio and the Colombian Foreign Minister are making the necessary arrangements.');
    expect(dialog.text).toContain('Trump invites Petro to White House after phone call');
    expect(dialog.text).toContain('January 7, 2026');
  });

  it('closes on Escape', async () => {
    await closeWithEscape();
  });

  it('shows every entity of the index with its sentences from the article', async () => {
    const index = builtIndex();
    const article = index.articles[0]!;
    for (const entity of index.entities) {
      const first = entity.mentions[0]!;
      const sentence = article.sentences[first.sentence]!;
      const surface = sentence.slice(first.start, first.end);
      // The demo page renders the summary first; find the occurrence inside the body's sentence.
      const nth = await page.evaluate(
        ({ sentence, surface, start }) => {
          const text = document.body.textContent ?? '';
          const at = text.indexOf(sentence) + start;
          let count = 0;
          for (let i = text.indexOf(surface); i >= 0 && i < at; i = text.indexOf(surface, i + 1)) count++;
          return count;
        },
        { sentence, surface, start: first.start },
      );
      await page.mouse.move(0, 0);
      await dialogs(true);
      const dialog = await hover(surface, nth);
      expect(dialog.name).toBe(entity.name);
      expect(dialog.text).toContain(sentence);
      await closeWithEscape();
    }
  });

  it('does not open when the pointer is beside a name, in the margin', async () => {
    // A name that starts its line: in the margin beside it, the caret snaps into the name itself.
    const line = await page.evaluate(() => {
      for (const [, highlight] of CSS.highlights) {
        for (const r of highlight) {
          const range = new Range();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          const y = range.getClientRects()[0]!.top + 2;
          const caret = document.caretPositionFromPoint(5, y);
          if (caret?.offsetNode === r.startContainer && caret.offset >= r.startOffset && caret.offset <= r.endOffset) return { text: range.toString(), y, x: range.getClientRects()[0]!.left + 2 };
        }
      }
      return undefined;
    });
    expect(line, 'a painted name starts a line of the demo').toBeDefined();
    await page.mouse.move(5, line!.y);
    await watchCard(page);
    await page.mouse.move(5, line!.y + 1);
    await untilRested(page, 3 * DEFAULT_SETTINGS.dwellMs);
    expect((await cardWatch(page)).opened, 'cards opened while the pointer rested in the margin').toEqual([]);
    expect(await accessibleDialogs(cdp)).toEqual([]);
    // The same line, on the name: the card opens (so the pointer was where a card can open).
    await page.mouse.move(line!.x, line!.y, { steps: 4 });
    expect((await dialogs())[0]?.name).toBeTruthy();
    const watch = await cardWatch(page);
    expect(watch.opened).toHaveLength(1);
    expect(watch.opened[0]).toBeGreaterThanOrEqual(watch.lastMove);
  });
});
