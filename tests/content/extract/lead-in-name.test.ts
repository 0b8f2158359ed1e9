import { describe, expect, it } from 'vitest';
import { leadInStarts } from '@/lib/content/extract/lead-in-name';
import { bylinePeople } from '@/lib/content/extract/byline-people';
import { nameStopwords } from '@/lib/content/extract/name-shape';
import { matchBareName, matchByline } from '@/lib/content/segment/byline';
import { isCreditLead } from '@/lib/content/segment/credit-rules';

const check = (language: string, running: string[] = []) => ({ stopwords: nameStopwords(language), running: new Set(running) });
const split = (s: string) => s.split(' ');

describe('where a name starts after a lead-in', () => {
  it('is right after the short lower-case word that ends a lead holding a word that is no name', () => {
    const noName = (w: string) => ['Servizio', 'Testo'].includes(w);
    expect(leadInStarts(split('Servizio di Marco Rossi'), noName)).toEqual([2]);
    expect(leadInStarts(split('Testo e foto di Anna Bianchi'), noName)).toEqual([4]);
  });

  it('is nowhere when no word of the lead is shown to be no name, or fewer than two words follow', () => {
    expect(leadInStarts(split('Maria da Silva Santos'), () => false)).toEqual([]);
    expect(leadInStarts(split('Servizio di Rossi'), () => true)).toEqual([]);
    // A long lower-case word is no preposition: "wartawan" is read by no lead-in rule.
    expect(leadInStarts(split('Laporan wartawan Budi Santoso'), () => true)).toEqual([]);
  });
});

describe('a byline with a lead-in', () => {
  it('names the person after a kind of piece, a stopword or a word the story writes in lower case', () => {
    expect(bylinePeople('Servizio di Marco Rossi', check('it'))).toBe('Marco Rossi');
    expect(bylinePeople('Ein Kommentar von Lena Huber', check('de'))).toBe('Lena Huber');
    expect(bylinePeople('Pubblicato da Marco Rossi', check('it'))).toBe('Marco Rossi');
    expect(bylinePeople('Tekstur na Juma Hassan', check('sw', ['tekstur']))).toBe('Juma Hassan');
  });

  it('keeps a first name before a particle when nothing says it is a label', () => {
    expect(bylinePeople('Maria da Silva Santos', check('pt'))).toBe('Maria da Silva Santos');
    expect(bylinePeople('Ana Paula da Silva Santos', check('pt'))).toBe('Ana Paula da Silva Santos');
  });

  it('keeps two people joined by a conjunction, though the story writes a word of the first name in lower case', () => {
    expect(bylinePeople('Marco Rosa e Anna Bianchi', check('it', ['rosa']))).toBe('Marco Rosa e Anna Bianchi');
  });

  it('is no author when it credits a photographer or a sponsor', () => {
    expect(bylinePeople('Foto di Marco Rossi', check('it'))).toBeNull();
    expect(bylinePeople('Sponsorizzato da Banca Rossi', check('it'))).toBeNull();
  });
});

describe('a credit before a name', () => {
  it('is a picture label or a sponsor word, a short lower-case word and a capital', () => {
    for (const line of ['Foto di Marco Rossi', 'Photo by Jane Doe', 'Bild von Lena Huber', 'Sponsored by Acme Bank', 'Patrocinado por Banco Sol']) {
      expect(isCreditLead(line)).toBe(true);
    }
  });

  it('is not a picture label over lower-case words, nor a name', () => {
    for (const line of ['Foto di gruppo', 'Marco Rossi', 'Video de la semana', 'Servizio di Marco Rossi']) expect(isCreditLead(line)).toBe(false);
  });
});

describe('a name with an article glued to its surname', () => {
  it('is read whole after a label and alone: "al-Masri", "el-Sisi", "d’Estaing"', () => {
    expect(matchByline('By Ahmed al-Masri')).toEqual({ author: 'Ahmed al-Masri', outlet: null });
    expect(matchBareName('Abdel Fattah el-Sisi')?.author).toBe('Abdel Fattah el-Sisi');
    expect(bylinePeople('Ahmed al-Masri', check('en'))).toBe('Ahmed al-Masri');
    expect(bylinePeople("Valéry Giscard d'Estaing", check('fr'))).toBe("Valéry Giscard d'Estaing");
  });

  it('still needs the capital after the article', () => {
    expect(bylinePeople('Ahmed al-masri', check('en'))).toBeNull();
  });
});
