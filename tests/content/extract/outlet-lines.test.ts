import { describe, expect, it } from 'vitest';
import { sourceLines } from '../../support/compile-text';
import { nameStopwords } from '@/lib/content/extract/name-shape';
import { outletFinds } from '@/lib/content/extract/outlet-lines';
import { bylineOutletFind, chooseOutlet } from '@/lib/content/extract/infer-outlet';
import { hostOutlet } from '@/lib/content/source/apply-sidecar';

/** Numbered lines of a made-up page, 1-based as the pipeline numbers them. */
const finds = (text: string, language: string) => outletFinds(sourceLines(text), nameStopwords(language)).map(({ value, kind, line }) => ({ value, kind, line }));

describe('the lines where a page names its outlet', () => {
  it('takes the site after the dash of an English title line, not a headline word', () => {
    const text = 'Minsk doubles its order of heavy trucks – Harbour Ledger\nHome\nWorld\nMinsk doubles its order of heavy trucks\nThe plant said on Monday that it would hire more staff.';
    expect(finds(text, 'en')).toEqual([{ value: 'Harbour Ledger', kind: 'title line', line: 1 }]);
  });

  it('reads the name on a Czech © line and stops at the company suffix', () => {
    const text = 'Zprávy\nVláda schválila nový rozpočet armády\nPoslanci o něm budou hlasovat příští týden.\n© 2021 Ranní Kurýr, a.s. Všechna práva vyhrazena.';
    expect(finds(text, 'cs')).toEqual([{ value: 'Ranní Kurýr', kind: 'copyright line', line: 4 }]);
  });

  it('reads a Russian “Источник:” label and a Turkish “Kaynak:” label', () => {
    expect(finds('Новости\nЗавод выпустил сто машин за месяц.\nИсточник: Северный Вестник', 'ru')).toEqual([{ value: 'Северный Вестник', kind: 'source label', line: 3 }]);
    expect(finds('Gündem\nFabrika yeni kamyonlar üretti.\nKaynak: Ege Haber Ajansı', 'tr')).toEqual([{ value: 'Ege Haber Ajansı', kind: 'source label', line: 3 }]);
  });

  it('cuts an Arabic © line (no letter case) at the stopword that begins “all rights reserved”', () => {
    const text = 'الرئيسية\nوقعت الحكومة اتفاقا جديدا مع الشركة.\n© 2020 صحيفة الواحة جميع الحقوق محفوظة';
    expect(finds(text, 'ar')).toEqual([{ value: 'صحيفة الواحة', kind: 'copyright line', line: 3 }]);
  });

  it('reads a Hindi title line and a Japanese source label', () => {
    expect(finds('सेना को नए ट्रक मिले इस सप्ताह - दैनिक प्रहरी\nमुख्य समाचार', 'hi')).toEqual([{ value: 'दैनिक प्रहरी', kind: 'title line', line: 1 }]);
    expect(finds('ニュース\n工場は新しいトラックを発表した。\n出典：東洋通信', 'ja')).toEqual([{ value: '東洋通信', kind: 'source label', line: 3 }]);
  });

  it('takes the site of a Polish “Site | Section” line when the section is a menu line of the page', () => {
    const text = 'Świat\nKraj\nGazeta Nadwiślańska | Świat\nRząd zamawia nowe ciężarówki dla armii';
    expect(finds(text, 'pl')).toEqual([{ value: 'Gazeta Nadwiślańska', kind: 'site and section line', line: 3 }]);
  });

  it('reads no “Site | Section” line below the story’s text: a footer’s links, a label first and the site’s name after it', () => {
    const story = 'Council votes to rebuild the old ferry pier\nThe town council voted on Thursday to rebuild the old ferry pier.\nThe work is due to start in the spring, the council said.\n';
    const kinds = (text: string) => finds(text, 'en').map((f) => `${f.kind}: ${f.value}`);
    expect(kinds(`Harbour Ledger\n${story}Share\nPrivacy policy | Harbour Ledger`)).not.toContain('site and section line: Privacy policy');
    // Above the story it is read.
    expect(kinds(`Harbour Ledger\nPrivacy policy | Harbour Ledger\n${story}`)).toContain('site and section line: Privacy policy');
  });

  it('takes a German masthead the page names again in a prompt at its end, not a lone menu word', () => {
    const text = 'Ostkurier Morgen\nPolitik\nWirtschaft\nMinsk kauft neue Lastwagen für die Armee\nDas Werk baut seit Jahren schwere Fahrgestelle.\nFolgen Sie dem Ostkurier Morgen auf Telegram';
    expect(finds(text, 'de')).toEqual([
      { value: 'Ostkurier Morgen', kind: 'masthead', line: 1 },
      { value: 'Ostkurier Morgen', kind: 'reader notice', line: 6 },
    ]);
    expect(finds('Politik\nWirtschaft\nDas Werk baut seit Jahren schwere Fahrgestelle.\nMehr aus der Politik lesen Sie hier', 'de')).toEqual([]);
  });

  it('reads the masthead on the first line under a skip link, as on the first line of the page', () => {
    const body = 'Lokales\nSport\nKultur\nStadt baut neue Brücke über den Fluss\nDer Stadtrat hat am Donnerstag den Bau einer neuen Brücke beschlossen.';
    expect(finds(`Zum Inhalt springen\nNordstädter Anzeiger\n${body}`, 'de')).toEqual([{ value: 'Nordstädter Anzeiger', kind: 'masthead', line: 2 }]);
    // A section word under the skip link is no masthead: the first line proper is read as the first line is.
    expect(finds(`Zum Inhalt springen\nPolitik\n${body}`, 'de')).toEqual([]);
  });

  it('names no outlet from furniture that only looks like it', () => {
    const text = [
      'Share this: Facebook · X · LinkedIn · Email',
      'A soldier stands by the truck. - Photo Desk',
      'date 2019-03-04 · Просмотры 2 345 · Комментарии 0',
      '© 2019 All rights reserved',
      '© 2019 Все права защищены.',
      'Джерело: власні кореспонденти',
      'Tags: Belarus, Poland, trucks',
    ].join('\n');
    expect(finds(text, 'en')).toEqual([]);
  });
});

describe('the outlet the evidence agrees on', () => {
  const copyright = { value: 'Harbour Ledger', line: 40, kind: 'copyright line' as const, text: '© Harbour Ledger', weight: 3 };
  const title = { value: 'Harbour Ledger', line: 1, kind: 'title line' as const, text: 'Trucks – Harbour Ledger', weight: 3 };

  it('adds up finds of one name and lists each as evidence, keeping the strongest line', () => {
    expect(chooseOutlet([copyright, title], null)).toEqual({
      value: 'Harbour Ledger',
      source: 'text',
      line: 1,
      evidence: 'title line on line 1: “Trucks – Harbour Ledger”; copyright line on line 40: “© Harbour Ledger”',
    });
  });

  it('does not take a place after a byline’s comma as the outlet on its own', () => {
    expect(chooseOutlet([bylineOutletFind('Warschau', 12, 'Von Karl Weber, Warschau')], null)).toBeNull();
    expect(chooseOutlet([bylineOutletFind('BelarusDigest', 3, 'Siarhei Bohdan, BelarusDigest')], null)?.value).toBe('BelarusDigest');
  });

  it('prefers the name with more evidence', () => {
    const label = { value: 'Northern Wire', line: 30, kind: 'source label' as const, text: 'Source: Northern Wire', weight: 3 };
    expect(chooseOutlet([label, copyright, title], null)?.value).toBe('Harbour Ledger');
  });

  it('counts a shape the page template repeats once: the same word beside every date is no second witness', () => {
    const dateline = (line: number) => ({ value: 'Domestic', line, kind: 'dateline' as const, text: `12 March 2024 | Domestic`, weight: 1 });
    expect(chooseOutlet([dateline(3), dateline(11), dateline(14)], null)).toBeNull();
    // Two kinds of evidence agreeing still name it.
    const copyrightOfIt = { value: 'Domestic', line: 40, kind: 'copyright line' as const, text: '© Domestic', weight: 1 };
    expect(chooseOutlet([dateline(3), dateline(11), copyrightOfIt], null)?.value).toBe('Domestic');
  });
});

describe('the outlet from a sidecar’s source URL', () => {
  it('is the host without www, as an inference', () => {
    expect(hostOutlet('https://www.example.org/news/2019/03/trucks')).toEqual({ value: 'example.org', source: 'inferred', line: null, evidence: 'sourceUrl host' });
    expect(hostOutlet(undefined)).toBeNull();
  });
});

describe('a notice to the reader that names the site it asks to be followed', () => {
  const BODY_PT = 'Defesa\nO Exército vai receber novos camiões no próximo mês, informou o ministério.\nAs viaturas vão para duas brigadas do Sul.\nO programa continua no próximo ano.';
  const BODY_RU = 'Новости\nАрмия получила новую партию грузовиков, сообщило министерство.\nМашины распределят по двум бригадам.\nПрограмма продолжится в следующем году.';

  it.each([
    [`${BODY_PT}\nSiga o Diário da Serra no Google Notícias e receba as notícias do dia.\nLeia também`, 'pt', 'Diário da Serra'],
    [`${BODY_RU}\nПодписывайтесь на «Вечерний курьер» в Дзене\nЛента`, 'ru', 'Вечерний курьер'],
    [`${BODY_RU}\nПодписывайтесь на «24» в Telegram\nЛента`, 'ru', '24'],
  ])('names the outlet from %j', (text, language, name) => {
    expect(finds(text, language)).toEqual([{ value: name, kind: 'reader notice', line: 5 }]);
    expect(chooseOutlet(outletFinds(sourceLines(text), nameStopwords(language)), null)?.value).toBe(name);
  });

  it('names nothing from a notice naming only its platform, a share bar or a rights line', () => {
    expect(finds(`${BODY_PT}\nReceba as notícias do dia no seu WhatsApp.\nLeia também`, 'pt')).toEqual([]);
    expect(finds(`${BODY_PT}\nPartilhe: Facebook · X · LinkedIn · Email\nLeia também`, 'pt')).toEqual([]);
    expect(finds(`${BODY_PT}\nSiga o Diário da Serra e o Correio do Vale no Google Notícias.\nLeia também`, 'pt')).toEqual([]);
  });
});
