import type { EntityKind } from '../../shared/definitions';
import { fold, tokenize } from '../../match/normalize';
import type { Random } from './random';
import * as W from './words';

/** A generated entity, as entities.json spells it (the overlay), with the forms its articles use. */
export interface GeneratedEntity {
  id: string;
  name: string;
  localNames?: { es: string };
  kind: EntityKind;
  role: { en: string; es: string };
  aliases: (string | { text: string; needsFullName: true })[];
  /** What a later sentence calls it: its one-word alias, or its name again. */
  short: string;
}

/** How an alias is compared for uniqueness inside one pack (as the overlay's own check does). */
const aliasKey = (text: string) =>
  tokenize(text)
    .map((t) => fold(t.surface))
    .join(' ');

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

const ROLE: Record<EntityKind, [string, string]> = {
  person: ['Person in the generated benchmark pack', 'Persona del paquete de prueba generado'],
  place: ['Place in the generated benchmark pack', 'Lugar del paquete de prueba generado'],
  organization: ['Institution in the generated benchmark pack', 'Institución del paquete de prueba generado'],
  term: ['Term in the generated benchmark pack', 'Término del paquete de prueba generado'],
  event: ['Event in the generated benchmark pack', 'Evento del paquete de prueba generado'],
};

/** Keeps ids and aliases unique across the pack, as build --pack requires. */
class Registry {
  private ids = new Set<string>();
  private aliases = new Set<string>();

  /** Whether every alias is still free; if so, takes them. */
  claim(texts: readonly string[]): boolean {
    const keys = new Set(texts.map(aliasKey));
    if ([...keys].some((k) => this.aliases.has(k))) return false;
    for (const k of keys) this.aliases.add(k);
    return true;
  }

  isFree(text: string): boolean {
    return !this.aliases.has(aliasKey(text));
  }

  id(name: string): string {
    const base = slug(name) || 'entity';
    let id = base;
    for (let n = 2; this.ids.has(id); n++) id = `${base}-${n}`;
    this.ids.add(id);
    return id;
  }
}

const unaccented = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');

/** `count` entities of the mix of a news pack, the colliding ones first so a small pack is all collisions. */
export function generateEntities(count: number, rng: Random): GeneratedEntity[] {
  const registry = new Registry();
  const coined = coiner(rng);
  const role = (kind: EntityKind, where: string): GeneratedEntity['role'] => ({ en: `${ROLE[kind][0]} (${where})`, es: `${ROLE[kind][1]} (${where})` });
  const shares = { term: Math.round(count * 0.05), organization: Math.round(count * 0.15), place: Math.round(count * 0.15) };
  const persons = count - shares.term - shares.organization - shares.place;
  const out: GeneratedEntity[] = [];

  const add = (kind: EntityKind, name: string, extra: GeneratedEntity['aliases'], where: string, es?: string, short?: string): boolean => {
    const texts = [name, ...(es && es !== name ? [es] : []), ...extra.map((a) => (typeof a === 'string' ? a : a.text))];
    if (!registry.claim(texts)) return false;
    const aliases = [...(es && es !== name ? [es] : []), ...extra];
    out.push({ id: registry.id(name), name, ...(es && es !== name ? { localNames: { es } } : {}), kind, role: role(kind, where), aliases, short: short ?? name });
    return true;
  };

  // People: the built-in surnames first (with every given name), then common surnames, then made-up ones.
  const given = [...W.COLLIDING_GIVEN_NAMES, ...W.GIVEN_NAMES];
  const colliding = given.flatMap((g) => W.COLLIDING_SURNAMES.map((s) => [g, s] as const));
  const common = rng.shuffle(W.SURNAMES.flatMap((s) => W.GIVEN_NAMES.map((g) => [g, s] as const)));
  const surnameTaken = new Set<string>();
  const people = function* () {
    yield* colliding;
    yield* common;
    for (;;) yield [rng.pick(given), coined()] as const;
  };
  for (const [g, s] of people()) {
    if (out.length >= persons) break;
    const name = `${g} ${s}`;
    if (W.REAL_FULL_NAMES.includes(name)) continue;
    const extra: GeneratedEntity['aliases'] = [];
    if (unaccented(name) !== name) extra.push(unaccented(name));
    // The first person of a surname that is rare (a built-in one, a made-up one) goes by it alone;
    // Rodríguez is common enough that an editor would ask for the full name, as the built-in pack does.
    // Córdoba alone is the pack's city: a surname and a place, as in the built-in pack.
    const shared = W.SURNAMES.includes(s) || W.BARE_COLLIDING_PLACES.includes(s);
    let short = name;
    if (!shared && !surnameTaken.has(s) && registry.isFree(s)) {
      extra.push(s === 'Rodríguez' ? { text: s, needsFullName: true } : s);
      short = s;
    }
    if (add('person', name, extra, rng.pick(W.PLACE_WORDS), undefined, short)) surnameTaken.add(s);
  }

  // Places: bare colliding names, real-word places, then made-up ones.
  const placeStart = out.length;
  const placeNames = function* () {
    yield* W.BARE_COLLIDING_PLACES;
    for (const w of W.COLLIDING_PLACE_WORDS) for (const p of W.PLACE_PATTERNS) yield p.replace('{W}', w);
    for (const w of rng.shuffle(W.PLACE_WORDS)) for (const p of W.PLACE_PATTERNS) yield p.replace('{W}', w);
    // Places named after people, as many are (Puerto López, Villa García, Adams County).
    for (const w of rng.shuffle(W.SURNAMES)) for (const p of W.PLACE_PATTERNS) yield p.replace('{W}', w);
    for (;;) yield rng.pick(W.PLACE_PATTERNS).replace('{W}', coined());
  };
  for (const name of placeNames()) {
    if (out.length - placeStart >= shares.place) break;
    add('place', name, unaccented(name) !== name ? [unaccented(name)] : [], rng.pick(W.COUNTRIES));
  }

  // Institutions: named with built-in words, like a built-in one for another country, then made-up.
  const orgStart = out.length;
  const orgNames = function* (): Generator<[string, string | undefined]> {
    for (const [en, es] of W.COUNTRY_ORG_PATTERNS) for (let i = 0; i < W.COUNTRIES.length; i++) yield [en.replace('{C}', W.COUNTRIES[i]!), es.replace('{P}', W.PAISES[i]!)];
    for (const w of W.ORG_WORDS) for (const p of W.ORG_PATTERNS) yield [p.replace('{W}', w), undefined];
    for (const w of rng.shuffle(W.SURNAMES)) for (const p of W.ORG_PATTERNS) yield [p.replace('{W}', w), undefined];
    for (;;) yield [rng.pick(W.ORG_PATTERNS).replace('{W}', coined()), undefined];
  };
  for (const [name, es] of orgNames()) {
    if (out.length - orgStart >= shares.organization) break;
    add('organization', name, [], rng.pick(W.COUNTRIES), es);
  }

  // Terms: the built-in terms' words in new terms ("extradition treaty", "tratado de extradición").
  const termStart = out.length;
  const termNames = function* (): Generator<[string, string]> {
    const adjectives = new Set(['forced', 'voluntary', 'aerial', 'fiscal']);
    for (const [head, núcleo] of W.TERM_HEADS) {
      for (const [lead, guía] of W.TERM_LEADS) yield [`${lead} ${head}`, adjectives.has(lead) ? `${núcleo} ${guía}` : `${núcleo} de ${guía}`];
    }
    for (;;) {
      const word = coined().toLowerCase();
      yield [`${rng.pick(W.TERM_LEADS)[0]} ${word}`, `${word} de ${rng.pick(W.TERM_LEADS)[1]}`];
    }
  };
  for (const [name, es] of termNames()) {
    if (out.length - termStart >= shares.term) break;
    add('term', name, [], 'policy', es);
  }
  return out;
}

/** Made-up capitalised words, never the same twice. */
function coiner(rng: Random): () => string {
  const used = new Set<string>();
  return () => {
    for (;;) {
      const word = Array.from({ length: rng.int(2, 3) }, () => rng.pick(W.ONSETS) + rng.pick(W.VOWELS) + rng.pick(W.CODAS)).join('');
      if (used.has(word)) continue;
      used.add(word);
      return word.charAt(0).toUpperCase() + word.slice(1);
    }
  };
}
