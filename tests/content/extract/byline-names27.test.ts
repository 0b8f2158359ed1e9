import { describe, expect, it } from 'vitest';
import { compileArticle } from '../../support/compile-text';
import { nameRunsShort, withoutDatelinePlace } from '@/lib/content/extract/header-names';
import { matchLedName } from '@/lib/content/segment/byline';

const authorOf = (lines: string[]) => compileArticle(lines.join('\n'))?.author?.value ?? null;

const story = [
  'Consiliul local a aprobat marți renovarea a trei școli din centrul orașului, a anunțat primăria.',
  'Lucrările vor începe în iunie și trebuie terminate înainte de începutul noului an școlar.',
  'Părinții speră că renovarea va rezolva și problema căldurii din sălile de clasă în timpul iernii.',
];

describe('nameRunsShort: names joined by a short lower-case word, each at most three words', () => {
  it('takes one name and several joined ones', () => {
    expect(nameRunsShort('Jane Doe')).toBe(true);
    expect(nameRunsShort('Ion Popescu și Maria Ionescu')).toBe(true);
    expect(nameRunsShort('Ayşe Yılmaz ve Mehmet Demir')).toBe(true);
    expect(nameRunsShort('Lena Huber & Max Gruber')).toBe(true);
  });
  it('refuses a run longer than three words', () => {
    expect(nameRunsShort('Primăria repară trei școli')).toBe(false);
    expect(nameRunsShort('Ion Popescu Maria Ionescu și Dan Pop')).toBe(false);
  });
});

describe('matchLedName: a lead-in word and a preposition before a name, beside a date', () => {
  it('reads the name between the lead-in and the word before the date', () => {
    expect(matchLedName('Публикувано от Иван Петров на')?.author).toBe('Иван Петров');
    expect(matchLedName('Objavio je Marko Marić u')?.author).toBe('Marko Marić');
    expect(matchLedName('Yayınlayan: Ayşe Yılmaz')).toBeNull();
  });
  it('refuses a name that starts with a particle, a single name word and running text', () => {
    expect(matchLedName('Maria de Souza')).toBeNull();
    expect(matchLedName('Maria de Souza Lima')).toBeNull();
    expect(matchLedName('Публикувано от Иван')).toBeNull();
    expect(matchLedName('Публикувано от министъра на')).toBeNull();
  });
});

describe('byline positions around the headline', () => {
  it('takes two names joined by a conjunction under the headline', () => {
    expect(authorOf(['Acasă', 'Social', 'Primăria repară trei școli în timpul verii', 'Ion Popescu și Maria Ionescu', ...story])).toBe('Ion Popescu și Maria Ionescu');
  });
  it('takes the name from a "published by NAME on DATE" line', () => {
    const page = [
      'Начало',
      'Общината ремонтира три училища през лятото',
      'Публикувано от Иван Петров на 12.03.2024',
      'Общинският съвет одобри в четвъртък ремонта на три училища в централната част на града.',
      'Работите ще започнат през юни и трябва да приключат преди новата учебна година.',
    ];
    expect(authorOf(page)).toBe('Иван Петров');
  });
  it('does not take a longer capitalised line under the headline for names', () => {
    expect(authorOf(['Acasă', 'Primăria repară trei școli în timpul verii', 'Ultimele Știri Din Oraș și Din Județ', ...story])).toBeNull();
  });
});

const bgStory = [
  'Първият круизен кораб за сезона акостира в сряда сутринта на пътническия терминал във Варна.',
  'На борда му пътуват близо две хиляди туристи, повечето от които ще посетят стария град.',
  'Общината очаква през следващите месеци да пристигнат още двадесет и четири кораба.',
];
const bgHeadline = 'Пристанището във Варна приема първия круизен кораб за сезона';

describe('a bare name straight above the headline', () => {
  it('is the byline when no other line names a writer', () => {
    expect(authorOf(['Начало', 'Новини', 'Мария Стоянова', bgHeadline, '05.12.2026 09:40', ...bgStory])).toBe('Мария Стоянова');
  });
  it('gives way to a labelled byline elsewhere on the page', () => {
    expect(authorOf(['Начало', 'Мария Стоянова', bgHeadline, '05.12.2026 09:40', ...bgStory, 'Автор: Петър Иванов'])).toBe('Петър Иванов');
  });
  it('is no byline when its words are printed elsewhere on the page (a section in the menu, a kicker in the headline)', () => {
    expect(authorOf(['Начало', 'Морска Столица', bgHeadline, '05.12.2026 09:40', ...bgStory, 'Още от Морска Столица'])).toBeNull();
    expect(authorOf(['Начало', 'Круизен Сезон', bgHeadline, '05.12.2026 09:40', ...bgStory])).toBeNull();
  });
  it("is no byline when it is the page's first line (a section label over the headline)", () => {
    expect(authorOf(['Local News', 'Library extends its opening hours for students', '12.03.2024', 'The town library will stay open until ten in the evening on weekdays from next month.', 'Staff said students had asked for a quiet place to revise before exams.'])).toBeNull();
  });
  it('is no byline when shouted in capitals (a kicker has the same place)', () => {
    expect(authorOf(['Начало', 'ГОРЕЩА ТЕМА', bgHeadline, '05.12.2026 09:40', ...bgStory])).toBeNull();
  });
});

describe('withoutDatelinePlace: a place glued after a name, named again by the story\'s dateline', () => {
  it('cuts the place when a paragraph opens with it as a dateline', () => {
    expect(withoutDatelinePlace('Marco Rossi Torino', ['TORINO – Il consiglio comunale ha approvato il piano.'])).toBe('Marco Rossi');
    expect(withoutDatelinePlace('Ana Souza Recife', ['Recife, 12 de março – A prefeitura anunciou o plano.'])).toBe('Ana Souza');
  });
  it('keeps a three-word name when no dateline names its last word', () => {
    expect(withoutDatelinePlace('Maria Luisa Bianchi', ['Il consiglio comunale ha approvato il piano.'])).toBe('Maria Luisa Bianchi');
    expect(withoutDatelinePlace('Marco Rossi Torino', ['Il consiglio di Torino ha approvato il piano.'])).toBe('Marco Rossi Torino');
  });
  it('never cuts a two-word name', () => {
    expect(withoutDatelinePlace('Marco Torino', ['TORINO – Il consiglio comunale ha approvato il piano.'])).toBe('Marco Torino');
  });
  it('reads the page: the name, the city and the date on one line, the city as the dateline', () => {
    const page = [
      'Home',
      'Cronaca',
      "Il comune rinnova tre scuole durante l'estate",
      'Marco Rossi Torino 12/03/2024',
      'TORINO – Il consiglio comunale ha approvato martedì la ristrutturazione di tre scuole del centro.',
      "I lavori inizieranno a giugno e dovranno finire prima dell'inizio del nuovo anno scolastico.",
    ];
    expect(authorOf(page)).toBe('Marco Rossi');
  });
});
