import { describe, expect, it } from 'vitest';
import { matchByline } from '@/lib/content/segment/byline';
import { isBylineLabel } from '@/lib/content/segment/byline-labels';
import { matchUncasedNameBesideDate } from '@/lib/content/segment/uncased-name';
import { matchDateline } from '@/lib/content/segment/header-lines';
import { markLine } from '@/lib/content/segment/segment';

describe('byline shapes', () => {
  it.each([
    ['Anna Kowalski, Correspondent in Kyiv', 'Anna Kowalski'],
    ['Олег Савчук, військовий оглядач', 'Олег Савчук'],
    ['Laura Gómez / Madrid', 'Laura Gómez'],
    ['Erik Lund/TT', 'Erik Lund'],
    ['Reporting by Jane Walker; Editing by Tom Hill', 'Jane Walker'],
    ['By Tom Reed in Kyiv', 'Tom Reed'],
    ['Von Lena Huber aus Wien', 'Lena Huber'],
    ['Por Pedro Martín desde Lima', 'Pedro Martín'],
    ['By Tom Reed for The Daily Post', 'Tom Reed'],
  ])('reads the writer of “%s”', (line, author) => expect(matchByline(line)?.author).toBe(author));

  it('takes no place or outlet after a preposition for the outlet, and keeps a particle or a second name in the name', () => {
    expect(matchByline('By Tom Reed for The Daily Post')?.outlet).toBeNull();
    expect(matchByline('Par Jean de La Fontaine')?.author).toBe('Jean de La Fontaine');
    expect(matchByline('By Tom Reed and Sarah Cole')?.author).toBe('Tom Reed and Sarah Cole');
  });

  it('takes neither a place nor an agency after a slash for the outlet', () => {
    expect(matchByline('Laura Gómez / Madrid')?.outlet).toBeNull();
    expect(matchByline('Erik Lund/TT')?.outlet).toBeNull();
  });

  it.each([
    'Edited by Paul Green',
    'Photo: Lisa Hart',
    // A dash joins two teams or two names in a headline: no byline.
    'Inter Milano – Roma',
    'Sarah Miller, who chairs the committee, said the vote was close.',
  ])('reads no byline in “%s”', (line) => expect(matchByline(line)).toBeNull());
});

describe('names in scripts without case, beside a date', () => {
  it.each([
    ['דנה כהן | 12.03.2024 14:05', 'דנה כהן'],
    ['12.03.2024 | דנה כהן', 'דנה כהן'],
    ['محمد سالم - 12/03/2024', 'محمد سالم'],
  ])('reads the name beside the date in “%s”', (line, author) => expect(matchDateline(line)?.byline?.author).toBe(author));

  it('reads one word beside a date as no name (a section, not a person)', () => expect(matchDateline('חדשות | 12.03.2024')?.byline).toBeNull());
  it('reads no name in a script written without spaces', () => expect(matchUncasedNameBesideDate('東京新聞')).toBeNull());
  it('reads no name of four words or more', () => expect(matchUncasedNameBesideDate('העירייה תפתח גן ציבורי חדש')).toBeNull());
});

describe('a credits line naming the writer and the photographer', () => {
  it.each([
    ['Texto: Laura Gómez | Foto: Juan Pérez', 'Laura Gómez'],
    ['Foto: Juan Pérez | Texto: Laura Gómez', 'Laura Gómez'],
    ['Text: Erik Lund Foto: Per Holm/TT', 'Erik Lund'],
    ['Foto: Per Holm Text: Erik Lund', 'Erik Lund'],
    ['Text: Anna Berg / Photo: Tom Reed', 'Anna Berg'],
    ['Текст: Олена Коваль, фото: Іван Петренко', 'Олена Коваль'],
    ['Snimak: Marko Ilić - Tekst: Ana Horvat', 'Ana Horvat'],
    ['Haber: Ahmet Yılmaz - Fotoğraf: Mehmet Kaya', 'Ahmet Yılmaz'],
  ])('takes the writer of “%s” as the byline, never the photographer', (line, author) => {
    const mark = markLine(line);
    expect(mark?.kind).toBe('byline');
    expect(mark?.kind === 'byline' ? mark.byline.author : null).toBe(author);
  });

  it.each(['Foto: Per Holm/TT', 'Photo: Lisa Hart | Getty Images', 'Photo: Lisa Hart / Getty Images', 'Фото: Іван Петренко, джерело: Reuters'])('leaves a photo credit alone a photo credit: “%s”', (line) =>
    expect(markLine(line)).toMatchObject({ kind: 'furniture', reason: 'photo-credit' }),
  );

  it('reads no writer among fields whose labels no table lists, with no picture’s credit among them', () =>
    expect(matchByline('Snimak: Marko Ilić - Obrada: Ana Horvat')).toBeNull());

  it('ends a labelled name at a full stop after a word, not after an initial', () => {
    expect(matchByline('Por Laura Gómez. Madrid')?.author).toBe('Laura Gómez');
    expect(matchByline('By J. R. Smith')?.author).toBe('J. R. Smith');
  });
});

describe('names in capitals and roles', () => {
  it.each([
    ['By SARAH MILLER Staff Writer', 'SARAH MILLER'],
    ['Por ANA LIMA e JOÃO REIS', 'ANA LIMA e JOÃO REIS'],
    ['Por Selin KAYA', 'Selin KAYA'],
  ])('ends a name in capitals where the capitals end: “%s”', (line, author) => expect(matchByline(line)?.author).toBe(author));

  it.each(['Reporter', 'Журналіст', 'Autor:'])('knows “%s” alone as a byline label', (word) => expect(isBylineLabel(word)).toBe(true));
  it.each(['Politics', 'Breaking News'])('knows “%s” as no byline label', (word) => expect(isBylineLabel(word)).toBe(false));
});
