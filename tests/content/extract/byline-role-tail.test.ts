import { describe, expect, it } from 'vitest';
import { bylinePeople } from '@/lib/content/extract/byline-people';
import { nameStopwords } from '@/lib/content/extract/name-shape';

const people = (byline: string, lang: string) => bylinePeople(byline, { stopwords: nameStopwords(lang) });

describe('a role’s tail after a byline’s name', () => {
  it.each([
    ['Ana Souza Reporter Lisbon', 'en', 'Ana Souza'],
    ['Anna Berg Staff Harbour', 'en', 'Anna Berg'],
    ['Marco Rossi Corrispondente Roma', 'it', 'Marco Rossi'],
    ['Лена Коваль Кореспондентка Київ', 'uk', 'Лена Коваль'],
    ['Ana Maria Souza Repórter Brasília', 'pt', 'Ana Maria Souza'],
  ])('“%s” (%s) is %s', (byline, lang, name) => expect(people(byline, lang)).toBe(name));

  it.each([
    ['Anna Maria Haber', 'de'], // a desk's word alone at the end may be a surname
    ['Ana Maria Souza', 'pt'],
    ['Lena Huber und Max Gruber', 'de'],
  ])('keeps “%s” (%s) whole', (byline, lang) => expect(people(byline, lang)).toBe(byline));

  it('cuts no tail when the words before the role are no person’s name', () => {
    expect(people('Harbour News Staff Writer Team', 'en')).not.toBe('Harbour News');
  });
});
