import { describe, expect, it } from 'vitest';
import { splitDatedLead } from '@/lib/content/segment/glued-dated-lead';
import { splitGluedLine } from '@/lib/content/segment/glued-lines';
import { stopwordsFor } from '@/lib/content/segment/line-evidence';

// Sentences written for these tests.
const LEAD = 'The harbour office said the new ferry pier would open to passengers before the summer season.';
const ARABIC = 'أعلنت البلدية أن الرصيف الجديد للعبارات سيفتح أمام المسافرين قبل موسم الصيف المقبل.';
const ITALIAN = 'Il consiglio del porto ha votato lunedì la costruzione di un secondo molo sulla banchina nord.';
const HUNGARIAN = 'A kikötői tanács hétfőn megszavazta egy második móló építését az északi rakparton.';
const CHINESE = '港湾委员会周一投票决定在北码头建造第二座码头，结束了持续三年的争议。';
const HAGUE = 'The Hague port authority said it would build a second pier at the northern quay after a long dispute.';
const JAKARTA = 'UN Secretary-General Guterres said the harbour board had voted to build a second pier at the quay.';

const sw = stopwordsFor('und');
/** splitDatedLead on a line, given the page's stopwords (`und`) or, as a caller without them calls it, nothing else. */
const split = (line: string, withStopwords: boolean) => (withStopwords ? splitDatedLead(line, {}, sw) : splitDatedLead(line));
const gluedLine = (line: string) => splitGluedLine(line, { outlets: [], menu: new Set() });

// Written for this test: each sentence opens with a word the walk after the year could read as the date's (a weekday's or a
// month's name, a weekday's abbreviation, capitals, a figure).
const OPENINGS = [
  'Sunday Times reporters found that the harbour board had voted to build a second pier at the quay.',
  'April Ryan reported that the harbour board had voted to build a second pier at the northern quay.',
  'Domingo Pérez, the harbour master, said the board had voted to build a second pier at the quay.',
  'Friday Harbor officials said the board had voted to build a second pier at the northern quay.',
  'St. Mary Hospital said the harbour board had voted to build a second pier at the northern quay.',
  'Mon Dieu Bakery, on the harbour front, said the board had voted to build a second pier at the quay.',
  'UN Secretary-General Guterres said the harbour board had voted to build a second pier at the quay.',
  'NATO Allied Command said the harbour board had voted to build a second pier at the northern quay.',
];

/** [what the case shows, the glued line, the date line and the sentence it splits into, whether the stopwords are given]. */
const SPLITS: [string, string, string, string, boolean][] = [
  ['a date written with a month name', `December 5, 2026 ${LEAD}`, 'December 5, 2026', LEAD, false],
  ['a weekday, a date and a time', `Saturday, 5 Dec 2026, 10:15 AM ${LEAD}`, 'Saturday, 5 Dec 2026, 10:15 AM', LEAD, false],
  // A byline or a labelled field before the date stays with the date.
  ['a labelled byline before the date', `By Ruth Calder | December 5, 2026 ${LEAD}`, 'By Ruth Calder | December 5, 2026', LEAD, false],
  ['a bare name before the date', `Ruth Calder 5 December 2026 ${LEAD}`, 'Ruth Calder 5 December 2026', LEAD, false],
  ['a labelled field, a date and a time', `Published: 5 December 2026 | 10:15 | ${LEAD}`, 'Published: 5 December 2026 | 10:15', LEAD, false],
  ['a script without case, where no capital opens the sentence', `السبت 5 ديسمبر 2026 ${ARABIC}`, 'السبت 5 ديسمبر 2026', ARABIC, false],
  // The date line is read on to its end: a year's abbreviation, a connector and a time, a weekday, a time's unit.
  ['a year’s abbreviation', '12 березня 2026 р. Рада порту в понеділок проголосувала за будівництво другого причалу біля північної пристані.', '12 березня 2026 р.', 'Рада порту в понеділок проголосувала за будівництво другого причалу біля північної пристані.', true],
  ['a connector and a time', `12 marzo 2026 ore 14:32 ${ITALIAN}`, '12 marzo 2026 ore 14:32', ITALIAN, true],
  ['a time with its suffix', `March 12, 2026 at 2:32 pm ${LEAD}`, 'March 12, 2026 at 2:32 pm', LEAD, true],
  ['a weekday after the date', '12 Mart 2026 Perşembe 14:32 Liman kurulu pazartesi günü kuzey rıhtımına ikinci bir iskele yapılmasına karar verdi.', '12 Mart 2026 Perşembe 14:32', 'Liman kurulu pazartesi günü kuzey rıhtımına ikinci bir iskele yapılmasına karar verdi.', true],
  ['a time’s unit', '12. März 2026, 14:32 Uhr Der Hafenrat hat am Montag beschlossen, am Nordkai eine zweite Mole zu bauen.', '12. März 2026, 14:32 Uhr', 'Der Hafenrat hat am Montag beschlossen, am Nordkai eine zweite Mole zu bauen.', true],
  ['a numeric date and a time after a connector', '12.3.2026 klo 14.32 Satamalautakunta päätti maanantaina rakentaa toisen laiturin pohjoiselle rannalle.', '12.3.2026 klo 14.32', 'Satamalautakunta päätti maanantaina rakentaa toisen laiturin pohjoiselle rannalle.', true],
  ['a date written year first', `2026. március 12. ${HUNGARIAN}`, '2026. március 12.', HUNGARIAN, false],
  ['a date in Han or kana parted from the sentence by a space', `2026年3月12日 ${CHINESE}`, '2026年3月12日', CHINESE, false],
  // A field label before the date is split off when a capitalised function word opens the sentence.
  ['an English field label', `Updated 12 March 2026 ${LEAD}`, 'Updated 12 March 2026', LEAD, true],
  ['an Italian field label and its preposition', `Aggiornato il 12 marzo 2026 ${ITALIAN}`, 'Aggiornato il 12 marzo 2026', ITALIAN, true],
  // "14:32 The Hague…": the capitalised word after the time opens the sentence, so the sentence keeps it.
  ['a time before a capitalised place', `12 March 2026, 14:32 ${HAGUE}`, '12 March 2026, 14:32', HAGUE, true],
  // The sentence keeps its first words: none that may open it is taken for the date's.
  ...OPENINGS.map((lead): [string, string, string, string, boolean] => [`a sentence opening “${lead.split(' ').slice(0, 2).join(' ')}”`, `5 December 2026 ${lead}`, '5 December 2026', lead, true]),
  ['a Turkish sentence opening with weekday words', '12 Mart 2026 Pazar Ertesi gazetesi limanın kuzey rıhtımına ikinci bir iskele yapılacağını yazdı.', '12 Mart 2026', 'Pazar Ertesi gazetesi limanın kuzey rıhtımına ikinci bir iskele yapılacağını yazdı.', true],
  // "10:15 UN Secretary-General…": capitals after a clock are a zone only before a capitalised function word ("10:15 AM EST The…").
  ['capitals after a clock', `5 December 2026, 10:15 ${JAKARTA}`, '5 December 2026, 10:15', JAKARTA, true],
];

/** [what the case shows, a line splitDatedLead and splitGluedLine leave whole, whether the stopwords are given]. */
const WHOLE: [string, string, boolean][] = [
  // A chronology's entry, a sentence on a preposition, a year-first date in a spaced script without case.
  ['a chronology’s entry', '12 March 2026: The board votes to build a second pier at the northern quay after three years of dispute.', true],
  ['a sentence on a preposition', 'On 12 March 2026 The Guardian reported that the harbour board had voted to build a second pier at the quay.', true],
  ['a sentence on a participle', 'Starting 12 March 2026 Ukraine will open a second pier at the northern quay, the harbour board said on Monday.', true],
  ['a year-first date in a spaced script without case', '2026년 3월 12일 항만 위원회는 월요일 북쪽 부두에 두 번째 부두를 건설하기로 의결했다고 밝혔다.', true],
  ['a sentence opening with a year', '2026 was a hard year for the harbour, and The board said it would build a second pier at the quay.', true],
  ['a date before “at” and a place', '12 March 2026 at The Hague, the court heard that the harbour board had voted to build a second pier.', true],
  // A figure or a one-letter word after the year opens the sentence.
  ['a figure after the year', '5 December 2026 12 Ukrainian soldiers were wounded near the northern quay, the harbour board said today.', true],
  ['an address’s figure after the year', '5 Dec 2026 10 Downing Street said the harbour board had voted to build a second pier at the quay.', true],
  ['a Polish one-letter preposition', '5 grudnia 2026 w Warszawie rada miasta zagłosowała za budową drugiego mola przy północnym nabrzeżu.', true],
  ['a Czech one-letter preposition', '5. prosince 2026 v Praze městská rada odhlasovala stavbu druhého mola u severního nábřeží přístavu.', true],
  ['a Portuguese one-letter article', '5 de dezembro de 2026 a Câmara Municipal votou a construção de um segundo cais no porto norte.', true],
  // A title that opens with a capitalised article after the sentence's opening date.
  ['a French title after a date and a time', 'Depuis le 5 décembre 2026 à 14h32 Le Monde rapporte que le conseil du port a voté la construction du môle.', true],
  ['an Italian title after a field label', 'Aggiornato il 12 marzo 2026 Il Sole riporta che il consiglio del porto ha votato la costruzione di un molo.', true],
  ['an English title after a field label', 'Updated 12 March 2026 The Times reported that the harbour board had voted to build a second pier at the quay.', true],
  // Sentences that open with a date, a place's dateline and short lines.
  ['a sentence opening “On” and a date', `On 5 December 2026 Ministers said the new ferry pier would open to passengers before the summer season.`, false],
  ['a sentence opening “Since” and a date', `Since 5 December 2026 Passengers have used a temporary landing stage on the north side of the bay.`, false],
  ['a place’s dateline', `NEW YORK, 5 Dec 2026 — ${LEAD}`, false],
  ['a month and year without a day', `December 2026 ${LEAD}`, false],
  ['a date that is the sentence’s subject', `December 5, 2026 marked the day the harbour office said the new ferry pier would open to passengers.`, false],
  ['a short line after a date', 'December 5, 2026 Ferry pier vote', false],
];

describe('a date line run into the first sentence', () => {
  it.each(SPLITS)('splits %s off the sentence', (_, line, date, lead, withStopwords) => {
    expect(split(line, withStopwords)).toEqual([date, lead]);
  });

  it.each(WHOLE)('leaves %s whole', (_, line, withStopwords) => {
    expect(split(line, withStopwords)).toBeNull();
    expect(gluedLine(line)).toEqual([line]);
  });

  it('is what splitGluedLine does with such a line', () => {
    expect(gluedLine(`December 5, 2026 ${LEAD}`)).toEqual(['December 5, 2026', LEAD]);
  });
});
