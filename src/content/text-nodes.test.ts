// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { isInSkippedSubtree, ReadableCheck, readableTextNodes, TextWalk } from './text-nodes';

/** Puts parsed markup in the body (a parsed document, not an innerHTML sink). */
function setBody(html: string): void {
  document.body.replaceChildren(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
}

function walkAll(root: Node, readable = new ReadableCheck()): string[] {
  const walk = new TextWalk(root, readable);
  const texts: string[] = [];
  for (let node = walk.next(); node; node = walk.next()) texts.push(node.data);
  return texts;
}

describe('TextWalk and ReadableCheck', () => {
  it('passes over the text of scripts and styles, and leaves other skipped text to be checked where a name is found', () => {
    setBody(
      `<p>Petro spoke.</p><script>var petro = 1;</script><style>${'.petro{}'.repeat(60)}</style><textarea>Rubio</textarea><div contenteditable="true"><b>Trump</b></div><div contenteditable="false">Colombia</div>`,
    );
    const readable = new ReadableCheck();
    const walked = walkAll(document.body, readable);
    // Script, style and field texts never come out; the editor's does, for the check to refuse.
    expect(walked).toEqual(['Petro spoke.', 'Trump', 'Colombia']);
    const walk = new TextWalk(document.body, readable);
    const verdicts: [string, boolean][] = [];
    for (let node = walk.next(); node; node = walk.next()) verdicts.push([node.data, readable.isReadable(node)]);
    expect(verdicts).toEqual([
      ['Petro spoke.', true],
      ['Trump', false],
      ['Colombia', true],
    ]);
  });

  it("gives a walk's many checks the same verdicts once it notes its root's skipped text", () => {
    const paragraphs = Array.from({ length: 300 }, (_, i) => `<p>Petro ${i}</p>`).join('');
    setBody(`${paragraphs}<pre><b>Petro in code</b></pre><div contenteditable="true">Petro typed</div><p>Petro last</p>`);
    const queries = vi.spyOn(Element.prototype, 'querySelectorAll');
    const walk = new TextWalk(document.body, new ReadableCheck());
    const verdicts = new Map<string, boolean>();
    for (let node = walk.next(); node; node = walk.next()) verdicts.set(node.data, walk.isReadable(node));
    expect(queries.mock.calls.filter(([selector]) => String(selector).startsWith(':is('))).toHaveLength(1);
    queries.mockRestore();
    expect(verdicts.size).toBe(303);
    expect([...verdicts].filter(([, readable]) => !readable).map(([text]) => text)).toEqual(['Petro in code', 'Petro typed']);
    expect(verdicts.get('Petro last')).toBe(true);
  });

  it('keeps asking closest() where names are sparse: the query would cost more than it saves', () => {
    const paragraphs = Array.from({ length: 3000 }, (_, i) => (i % 10 === 0 ? `<p>Petro ${i}</p>` : `<p>Nobody ${i}</p>`)).join('');
    setBody(`${paragraphs}<pre>Petro in code</pre>`);
    const queries = vi.spyOn(Element.prototype, 'querySelectorAll');
    const walk = new TextWalk(document.body, new ReadableCheck());
    const refused: string[] = [];
    for (let node = walk.next(); node; node = walk.next()) if (node.data.startsWith('Petro') && !walk.isReadable(node)) refused.push(node.data);
    expect(refused).toEqual(['Petro in code']);
    expect(queries.mock.calls.filter(([selector]) => String(selector).startsWith(':is('))).toEqual([]);
    queries.mockRestore();
  });

  // Upper-case "FALSE" is in the browser tests: happy-dom ignores the selector's case flag.
  it('skips editors by their contenteditable value, and text nested deep in skipped elements', () => {
    setBody(
      '<div contenteditable=""><p>Empty</p></div><div contenteditable="false"><p>Off</p></div><div contenteditable="plaintext-only">Plain</div><pre><span><b>Deep</b></span></pre><p id="open">Open</p>',
    );
    const readable = new ReadableCheck();
    const verdicts = walkAll(document.body, readable).length;
    const walk = new TextWalk(document.body, readable);
    const readableTexts: string[] = [];
    for (let node = walk.next(); node; node = walk.next()) if (readable.isReadable(node)) readableTexts.push(node.data);
    expect(verdicts).toBe(5);
    expect(readableTexts).toEqual(['Off', 'Open']);
    expect(isInSkippedSubtree(document.querySelector('b')!)).toBe(true);
    expect(isInSkippedSubtree(document.getElementById('open')!.firstChild!)).toBe(false);
  });

  it('fills batches of the size asked for, and says when the walk has ended', () => {
    setBody('<p>Petro</p>\n  <p>Rubio</p>\n  <p>Trump</p>\n');
    const walk = new TextWalk(document.body, new ReadableCheck());
    const first: Text[] = [];
    expect(walk.fill(first, 2)).toBe(true);
    expect(first.map((n) => n.data)).toEqual(['Petro', 'Rubio']);
    const rest: Text[] = [];
    expect(walk.fill(rest, 2)).toBe(false);
    expect(rest.map((n) => n.data)).toEqual(['Trump']);
  });

  it('passes over blank text: indentation, no-break spaces', () => {
    setBody('<ul>\n  <li>Petro</li>\n  <li>\u00a0</li>\n  <li> · </li>\n</ul>');
    expect(walkAll(document.body)).toEqual(['Petro', ' · ']);
  });

  it('gives only readable text to the scan tool', () => {
    setBody('<h1>Title</h1><noscript>Enable JavaScript</noscript><code>Petro()</code><p>Body <i>text</i></p>');
    expect(readableTextNodes(document.body).map((n) => n.data)).toEqual(['Title', 'Body ', 'text']);
  });

  it('finds the open shadow roots of custom elements, not those of skipped ones', () => {
    setBody('<news-card></news-card><div><quote-box></quote-box></div><pre><code-view></code-view></pre>');
    for (const name of ['news-card', 'quote-box', 'code-view']) {
      const paragraph = document.createElement('p');
      paragraph.textContent = name;
      document.querySelector(name)!.attachShadow({ mode: 'open' }).append(paragraph);
    }
    document.body.append(document.createElement('late-card'));
    const { roots, without } = new TextWalk(document.body, new ReadableCheck()).shadowRoots();
    expect(roots.map((s) => s.host.localName)).toEqual(['news-card', 'quote-box']);
    // No shadow root yet (not defined yet): looked at again later; the skipped one never.
    expect(without.map((e) => e.localName)).toEqual(['late-card']);
  });

  it("finds the walk root's own open shadow root (a feed appends a web component, which is walked as a root)", () => {
    setBody('<feed-card><p>light</p></feed-card>');
    const host = document.querySelector('feed-card')!;
    const inner = document.createElement('quote-box');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(new TextWalk(host, new ReadableCheck()).shadowRoots().roots.map((s) => s.host.localName)).toEqual(['feed-card']);
  });

  it('knows when the node it stands on was moved or removed, and only then', () => {
    setBody('<div id="a"><p>Petro</p><p>Rubio</p></div><div id="b"><p>Trump</p></div><aside id="c">Ad</aside>');
    const walk = new TextWalk(document.body, new ReadableCheck());
    expect(walk.next()?.data).toBe('Petro');
    const a = document.getElementById('a')!;
    const c = document.getElementById('c')!;
    // Elsewhere on the page: the walk goes on.
    c.remove();
    walk.noteRemoval([c]);
    expect(walk.isIntact).toBe(true);
    // The block holding its node moved to the end: the walker would carry on from there, so it must start again.
    document.body.append(a);
    walk.noteRemoval([a]);
    expect(a.isConnected).toBe(true);
    expect(walk.isIntact).toBe(false);
  });
});
