import { describe, expect, it } from 'vitest';
import { findDate } from '@/lib/content/dates/date-find';
import { monthIn } from '@/lib/content/dates/month-names';

const march12 = { year: 2024, month: 3, day: 12 };

describe('a day glued to the word before it', () => {
  it.each(['Cronaca12 marzo 2024', 'Pubblicato12 Marzo 2024', 'Objavio12. marta 2024.', 'Publicado12 de marzo de 2024'])('reads the day of “%s”', (line) =>
    expect(findDate(line)?.parts).toEqual(march12),
  );
  it.each(['the G20 March 2024 summit', 'flight MH17 March 2024', 'COP28 marzo 2024'])('reads no day out of a code in capitals: “%s”', (line) =>
    expect(findDate(line)?.parts).toEqual({ year: 2024, month: 3, day: null }),
  );
});

describe('a time glued to a numeric date', () => {
  it.each(['16.03.202412:40', '12:4016.03.2024', 'Svet12:4016.03.2024', '16.03.2024 12:40'])('reads “%s” as 16 March 2024', (line) =>
    expect(findDate(line)?.parts).toEqual({ year: 2024, month: 3, day: 16 }),
  );
  it.each(['1.2.2024123', '123:4516.03.2024', '16.03.20241234'])('reads no date in a run of figures: “%s”', (line) => expect(findDate(line)).toBeNull());
});

describe('a month name in capitals without its accents', () => {
  it.each([
    ['12 ΜΑΡΤΙΟΥ 2024', march12],
    ['ΤΡΙΤΗ 12 ΜΑΡΤΙΟΥ 2024', march12],
    ['12 DECEMBRE 2024', { year: 2024, month: 12, day: 12 }],
    ['5 AOUT 2024', { year: 2024, month: 8, day: 5 }],
  ])('reads “%s”', (line, parts) => expect(findDate(line)?.parts).toEqual(parts));
  it('keeps the accent in lower case: “μαρτιου” is no Greek month as written in running text', () => {
    expect(monthIn('el', 'μαρτιου')).toBeNull();
    expect(monthIn('el', 'ΜΑΡΤΙΟΥ')).toBe(3);
    expect(monthIn('el', 'Μαρτίου')).toBe(3);
  });
});

describe('a preposition glued to the month', () => {
  it.each([
    ['12 במרץ 2024', march12],
    ['12 בינואר 2024, 14:05', { year: 2024, month: 1, day: 12 }],
  ])('reads Hebrew “%s”', (line, parts) => expect(findDate(line)?.parts).toEqual(parts));
  it('still reads the month without it', () => expect(monthIn('he', 'מרץ')).toBe(3));
});

describe('the comma before the year', () => {
  it('reads an Arabic comma', () => expect(findDate('12 مارس، 2024')?.parts).toEqual(march12));
  it('reads a Latin comma', () => expect(findDate('12 marzo, 2024')?.parts).toEqual(march12));
});

describe('Turkish months in capitals', () => {
  it.each([
    ['12 KASIM 2024', 11],
    ['12 MAYIS 2024 PAZARTESİ', 5],
    ['8 HAZİRAN 2014 / ZAMAN', 6],
    ['12 NİSAN 2024', 4],
  ])('reads “%s” though its dotted and dotless i lower-case the wrong way', (line, month) => expect(findDate(line)?.parts).toEqual({ year: line.includes('2014') ? 2014 : 2024, month, day: line.startsWith('8') ? 8 : 12 }));
  it('reads no month in a lower-case word missing its dotless i', () => expect(findDate('12 kasim 2024', { languages: ['tr'] })).toBeNull());
});

describe('a month word between slashes or hyphens', () => {
  it.each(['الثلاثاء 12/مارس/2024', '12-mars-2024', '12/marzo/2024'])('reads “%s” like a numeric date', (line) => expect(findDate(line)?.parts).toEqual(march12));
});
