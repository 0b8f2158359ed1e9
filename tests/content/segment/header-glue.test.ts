import { describe, expect, it } from 'vitest';
import { continuesSentence, isDashDateline, isLabelledNames, isShoutedPlace } from '@/lib/content/segment/line-continuation';
import { classifyFurniture } from '@/lib/content/segment/line-rules';
import { isGalleryPager, isPhotoCredit } from '@/lib/content/segment/credit-rules';
import { isShareBar, isSitePrompt } from '@/lib/content/segment/prompt-rules';
import { bodyTexts } from '../../support/compile-text';

describe('isDashDateline', () => {
  it.each(['BRATISLAVA—', 'Kyiv–', 'ROMA –', 'ANKARA (AA) -', 'RIO DE JANEIRO (Agência Brasil) –', 'SÃO JOSÉ DOS CAMPOS, SP –', 'Praha 5. prosince (ČTK) –'])('reads "%s" as a dateline on its own line', (line) => {
    expect(isDashDateline(line)).toBe(true);
  });
  it.each(['The contract for the new trucks was signed in Minsk –', 'Nobody in the ministry expected the vote –', 'ROMA', 'Il ministro, secondo fonti vicine al governo, ha detto –', 'long-', 'A well-'])(
    'does not read "%s" as one',
    (line) => {
      expect(isDashDateline(line)).toBe(false);
    },
  );
  it('does not join a long agency dateline to the sentence under it, but still joins lower case', () => {
    expect(continuesSentence('RIO DE JANEIRO (Agência Brasil) –', 'O Exército vai receber os primeiros blindados.')).toBe(false);
    expect(continuesSentence('RIO DE JANEIRO (Agência Brasil) –', 'que recebeu os blindados ontem.')).toBe(true);
  });
  it('does not join a dateline whose dash is set close to the place to the sentence under it', () => {
    expect(continuesSentence('BRATISLAVA—', 'Mesto Trenčín v pondelok otvorilo nový most.')).toBe(false);
    expect(continuesSentence('A long-', 'term plan was agreed.')).toBe(true);
  });
});

describe('isLabelledNames', () => {
  it('reads a labelled byline closed by a comma', () => {
    expect(isLabelledNames('Haber: Mehmet Yılmaz,')).toBe(true);
    expect(isLabelledNames('Texto: Ana Souza,')).toBe(true);
  });
  it('does not read the head of a sentence', () => {
    expect(isLabelledNames('In 2015,')).toBe(false);
    expect(isLabelledNames('He said: the army,')).toBe(false);
    expect(isLabelledNames('Haber: Mehmet Yılmaz')).toBe(false);
  });
  it('keeps the byline out of the first paragraph, and a comma-broken sentence joined', () => {
    expect(continuesSentence('Haber: Mehmet Yılmaz,', 'Belediye yeni hattı pazartesi açıyor.')).toBe(false);
    expect(continuesSentence('In 2015,', 'Kyiv bought trucks.')).toBe(true);
    const got = bodyTexts(
      [
        'Belediye yeni otobüs hattını açıyor',
        'Haber: Mehmet Yılmaz,',
        'Belediye, şehir merkezi ile yeni konut bölgesi arasında çalışacak otobüs hattını pazartesi günü hizmete açacağını duyurdu.',
        'Hat üzerinde on iki durak bulunacak ve otobüsler sabah altıdan gece yarısına kadar çalışacak.',
      ],
      'paragraph',
    );
    expect(got[0]).toMatch(/^Belediye, şehir/u);
  });
});

describe('credits in brackets, lone credit labels and gallery pagers', () => {
  it.each(['(foto ANSA)', '[Foto: Reuters]', '(fonte: ministero)', 'Ilustrační foto', 'Foto', 'Fotó:'])('reads "%s" as a credit', (line) => {
    expect(isPhotoCredit(line)).toBe(true);
  });
  it.each(['(fotografie ministra)', 'Source code', 'Foto of the day', 'The photo (taken by a soldier) went viral.'])('does not read "%s" as one', (line) => {
    expect(isPhotoCredit(line)).toBe(false);
  });
  it('keeps a credit in brackets out of the headline above it', () => {
    const text = ['Il ponte riapre dopo sei mesi', '(foto ANSA)', 'Il ponte che collega i due quartieri tornerà aperto al traffico da lunedì mattina.', 'I lavori erano cominciati a giugno.'];
    expect(bodyTexts(text, 'paragraph')[0]).toBe(text[2]);
  });
  it.each(['Bild 1 av 4', 'Foto 2 din 5', 'Photo 3/12', 'Снимка 1 от 6'])('reads "%s" as a gallery pager', (line) => {
    expect(isGalleryPager(line)).toBe(true);
    expect(classifyFurniture(line)).toBe('counter');
  });
  it.each(['Kapitel 1 av 4', 'Foto 1', 'Bild 1 av 4 bilder', 'Runde 2 von 5'])('does not read "%s" as one', (line) => {
    expect(isGalleryPager(line)).toBe(false);
  });
});

describe('a share bar, an audio player and a reading time over the story', () => {
  it.each(['Facebook X WhatsApp Telegram Copiar link', 'Facebook Twitter WhatsApp E-mail'])('reads "%s" as a share bar', (line) => {
    expect(isShareBar(line)).toBe(true);
    expect(classifyFurniture(line)).not.toBeNull();
  });
  it('does not read a sentence that names networks as one', () => {
    expect(isShareBar('Facebook and WhatsApp were down for two hours on Monday.')).toBe(false);
    expect(isShareBar('Facebook WhatsApp outage hits millions of users worldwide')).toBe(false);
    expect(classifyFurniture('Facebook and WhatsApp were down for two hours on Monday.')).toBeNull();
  });
  it.each(['4 min de lectură', 'Okuma süresi 3 dakika', '3 perc olvasás', 'Čtení na 3 minuty', 'Tempo de leitura: 3 minutos', 'Poslechněte si článek', 'Přehrát', 'Ascultă știrea'])(
    'reads "%s" as a player label or reading time',
    (line) => {
      expect(classifyFurniture(line)).toBe('embed');
    },
  );
  it.each(['The meeting lasted 45 minutes', 'Playoffs start today', '12:05 min', 'Listening to the minister, the mayor nodded.'])('does not read "%s" as one', (line) => {
    expect(classifyFurniture(line)).toBeNull();
  });
  it('finds the headline over a player and a reading time', () => {
    const text = ['Kraj opraví silnici', 'Poslechněte si článek', 'Přehrát', 'Čtení na 3 minuty', 'Krajský úřad v pondělí oznámil, že opraví zničený úsek silnice mezi dvěma obcemi.', 'Objízdná trasa povede přes sousední vesnici.'];
    expect(bodyTexts(text, 'paragraph')).toEqual([text[4], text[5]]);
  });
});

describe('a most-read box under the story', () => {
  it('ends the story at the box, teasers and their summaries left out', () => {
    const story = ['Nytt gymnasium byggs i centrum', 'Kommunfullmäktige beslutade på måndagskvällen att ett nytt gymnasium ska byggas i centrum.', 'Oppositionen röstade emot och menar att kostnaden har räknats för lågt.'];
    const got = bodyTexts([...story, 'Mest läst', 'Biblioteket får längre öppettider i vinter', 'Kommunen vill sänka hastigheten på flera gator.'], 'paragraph');
    expect(got).toEqual([story[1], story[2]]);
  });
});

describe('isShoutedPlace', () => {
  it('reads a place in capitals closed by a comma as a dateline line, and does not join it to the sentence under it', () => {
    expect(isShoutedPlace('ANKARA,')).toBe(true);
    expect(isShoutedPlace('RIO DE JANEIRO,')).toBe(true);
    expect(continuesSentence('ANKARA,', 'Belediye yeni hattı pazartesi açıyor.')).toBe(false);
  });
  it('does not read a sentence broken after a comma', () => {
    expect(isShoutedPlace('In 2015,')).toBe(false);
    expect(isShoutedPlace('Meanwhile,')).toBe(false);
    expect(isShoutedPlace('NATO,')).toBe(true);
    expect(continuesSentence('ANKARA,', 'hatta yeni duraklar eklendi.')).toBe(true);
  });
});

describe('a call to share the story itself', () => {
  it('reads a prompt verb with the article as its object, in four words at most, as a site prompt', () => {
    for (const t of ['Dela artikeln', 'Del artikkelen', 'Condividi l’articolo', 'Share this article']) expect(isSitePrompt(t)).toBe(true);
  });
  it('leaves a longer line or a sentence about articles alone', () => {
    expect(isSitePrompt('Share of articles written by robots keeps rising')).toBe(false);
    expect(isSitePrompt('Dela artikeln med dina vänner.')).toBe(false);
  });
});
