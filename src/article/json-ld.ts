/**
 * The schema.org objects a page describes itself with (<script type="application/ld+json">): every
 * object, whether the script holds one, an array, or an @graph. A script that is not valid JSON (pages
 * ship them with trailing commas or raw newlines) is passed over: the other metadata still counts.
 */
export type JsonLdObject = Record<string, unknown>;

/** Every JSON-LD object in the document, in document order, nested @graph members included. */
export function jsonLdObjects(document: Document): JsonLdObject[] {
  const found: JsonLdObject[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isObject(value)) {
      found.push(value);
      if ('@graph' in value) visit(value['@graph']);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // Not JSON: see above.
    }
  }
  return found;
}

/** Whether the object is an article (NewsArticle, ReportageNewsArticle, BlogPosting…), not a video or a page. */
export function isArticle(object: JsonLdObject): boolean {
  const types = [object['@type']].flat().filter((t): t is string => typeof t === 'string');
  return types.some((t) => /Article$|^BlogPosting$|^Report$/.test(t));
}

/** The string at `key`, or the `name` of the object there (publisher: {"name": "CNN"}). */
export function textOf(object: JsonLdObject, key: string): string | undefined {
  const value = [object[key]].flat()[0];
  if (typeof value === 'string') return value.trim() || undefined;
  if (isObject(value) && typeof value['name'] === 'string') return value['name'].trim() || undefined;
  return undefined;
}

function isObject(value: unknown): value is JsonLdObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
