import { describe, expect, it } from 'vitest';
import { splitDatedLead } from '@/lib/content/segment/glued-dated-lead';
import { splitGluedLine } from '@/lib/content/segment/glued-lines';
import { stopwordsFor } from '@/lib/content/segment/line-evidence';

// Sentences written for these tests.
const LEAD = 'The harbour office said the new ferry pier would open to passengers before the summer season.';

describe('a date line run into the first sentence', () => {
  it('splits a date written with a month name off the sentence glued to it', () => {
    expect(splitDatedLead(`December 5, 2026 ${LEAD}`)).toEqual(['December 5, 2026', LEAD]);
    expect(splitDatedLead(`Saturday, 5 Dec 2026, 10:15 AM ${LEAD}`)).toEqual(['Saturday, 5 Dec 2026, 10:15 AM', LEAD]);
  });

  it('keeps a byline or a labelled field before the date with the date', () => {
    expect(splitDatedLead(`By Ruth Calder | December 5, 2026 ${LEAD}`)).toEqual(['By Ruth Calder | December 5, 2026', LEAD]);
    expect(splitDatedLead(`Ruth Calder 5 December 2026 ${LEAD}`)).toEqual(['Ruth Calder 5 December 2026', LEAD]);
    expect(splitDatedLead(`Published: 5 December 2026 | 10:15 | ${LEAD}`)).toEqual(['Published: 5 December 2026 | 10:15', LEAD]);
  });

  it('splits in a script without case, where no capital opens the sentence', () => {
    const arabic = 'أعلنت البلدية أن الرصيف الجديد للعبارات سيفتح أمام المسافرين قبل موسم الصيف المقبل.';
    expect(splitDatedLead(`السبت 5 ديسمبر 2026 ${arabic}`)).toEqual(['السبت 5 ديسمبر 2026', arabic]);
  });

  it('reads the date line on to its end: a year’s abbreviation, a connector and a time, a weekday, a time’s unit', () => {
    const cases: [string, string][] = [
      ['12 березня 2026 р.', 'Рада порту в понеділок проголосувала за будівництво другого причалу біля північної пристані.'],
      ['12 marzo 2026 ore 14:32', 'Il consiglio del porto ha votato lunedì la costruzione di un secondo molo sulla banchina nord.'],
      ['March 12, 2026 at 2:32 pm', LEAD],
      ['12 Mart 2026 Perşembe 14:32', 'Liman kurulu pazartesi günü kuzey rıhtımına ikinci bir iskele yapılmasına karar verdi.'],
      ['12. März 2026, 14:32 Uhr', 'Der Hafenrat hat am Montag beschlossen, am Nordkai eine zweite Mole zu bauen.'],
      ['12.3.2026 klo 14.32', 'Satamalautakunta päätti maanantaina rakentaa toisen laiturin pohjoiselle rannalle.'],
    ];
    for (const [date, lead] of cases) expect(splitDatedLead(`${date} ${lead}`, {}, stopwordsFor('und'))).toEqual([date, lead]);
  });

  it('splits a date written year first, and one in Han or kana parted from the sentence by a space', () => {
    const hungarian = 'A kikötői tanács hétfőn megszavazta egy második móló építését az északi rakparton.';
    expect(splitDatedLead(`2026. március 12. ${hungarian}`)).toEqual(['2026. március 12.', hungarian]);
    const chinese = '港湾委员会周一投票决定在北码头建造第二座码头，结束了持续三年的争议。';
    expect(splitDatedLead(`2026年3月12日 ${chinese}`)).toEqual(['2026年3月12日', chinese]);
  });

  it('splits a field label before the date when a capitalised function word opens the sentence', () => {
    const sw = stopwordsFor('und');
    expect(splitDatedLead(`Updated 12 March 2026 ${LEAD}`, {}, sw)).toEqual(['Updated 12 March 2026', LEAD]);
    const italian = 'Il consiglio del porto ha votato lunedì la costruzione di un secondo molo sulla banchina nord.';
    expect(splitDatedLead(`Aggiornato il 12 marzo 2026 ${italian}`, {}, sw)).toEqual(['Aggiornato il 12 marzo 2026', italian]);
  });

  it('leaves a chronology’s entry, a sentence on a preposition, a year-first date in a spaced script without case whole', () => {
    const sw = stopwordsFor('und');
    for (const line of [
      '12 March 2026: The board votes to build a second pier at the northern quay after three years of dispute.',
      'On 12 March 2026 The Guardian reported that the harbour board had voted to build a second pier at the quay.',
      'Starting 12 March 2026 Ukraine will open a second pier at the northern quay, the harbour board said on Monday.',
      '2026년 3월 12일 항만 위원회는 월요일 북쪽 부두에 두 번째 부두를 건설하기로 의결했다고 밝혔다.',
      '2026 was a hard year for the harbour, and The board said it would build a second pier at the quay.',
      '12 March 2026 at The Hague, the court heard that the harbour board had voted to build a second pier.',
    ]) {
      expect(splitDatedLead(line, {}, sw)).toBeNull();
      expect(splitGluedLine(line, { outlets: [], menu: new Set() })).toEqual([line]);
    }
    // "14:32 The Hague…": the capitalised word after the time opens the sentence, so the sentence keeps it.
    const hague = 'The Hague port authority said it would build a second pier at the northern quay after a long dispute.';
    expect(splitDatedLead(`12 March 2026, 14:32 ${hague}`, {}, sw)).toEqual(['12 March 2026, 14:32', hague]);
  });

  it('never takes a word that may open the sentence for the date’s: the sentence keeps its first words', () => {
    const sw = stopwordsFor('und');
    // Written for this test: each sentence opens with a word the walk after the year could read as the date's (a weekday's or a
    // month's name, a weekday's abbreviation, capitals, a figure).
    const openings = [
      'Sunday Times reporters found that the harbour board had voted to build a second pier at the quay.',
      'April Ryan reported that the harbour board had voted to build a second pier at the northern quay.',
      'Domingo Pérez, the harbour master, said the board had voted to build a second pier at the quay.',
      'Friday Harbor officials said the board had voted to build a second pier at the northern quay.',
      'St. Mary Hospital said the harbour board had voted to build a second pier at the northern quay.',
      'Mon Dieu Bakery, on the harbour front, said the board had voted to build a second pier at the quay.',
      'UN Secretary-General Guterres said the harbour board had voted to build a second pier at the quay.',
      'NATO Allied Command said the harbour board had voted to build a second pier at the northern quay.',
    ];
    for (const lead of openings) expect(splitDatedLead(`5 December 2026 ${lead}`, {}, sw)).toEqual(['5 December 2026', lead]);
    expect(splitDatedLead('12 Mart 2026 Pazar Ertesi gazetesi limanın kuzey rıhtımına ikinci bir iskele yapılacağını yazdı.', {}, sw)).toEqual([
      '12 Mart 2026',
      'Pazar Ertesi gazetesi limanın kuzey rıhtımına ikinci bir iskele yapılacağını yazdı.',
    ]);
    // "10:15 UN Secretary-General…": capitals after a clock are a zone only before a capitalised function word ("10:15 AM EST The…").
    const jakarta = 'UN Secretary-General Guterres said the harbour board had voted to build a second pier at the quay.';
    expect(splitDatedLead(`5 December 2026, 10:15 ${jakarta}`, {}, sw)).toEqual(['5 December 2026, 10:15', jakarta]);
  });

  it('splits nothing where a figure or a one-letter word after the year opens the sentence', () => {
    const sw = stopwordsFor('und');
    for (const line of [
      '5 December 2026 12 Ukrainian soldiers were wounded near the northern quay, the harbour board said today.',
      '5 Dec 2026 10 Downing Street said the harbour board had voted to build a second pier at the quay.',
      '5 grudnia 2026 w Warszawie rada miasta zagłosowała za budową drugiego mola przy północnym nabrzeżu.',
      '5. prosince 2026 v Praze městská rada odhlasovala stavbu druhého mola u severního nábřeží přístavu.',
      '5 de dezembro de 2026 a Câmara Municipal votou a construção de um segundo cais no porto norte.',
    ]) {
      expect(splitDatedLead(line, {}, sw)).toBeNull();
      expect(splitGluedLine(line, { outlets: [], menu: new Set() })).toEqual([line]);
    }
  });

  it('leaves a sentence whole when a title opens with a capitalised article after its opening date', () => {
    const sw = stopwordsFor('und');
    for (const line of [
      'Depuis le 5 décembre 2026 à 14h32 Le Monde rapporte que le conseil du port a voté la construction du môle.',
      'Aggiornato il 12 marzo 2026 Il Sole riporta che il consiglio del porto ha votato la costruzione di un molo.',
      'Updated 12 March 2026 The Times reported that the harbour board had voted to build a second pier at the quay.',
    ]) {
      expect(splitDatedLead(line, {}, sw)).toBeNull();
      expect(splitGluedLine(line, { outlets: [], menu: new Set() })).toEqual([line]);
    }
  });

  it('leaves sentences that open with a date, a place’s dateline and short lines whole', () => {
    for (const line of [
      `On 5 December 2026 Ministers said the new ferry pier would open to passengers before the summer season.`,
      `Since 5 December 2026 Passengers have used a temporary landing stage on the north side of the bay.`,
      `NEW YORK, 5 Dec 2026 — ${LEAD}`,
      `December 2026 ${LEAD}`,
      `December 5, 2026 marked the day the harbour office said the new ferry pier would open to passengers.`,
      'December 5, 2026 Ferry pier vote',
    ]) {
      expect(splitDatedLead(line)).toBeNull();
      expect(splitGluedLine(line, { outlets: [], menu: new Set() })).toEqual([line]);
    }
  });

  it('is what splitGluedLine does with such a line', () => {
    expect(splitGluedLine(`December 5, 2026 ${LEAD}`, { outlets: [], menu: new Set() })).toEqual(['December 5, 2026', LEAD]);
  });
});
