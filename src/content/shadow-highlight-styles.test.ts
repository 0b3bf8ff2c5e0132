// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ShadowHighlightStyles } from './shadow-highlight-styles';

const RULES = '::highlight(backstory-person) { text-decoration-line: underline; }';

function component(): { shadow: ShadowRoot; text: Text; own: CSSStyleSheet } {
  const host = document.createElement('news-card');
  const shadow = host.attachShadow({ mode: 'open' });
  const own = new CSSStyleSheet();
  own.replaceSync('p { margin: 0; }');
  shadow.adoptedStyleSheets = [own];
  const p = document.createElement('p');
  const text = document.createTextNode('Marco Rubio');
  p.append(text);
  shadow.append(p);
  document.body.append(host);
  return { shadow, text, own };
}

describe('ShadowHighlightStyles', () => {
  it("adds the rules to the shadow root of painted text once, keeps the page's sheets, and takes only its own out", () => {
    document.body.replaceChildren();
    const { shadow, text, own } = component();
    const light = document.createElement('p').appendChild(document.createTextNode('Petro'));
    const styles = new ShadowHighlightStyles(RULES);
    styles.coverNode(light);
    styles.coverNode(text);
    styles.coverNode(text);
    expect(shadow.adoptedStyleSheets.length).toBe(2);
    expect(shadow.adoptedStyleSheets[0]).toBe(own);
    // (happy-dom parses no ::highlight rule; the browser tests look at the painted result.)
    expect(shadow.adoptedStyleSheets[1]).toBeInstanceOf(CSSStyleSheet);
    expect(shadow.adoptedStyleSheets[1]).not.toBe(own);
    styles.clear();
    expect([...shadow.adoptedStyleSheets]).toEqual([own]);
  });

  it('adds the rules again where the page replaced the list', () => {
    document.body.replaceChildren();
    const { shadow, text, own } = component();
    const styles = new ShadowHighlightStyles(RULES);
    styles.coverNode(text);
    shadow.adoptedStyleSheets = [own];
    styles.ensureAdopted();
    expect(shadow.adoptedStyleSheets.length).toBe(2);
  });

  it('takes its rules out of a shadow root whose host left the page, and adds them once when it returns', () => {
    document.body.replaceChildren();
    const { shadow, text, own } = component();
    const styles = new ShadowHighlightStyles(RULES);
    styles.coverNode(text);
    const host = shadow.host;
    host.remove();
    styles.ensureAdopted();
    expect([...shadow.adoptedStyleSheets]).toEqual([own]);
    document.body.append(host);
    styles.coverNode(text);
    styles.coverNode(text);
    styles.ensureAdopted();
    expect(shadow.adoptedStyleSheets.length).toBe(2);
    styles.clear();
    expect([...shadow.adoptedStyleSheets]).toEqual([own]);
  });
});
