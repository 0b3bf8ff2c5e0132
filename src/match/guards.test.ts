import { describe, expect, it } from 'vitest';
import { mentions, overlay } from './test-overlay';
import { createMatcher } from './matcher';
import { NO_RULES, shows, verdictInputs, type EntityStats } from './guards';

/** The same entities without the overlay's rules: what the guards' word lists add. */
const withoutRules = createMatcher(overlay.entities, { rules: NO_RULES });
/** The same entities without their confusables. */
const withoutNever = createMatcher(
  overlay.entities.map((e) => ({ ...e, never: [] })),
  { rules: overlay.rules },
);

describe('a surname that is also a common word matches only when capitalised', () => {
  it.each(['un hombre rubio de ojos azules', 'tiene el pelo rubio', 'it was his trump card', 'data trumps intuition', 'they trumped the rivals'])('%s', (text) => {
    expect(mentions(text)).toEqual([]);
  });

  it('still matches the capitalised name', () => {
    expect(mentions('Rubio habló con Trump')).toEqual([
      ['Rubio', 'marco-rubio'],
      ['Trump', 'donald-trump'],
    ]);
  });

  it('does not let a capitalised "Trump card" through (a confusable)', () => {
    expect(mentions('Trump card games are back')).toEqual([]);
    expect(mentions('Trump card games are back', withoutNever)).toEqual([['Trump', 'donald-trump']]);
  });
});

describe('a surname preceded by a different given name is another person', () => {
  it.each([
    ['Pedro Rubio scored twice.', 'marco-rubio'],
    ['James Rodríguez signed for the club, said Delcy Rodríguez.', 'delcy-rodriguez'],
    ['Ivanka Trump spoke first.', 'donald-trump'],
    ['Pedro Rubio Scores Twice', 'marco-rubio'],
    ['James Rodríguez Signs For Club, Says Delcy Rodríguez', 'delcy-rodriguez'],
    ['Ivanka Trump Speaks First', 'donald-trump'],
  ])('%s', (text, entity) => {
    const found = mentions(text).filter(([surface]) => !surface.startsWith('Delcy'));
    expect(found.map(([, id]) => id)).not.toContain(entity);
  });

  it.each([
    ['Pedro Rubio Scores Twice', 'marco-rubio'],
    ['James Rodríguez Signs For Club, Says Delcy Rodríguez', 'delcy-rodriguez'],
    ['Ivanka Trump Speaks First', 'donald-trump'],
  ])('tells a listed given name in title case, where any word is capitalised: %s', (text, entity) => {
    // Without the given-name list, the same headline is (wrongly) linked: the list is what stops it.
    expect(mentions(text, withoutRules).map(([, id]) => id)).toContain(entity);
  });

  it.each(['El delantero Jordi Rubio marcó.', 'the fans cheered Carlitos Rubio on Sunday', 'said Xiomara Rodríguez, next to Delcy Rodríguez'])(
    'reads a capitalised word inside a lower-case sentence as a given name, listed or not: %s',
    (text) => {
      expect(mentions(text).map(([s]) => s)).not.toContain('Rubio');
      expect(mentions(text).map(([s]) => s)).not.toContain('Rodríguez');
    },
  );

  it.each([
    ['President Petro spoke.', 'Petro'],
    ['When Petro spoke, Rubio listened.', 'Petro'],
    ['Secretary of State Rubio arrived.', 'Rubio'],
    ['el presidente Petro habló', 'Petro'],
    ['PRESIDENT PETRO SPEAKS', 'PETRO'],
    ['Colombia’s Petro and Venezuela', 'Petro'],
    ['Trump Invites Petro To White House', 'Petro'],
  ])('keeps titles, function words and headlines: %s', (text, surface) => {
    expect(mentions(text).map(([s]) => s)).toContain(surface);
  });

  it.each([
    ['Anselmo Rubio abrió su panadería en 1987.', 'Rubio'],
    ['The port was closed. Wilmer Petro, 34, was detained.', 'Petro'],
    ['Edelmira Córdoba vende arepas. Conoció a Piedad Córdoba en 1998.', 'Córdoba'],
  ])('reads an unlisted capitalised word before a surname as a given name, at a sentence start too: %s', (text, surface) => {
    expect(mentions(text).filter(([s]) => s === surface)).toEqual([]);
  });

  it.each([
    ['Perhaps Trump meant it.', 'Trump'],
    ['Whether Rubio agrees is unclear.', 'Rubio'],
    ['Quizá Petro no lo esperaba.', 'Petro'],
    ['Todavía Trump no ha dicho si asistirá.', 'Trump'],
    ['Bogotá Asks Trump To Lift Sanctions', 'Trump'],
    ['Harsher Tone Than Trump on Russia', 'Trump'],
  ])('keeps a surname after a sentence adverb or inside title case: %s', (text, surface) => {
    expect(mentions(text).map(([s]) => s)).toContain(surface);
  });
});

describe('a common surname alone counts only where the page names the full entity', () => {
  it('drops "Rodríguez" on a page that never names Delcy Rodríguez', () => {
    expect(mentions('Rodríguez dijo que el equipo ganará.')).toEqual([]);
  });

  it('keeps it where the page names her', () => {
    expect(mentions('Delcy Rodríguez viajó. Después, Rodríguez habló.')).toEqual([
      ['Delcy Rodríguez', 'delcy-rodriguez'],
      ['Rodríguez', 'delcy-rodriguez'],
    ]);
  });
});

describe('known confusables never match', () => {
  it.each([
    'Columbia University announced',
    'the District of Columbia',
    'She studied at Columbia.',
    'British Columbia forests',
    'Colombian coffee and Venezuelan oil',
    'petroleum and petrol prices',
    'Petrobras, Petronas and Petrograd',
    'Petro-Canada stations',
    'the drug was recertified',
    'certify and recertify the results',
  ])('%s', (text) => {
    expect(mentions(text)).toEqual([]);
  });

  it('would match some of them without the overlay (the guard is the data)', () => {
    expect(mentions('Gran Colombia fell apart in 1831.', withoutNever)).toEqual([['Colombia', 'colombia']]);
    expect(mentions('Petro-Canada stations', withoutNever)).toEqual([['Petro', 'gustavo-petro']]);
  });
});

describe('the document decides about a lone surname', () => {
  it('drops "Rubio" where the page names another Rubio and never Marco Rubio', () => {
    expect(mentions('El concejal Pedro Rubio presentó una moción. Rubio, de 58 años, lleva tres legislaturas.')).toEqual([]);
  });

  it('keeps it where the page also names Marco Rubio', () => {
    expect(mentions('Pedro Rubio scored. Later, Marco Rubio spoke, and Rubio left.').map(([s]) => s)).toEqual(['Marco Rubio', 'Rubio']);
  });
});

describe('currency codes and shouted words', () => {
  it('does not read "US$" as the country', () => {
    expect(mentions('the share closed at US$ 12.40 in New York')).toEqual([]);
  });

  it('does not read "US" in a line of capitals as the country', () => {
    expect(mentions('WHAT THE CALL TELLS US ABOUT TRADE')).toEqual([]);
    expect(mentions('the US economy')).toEqual([['US', 'united-states']]);
  });
});

describe('verdictInputs', () => {
  it('covers everything shows() reads: stats with the same inputs give every mention the same verdict', () => {
    const all: EntityStats[] = [];
    for (let named = 0; named < 3; named++) for (let fullNamed = 0; fullNamed <= named; fullNamed++) for (let others = 0; others < 3; others++) all.push({ named, fullNamed, others });
    const conditions = [undefined, 'needs-full-name', 'surname', 'other-person'] as const;
    const alike = all.flatMap((a) => all.filter((b) => verdictInputs(a) === verdictInputs(b)).map((b) => [a, b] as const));
    let checked = 0;
    for (const [own1, own2] of alike) {
      for (const [rival1, rival2] of alike) {
        for (const condition of conditions) {
          for (const rivals of [undefined, [1]]) {
            const match = { entity: 0, condition, rivals };
            const verdict = (own: EntityStats, rival: EntityStats) => shows(match, (entity) => (entity === 0 ? own : rival));
            if (verdict(own1, rival1) !== verdict(own2, rival2)) throw new Error(`${JSON.stringify({ condition, rivals, own1, own2, rival1, rival2 })}`);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});
