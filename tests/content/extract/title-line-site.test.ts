import { describe, expect, it } from 'vitest';
import { headlineOfTitleLine, stripSitePrefix, stripSiteSuffix } from '@/lib/content/extract/title-line';
import { compileArticle } from '../../support/compile-text';

describe("a site's name spelt by the page's own address", () => {
  it('drops a dash suffix after a headline in title case when an e-mail or web address of the page spells it', () => {
    const line = 'Harbour Board Approves New Ferry Terminal - Coastal Courier';
    expect(stripSiteSuffix(line, [line, 'Contact: newsdesk@coastalcourier.com'])).toBe('Harbour Board Approves New Ferry Terminal');
    expect(stripSiteSuffix(line, [line, 'www.coastalcourier.com'])).toBe('Harbour Board Approves New Ferry Terminal');
    // No address, or another site's: the line stays whole (a headline in title case may go on after its dash).
    expect(stripSiteSuffix(line, [line, 'Home'])).toBe(line);
    expect(stripSiteSuffix(line, [line, 'Source: www.harbourboard.gov'])).toBe(line);
  });

  it("keeps a headline's own words after a dash that no address spells", () => {
    const line = 'Storm Hits The Coast As Thousands Lose Power - Live Updates';
    expect(stripSiteSuffix(line, [line, 'desk@coastalcourier.com'])).toBe(line);
  });

  it('reads a name in another script through its Latin spelling', () => {
    const line = 'Мэрия Объявила Конкурс На Пятьдесят Вакансий — Вечерний Город';
    expect(stripSiteSuffix(line, [line, '© vecherniygorod.ru'])).toBe('Мэрия Объявила Конкурс На Пятьдесят Вакансий');
  });
});

describe("the site's name before the headline", () => {
  const rest = 'Prefeitura abre concurso para cinquenta vagas na saúde';

  it('drops a name behind a bar that the page prints on a line of its own, or behind a dash that its address spells', () => {
    expect(stripSitePrefix(`Jornal do Vale | ${rest}`, ['Jornal do Vale', `Jornal do Vale | ${rest}`])).toBe(rest);
    expect(stripSitePrefix(`Jornal do Vale – ${rest}`, [`Jornal do Vale – ${rest}`, 'redacao@jornaldovale.com.br'])).toBe(rest);
    expect(headlineOfTitleLine(`Jornal do Vale – ${rest}`, ['redacao@jornaldovale.com.br'])).toBe(rest);
  });

  it('keeps a topic before a dash that only a menu prints, and a name with no evidence at all', () => {
    const line = 'Ukraine – Russia and Ukraine resume talks in Geneva';
    expect(stripSitePrefix(line, [line, 'Ukraine', 'Europe'])).toBe(line);
    expect(stripSitePrefix(`Jornal do Vale | ${rest}`, [`Jornal do Vale | ${rest}`])).toBe(`Jornal do Vale | ${rest}`);
  });

  it('keeps a line whose part after the name is too short to be the headline', () => {
    expect(stripSitePrefix('Jornal do Vale | Cidade', ['Jornal do Vale'])).toBe('Jornal do Vale | Cidade');
  });
});

describe('a page whose only headline is its title line with the site', () => {
  it('takes the headline without the site the footer address spells', () => {
    const page = [
      'Home',
      'News',
      'Sport',
      'Harbour Board Approves New Ferry Terminal After Two Years Of Delay - Coastal Courier',
      '12 March 2024',
      'The harbour board voted on Monday to approve a new ferry terminal on the eastern pier, ending two years of delay.',
      'The terminal will replace the old waiting hall, which was closed last winter after storm damage.',
      'Contact: newsdesk@coastalcourier.com',
    ].join('\n');
    expect(compileArticle(page)?.title.value).toBe('Harbour Board Approves New Ferry Terminal After Two Years Of Delay');
  });
});

describe("a site's name after a chevron, a slash or an underscore (title-line.ts stripOtherSuffix)", () => {
  it('drops a name in capitals after a chevron or a slash that follows a headline in sentence case', () => {
    expect(stripSiteSuffix('Prefeitura abre concurso para cinquenta vagas » Jornal do Vale', [])).toBe('Prefeitura abre concurso para cinquenta vagas');
    expect(stripSiteSuffix('Prefeitura abre concurso para cinquenta vagas / Jornal do Vale', [])).toBe('Prefeitura abre concurso para cinquenta vagas');
  });

  it('drops a name the page prints elsewhere after a headline in title case, and keeps it when the page does not', () => {
    const line = 'Harbour Board Approves New Ferry Terminal » Coastal Courier';
    expect(stripSiteSuffix(line, [line, '© 2026 Coastal Courier'])).toBe('Harbour Board Approves New Ferry Terminal');
    expect(stripSiteSuffix(line, [line, 'Home'])).toBe(line);
  });

  it('keeps a closing chevron of a quote and the words after it', () => {
    const line = 'Le ministre promet « une armée plus forte » Le Figaro';
    expect(stripSiteSuffix(line, [line, 'Le Figaro'])).toBe(line);
  });

  it('keeps a slash between two words of the headline that are no site', () => {
    const line = 'Talks resume between the two capitals / ceasefire holds';
    expect(stripSiteSuffix(line, [line])).toBe(line);
  });

  it('drops a name joined by an underscore to a headline in Chinese or Japanese, never in a script with spaces', () => {
    expect(stripSiteSuffix('港湾局、第二フェリー桟橋の計画を承認_海岸日報', [])).toBe('港湾局、第二フェリー桟橋の計画を承認');
    expect(stripSiteSuffix('港务局批准第二座渡轮码头计划_海岸新闻网', [])).toBe('港务局批准第二座渡轮码头计划');
    expect(stripSiteSuffix('Release notes for the new_parser module', [])).toBe('Release notes for the new_parser module');
  });
});
