import { describe, expect, it } from 'vitest';
import { bodyTexts } from '../../support/compile-text';

const paragraphs = (lines: string[]) => bodyTexts(lines, 'paragraph');

const HEAD = ['Nachrichten', 'Region', 'Neue Fähre zu den Inseln startet im Mai', 'Von Sarah Müller', '4. März 2024'];
const STORY = [
  'Der Kreistag hat am Montag einen Vertrag über fünf Jahre für eine Fährverbindung zu den beiden Inseln unterzeichnet.',
  'Die Schiffe sollen im Sommer viermal und im Winter zweimal am Tag fahren, teilte der Kreis mit.',
  'Die Inselbewohner fordern eine direkte Verbindung, seit die alte vor zehn Jahren eingestellt wurde.',
];
const COMMENTS = [
  'Peter G.', 'Endlich, darauf haben wir auf der Insel lange genug gewartet, jetzt muss es nur noch pünktlich sein.',
  'Inselkind', 'Hoffentlich werden die Preise für die Überfahrt nicht zu hoch angesetzt.',
];

describe('readers\' comments under a counter, each a name over its text', () => {
  it('ends the story at a counter with its count in brackets over two named comments', () => {
    expect(paragraphs([...HEAD, ...STORY, 'Kommentare (2)', ...COMMENTS])).toEqual(STORY);
  });

  it('ends the story at a counter joined with the first reader\'s name in lower case', () => {
    expect(paragraphs([...HEAD, ...STORY, 'Kommentare (2)', 'inselkind', ...COMMENTS.slice(1)])).toEqual(STORY);
  });

  it('ends the story at a counter over a sort menu and the comments', () => {
    expect(paragraphs([...HEAD, ...STORY, 'Kommentare (2)', 'Neueste zuerst', ...COMMENTS])).toEqual(STORY);
  });

  it('ends the story at a counter over comments whose name line holds the time of posting too', () => {
    const got = paragraphs([...HEAD, ...STORY, '2 Kommentare', 'Peter G. · vor 2 Stunden', COMMENTS[1]!, 'Inselkind · vor 1 Stunde', COMMENTS[3]!]);
    expect(got).toEqual(STORY);
  });

  it('keeps a single named paragraph under a counter: one is no thread', () => {
    expect(paragraphs([...HEAD, ...STORY, 'Kommentare (1)', ...COMMENTS.slice(0, 2)])).toContain(COMMENTS[1]);
  });

  it('keeps named paragraphs under a counter when they hold more words than the story above', () => {
    const long = (s: string) => `${s} ${STORY.join(' ')}`;
    const got = paragraphs([...HEAD, STORY[0]!, 'Kandidaten (2)', 'Anna Berg', long('Sie leitet seit 2019 den Hafen.'), 'Jan Holm', long('Er war Kapitän der alten Fähre.')]);
    expect(got).toContain(long('Er war Kapitän der alten Fähre.'));
  });
});

describe('unsigned comments under a counter that counts them in brackets', () => {
  const unsigned = [
    'Endlich eine direkte Verbindung, darauf warten wir auf der Insel seit Jahren.',
    'Hoffentlich fährt die Fähre im Winter auch bei schlechtem Wetter noch pünktlich.',
  ];

  it('ends the story at the counter when as many texts as it counts stand under it', () => {
    expect(paragraphs([...HEAD, ...STORY, 'Kommentare (2)', ...unsigned])).toEqual(STORY);
    expect(paragraphs([...HEAD, ...STORY, 'Kommentare (2)', unsigned[0]!, 'Antworten', unsigned[1]!, 'Antworten'])).toEqual(STORY);
  });

  it('keeps the texts when the count disagrees, or when the figure is no bracketed count', () => {
    for (const label of ['Kommentare (3)', 'Schritt 2']) {
      expect(paragraphs([...HEAD, ...STORY, label, ...unsigned])).toEqual(expect.arrayContaining(unsigned));
    }
  });
});
