import { describe, expect, it } from 'vitest';
import { compileSource } from '@/lib/content/compile-source';
import { isPageTitleOf } from '@/lib/content/extract/headline-score';

const compile = (text: string) => compileSource('case', 'content/articles/case.txt', text);
const title = (text: string) => compile(text).articles[0]?.title;

const BODY_FR =
  'Le ministère de la Défense a annoncé mardi le début de manœuvres près de la frontière occidentale. Les unités resteront sur place pendant deux semaines.\n\nSelon les officiers, les exercices étaient prévus de longue date et ne visent aucun pays voisin.';
const BODY_UK =
  'Міністерство оборони повідомило про початок навчань біля західного кордону. Підрозділи залишаться на полігонах два тижні.\n\nЗа словами офіцерів, навчання планували давно, і вони не спрямовані проти сусідів.';

describe('the headline is chosen by evidence, not position', () => {
  it('skips a skip link, a breadcrumb and a long menu above the story', () => {
    const menu = 'Accueil\nMonde\nEurope\nAfrique\nAsie\nSport\nCulture\nSanté\nScience\nOpinion';
    const got = title(`Aller au contenu principal\nAccueil › Monde › Europe\n${menu}\nManœuvres militaires près de la frontière occidentale\n${BODY_FR}`);
    expect(got?.value).toBe('Manœuvres militaires près de la frontière occidentale');
    expect(got?.source).toBe('text');
  });

  it('does not take a date-plus-section line or a ticker glued to a date', () => {
    const got = title(`USD 27,15 EUR 30,62 | 4 березня 2019\n4 березня 2019 | Війна, Світ\nУ Білорусі почалися навчання біля кордону\n${BODY_UK}`);
    expect(got?.value).toBe('У Білорусі почалися навчання біля кордону');
  });

  it('prefers the line the page repeats as its title with a site suffix', () => {
    const text = `Neue Lastwagen für die Armee - Beispielzeitung\nStartseite\nPolitik\nWirtschaft\nNeue Lastwagen für die Armee\nEin zweiter Titel steht hier oben\n\nDie Armee hat am Dienstag neue Lastwagen erhalten, teilte das Ministerium mit. Sie sollen die alten Fahrzeuge ersetzen.\n\nDie Auslieferung soll bis zum Sommer abgeschlossen sein, hieß es weiter.`;
    const got = compile(text).articles[0];
    expect(got?.title.value).toBe('Neue Lastwagen für die Armee');
    expect(got?.removed.find((r) => r.line === 1)?.reason).toBe('page-title');
  });

  it('keeps a question headline on line 1 followed directly by the body as the headline', () => {
    const got = title(`Why does Minsk want its own missiles?\nThe Belarusian army has long depended on Russian rockets, officials say. Now a domestic programme is under way.\nAnalysts expect the first launchers to be delivered within two years, according to the ministry.`);
    expect(got).toMatchObject({ value: 'Why does Minsk want its own missiles?', source: 'text' });
  });

  it('derives a title when no line above the text qualifies', () => {
    const got = title(`Главная\nЛента\nРегионы\nМир\n${'«Мы усилим охрану границы», — заявил министр на совещании в Минске во вторник утром.'}\nПо его словам, решение связано с учениями у западных границ страны и продлится месяц.`);
    expect(got?.source).toBe('derived');
  });
});

describe('isPageTitleOf', () => {
  it('recognises a headline with a site suffix', () => {
    expect(isPageTitleOf('Minsk buys drones | Example News', 'Minsk buys drones')).toBe(true);
    expect(isPageTitleOf('Minsk buys drones — Example', 'Minsk buys drones')).toBe(true);
  });
  it('refuses a longer headline that merely starts the same way', () => {
    expect(isPageTitleOf('Minsk buys drones from China, and the army is pleased with the first batch of them', 'Minsk buys drones')).toBe(false);
    expect(isPageTitleOf('Minsk buys drones', 'Minsk buys drones')).toBe(false);
  });
});
