import { describe, expect, it } from 'vitest';
import { extractEvents } from '@/lib/content/events/extract';
import type { Article } from '@/lib/content/schema';

type Input = Parameters<typeof extractEvents>[0];

const published: Article['datePublished'] = { value: '2021-06-10', precision: 'day', partial: null, source: 'dateline', line: 1, evidence: '' };
const story = (lang: string, text: string): Input => ({
  id: `story-${lang}`,
  datePublished: published,
  body: [{ kind: 'paragraph', text, line: 2 }],
  mentions: [],
  language: { value: lang },
});
/** What a reader needs of an event's date: its value and precision (and its ends for a range). */
const dates = (input: Input) => extractEvents(input).map((e) => [e.date.value ?? `${e.date.start}/${e.date.end}`, e.date.precision]);

describe('events come out of bodies in languages the header dates read', () => {
  it.each([
    ['pl', 'Umowę na dostawę radarów podpisano 14 marca 2019 r. w Warszawie.', [['2019-03-14', 'day']]],
    ['pl', 'W listopadzie 2018 roku wojsko otrzymało pierwsze wyrzutnie.', [['2018-11', 'month']]],
    ['be', 'Першыя машыны перадалі войску 3 лістапада 2017 года.', [['2017-11-03', 'day']]],
    ['be', 'У сакавіку 2020 года завод спыніў вытворчасць.', [['2020-03', 'month']]],
    ['lt', 'Sutartis pasirašyta 2019 m. kovo 12 d. Vilniuje.', [['2019-03-12', 'day']]],
    ['es', 'El ministerio firmó el contrato el 5 de marzo de 2019 en Madrid.', [['2019-03-05', 'day']]],
    ['es', 'En abril de 2016 llegaron los primeros camiones.', [['2016-04', 'month']]],
    ['id', 'Kontrak itu ditandatangani pada 4 Maret 2019 di Jakarta.', [['2019-03-04', 'day']]],
    ['id', 'Pada Agustus 2015, pabrik mulai memproduksi kendaraan.', [['2015-08', 'month']]],
    ['cs', 'Smlouva byla podepsána 12. června 2018 v Praze.', [['2018-06-12', 'day']]],
    ['cs', 'V březnu 2021 armáda převzala první kusy.', [['2021-03', 'month']]],
    ['it', 'Il contratto è stato firmato il 4 marzo 2019 a Roma.', [['2019-03-04', 'day']]],
    ['it', 'Nel settembre 2017 sono arrivati i primi veicoli.', [['2017-09', 'month']]],
    ['hu', 'A szerződést 2019. március 4-én írták alá Budapesten.', [['2019-03-04', 'day']]],
    ['ro', 'Contractul a fost semnat pe 7 februarie 2020 la București.', [['2020-02-07', 'day']]],
    ['tr', 'Sözleşme 15 Ocak 2021 tarihinde Ankara’da imzalandı.', [['2021-01-15', 'day']]],
    ['hr', 'Ugovor je potpisan 4. ožujka 2019. u Zagrebu.', [['2019-03-04', 'day']]],
    ['sr', 'Уговор је потписан 4. марта 2019. године у Београду.', [['2019-03-04', 'day']]],
    ['ka', 'ხელშეკრულება 2019 წლის 4 მარტს გაფორმდა.', [['2019-03-04', 'day']]],
    ['pt', 'O acordo foi assinado em 9 de outubro de 2018 em Lisboa.', [['2018-10-09', 'day']]],
    ['uk', 'У березні 2014 року завод зупинив роботу.', [['2014-03', 'month']]],
  ])('%s: “%s”', (lang, text, want) => expect(dates(story(lang, text))).toEqual(want));

  it('gives a yearless day the year of publication, and a later one the year before', () => {
    // Published 10 June 2021: 5 May is the latest 5 May on or before it; 3 листопада (November) was in 2020.
    const events = extractEvents(story('uk', 'Завод відновив роботу 5 травня, а зупинився 3 листопада.'));
    expect(events.map((e) => [e.date.value, e.date.inferred])).toEqual([['2021-05-05', true], ['2020-11-03', true]]);
  });

  it('reads a month range in one language and the story language’s dates with English ones', () => {
    expect(dates(story('pl', 'Testy trwały 12–14 marca 2019 r., a raport opublikowano 2 April 2019.'))).toEqual([
      ['2019-03-12/2019-03-14', 'range'],
      ['2019-04-02', 'day'],
    ]);
  });

  it('takes no verb for a month in English prose', () => {
    expect(dates(story('en', 'It may take 2 years; they march 5 km a day.'))).toEqual([]);
  });

  it('reads any language when the story’s language is unknown', () => {
    expect(dates(story('und', 'Umowę podpisano 14 marca 2019 r.'))).toEqual([['2019-03-14', 'day']]);
  });
});
