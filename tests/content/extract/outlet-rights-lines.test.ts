/**
 * © lines around a rights notice, and an acronym a stopword list happens to hold: the word "Copyright"
 * after the mark, a notice between the mark and the name or before the mark's name, a notice shouted in
 * capitals, and an agency's initials that Italian's stopword list holds as a word. Pages and names are made up.
 */
import { describe, expect, it } from 'vitest';
import { sourceLines } from '../../support/compile-text';
import { nameStopwords } from '@/lib/content/extract/name-shape';
import { outletFinds } from '@/lib/content/extract/outlet-lines';

const finds = (text: string, language: string) => outletFinds(sourceLines(text), nameStopwords(language)).map(({ value, kind, line }) => ({ value, kind, line }));
/** A made-up page: a section word, two sentences, then the footer line under test (line 4). */
const footer = (line: string) => `Notizie\nIl consiglio comunale ha approvato il nuovo piano dei trasporti.\nI lavori inizieranno entro la fine della primavera prossima.\n${line}`;

describe('the name on a © line beside a rights notice', () => {
  it.each([
    ['© Copyright 2026 Gazzetta del Lago', 'it', 'Gazzetta del Lago'],
    ['Riproduzione riservata © Copyright Gazzetta del Lago', 'it', 'Gazzetta del Lago'],
    ['© 2026 Tutti i diritti riservati – Gazzetta del Lago', 'it', 'Gazzetta del Lago'],
    ['Her hakkı saklıdır. Kuzey Postası © 2026', 'tr', 'Kuzey Postası'],
    ['Toate drepturile rezervate. Vocea Deltei ©', 'ro', 'Vocea Deltei'],
  ])('reads “%s” (%s) as %s', (line, language, name) => {
    expect(finds(footer(line), language)).toContainEqual({ value: name, kind: 'copyright line', line: 4 });
  });

  it.each([
    ['Copyright © 2026 by Harbour Ledger. All rights reserved.', 'en', 'Harbour Ledger'],
    ['© 2026 All rights reserved by Harbour Ledger', 'en', 'Harbour Ledger'],
    ['© 2026 de Volkskrant', 'nl', 'de Volkskrant'],
  ])('reads “%s” (%s) as %s: a function word before a name of two words is the line’s, before one word the name’s article', (line, language, name) => {
    expect(finds(footer(line), language)).toContainEqual({ value: name, kind: 'copyright line', line: 4 });
  });

  it.each([
    ['© RIPRODUZIONE RISERVATA', 'it'],
    ['© Copyright 2026 – Tutti i diritti riservati', 'it'],
    ['TÜM HAKLARI SAKLIDIR ©', 'tr'],
    ['© 2026 Alle Rechte vorbehalten', 'de'],
  ])('takes no name from a notice alone: “%s” (%s)', (line, language) => {
    expect(finds(footer(line), language).filter((f) => f.kind === 'copyright line')).toEqual([]);
  });
});

describe('a rights notice without the mark, in the mark’s place', () => {
  it.each([
    ['Gazzetta del Lago 2026. Tutti i diritti riservati.', 'it', 'Gazzetta del Lago'],
    ['Tutti i diritti riservati – Gazzetta del Lago', 'it', 'Gazzetta del Lago'],
    ['All rights reserved Harbour Ledger 2026', 'en', 'Harbour Ledger'],
  ])('reads “%s” (%s) as %s, two points', (line, language, name) => {
    expect(outletFinds(sourceLines(footer(line)), nameStopwords(language)).map(({ value, kind, weight }) => ({ value, kind, weight }))).toContainEqual({ value: name, kind: 'copyright line', weight: 2 });
  });

  it.each([
    ['Tutti i diritti riservati.', 'it'],
    ['Il giornale ha detto che tutti i diritti riservati restano al fotografo.', 'it'],
  ])('takes no name from the notice alone or from a sentence that holds it: “%s”', (line, language) => {
    expect(finds(footer(line), language).filter((f) => f.kind === 'copyright line')).toEqual([]);
  });
});

describe('a © line in the shapes other scripts print it', () => {
  it.each([
    ['Copyright ⓒ 한빛일보. All rights reserved.', 'ko', '한빛일보'],
    ['저작권자 Ⓒ 한빛일보 무단전재 및 재배포 금지', 'ko', '한빛일보'],
    ['© 2026 ИА «Приречье». Все права защищены.', 'ru', 'Приречье'],
    ['© 2026 ООО «Редакция газеты „Вечерний город“»', 'ru', 'Вечерний город'],
    ['© 2026 “Kuzey Postası” Gazetecilik A.Ş.', 'tr', 'Kuzey Postası'],
    ['Copyright © 東洋新聞社 All Rights Reserved.', 'ja', '東洋新聞社'],
    ['Copyright © 2026 東洋新聞 無断転載を禁じます', 'ja', '東洋新聞'],
    ['ⓒ 한빛일보(www.hanbit.co.kr), 무단전재 및 재배포 금지', 'ko', '한빛일보'],
    ['© 2026 Казан хәбәрләре. Барлык хокуклар сакланган.', 'tt', 'Казан хәбәрләре'],
  ])('reads “%s” (%s) as %s: a circled c is the mark, quotation marks set the name apart, a notice or a parenthesis ends it', (line, language, name) => {
    expect(finds(footer(line), language)).toContainEqual({ value: name, kind: 'copyright line', line: 4 });
  });

  it('takes no sentence-case phrase for a name when nothing after it reads as a notice', () => {
    const found = finds(footer('© 2026 Казан хәбәрләре. Безнең редакциябез шәһәр үзәгендә урнашкан һәм ул көн саен эшли.'), 'tt');
    expect(found.filter((f) => f.kind === 'copyright line')).toEqual([]);
  });

  it('keeps a quoted name that stands far into the line out: a sentence that quotes a name is no © line’s name', () => {
    const found = finds(footer('© 2026 Редакция не несёт ответственности за мнения «Читателей»'), 'ru').filter((f) => f.kind === 'copyright line');
    expect(found.map((f) => f.value)).not.toContain('Читателей');
  });
});

describe('an acronym that a stopword list holds', () => {
  it('is still a name in a name’s place: after ©, after a source label', () => {
    // Italian's stopword list holds "ansa"; the check is that the list does, or the test proves nothing.
    expect(nameStopwords('it').has('ansa')).toBe(true);
    expect(finds(footer('© Copyright ANSA'), 'it')).toContainEqual({ value: 'ANSA', kind: 'copyright line', line: 4 });
    expect(finds(footer('Fonte: ANSA'), 'it')).toContainEqual({ value: 'ANSA', kind: 'source label', line: 4 });
  });

  it('is no name written in lower case, where it is the word', () => {
    expect(finds(footer('© ansa'), 'it')).toEqual([]);
  });
});

describe('a masthead whose tagline opens with a capital', () => {
  const kinds = (text: string, language: string) => outletFinds(sourceLines(text), nameStopwords(language)).map(({ value, kind, weight }) => ({ value, kind, weight }));
  const story = 'Primăria a anunțat joi că lucrările vor începe săptămâna viitoare.\nLocalnicii au cerut de mult repararea digului.';

  it.each([
    ['Vocea Deltei | Știri din Tulcea și din Deltă', 'ro', 'Vocea Deltei'],
    ['Dalarnas Röst – Nyheter från hela länet', 'sv', 'Dalarnas Röst'],
    ['voceadeltei.ro – Știri de ultimă oră', 'ro', 'voceadeltei.ro'],
  ])('reads “%s” when the page prints the tagline nowhere else', (line, language, name) => {
    expect(kinds(`${line}\nActualitate\n${story}`, language)).toContainEqual({ value: name, kind: 'masthead', weight: 2 });
  });

  it('reads a section and the headline the page prints again as no masthead', () => {
    const text = `Esteri – Nuovi radar per la difesa aerea\nNuovi radar per la difesa aerea\n${story}`;
    expect(kinds(text, 'it').filter((f) => f.kind === 'masthead')).toEqual([]);
  });

  it('reads a tagline in title case as no phrase', () => {
    expect(kinds(`Vocea Deltei | Știri De Ultimă Oră\nActualitate\n${story}`, 'ro').filter((f) => f.kind === 'masthead')).toEqual([]);
  });
});

describe('more reader notices, datelines', () => {
  const kinds = (text: string, language: string) => outletFinds(sourceLines(text), nameStopwords(language)).map(({ value, kind }) => ({ value, kind }));
  const body = 'Il consiglio comunale ha approvato il progetto per il ponte.\nI lavori dureranno circa sei mesi.\nIl traffico sarà deviato su una strada vicina.';

  it('keeps the capitalised article of the name a follow prompt gives, not the reader’s pronoun', () => {
    expect(kinds(`Cronaca\n${body}\nSegui Il Corriere Apuano su Facebook`, 'it')).toContainEqual({ value: 'Il Corriere Apuano', kind: 'reader notice' });
    expect(kinds(`Politik\n${body}\nFolgen Sie dem Ostkurier auf Facebook`, 'de')).toContainEqual({ value: 'Ostkurier', kind: 'reader notice' });
  });

  it.each([
    ['Gazzetta del Lago su Facebook', 'it', 'Gazzetta del Lago'],
    ['Naidheachdan na Mara air YouTube', 'gd', 'Naidheachdan na Mara'],
    ['Harbour Ledger on Google News', 'en', 'Harbour Ledger'],
  ])('reads the site’s own account named without a verb in the footer: “%s”', (line, language, name) => {
    expect(kinds(`Cronaca\n${body}\n${line}`, language)).toContainEqual({ value: name, kind: 'reader notice' });
  });

  it.each([
    ['Condividi su Facebook', 'it', 'a share link: a single word before the platform is its verb'],
    ['Like Us on Facebook', 'en', 'a phrase ending in a stopword'],
    ['Share Article Facebook', 'en', 'a share bar: no word joins a name to the platform'],
  ])('reads no account from “%s” (%s: %s)', (line, language) => {
    expect(kinds(`Cronaca\n${body}\n${line}`, language).filter((f) => f.kind === 'reader notice')).toEqual([]);
  });

  it.each([
    ['(ANSA) - ROMA, 5 DIC - Il governo ha approvato il decreto sui trasporti regionali.', 'it', 'ANSA'],
    ['Bucureşti, 5 dec /Agerpres/ - Guvernul a aprobat joi proiectul de lege.', 'ro', 'Agerpres'],
  ])('reads the agency of “%s” with the agency first or the day after the place', (line, language, name) => {
    expect(kinds(`Cronaca\n${line}`, language)).toContainEqual({ value: name, kind: 'agency dateline' });
  });
});

describe('a © name of two words in sentence case', () => {
  const copyright = (line: string, language: string) => finds(footer(line), language).filter((f) => f.kind === 'copyright line').map((f) => f.value);

  it.each([
    ['© 2026 Jihlavské listy, a.s.', 'cs', 'Jihlavské listy'],
    ['© 2026 Подільська правда. Усі права захищені.', 'uk', 'Подільська правда'],
    ['© 2026 Smålands nyheter. Med ensamrätt.', 'sv', 'Smålands nyheter'],
    ['© 2026 Glas podravine d.o.o.', 'hr', 'Glas podravine'],
  ])('reads “%s” beside the notice or the legal form', (line, language, name) => {
    expect(copyright(line, language)).toEqual([name]);
  });

  it.each([
    ['© 2026 Smålands nyheter', 'sv', 'nothing after it: a notice in a language no table holds reads the same'],
    ['© 2026 Все права защищены.', 'ru', 'the notice itself'],
    ['© 2026 Reproducción prohibida.', 'es', 'a notice no table holds, alone'],
  ])('reads nothing from “%s” (%s: %s)', (line, language) => {
    expect(copyright(line, language)).toEqual([]);
  });
});

describe('title lines with other separators, and a section glued to the site', () => {
  const kinds = (text: string, language: string) => outletFinds(sourceLines(text), nameStopwords(language)).map(({ value, kind }) => ({ value, kind }));
  const body = 'A câmara aprovou na sexta-feira a construção de uma ciclovia junto ao rio.\nAs obras começam em março.';

  it.each([
    ['Câmara aprova nova ciclovia junto ao rio « Jornal do Vale'],
    ['Câmara aprova nova ciclovia junto ao rio / Jornal do Vale'],
  ])('reads the site after “%s”', (line) => {
    expect(kinds(`${line}\nInício\n${body}`, 'pt')).toContainEqual({ value: 'Jornal do Vale', kind: 'title line' });
  });

  it('reads no site from a breadcrumb of slashes', () => {
    expect(kinds(`Início / Região / Ambiente\n${body}`, 'pt')).toEqual([]);
  });

  it('drops a section word of the page’s menu glued after a site of two words or more', () => {
    const line = 'La biblioteca civica apre anche la domenica - Il Corriere Apuano Cronaca';
    expect(kinds(`${line}\nHome\nCronaca\nSport\n${body}`, 'it')).toContainEqual({ value: 'Il Corriere Apuano', kind: 'title line' });
    // No such menu line: the site is what the title says.
    expect(kinds(`${line}\nHome\nSport\n${body}`, 'it')).toContainEqual({ value: 'Il Corriere Apuano Cronaca', kind: 'title line' });
  });
});

describe('slashes in a breadcrumb', () => {
  it('are no title line, however the crumbs stand alone elsewhere on the page', () => {
    const text = 'Главная\nНовости\nАрмия\nЗавод выпустил сто новых машин за месяц.\nРабочие получили премии.\nГлавная / Новости / Армия\nНовости / Армия';
    expect(outletFinds(sourceLines(text), nameStopwords('ru')).filter((f) => f.kind === 'title line')).toEqual([]);
  });
});

describe('a capitalised word a stopword list holds, after a known source label', () => {
  it('is the credited name there, and only there', () => {
    expect(finds(footer('Fonte: Ansa'), 'it')).toContainEqual({ value: 'Ansa', kind: 'source label', line: 4 });
    // The same word as a bare `Word: Name` near the end is no name: the label is unknown.
    expect(finds(footer('Foto: Ansa'), 'it')).toEqual([]);
  });
});

describe('where the name on a © line ends', () => {
  /** An English page with the © line under test on line 4. */
  const enFooter = (line: string) => `News\nThe council approved the new transport plan on Monday evening.\nWork will start before the end of next spring.\n${line}`;

  it.each([
    ['© 2026 Harbour Group Media. All rights reserved.', 'Harbour Group Media'],
    ['© 2026 Harbour Group Media Ltd', 'Harbour Group Media'],
    ['© 2026 Harbour Media Group. All rights reserved.', 'Harbour Media Group'],
  ])('keeps a capitalised word a stopword list holds inside the name: “%s”', (line, name) => {
    expect(finds(enFooter(line), 'en')).toContainEqual({ value: name, kind: 'copyright line', line: 4 });
  });

  it('stops a capitalised name before a notice in title case', () => {
    expect(finds(enFooter('© 2026 Harbour Ledger All Rights Reserved'), 'en')).toContainEqual({ value: 'Harbour Ledger', kind: 'copyright line', line: 4 });
  });

  it.each([['ⓒ 한빛일보 무단 전재 및 재배포 금지'], ['ⓒ 한빛일보 무단전재 재배포금지'], ['© 한빛일보 무단전재-재배포 금지']])(
    'ends a Korean name (written without spaces) at the space before the notice: “%s”',
    (line) => {
      const page = `뉴스\n시는 금요일에 새 여객선 시간표를 발표할 예정이라고 밝혔다.\n주민들은 마지막 배가 너무 일찍 떠난다고 불평했다.\n${line}`;
      expect(finds(page, 'ko')).toContainEqual({ value: '한빛일보', kind: 'copyright line', line: 4 });
    },
  );
});
