import type { CDPSession, Page } from 'playwright-core';
import { expect } from 'vitest';
import { centerOfText } from '../../src/tools/page-text.mjs';

export interface PaintedHighlight {
  name: string;
  texts: string[];
}

/** What the page itself sees in CSS.highlights: the registry is shared by the page and the extension. */
export function paintedHighlights(page: Page): Promise<PaintedHighlight[]> {
  return page.evaluate(() =>
    // The extension paints StaticRanges (no toString): the text is read from the range's one text node.
    [...CSS.highlights].map(([name, highlight]) => ({ name, texts: [...highlight].map((r) => (r.startContainer as Text).data.slice(r.startOffset, r.endOffset)) })),
  );
}

/** Waits until the extension has painted something, and returns what it painted. */
export async function waitForPaint(page: Page): Promise<PaintedHighlight[]> {
  await page.waitForFunction(() => CSS.highlights.size > 0, undefined, { timeout: 10_000 });
  return paintedHighlights(page);
}

/** The centre of the first line box of the `nth` occurrence of `text` in the page's text. */
export async function textPoint(page: Page, text: string, nth = 0): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(centerOfText, { needle: text, nth });
  expect(point, `"${text}" (#${nth}) is on the page`).toBeDefined();
  return point!;
}

interface AXNode {
  nodeId: string;
  role?: { value?: string };
  name?: { value?: string };
  childIds?: string[];
  ignored?: boolean;
}

export interface AccessibleDialog {
  name: string;
  /** The dialog's text as the accessibility tree exposes it, in order. */
  text: string;
  buttons: string[];
}

/**
 * The dialogs in the page's accessibility tree. CDP's full tree includes closed shadow roots, so this
 * reads the card the way assistive technology does, not through the DOM.
 */
export async function accessibleDialogs(cdp: CDPSession): Promise<AccessibleDialog[]> {
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const collect = (node: AXNode, texts: string[], buttons: string[]) => {
    const role = node.role?.value;
    if (role === 'StaticText' && node.name?.value) texts.push(node.name.value);
    if (role === 'button' && node.name?.value) buttons.push(node.name.value);
    for (const id of node.childIds ?? []) {
      const child = byId.get(id);
      if (child) collect(child, texts, buttons);
    }
  };
  return nodes
    .filter((n) => n.role?.value === 'dialog' && !n.ignored)
    .map((dialog) => {
      const texts: string[] = [];
      const buttons: string[] = [];
      collect(dialog, texts, buttons);
      return { name: dialog.name?.value ?? '', text: texts.join(''), buttons };
    });
}

/** The page's serialised DOM without Backstory's card host: what the page's own code can see of it. */
export function domWithoutCardHost(page: Page): Promise<string> {
  return page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true) as HTMLElement;
    for (const host of copy.querySelectorAll('backstory-card')) host.remove();
    return copy.outerHTML;
  });
}

/** The serialised DOM, host included: to check that the host is the only addition. */
export function cardHostCount(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('backstory-card').length);
}

export interface ExtensionState {
  idle: boolean;
  entities: number;
  ranges: number;
  errors: string[];
}

/** Asks the content script of the test build for its state (see src/content/test-hooks.ts). */
export function extensionState(page: Page): Promise<ExtensionState | undefined> {
  return page.evaluate(
    () =>
      new Promise<ExtensionState | undefined>((resolve) => {
        const onState = (e: Event) => resolve(JSON.parse((e as CustomEvent<string>).detail));
        document.addEventListener('backstory:test-state', onState, { once: true });
        document.dispatchEvent(new CustomEvent('backstory:test-ask'));
        setTimeout(() => resolve(undefined), 500);
      }),
  );
}

/** Waits until the content script of the test build has no scan work left, and returns its state. */
export async function waitForIdle(page: Page, timeout = 15_000): Promise<ExtensionState> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const state = await extensionState(page);
    if (state?.idle) {
      // Idle twice in a row, 100 ms apart: a slice may have just queued more work.
      await page.waitForTimeout(100);
      const again = await extensionState(page);
      if (again?.idle) return again;
    }
    if (Date.now() > deadline) throw new Error(`the content script did not settle: ${JSON.stringify(state)}`);
    await page.waitForTimeout(50);
  }
}

/** Every range in the extension's highlights is attached to the page and not collapsed. */
export function rangesAreLive(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    [...CSS.highlights]
      .filter(([name]) => name.startsWith('backstory'))
      .every(([, h]) =>
        [...h].every(
          (r) => r.startContainer.isConnected && !r.collapsed && r.endOffset <= (r.startContainer as Text).length && (r.startContainer as Text).data.slice(r.startOffset, r.endOffset).trim() !== '',
        ),
      ),
  );
}

/** How many ranges the extension's highlights hold: each is a match it tracks, so this equals its state's `ranges`. */
export function paintedRangeCount(page: Page): Promise<number> {
  return page.evaluate(() => [...CSS.highlights].filter(([name]) => name.startsWith('backstory')).reduce((sum, [, h]) => sum + h.size, 0));
}

/** The painted texts, flattened and sorted. */
export async function paintedTexts(page: Page): Promise<string[]> {
  return (await paintedHighlights(page)).flatMap((h) => h.texts).sort();
}

export interface AccessibleButton {
  name: string;
  /** Centre of the button on screen, for a real click. */
  x: number;
  y: number;
}

/**
 * The buttons of the open dialog with their positions, read through the accessibility tree and the
 * DOM domain of CDP (both reach into closed shadow roots), so a test can click them like a reader.
 */
export async function dialogButtons(cdp: CDPSession): Promise<AccessibleButton[]> {
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: (AXNode & { backendDOMNodeId?: number })[] };
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const dialog = nodes.find((n) => n.role?.value === 'dialog' && !n.ignored);
  if (!dialog) return [];
  const buttons: (AXNode & { backendDOMNodeId?: number })[] = [];
  const walk = (node: AXNode & { backendDOMNodeId?: number }) => {
    if (node.role?.value === 'button') buttons.push(node);
    for (const id of node.childIds ?? []) {
      const child = byId.get(id);
      if (child) walk(child);
    }
  };
  walk(dialog);
  const located: AccessibleButton[] = [];
  for (const b of buttons) {
    if (b.backendDOMNodeId === undefined) continue;
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: b.backendDOMNodeId })) as { model: { content: number[] } };
    const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
    located.push({ name: b.name?.value ?? '', x: (x1 + x3) / 2, y: (y1 + y3) / 2 });
  }
  return located;
}

/** The dialog's box on screen (through CDP, closed shadow root included). */
export async function dialogBox(cdp: CDPSession): Promise<{ x: number; y: number; width: number; height: number } | undefined> {
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: (AXNode & { backendDOMNodeId?: number })[] };
  const dialog = nodes.find((n) => n.role?.value === 'dialog' && !n.ignored);
  if (dialog?.backendDOMNodeId === undefined) return undefined;
  const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: dialog.backendDOMNodeId })) as { model: { border: number[]; width: number; height: number } };
  return { x: model.border[0]!, y: model.border[1]!, width: model.width, height: model.height };
}

/** The open dialog's computed background and text colours (through CDP, closed shadow root included). */
export async function dialogColors(cdp: CDPSession): Promise<{ background: string; color: string } | undefined> {
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: (AXNode & { backendDOMNodeId?: number })[] };
  const dialog = nodes.find((n) => n.role?.value === 'dialog' && !n.ignored);
  if (dialog?.backendDOMNodeId === undefined) return undefined;
  const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: dialog.backendDOMNodeId })) as { object: { objectId: string } };
  const { result } = (await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: 'function () { const s = getComputedStyle(this); return { background: s.backgroundColor, color: s.color }; }',
    returnByValue: true,
  })) as { result: { value: { background: string; color: string } } };
  return result.value;
}

/** Relative luminance (0 black … 1 white) of a computed `rgb(…)` / `rgba(…)` colour. */
export function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? [])
    .slice(0, 3)
    .map(Number)
    .map((c) => {
      const s = c / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
  expect(b, `${color} is an rgb() colour`).toBeDefined();
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export interface PaintedMention {
  /** The highlight it is painted in (backstory-person, …). */
  highlight: string;
  text: string;
  /** Where it is: the text node's number in document order, and the offset in it. */
  at: string;
}

/** The extension's painted ranges in the light DOM, in document order. */
export function paintedInOrder(page: Page): Promise<PaintedMention[]> {
  return page.evaluate(() => {
    const numbers = new Map<Node, number>();
    const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) numbers.set(node, numbers.size);
    const all = [...CSS.highlights]
      .filter(([name]) => name.startsWith('backstory-') && name !== 'backstory-flash')
      .flatMap(([highlight, h]) =>
        [...h].map((r) => ({ highlight, node: numbers.get(r.startContainer) ?? -1, offset: r.startOffset, text: (r.startContainer as Text).data.slice(r.startOffset, r.endOffset) })),
      );
    all.sort((a, b) => a.node - b.node || a.offset - b.offset);
    return all.map(({ highlight, text, node, offset }) => ({ highlight, text, at: `${node}:${offset}` }));
  });
}

/**
 * Resolves once the page has been idle twice: the content script does its scanning in idle
 * callbacks, so work it queued before this call has run by then (were it still listening).
 */
export function afterTwoIdlePeriods(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((done) => requestIdleCallback(() => requestIdleCallback(() => done()))));
}
