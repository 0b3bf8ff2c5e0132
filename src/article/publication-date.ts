/**
 * Publication dates as pages write them, normalised to the YYYY-MM-DD the article files use.
 * The calendar day is the one the publisher wrote ("2022-05-11T00:14:13-03:00" is May 11), not the
 * day in UTC: the reader of the card knows the article by the date printed on it.
 */

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  ene: 1,
  abr: 4,
  ago: 8,
  dic: 12,
  enero: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  septiembre: 9,
  setiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12,
};

/**
 * The day a date string names, as YYYY-MM-DD, or undefined when it names none. Takes ISO 8601 with
 * or without time and zone ("2023-11-06T20:03:00.563Z"), unpadded ("2022-5-5 22:17:36"), compact
 * ("20170113"), and written dates in English or Spanish ("20 Nov 2019 08:02 GMT", "Nov. 19, 2019",
 * "jueves, 09 enero 2014 10:21").
 */
export function normalizeDate(text: string): string | undefined {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/.exec(value);
  if (iso) return calendarDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const compact = /^(\d{4})(\d{2})(\d{2})(?:\d{6})?$/.exec(value);
  if (compact) return calendarDay(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  return writtenDate(value.toLowerCase());
}

/** "20 Nov 2019", "9 de enero de 2014", "Nov. 19, 2019", "Tue Nov 19 21:57:01 UTC 2019". */
function writtenDate(text: string): string | undefined {
  const words = text.split(/[^\p{L}\d]+/u).filter((w) => w !== '' && w !== 'de');
  const monthAt = words.findIndex((w) => MONTHS[w] !== undefined);
  if (monthAt < 0) return undefined;
  const year = words.find((w) => /^\d{4}$/.test(w));
  // The day is the one- or two-digit number next to the month: before it ("20 Nov"), or after it.
  const next = (i: number) => (words[i] !== undefined && /^\d{1,2}$/.test(words[i]!) ? Number(words[i]) : undefined);
  const day = next(monthAt - 1) ?? next(monthAt + 1);
  if (year === undefined || day === undefined) return undefined;
  return calendarDay(Number(year), MONTHS[words[monthAt]!]!, day);
}

/** YYYY-MM-DD for a real day, undefined for "2022-02-30" (which Date would roll over to March). */
function calendarDay(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  if (year < 1900) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
