import type { EntityKind } from '../../shared/definitions';
import type { GeneratedEntity } from './entities';
import type { Random } from './random';
import { SOURCES_EN, SOURCES_ES } from './words';

type Language = 'en' | 'es';

/**
 * Sentences by the kind they are about: {P} person, {L} place, {O} institution, {T} term (the first
 * slot of the sentence's kind is its subject, named in full); {p} a person named before, by the
 * short form; {R} a built-in person, as a second pack's reports would name them; {D} {N} {Y} a day,
 * a number, a year.
 */
const TEMPLATES: Record<Language, Record<EntityKind | 'short' | 'filler', string[]>> = {
  en: {
    person: [
      '{P} told reporters in {L} on {D} that the {T} would not be delayed.',
      '"We will not negotiate under pressure," {P} said after meeting officials from {O}.',
      'Critics of {P} said the proposal did little to address the {T}.',
      '{P}, who has led {O} since {Y}, defended the decision in a statement.',
      '{P} met {R} in {L} last month, according to two people familiar with the talks.',
    ],
    place: [
      'In {L}, officials estimated that about {N},000 people had been affected.',
      'Residents of {L} said the {T} had changed little in their daily lives.',
      'The delegation from {O} arrived in {L} on {D} for two days of meetings.',
    ],
    organization: [
      '{O} said on {D} that it was reviewing the {T} and would respond within {N} days.',
      'A spokesperson for {O} declined to comment on the talks with {P}.',
      '{O} has asked {R} to clarify the plan before the vote.',
    ],
    term: ['The {T} has divided lawmakers for months, and {P} has become its most visible critic.', 'Supporters of the {T} say it will be debated in {L} before the end of the year.'],
    event: ['{T} was the main topic of the meeting in {L}.'],
    short: ['{p} later added that the talks would continue.', 'Asked about the timetable, {p} said only that it was "under review".'],
    filler: ['The talks are expected to resume next week.', 'Analysts said the outcome remained uncertain.', 'Neither side published the full text of the agreement.'],
  },
  es: {
    person: [
      '{P} dijo a periodistas en {L} el {D} que el debate sobre {T} no se aplazaría.',
      '"No vamos a negociar bajo presión", dijo {P} tras reunirse con funcionarios de {O}.',
      'Los críticos de {P} afirmaron que la propuesta no resolvía el problema de {T}.',
      '{P}, que dirige {O} desde {Y}, defendió la decisión en un comunicado.',
      '{P} se reunió con {R} en {L} el mes pasado, según dos personas al tanto de las conversaciones.',
    ],
    place: [
      'En {L}, las autoridades calcularon que unas {N} mil personas resultaron afectadas.',
      'Los habitantes de {L} dijeron que el debate sobre {T} apenas cambió su vida diaria.',
      'La delegación de {O} llegó a {L} el {D} para dos días de reuniones.',
    ],
    organization: [
      '{O} informó el {D} que revisaba la propuesta sobre {T} y respondería en {N} días.',
      'Un vocero de {O} no quiso comentar las conversaciones con {P}.',
      '{O} pidió a {R} que aclarara el plan antes de la votación.',
    ],
    term: ['El debate sobre {T} divide a los legisladores desde hace meses, y {P} es su crítico más visible.', 'Los defensores de {T} dicen que se discutirá en {L} antes de fin de año.'],
    event: ['{T} fue el tema principal de la reunión en {L}.'],
    short: ['{p} añadió después que las conversaciones seguirían.', 'Consultado por el calendario, {p} dijo solo que estaba "en revisión".'],
    filler: [
      'Se espera que las conversaciones se reanuden la próxima semana.',
      'Los analistas dijeron que el resultado seguía siendo incierto.',
      'Ninguna de las partes publicó el texto completo del acuerdo.',
    ],
  },
};

const DAYS: Record<Language, string[]> = {
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
  es: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes'],
};
const REAL_PEOPLE = ['Gustavo Petro', 'Donald Trump', 'Marco Rubio', 'Delcy Rodríguez', 'Piedad Córdoba'];
const SLOT_KIND: Record<string, EntityKind> = { P: 'person', L: 'place', O: 'organization', T: 'term' };

export interface GeneratedArticle {
  /** The file name under articles/. */
  file: string;
  text: string;
}

/** An article's date, from 2024-01-01 on: the file name and the front matter must agree. */
function dateOf(rng: Random): string {
  const day = new Date(Date.UTC(2024, 0, 1) + rng.int(0, 1060) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/**
 * `count` articles; article i names in full every entity at i, i + count, i + 2·count… (so every
 * entity is mentioned, as build --pack requires), plus a few others of the pack and built-in people.
 */
export function generateArticles(count: number, entities: readonly GeneratedEntity[], rng: Random): GeneratedArticle[] {
  const byKind = new Map<EntityKind, GeneratedEntity[]>();
  for (const e of entities) byKind.set(e.kind, [...(byKind.get(e.kind) ?? []), e]);
  return Array.from({ length: count }, (_, i) => {
    const language: Language = rng.next() < 0.55 ? 'en' : 'es';
    const own = entities.filter((_, e) => e % count === i);
    const named = (e: GeneratedEntity) => (language === 'es' && e.localNames ? e.localNames.es : e.name);
    const mentionedPeople: GeneratedEntity[] = [];
    const fill = (template: string, subject: GeneratedEntity | undefined) => {
      let subjectPlaced = false;
      return template.replace(/\{([A-Za-z])\}/g, (_, slot: string) => {
        const kind = SLOT_KIND[slot];
        if (kind) {
          const pick = !subjectPlaced && subject?.kind === kind ? subject : rng.pick(byKind.get(kind) ?? entities);
          if (pick === subject) subjectPlaced = true;
          if (pick.kind === 'person') mentionedPeople.push(pick);
          return named(pick);
        }
        if (slot === 'p') return rng.pick(mentionedPeople).short;
        if (slot === 'R') return rng.pick(REAL_PEOPLE);
        if (slot === 'D') return rng.pick(DAYS[language]);
        if (slot === 'N') return String(rng.int(2, 90));
        if (slot === 'Y') return String(rng.int(2005, 2023));
        throw new Error(`unknown slot {${slot}}`);
      });
    };
    const T = TEMPLATES[language];
    const sentences: string[] = [];
    for (const subject of [...own, ...Array.from({ length: 2 }, () => rng.pick(entities))]) {
      sentences.push(fill(rng.pick(T[subject.kind]), subject));
      if (mentionedPeople.length > 0 && rng.next() < 0.4) sentences.push(fill(rng.pick(T.short), undefined));
      if (rng.next() < 0.3) sentences.push(rng.pick(T.filler));
    }
    const paragraphs: string[] = [];
    for (let s = 0; s < sentences.length; ) {
      const size = 2 + (paragraphs.length % 2);
      paragraphs.push(sentences.slice(s, s + size).join(' '));
      s += size;
    }
    const lead = own[0] ?? rng.pick(entities);
    const date = dateOf(rng);
    const source = rng.pick(language === 'en' ? SOURCES_EN : SOURCES_ES);
    const title = language === 'en' ? `${named(lead)} in the news: report ${i + 1}` : `${named(lead)} en las noticias: informe ${i + 1}`;
    const summary = language === 'en' ? `A generated report that names ${own.map(named).join(', ')}.` : `Un informe generado que nombra a ${own.map(named).join(', ')}.`;
    const file = `${date}-report-${i + 1}.md`;
    const front = ['---', `title: ${title}`, `date: ${date}`, `source: ${source}`, `language: ${language}`, `summary: ${summary}`, `url: https://news.example/${language}/report-${i + 1}`, '---'];
    return { file, text: [...front, ...paragraphs, ''].join('\n') };
  });
}
