import { describe, expect, it } from 'vitest';
import { normalizeDate } from './publication-date';

describe('normalizeDate', () => {
  it.each([
    ['2023-11-06T20:03:00.563Z', '2023-11-06'],
    // The publisher's own day, not UTC's (03:14 UTC would be the same day; 2022-05-05T21:00-05:00 is not).
    ['2022-05-05T21:00:00-05:00', '2022-05-05'],
    ['2022-5-5 22:17:36', '2022-05-05'],
    ['2022-05-03 13:32:45.000000', '2022-05-03'],
    ['20170113', '2017-01-13'],
    ['20190806103251', '2019-08-06'],
    ['20 Nov 2019 08:02 GMT', '2019-11-20'],
    ['Tue Nov 19 21:57:01 UTC 2019', '2019-11-19'],
    ['Jan. 13, 2017', '2017-01-13'],
    ['jueves, 09 enero 2014 10:21', '2014-01-09'],
    ['9 de septiembre de 2025', '2025-09-09'],
  ])('reads %s as %s', (text, day) => {
    expect(normalizeDate(text)).toBe(day);
  });

  it.each(['2026-02-30', '2025-13-01', 'yesterday', 'P3M,14S', '', 'Nov 2019'])('finds no day in %j', (text) => {
    expect(normalizeDate(text)).toBeUndefined();
  });
});
