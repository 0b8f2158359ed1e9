import { describe, expect, it } from 'vitest';
import { bodyTexts, compileArticle } from '../../support/compile-text';

const compile = compileArticle;
const bodyOf = (lines: string[]) => bodyTexts(lines);

// A Czech story written for these tests: headline, standfirst, then the story's paragraphs.
const HEADLINE = 'Armáda dostane nové radary do konce roku';
const STANDFIRST = 'Ministerstvo obrany podepsalo smlouvu na dodávku čtyř radarů od domácího výrobce.';
const TEXT = [
  'Smlouvu v pondělí podepsal náměstek ministra na setkání s výrobcem v Pardubicích.',
  'První radar má být podle ministerstva předán vojákům ještě letos na podzim.',
  'Zbylé tři radary dorazí podle plánu v průběhu příštího roku.',
];

describe('the lines between the standfirst and the story', () => {
  it('leaves out a run of short theme lines under the standfirst', () => {
    const body = bodyOf([HEADLINE, STANDFIRST, 'Foto autora', 'Zveřejněno', 'dne', ...TEXT]);
    expect(body).toEqual([STANDFIRST, ...TEXT]);
  });

  it('keeps a single subheading there: a subheading stands alone over its paragraph', () => {
    const body = bodyOf([HEADLINE, STANDFIRST, 'Podpis v Pardubicích', ...TEXT]);
    expect(body).toEqual([STANDFIRST, 'Podpis v Pardubicích', ...TEXT]);
  });

  it('takes a bare name there as the byline, also with the surname in capitals', () => {
    const article = compile([HEADLINE, STANDFIRST, 'Petra NOVÁKOVÁ', ...TEXT].join('\n'));
    expect(article?.author?.value).toBe('Petra NOVÁKOVÁ');
    expect(article?.body.map((b) => b.text)).toEqual([STANDFIRST, ...TEXT]);
  });

  it('leaves a bare name further down the story in the text', () => {
    const article = compile([HEADLINE, STANDFIRST, TEXT[0]!, 'Petra Nováková', TEXT[1]!, TEXT[2]!].join('\n'));
    expect(article?.body.map((b) => b.text)).toContain('Petra Nováková');
  });
});

describe('an author box after the story', () => {
  const page = (bioName: string) => [HEADLINE, 'Petra Nováková', '12. 3. 2024 14:20', ...TEXT, bioName, 'Redaktorka domácí rubriky. Píše o obraně a bezpečnosti od roku 2015.'];

  it('ends the story at the byline name printed again over a short bio', () => {
    expect(bodyOf(page('Petra Nováková'))).toEqual(TEXT);
  });

  it('keeps a closing sentence under another name: only the page’s own byline opens an author box', () => {
    expect(bodyOf(page('Jan Dvořák')).at(-1)).toBe('Redaktorka domácí rubriky. Píše o obraně a bezpečnosti od roku 2015.');
  });
});

describe('a readers’ comment thread after the story', () => {
  it('ends the story at a comment counter followed by a comment’s time', () => {
    const body = bodyOf([HEADLINE, ...TEXT, '2 komentáře', 'Karel B.', 'před 2 hodinami', 'Konečně, bylo na čase to koupit.']);
    expect(body).toEqual(TEXT);
  });

  it('keeps the story’s sentences after a counter when no time follows it', () => {
    const body = bodyOf([HEADLINE, TEXT[0]!, '2 komentáře', TEXT[1]!, TEXT[2]!]);
    expect(body.at(-1)).toBe(TEXT[2]);
  });
});

describe('sentences in the footer', () => {
  const NOTICE = 'Přihlaste se k odběru a každé ráno dostanete nejdůležitější zprávy dne.';

  it('leaves out short sentences under a run of three or more non-text lines', () => {
    expect(bodyOf([HEADLINE, ...TEXT, 'Sdílet', 'Kopírovat odkaz', 'Tisk', NOTICE])).toEqual(TEXT);
  });

  it('keeps a last paragraph under a caption and its credit (a run of two)', () => {
    const body = bodyOf([HEADLINE, TEXT[0]!, TEXT[1]!, 'Radar na zkušební ploše', 'Foto: archiv výrobce', NOTICE]);
    expect(body.at(-1)).toBe(NOTICE);
  });
});

describe('a list that a sentence announces with a colon', () => {
  // Written for this test: a lead ending in a colon, three short names, then the story goes on.
  const LEAD = 'The defence ministry on Tuesday named the three generals who are the candidates to lead the army:';
  const NAMES = ['General Anna Kovač', 'General Petr Dvořák', 'General Ivan Horák'];
  const AFTER = [
    'The president is expected to choose one of them before the end of the month, his office said.',
    'The new chief will take over from a general who retires in April after six years in the post.',
  ];

  it('keeps the lead and every item as paragraphs, not a menu run or headings', () => {
    const article = compileArticle(['Three generals in the running for army chief', '12 March 2024', LEAD, ...NAMES, ...AFTER].join('\n'));
    expect(article?.body.map((b) => [b.kind, b.text])).toEqual([LEAD, ...NAMES, ...AFTER].map((t) => ['paragraph', t]));
  });

  it('still removes a run of short menu lines that no colon announces', () => {
    const menu = ['Home', 'World', 'Sport'];
    const body = bodyTexts(['Three generals in the running for army chief', '12 March 2024', AFTER[0]!, ...menu, AFTER[1]!]);
    expect(body).toEqual(AFTER);
  });
});
