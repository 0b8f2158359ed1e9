import { describe, expect, it } from 'vitest';
import { matchByline, matchDateline, matchStamp } from '@/lib/content/segment/header-lines';

describe('bylines', () => {
  it('reads “By X”', () => expect(matchByline('By Andrei Parotnikau')).toEqual({ author: 'Andrei Parotnikau', outlet: null }));
  it('reads “Name, Outlet”', () => expect(matchByline('Siarhei Bohdan, BelarusDigest')).toEqual({ author: 'Siarhei Bohdan', outlet: 'BelarusDigest' }));
  it('reads “By X, Outlet”', () => expect(matchByline('By Jane Doe, Reuters')).toEqual({ author: 'Jane Doe', outlet: 'Reuters' }));
  it('reads the Romanian lower-case label “de X”', () => expect(matchByline('de Andrei Stan')).toEqual({ author: 'Andrei Stan', outlet: null }));
  it.each(['By the end of the year, Minsk will have new launchers.', 'by the way', 'Belarus, Ukraine sign deal', 'Lukashenko, Putin meet in Sochi'])(
    'does not take “%s” for a byline',
    (line) => expect(matchByline(line)).toBeNull(),
  );
  it.each([
    ['Par : Jeanne Dupont', 'Jeanne Dupont'],
    ['Von Klaus Weber', 'Klaus Weber'],
    ['Oleh Siti Rahma', 'Siti Rahma'],
    ['Журналіст Олена Коваль', 'Олена Коваль'],
    ['Автор: Иван Петров', 'Иван Петров'],
    ['Por María García y Luis Pérez', 'María García y Luis Pérez'],
  ])('reads the labelled byline “%s”', (line, author) => expect(matchByline(line)?.author).toBe(author));
});

describe('datelines and stamps', () => {
  it('reads a dateline with a time', () => expect(matchDateline('September 18, 2017 10:50')?.date).toEqual({ year: 2017, month: 9, day: 18 }));
  it('reads a labelled dateline', () => expect(matchDateline('Published: 18.09.2017')?.date).toEqual({ year: 2017, month: 9, day: 18 }));
  it.each([
    ['Jane Doe Mar 4, 2016', { year: 2016, month: 3, day: 4 }, 'Jane Doe'],
    ['Von Klaus Weber, 4. März 2019, 10:15 Uhr', { year: 2019, month: 3, day: 4 }, 'Klaus Weber'],
    ['Олена Коваль 4 березня 2019, 12:30', { year: 2019, month: 3, day: 4 }, 'Олена Коваль'],
  ])('finds the date inside the byline line “%s” and keeps the name', (line, date, author) => {
    const found = matchDateline(line);
    expect(found?.date).toEqual(date);
    expect(found?.byline?.author).toBe(author);
  });
  it.each([
    ['3 mars 2019 | Défense, International', { year: 2019, month: 3, day: 3 }],
    ['date 2019-03-04 | Share', { year: 2019, month: 3, day: 4 }],
    ['USD 92.40 EUR 101.10 | 4 March 2019', { year: 2019, month: 3, day: 4 }],
    ['Środa, 4 marca 2019', { year: 2019, month: 3, day: 4 }],
    ['4 сакавіка 2019, 09:00', { year: 2019, month: 3, day: 4 }],
  ])('reads a date glued to section names, tickers or a weekday: “%s”', (line, date) => expect(matchDateline(line)?.date).toEqual(date));
  it.each(['The parade on 9 May 2019 showed new drones', 'Minsk signed the deal on 4 March 2019 after long talks.', 'hier, 17:05', '2 hours ago'])(
    'does not take “%s” for a dateline',
    (line) => expect(matchDateline(line)).toBeNull(),
  );
  it('notes the weekday of a yearless “today” widget', () => expect(matchDateline('Monday, 4 March')).toMatchObject({ weekday: true, date: { year: null } }));
  it('reads an update stamp in French', () => expect(matchStamp('Mis à jour le 5 mars 2019 à 10:00')).toEqual({ year: 2019, month: 3, day: 5 }));
  it('reads an update stamp with the time first', () => expect(matchStamp('Updated at 23:08,31-05-2020')).toEqual({ year: 2020, month: 5, day: 31 }));
  it('does not read a sentence as a stamp', () => expect(matchStamp('Updated figures show that 2020 was a record year.')).toBeNull());
});
