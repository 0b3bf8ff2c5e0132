/**
 * English or Spanish, told apart by their commonest words. Enough for news text, where a paragraph
 * holds dozens of them; a page's own lang attribute is wrong often enough to check it
 * (ultimasnoticias.com.ve serves Spanish under lang="en" to old Internet Explorers).
 */

/** Frequent words of one language that are rare in the other ("a", "no", "me" are in both). */
const STOP_WORDS: Record<'en' | 'es', ReadonlySet<string>> = {
  en: new Set('the of and to in is that for it with as was on by be at this are from have has had were which an not but or his her they their will would been who said'.split(' ')),
  es: new Set('el la los las de del que en y por con para una es se al lo como más pero sus fue ha han este esta son entre también sobre dijo desde cuando porque muy ya hasta según'.split(' ')),
};

/** How many more stop words one language must have before it counts as that language. */
const MARGIN = 3;
/** Fewer stop words than this, and the text is too short (or in neither language) to tell. */
const MINIMUM = 20;

/** Stop-word counts per language. */
export function stopWordCounts(text: string): { en: number; es: number } {
  const counts = { en: 0, es: 0 };
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (STOP_WORDS.en.has(word)) counts.en++;
    if (STOP_WORDS.es.has(word)) counts.es++;
  }
  return counts;
}

/** "en" or "es" when the text is clearly one of them, undefined when it cannot tell. */
export function detectLanguage(text: string): 'en' | 'es' | undefined {
  const { en, es } = stopWordCounts(text);
  if (en >= MINIMUM && en >= MARGIN * es) return 'en';
  if (es >= MINIMUM && es >= MARGIN * en) return 'es';
  return undefined;
}

/**
 * The article's language: what the page declares, unless it declares English or Spanish and the text
 * is clearly the other one; detection alone when it declares nothing. A declared French or German
 * stands, since detection knows only English and Spanish (and French shares "de", "la", "en").
 */
export function chooseLanguage(declared: string | undefined, text: string): string | undefined {
  const detected = detectLanguage(text);
  if (declared === undefined) return detected;
  if ((declared === 'en' || declared === 'es') && detected !== undefined) return detected;
  return declared;
}
