import { describe, expect, it } from 'vitest';
import { findDate } from '@/lib/content/dates/date-find';

const march12 = { year: 2024, month: 3, day: 12 };

describe('a date glued to its label by a colon', () => {
  it.each(['Publikováno:12.03.2024', 'Datum:12. 3. 2024', 'Publicado:12/03/2024 14:05', 'Publikováno:12. března 2024', 'Objavljeno:12. marta 2024.', 'Data:12 marca 2024'])(
    'reads the day, month and year of “%s”',
    (line) => expect(findDate(line)?.parts).toEqual(march12),
  );

  it('does not read a time run into a year as a day', () => {
    expect(findDate('14:05.12.2024')).toBeNull();
    expect(findDate('12:30 marca 2024')?.parts).toEqual({ year: 2024, month: 3, day: null });
  });
});

describe('numeric dates in more shapes', () => {
  it.each(['12.03.2024.14:05', '12.03.2024,14h05'])('reads a date with its time run into it: “%s”', (line) => expect(findDate(line)?.parts).toEqual(march12));
  it('reads a figure after the year’s dot that is no time as no date', () => expect(findDate('version 12.03.2024.5')).toBeNull());

  it.each([
    ['12. III 2024.', march12],
    ['12.III.2024', march12],
    ['4. XII 2019 14:05', { year: 2019, month: 12, day: 4 }],
    ['12. VIII 2024', { year: 2024, month: 8, day: 12 }],
  ])('reads a month in Roman numerals: “%s”', (line, parts) => expect(findDate(line)?.parts).toEqual(parts));
  it.each(['Louis XIV 1715', '12 XIV 2024', '12. IIII 2024'])('reads no date in “%s”', (line) => expect(findDate(line)).toBeNull());
});

describe('Serbian months in the genitive', () => {
  it.each([
    ['12. juna 2024.', 6],
    ['5. јула 2024.', 7],
    ['12. маја 2024.', 5],
    ['12. септембра 2024.', 9],
    ['12. oktobra 2024.', 10],
    ['12. decembra 2024.', 12],
  ])('reads “%s” with its fleeting vowel or its short stem', (line, month) => expect(findDate(line, { languages: ['sr'] })?.parts.month).toBe(month));
  it('reads no month in an ordinary word that starts like one', () => expect(findDate('12 junaka 2024', { languages: ['sr'] })).toBeNull());
});
