import { isBoilerplate } from './boilerplate';

/**
 * What Readability keeps that is not the article's prose: figures and their captions, media and
 * embeds, controls, and headings (a subhead is a label, not a sentence a card could quote).
 */
const DROPPED_ELEMENTS = [
  'figure',
  'figcaption',
  'picture',
  'img',
  'svg',
  'video',
  'audio',
  'iframe',
  'object',
  'embed',
  'canvas',
  'button',
  'nav',
  'aside',
  'footer',
  'header',
  'form',
  'input',
  'select',
  'textarea',
  'label',
  'script',
  'style',
  'noscript',
  'template',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  '[hidden]',
  '[aria-hidden="true"]',
  '[role="navigation"]',
  '[role="complementary"]',
].join(',');

/**
 * Parts of class names and ids that mark page furniture inside the article's container: CNN's
 * "video-resource" and "ad-feedback-link", share bars, "related" boxes, captions, bylines.
 */
const FURNITURE = new Set([
  'video',
  'share',
  'sharing',
  'social',
  'newsletter',
  'subscribe',
  'subscription',
  'suscripcion',
  'promo',
  'advert',
  'advertisement',
  'ad',
  'ads',
  'related',
  'relacionadas',
  'relacionados',
  'caption',
  'credit',
  'credits',
  'byline',
  'author',
  'dateline',
  'timestamp',
  'breadcrumb',
  'breadcrumbs',
  'comments',
  'signup',
  'paywall',
  'readmore',
  'outbrain',
  'taboola',
  'embed',
  'tags',
  // El Colombiano's "Contexto de la Noticia": background to the story, in a box beside it.
  'contexto',
]);

/** Elements that end a paragraph: the text before and after them is not one line. */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * The article's paragraphs, one string each, from the element Readability chose: furniture
 * removed, every block element a paragraph break, white space collapsed, boilerplate lines dropped.
 * `title` drops a paragraph that only repeats the headline.
 */
export function articleParagraphs(content: Element, title: string): string[] {
  removeFurniture(content);
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    const text = collapse(line);
    if (text !== '') lines.push(text);
    line = '';
  };
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) line += child.textContent ?? '';
      else if (child.nodeType === ELEMENT_NODE) {
        const block = BLOCKS.has((child as Element).tagName.toUpperCase());
        if (block) flush();
        walk(child);
        if (block) flush();
      }
    }
  };
  walk(content);
  flush();
  return lines.filter((text, i) => !isBoilerplate(text) && text !== collapse(title) && text !== lines[i - 1]);
}

function removeFurniture(content: Element): void {
  for (const element of [...content.querySelectorAll(DROPPED_ELEMENTS)]) element.remove();
  const total = (content.textContent ?? '').length;
  for (const element of [...content.querySelectorAll('[class], [id]')]) {
    const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.toLowerCase();
    if (!names.split(/[\s_-]+/).some((part) => FURNITURE.has(part))) continue;
    // A wrapper named after its page ("video-article", "author-page") holds the article itself.
    if ((element.textContent ?? '').length > total / 2) continue;
    element.remove();
  }
}

/** One space for any run of white space (non-breaking and zero-width spaces too), trimmed. */
export function collapse(text: string): string {
  return text.replace(/[\s\u00a0\u200b\u2060\ufeff]+/g, ' ').trim();
}
