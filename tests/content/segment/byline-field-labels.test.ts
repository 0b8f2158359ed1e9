import { describe, expect, it } from 'vitest';
import { bylinePeople } from '@/lib/content/extract/byline-people';
import { nameStopwords } from '@/lib/content/extract/name-shape';
import { matchByline } from '@/lib/content/segment/byline';
import { compileArticle } from '../../support/compile-text';

describe('a field label of a language no table lists, then a name', () => {
  it.each([
    ['Редактор: Мария Иванова', 'Мария Иванова'],
    ['Words: Jane Doe', 'Jane Doe'],
    ['Kirjoittanut: Matti Virtanen', 'Matti Virtanen'],
    ['Skrifað: Anna Jónsdóttir og Páll Gunnarsson', 'Anna Jónsdóttir og Páll Gunnarsson'],
  ])('reads “%s” as a byline of %s', (line, author) => expect(matchByline(line)?.author).toBe(author));

  it.each([
    'Редактор: Иванова', // one word after the colon: no name of two words
    'Резюме: тази статия е за пътищата', // lower-case words: a sentence, no name
    'Note: The Council Met Again On Monday And Voted', // too many words for a name
    'Заседанието на общинския съвет: Мария Иванова', // more than one word before the colon
  ])('reads no byline in “%s”', (line) => expect(matchByline(line)).toBeNull());
});

describe('the label of a field the line no longer holds', () => {
  it('is no part of the name before it', () => {
    expect(matchByline('Por Laura Gómez Actualizado:')?.author).toBe('Laura Gómez');
    expect(matchByline('By Jane Doe Updated:')?.author).toBe('Jane Doe');
  });
});

describe('a name set in capitals ends where the capitals end', () => {
  it.each([
    ['LAURA GÓMEZ Madrid', 'es', 'LAURA GÓMEZ'],
    ['ANA LIMA Brasília', 'pt', 'ANA LIMA'],
  ])('“%s” (%s) is %s', (byline, lang, name) => expect(bylinePeople(byline, { stopwords: nameStopwords(lang) })).toBe(name));
  it('keeps a name in mixed case whole', () => expect(bylinePeople('Laura Gómez Ruiz', { stopwords: nameStopwords('es') })).toBe('Laura Gómez Ruiz'));
});

describe('on a page', () => {
  const story = [
    'Общинският съвет одобри снощи новия план за улиците в историческия център на града.',
    'Работата ще започне през пролетта и ще продължи около осем месеца, каза кметът.',
    'Търговците настояват ремонтите да не спират достъпа до магазините по време на празниците.',
  ];
  it('takes the writer from a labelled line under the story', () => {
    const a = compileArticle(['Общество', 'Общината одобри нов план за улиците в центъра', '05.12.2026', ...story, 'Редактор: Мария Иванова', 'Сподели'].join('\n'));
    expect(a?.author?.value).toBe('Мария Иванова');
    expect(a?.body.map((b) => b.text)).toEqual(story);
  });
});

describe('a generic credit is no person', () => {
  it.each([
    ['Staff Reporter', 'en'],
    ['News Desk', 'en'],
    ['Editorial Team', 'en'],
    ['Redazione Online', 'it'],
    ['Redação Central', 'pt'],
    ['Редакция Новини', 'bg'],
    ['Agencias EFE', 'es'],
  ])('“%s” (%s) names no author', (byline, lang) => expect(bylinePeople(byline, { stopwords: nameStopwords(lang) })).toBeNull());

  it.each([
    ['Jane Doe', 'en', 'Jane Doe'],
    ['Sarah Miller Staff Writer', 'en', 'Sarah Miller'], // the role is cut, the name stays
    ['Marco Rossi e Anna Bianchi', 'it', 'Marco Rossi e Anna Bianchi'],
  ])('“%s” (%s) is %s', (byline, lang, name) => expect(bylinePeople(byline, { stopwords: nameStopwords(lang) })).toBe(name));
});
