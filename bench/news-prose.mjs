// Deterministic news-like prose for the bench: articles whose sentences name people, places,
// institutions and issues. A minority of stories are about the index's subject (Colombia, the US,
// drug policy) and name its entities at about the rate a real report does; the rest name other
// people and places, so most capitalised words are near-misses the matcher has to look up and reject.

/**
 * A small seeded PRNG (mulberry32): the same seed gives the same page on every run.
 * @param {number} seed
 */
export function randomSource(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    /** @template T @param {readonly T[]} list a non-empty list @returns {T} */
    pick: (list) => /** @type {T} */ (list[Math.floor(next() * list.length)]),
    /** @param {number} min @param {number} max */
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
  };
}

/** @typedef {ReturnType<typeof randomSource>} Random */
/** @typedef {{ headline: string, paragraphs: string[], related: string[] }} NewsArticle */

export const GIVEN_NAMES = [
  'Maria',
  'James',
  'Ana',
  'David',
  'Laura',
  'Carlos',
  'Sarah',
  'Michael',
  'Elena',
  'John',
  'Sofia',
  'Daniel',
  'Claire',
  'Ahmed',
  'Priya',
  'Juan',
  'Olivia',
  'Thomas',
  'Fatima',
  'Peter',
  'Lucia',
  'Robert',
  'Hannah',
  'Miguel',
  'Grace',
  'Andrew',
  'Isabel',
  'Kenji',
  'Nadia',
  'William',
];
const SURNAMES = [
  'Walker',
  'Gonzalez',
  'Chen',
  'Okafor',
  'Martin',
  'Silva',
  'Nguyen',
  'Kowalski',
  'Hernandez',
  'Brown',
  'Haddad',
  'Rossi',
  'Patel',
  'Moreau',
  'Fischer',
  'Lopez',
  'Tanaka',
  'Murphy',
  'Castillo',
  'Johansson',
  'Mensah',
  'Ortiz',
  'Schneider',
  'Dubois',
  'Kim',
  'Sanchez',
  'Novak',
  'Ibrahim',
  'Fernandez',
  'Wright',
];
export const PLACES = [
  'Lisbon',
  'Nairobi',
  'Manila',
  'Ottawa',
  'Lima',
  'Quito',
  'Madrid',
  'Berlin',
  'Jakarta',
  'Seoul',
  'Cairo',
  'Santiago',
  'Buenos Aires',
  'Mexico City',
  'Brazil',
  'Peru',
  'Ecuador',
  'Canada',
  'France',
  'Kenya',
  'the Philippines',
  'Texas',
  'Florida',
  'New York',
  'London',
  'Geneva',
  'Brussels',
  'Panama',
  'Chile',
  'Argentina',
];
const ORGANIZATIONS = [
  'the Ministry of Finance',
  'the Central Bank',
  'the Supreme Court',
  'Parliament',
  'the World Health Organization',
  'the United Nations',
  'the European Union',
  'the Senate',
  'the city council',
  'the electoral commission',
  'the Department of Justice',
  'the National Police',
  'the International Monetary Fund',
  'the Red Cross',
  'the teachers union',
  'the Chamber of Commerce',
  'the Attorney General',
  'the Constitutional Court',
];
const ISSUES = [
  'inflation',
  'tariffs',
  'interest rates',
  'climate change',
  'the budget deficit',
  'housing costs',
  'pension reform',
  'public health',
  'energy prices',
  'border security',
  'corruption',
  'wildfires',
  'unemployment',
  'food prices',
  'water shortages',
  'renewable energy',
];

/** Sentences of a story; {P} person, {L} place, {O} institution, {T} issue, {N} number, {D} day. */
const TEMPLATES = [
  '{P} told reporters in {L} on {D} that the government would not back down on {T}.',
  'In a statement released late on {D}, {O} said it was reviewing the proposal and would respond within {N} days.',
  'Officials in {L} estimated that about {N},000 people had been affected, though the figure could rise.',
  '"We are not going to negotiate under pressure," {P} said, adding that talks with {O} would continue.',
  'The dispute over {T} has divided lawmakers for months, and {P} has become its most visible critic.',
  'Analysts at a bank in {L} said the measure would add roughly {N} percent to costs next year.',
  'Critics, including {P}, argued that the plan did little to address {T} and favoured large companies.',
  '{O} is expected to publish its findings before the end of the month, according to two people familiar with the matter.',
  'Since taking office, {P} has travelled to {L} {N} times, more than any predecessor.',
  'Protesters gathered outside the offices of {O} on {D}, carrying signs about {T}.',
  'The agreement, signed in {L}, commits both governments to share information on {T}.',
  'A spokesperson for {O} declined to comment, citing an ongoing investigation.',
  'The vote passed by {N} to {N}, with several members of the governing coalition abstaining.',
  'Earlier this year, {P} met {P} in {L} to discuss {T} and trade.',
  'Residents said the situation had worsened since the last election, when {T} dominated the campaign.',
  'The report, which covers the past {N} years, found that spending on {T} had nearly doubled.',
  'Markets in {L} fell {N} percent on {D} after the announcement.',
  'Asked whether {P} would run again, an aide said no decision had been made.',
];

/** Sentences with no names at all: the bulk of any page's text. */
const FILLER = [
  'The weather is expected to stay dry through the weekend, with temperatures slightly above average.',
  'Tickets for the concert sold out within minutes, and resale prices climbed sharply overnight.',
  'The team scored twice in the second half to secure its third consecutive win of the season.',
  'Shoppers reported longer queues at supermarkets as the holiday period approached.',
  'The museum will reopen next month after a renovation that took nearly two years.',
  'Commuters faced delays of up to an hour after a signal failure on the main line.',
  'The recipe calls for fresh tomatoes, a handful of basil and a generous pour of olive oil.',
  'Scientists said the results were encouraging but cautioned that more research was needed.',
  'The company said quarterly revenue rose modestly, helped by strong demand for its services.',
  'Schools in the region will close early on Friday because of the expected storm.',
  'Volunteers spent the morning clearing rubbish from the beach and planting new dunes.',
  'The film has been praised for its performances, though some critics found the ending rushed.',
];

/**
 * The index's entities as the story's cast: its aliases grouped by the slot they fill. Terms fill
 * the issue slot; organisations and places their own.
 * @param {{ kind: string, aliases: { text: string }[] }[]} entities
 */
function indexCast(entities) {
  const by = (/** @type {string[]} */ kinds) => entities.filter((e) => kinds.includes(e.kind)).flatMap((e) => e.aliases.map((a) => a.text));
  return { P: by(['person']), L: by(['place']), O: by(['organization']), T: by(['term', 'event']) };
}

/**
 * Generates articles until their text reaches `chars` characters.
 * @param {{ chars: number, seed?: number, entities: { kind: string, aliases: { text: string }[] }[], onTopicShare?: number }} options
 *   `onTopicShare`: the share of stories about the index's subject (the rest name nobody in the index)
 * @returns {NewsArticle[]}
 */
export function newsArticles({ chars, seed = 1, entities, onTopicShare = 0.2 }) {
  const rng = randomSource(seed);
  const cast = indexCast(entities);
  const other = {
    P: () => `${rng.pick(GIVEN_NAMES)} ${rng.pick(SURNAMES)}`,
    L: () => rng.pick(PLACES),
    O: () => rng.pick(ORGANIZATIONS),
    T: () => rng.pick(ISSUES),
  };
  const articles = [];
  let total = 0;
  while (total < chars) {
    // In an on-topic story, about one slot in three names someone from the index, as a report on
    // Colombia names Petro in some sentences and a minister or a city in others.
    const onTopic = rng.next() < onTopicShare;
    const fill = (/** @type {keyof typeof cast} */ slot) => (onTopic && rng.next() < 0.35 && cast[slot]?.length ? rng.pick(cast[slot]) : other[slot]());
    const sentence = () =>
      rng.next() < 0.4
        ? rng.pick(FILLER)
        : capitalize(
            rng
              .pick(TEMPLATES)
              .replace(/\{([PLOTND])\}/g, (_, slot) =>
                slot === 'N' ? String(rng.int(2, 90)) : slot === 'D' ? rng.pick(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']) : fill(/** @type {'P' | 'L' | 'O' | 'T'} */ (slot)),
              ),
          );
    const paragraphs = Array.from({ length: rng.int(4, 9) }, () => Array.from({ length: rng.int(2, 5) }, sentence).join(' '));
    const headline = capitalize(`${fill('P')} faces questions over ${fill('T')} in ${fill('L')}`);
    const related = Array.from({ length: rng.int(2, 4) }, () => capitalize(`${fill('O')} weighs response to ${fill('T')}`));
    articles.push({ headline, paragraphs, related });
    total += headline.length + related.join('').length + paragraphs.join('').length;
  }
  return articles;
}

/** @param {string} text */
function capitalize(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The articles as one plain text, paragraphs separated by blank lines.
 * @param {ReturnType<typeof newsArticles>} articles
 */
export function articlesText(articles) {
  return articles.map((a) => [a.headline, ...a.paragraphs, ...a.related].join('\n\n')).join('\n\n');
}
