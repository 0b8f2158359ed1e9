import { describe, expect, it } from 'vitest';
import { findDate } from '@/lib/content/dates/date-find';
import { dateFromUrl } from '@/lib/content/dates/url-date';

describe('findDate reads a date anywhere in a short line, in many languages', () => {
  it.each([
    ['Anna Berg Mar 4, 2016', { year: 2016, month: 3, day: 4 }],
    ['3 mars 2019 | Politique, Monde', { year: 2019, month: 3, day: 3 }],
    ['Von Lena Koch, 4. März 2019, 10:15 Uhr', { year: 2019, month: 3, day: 4 }],
    ['martes, 5 de marzo de 2019', { year: 2019, month: 3, day: 5 }],
    ['Senin, 4 Maret 2019 10:15 WIB', { year: 2019, month: 3, day: 4 }],
    ['6 марта 2019, 12:30', { year: 2019, month: 3, day: 6 }],
    ['7 березня 2019', { year: 2019, month: 3, day: 7 }],
    ['8 сакавіка 2019', { year: 2019, month: 3, day: 8 }],
    ['Środa, 9 marca 2019', { year: 2019, month: 3, day: 9 }],
    ['2019 m. kovo 12 d. 14:05', { year: 2019, month: 3, day: 12 }],
    ['Березень 2019', { year: 2019, month: 3, day: null }],
    ['date 2019-03-04 share', { year: 2019, month: 3, day: 4 }],
    ['Publikováno 12. června 2018, 14:05', { year: 2018, month: 6, day: 12 }],
    ['2019. március 4. 10:15', { year: 2019, month: 3, day: 4 }],
    ['4 Mart 2019 Pazartesi', { year: 2019, month: 3, day: 4 }],
    ['Објављено: 4. марта 2019.', { year: 2019, month: 3, day: 4 }],
    ['4 მარტი, 2019', { year: 2019, month: 3, day: 4 }],
    ['Publicado el 9 de outubro de 2018', { year: 2018, month: 10, day: 9 }],
    ['2019年3月4日 10:15', { year: 2019, month: 3, day: 4 }],
    ['2019년 3월 4일', { year: 2019, month: 3, day: 4 }],
    ['Publicat: 7 februarie 2020', { year: 2020, month: 2, day: 7 }],
    ['Vydáno 4. 3. 2019 v 10:15', { year: 2019, month: 3, day: 4 }],
    ['2019. 03. 04. 10:15', { year: 2019, month: 3, day: 4 }],
    ['2019. gada 4. martā', { year: 2019, month: 3, day: 4 }],
    ['２０１９年３月４日', { year: 2019, month: 3, day: 4 }],
    ['४ मार्च 2019', { year: 2019, month: 3, day: 4 }],
  ])('“%s”', (line, parts) => expect(findDate(line)?.parts).toEqual(parts));

  // Languages no list in lib/ names: their months come from the runtime's CLDR data alone.
  it.each([
    ['is', 'Birt 12. mars 2024 kl. 14:05', { year: 2024, month: 3, day: 12 }],
    ['sw', 'Imechapishwa: Machi 12, 2024', { year: 2024, month: 3, day: 12 }],
    ['cy', 'Cyhoeddwyd 12 Mawrth 2024', { year: 2024, month: 3, day: 12 }],
    ['eu', '2024ko martxoaren 12a', { year: 2024, month: 3, day: 12 }],
    ['ta', '12 மார்ச் 2024', { year: 2024, month: 3, day: 12 }],
    ['am', 'ማርች 12, 2024', { year: 2024, month: 3, day: 12 }],
    ['mt', '12 ta’ Marzu 2024', { year: 2024, month: 3, day: 12 }],
    ['uz', '12 mart 2024', { year: 2024, month: 3, day: 12 }],
  ])('reads a %s month name from CLDR: “%s”', (lang, line, parts) => expect(findDate(line, { languages: [lang] })?.parts).toEqual(parts));

  it('reads the case forms Intl never writes, from the stem of the forms it does', () => {
    expect(findDate('У сакавіку 2020')?.parts).toEqual({ year: 2020, month: 3, day: null });
    expect(findDate('u ožujku 2019.')?.parts).toEqual({ year: 2019, month: 3, day: null });
    expect(findDate('в марте 2014 года')?.parts).toEqual({ year: 2014, month: 3, day: null });
  });

  it('reads numeric dates day first unless the page is US-English', () => {
    expect(findDate('04.03.2019')?.parts).toEqual({ year: 2019, month: 3, day: 4 });
    expect(findDate('04/03/2019')?.parts).toEqual({ year: 2019, month: 3, day: 4 });
    expect(findDate('04/03/2019', { monthFirst: true })?.parts).toEqual({ year: 2019, month: 4, day: 3 });
    expect(findDate('25/03/2019', { monthFirst: true })?.parts).toEqual({ year: 2019, month: 3, day: 25 });
  });

  it.each(['today', 'yesterday, 17:05', 'hier, 17:05', 'вчера', '2 hours ago', 'Friday', '$ 87.25 -0.60', '31.04.2019', 'v. 2.10.3'])(
    'finds no date in “%s” (relative expressions are never dates)',
    (line) => expect(findDate(line)).toBeNull(),
  );

  it('keeps a yearless date yearless and notes its weekday', () => {
    expect(findDate('Tuesday, 12 March')).toMatchObject({ parts: { year: null, month: 3, day: 12 }, weekday: true });
  });
});

describe('dateFromUrl', () => {
  it('reads a dated path', () => {
    expect(dateFromUrl('https://news.example/2015/12/20/belarus-trucks')?.parts).toEqual({ year: 2015, month: 12, day: 20 });
    expect(dateFromUrl('https://news.example/politics/2015/12/belarus')?.parts).toEqual({ year: 2015, month: 12, day: null });
    expect(dateFromUrl('https://news.example/a/2019-03-04-minsk-drones.html')?.parts).toEqual({ year: 2019, month: 3, day: 4 });
  });
  it('reads a year and month joined over the day, and eight figures as a folder or before a separator', () => {
    expect(dateFromUrl('https://news.example/tech/2024-05/28/content_6174901.html')?.parts).toEqual({ year: 2024, month: 5, day: 28 });
    expect(dateFromUrl('https://news.example/news/202504/t20250409_7777010.html')?.parts).toEqual({ year: 2025, month: 4, day: 9 });
    expect(dateFromUrl('https://news.example/20250409/market-opens')?.parts).toEqual({ year: 2025, month: 4, day: 9 });
  });
  it('takes no story number of eight figures before a file extension, nor a run of more figures, for a date', () => {
    expect(dateFromUrl('https://news.example/news/20111205.html')).toBeNull();
    expect(dateFromUrl('https://news.example/news/2011120512/x')).toBeNull();
    expect(dateFromUrl('https://news.example/news/20251340/x')).toBeNull();
  });
  it('finds nothing in an undated or impossible path', () => {
    expect(dateFromUrl('https://news.example/story/123456')).toBeNull();
    expect(dateFromUrl('https://news.example/2015/13/40/x')).toBeNull();
    expect(dateFromUrl('not a url')).toBeNull();
  });
});
