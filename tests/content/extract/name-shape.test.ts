import { describe, expect, it } from 'vitest';
import { isOutletName, isPersonName, nameStopwords, personNames } from '@/lib/content/extract/name-shape';

const check = (language: string, exclude: string[] = []) => ({ stopwords: nameStopwords(language), exclude: new Set(exclude) });

describe('a person’s name', () => {
  it('is two to four capitalised name tokens, in Latin, Cyrillic and Georgian script alike', () => {
    expect(isPersonName('Jan Novák', check('cs'))).toBe(true);
    expect(isPersonName('Олена Коваль', check('uk'))).toBe(true);
    expect(isPersonName('Ludwig van der Berg', check('nl'))).toBe(true);
    // Georgian has no letter case: its tokens need no capital.
    expect(isPersonName('ნინო ბერიძე', check('ka'))).toBe(true);
  });

  it('is not one word, five words, a figure or a sentence', () => {
    expect(isPersonName('Madonna', check('en'))).toBe(false);
    expect(isPersonName('Anna Maria Luisa Teresa Bruni', check('it'))).toBe(false);
    expect(isPersonName('Redakce 24', check('cs'))).toBe(false);
    expect(isPersonName('Jan Novák píše.', check('cs'))).toBe(false);
  });

  it('is not a menu phrase of stopwords or of the page’s own menu words', () => {
    expect(isPersonName('Read More', check('en'))).toBe(false);
    expect(isPersonName('Lihat Semua', check('id'))).toBe(false);
    expect(isPersonName('Alle Artikel', check('de'))).toBe(false);
    expect(isPersonName('Hlavní Zprávy', check('cs', ['zprávy']))).toBe(false);
  });

  it('holds a particle written with its capital between two name words, though the stopword list has it', () => {
    expect(isPersonName('Yannick Le Goff', check('fr'))).toBe(true);
    expect(isPersonName('Antonio Di Pietro', check('it'))).toBe(true);
    expect(isPersonName('Pieter De Vries', check('nl'))).toBe(true);
    // First or last, the word is the stopword it looks like: a title, not a name.
    expect(isPersonName('Le Grand Soir', check('fr'))).toBe(false);
    expect(isPersonName('Paris Le', check('fr'))).toBe(false);
  });

  it('keeps both people of “X and Y” in German and Turkish', () => {
    expect(personNames('Lena Huber und Max Gruber', check('de'))).toEqual(['Lena Huber', 'Max Gruber']);
    expect(personNames('Ayşe Demir ve Mehmet Kaya', check('tr'))).toEqual(['Ayşe Demir', 'Mehmet Kaya']);
    expect(personNames('Lena Huber und Politik', check('de', ['politik']))).toBeNull();
  });
});

describe('an outlet’s name', () => {
  it('is a short capitalised run, a domain, a figure or a caseless name', () => {
    expect(isOutletName('Harbour Ledger', nameStopwords('en'))).toBe(true);
    expect(isOutletName('novinky.cz', nameStopwords('cs'))).toBe(true);
    expect(isOutletName('24 Kanal', nameStopwords('uk'))).toBe(true);
    expect(isOutletName('東洋通信', nameStopwords('ja'))).toBe(true);
  });

  it('is not a list, a lower-case phrase, stopwords only or a label with a counter', () => {
    expect(isOutletName('Belarus, Poland, trucks', nameStopwords('en'))).toBe(false);
    expect(isOutletName('власні кореспонденти', nameStopwords('uk'))).toBe(false);
    expect(isOutletName('Mehr Dazu', nameStopwords('de'))).toBe(false);
    expect(isOutletName('Комментарии 0', nameStopwords('ru'))).toBe(false);
  });
});
