import { describe, expect, it } from 'vitest';
import { bodyTexts } from '../../support/compile-text';

const paragraphs = (lines: string[]) => bodyTexts(lines, 'paragraph');

const HEAD = ['Il Corriere del Porto', 'Cronaca', 'Esteri', 'La Marina riceve la terza fregata della serie', 'di Marco Bianchi', '12 marzo 2024'];
const STORY = [
  'La Marina militare ha preso in consegna martedì la terza fregata della nuova serie nel cantiere ligure.',
  'La nave, lunga 144 metri, porterà un nuovo radar e un sistema di difesa aerea a medio raggio.',
  'Il ministero ha detto che le ultime due unità saranno consegnate entro la fine del 2026.',
];

describe('a listing under the story (teasers, comments) is not its end', () => {
  it('ends the story before teasers of other stories, each a headline, a date and a one-line summary', () => {
    const got = paragraphs([
      ...HEAD, ...STORY, 'Tag', 'Marina', 'Difesa',
      'Nuovo sottomarino varato nel cantiere del golfo', '11 marzo 2024', 'Il battello è il secondo di una serie di quattro.',
      'Esercitazione navale nel Mar Ionio con sei paesi', '10 marzo 2024', 'Per due settimane le navi si addestrano insieme.',
    ]);
    expect(got).toEqual(STORY);
  });

  it('ends the story before readers\' comments, each a name, a time of posting and a sentence', () => {
    const got = paragraphs([
      ...HEAD, ...STORY, 'Commenti',
      'Luca R.', '2 ore fa', 'Una bella notizia per il cantiere e per chi ci lavora.',
      'Giulia', '3 ore fa', 'Perché il costo delle navi non viene mai detto?',
    ]);
    expect(got).toEqual(STORY);
  });

  it('keeps a single dated unit under the story: one is no listing', () => {
    const got = paragraphs([...HEAD, ...STORY, 'Aggiornamento della redazione', '13 marzo 2024', 'La consegna della quarta nave è stata anticipata di un mese.']);
    expect(got.at(-1)).toBe('La consegna della quarta nave è stata anticipata di un mese.');
  });

  it('keeps a live blog whose entries are the same unit: the text above the second entry is no denser than the rest', () => {
    const entries = [
      ['Le navi lasciano il porto', '10:15', 'Le prime due navi sono uscite dal porto poco dopo le dieci del mattino.'],
      ['Arriva il ministro', '10:40', 'Il ministro è salito a bordo della fregata per la cerimonia di consegna.'],
      ['La cerimonia è finita', '11:05', 'La bandiera è stata issata e la nave è entrata ufficialmente in servizio.'],
    ];
    const got = paragraphs(['Il Corriere del Porto', 'Diretta: la consegna della fregata minuto per minuto', '12 marzo 2024', ...entries.flat()]);
    for (const e of entries) expect(got).toContain(e[2]);
  });

  it('keeps the story\'s paragraphs between two dated subheadings when text follows the last one at length', () => {
    const long = 'Il ministero ha spiegato che la nave resterà in porto per tre settimane di prove, poi partirà per la prima missione nel Mediterraneo orientale insieme a due unità alleate e a un sottomarino, e che il programma completo costerà oltre quattro miliardi di euro secondo le stime presentate in parlamento la scorsa settimana dal sottosegretario.';
    const got = paragraphs([...HEAD, ...STORY, 'La prima missione', '14 marzo 2024', long, 'Le prove in mare', '15 marzo 2024', 'Le prove in mare inizieranno la settimana prossima.']);
    expect(got).toContain(long);
  });

  it('ends the story before teasers that each open with a one-word kicker over a headline', () => {
    const got = paragraphs([
      ...HEAD, ...STORY,
      'Difesa', 'Nuovo sottomarino varato nel cantiere del golfo', 'Il battello è il secondo di una serie di quattro.',
      'Economia', 'Le esportazioni della difesa crescono ancora', 'Le vendite sono salite di un quinto nel trimestre.',
    ]);
    expect(got).toEqual(STORY);
  });

  it('ends the story before readers\' comments that each close with the same reply button under the sentence', () => {
    const got = paragraphs([
      ...HEAD, ...STORY,
      'Luca R.', '12 marzo 2024 alle 15:10', 'Una bella notizia per il cantiere e per chi ci lavora.', 'Rispondi',
      'Giulia', '12 marzo 2024 alle 16:02', 'Perché il costo delle navi non viene mai detto?', 'Rispondi',
    ]);
    expect(got).toEqual(STORY);
  });

  it('keeps a live blog whose entries each close with the same button: the text above is no denser than the rest', () => {
    const entries = [
      ['Le navi lasciano il porto', '10:15', 'Le prime due navi sono uscite dal porto poco dopo le dieci del mattino.'],
      ['Arriva il ministro', '10:40', 'Il ministro è salito a bordo della fregata per la cerimonia di consegna.'],
    ];
    const got = paragraphs(['Il Corriere del Porto', 'Diretta: la consegna della fregata minuto per minuto', '12 marzo 2024', ...entries.flatMap((e) => [...e, 'Condividi'])]);
    for (const e of entries) expect(got).toContain(e[2]);
  });

  it('keeps two sections of the story that open with a label and a subheading when the text above is shorter', () => {
    const sections = [
      ['Contesto', 'Perché la Marina ha bisogno di nuove navi', 'Le vecchie fregate hanno più di trent\'anni e costano troppo da mantenere in servizio.'],
      ['Costi', 'Quanto spenderà il governo per il programma', 'Il programma completo costerà oltre quattro miliardi di euro fino al 2030.'],
    ];
    const got = paragraphs([...HEAD, 'La Marina ha preso in consegna la nuova fregata.', ...sections.flat()]);
    for (const s of sections) expect(got).toContain(s[2]);
  });
});

describe('comments each headed by the reader\'s name and time on one line', () => {
  const comments = [
    'Luca Neri, 12.03.2024 18:22', 'Finalmente una nave nuova, quelle vecchie cadevano a pezzi da anni.',
    'Sara Conti, 12.03.2024 17:05', 'Speriamo che almeno questa volta i tempi vengano rispettati davvero.',
  ];

  it('ends the story before two readers\' signed comments', () => {
    expect(paragraphs([...HEAD, ...STORY, ...comments])).toEqual(STORY);
  });

  it('keeps entries one writer signs: a live page, not a thread', () => {
    const entries = [comments[0]!, comments[1]!, 'Luca Neri, 12.03.2024 17:05', comments[3]!];
    const got = paragraphs([...HEAD, ...STORY, ...entries]);
    expect(got).toEqual(expect.arrayContaining([comments[1]!, comments[3]!]));
  });
});

describe('teaser pairs under a label the word lists do not know', () => {
  const PAIRS = [
    ['Nuovo sottomarino varato', 'Il battello è il secondo di quattro.'],
    ['Esportazioni in crescita', 'Le vendite sono salite nel trimestre.'],
  ];

  it('ends the story before a label over headlines with one-sentence summaries shorter than its paragraphs', () => {
    const got = paragraphs([...HEAD, ...STORY, 'Leggi ora', ...PAIRS.flat()]);
    expect(got).toEqual(STORY);
  });

  it('keeps sections under a label when a section is as long as a paragraph of the story', () => {
    const section = 'Le vecchie fregate della Marina hanno più di trent\'anni e costano ormai troppo da mantenere.';
    const got = paragraphs([...HEAD, ...STORY, 'Contesto', PAIRS[0]![0]!, section, ...PAIRS[1]!]);
    expect(got).toContain(section);
    expect(got.at(-1)).toBe(PAIRS[1]![1]);
  });

  it('keeps sections under a label when a summary has two sentences', () => {
    const section = 'La nave è pronta. Partirà domani.';
    const got = paragraphs([...HEAD, ...STORY, 'Contesto', PAIRS[0]![0]!, section, ...PAIRS[1]!]);
    expect(got).toContain(section);
  });

  it('keeps pairs with no label over them: one signal is not enough', () => {
    const got = paragraphs([...HEAD, ...STORY, ...PAIRS.flat()]);
    expect(got.at(-1)).toBe(PAIRS[1]![1]);
  });
});

describe('teasers asked as questions under a label', () => {
  const QUESTIONS = ['Quanto costa davvero una fregata?', 'Perché la Marina cerca nuovi marinai?', 'Chi costruirà i prossimi sottomarini?'];
  const PITCH = 'Iscriviti alla newsletter e ricevi le notizie ogni mattina.';

  it('ends the story before a label over three short questions and a pitch under them', () => {
    expect(paragraphs([...HEAD, ...STORY, 'Leggi ora', ...QUESTIONS, PITCH])).toEqual(STORY);
  });

  it('keeps two questions under a subheading: a run of alike items is three', () => {
    expect(paragraphs([...HEAD, ...STORY, 'Domande aperte', ...QUESTIONS.slice(0, 2)]).at(-1)).toBe(QUESTIONS[1]);
  });

  it('keeps questions with no label over them', () => {
    expect(paragraphs([...HEAD, ...STORY, ...QUESTIONS]).at(-1)).toBe(QUESTIONS[2]);
  });

  it('keeps questions as long as the story\'s paragraphs: a closing section, not teasers', () => {
    const long = 'E chi pagherà la manutenzione delle navi quando il contratto con il cantiere sarà scaduto?';
    expect(paragraphs([...HEAD, ...STORY, 'Domande aperte', ...QUESTIONS.slice(0, 2), long])).toContain(long);
  });
});

describe('a comment section\'s heading, rules and form are not the story\'s end', () => {
  it('leaves out a one-word heading, a long rule that names it and a button naming it a third time', () => {
    const got = paragraphs([
      ...HEAD, ...STORY, 'Commenti',
      'I commenti sono di responsabilità dei loro autori e non rappresentano in alcun modo la linea di questo giornale online.',
      'Lascia un commento',
    ]);
    expect(got).toEqual(STORY);
  });

  it('keeps a last paragraph under a one-word subheading it names when the line below does not name it', () => {
    const last = 'Le opposizioni hanno chiesto che il contratto venga esaminato dalla Corte dei conti prima del pagamento.';
    const got = paragraphs([...HEAD, ...STORY, 'Opposizioni', last, 'Condividi']);
    expect(got.at(-1)).toBe(last);
  });

  it('ends the story before readers\' comments without a time, each a name, a sentence and a like counter under it', () => {
    const got = paragraphs([
      ...HEAD, ...STORY, 'Commenti',
      'Luca R.', 'Una bella notizia per il cantiere e per chi ci lavora.', 'Mi piace 12 · Rispondi',
      'Giulia', 'Perché il costo delle navi non viene mai detto?', 'Mi piace 3 · Rispondi',
    ]);
    expect(got).toEqual(STORY);
  });

  it('keeps the story\'s last paragraphs when only one signed unit stands under them', () => {
    const last = 'Il cantiere ha detto che assumerà altri cento operai entro la fine dell\'anno.';
    const got = paragraphs([...HEAD, ...STORY, 'Cantiere', last, '12 marzo 2024']);
    expect(got.at(-1)).toBe(last);
  });

  it('ends the story before readers\' comments with neither time nor counter, the same reply button under each', () => {
    const got = paragraphs([
      ...HEAD, ...STORY, 'Commenti',
      'Luca R.', 'Una bella notizia per il cantiere e per chi ci lavora.', 'Rispondi',
      'Giulia', 'Perché il costo delle navi non viene mai detto?', 'Rispondi',
    ]);
    expect(got).toEqual(STORY);
  });

  it('keeps two subheaded paragraphs under the story when the lines under them differ (no repeated button)', () => {
    const tail = ['Costi', 'Il contratto vale in tutto quasi due miliardi di euro secondo il ministero.', 'Foto archivio', 'Tempi', 'Le prove in mare dureranno almeno sei mesi prima della consegna.', 'Condividi'];
    const got = paragraphs([...HEAD, ...STORY, ...tail]);
    expect(got.at(-1)).toBe(tail[4]);
  });
});

