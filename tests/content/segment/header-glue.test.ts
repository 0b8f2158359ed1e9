import { describe, expect, it } from 'vitest';
import { continuesSentence, isDashDateline, isLabelledNames } from '@/lib/content/segment/segment';
import { classifyFurniture, isGalleryPager, isPhotoCredit } from '@/lib/content/segment/line-rules';
import { bodyTexts } from '../../support/compile-text';

describe('isDashDateline', () => {
  it.each(['ROMA –', 'ANKARA (AA) -', 'RIO DE JANEIRO (Agência Brasil) –', 'SÃO JOSÉ DOS CAMPOS, SP –', 'Praha 5. prosince (ČTK) –'])('reads "%s" as a dateline on its own line', (line) => {
    expect(isDashDateline(line)).toBe(true);
  });
  it.each(['The contract for the new trucks was signed in Minsk –', 'Nobody in the ministry expected the vote –', 'ROMA', 'Il ministro, secondo fonti vicine al governo, ha detto –'])(
    'does not read "%s" as one',
    (line) => {
      expect(isDashDateline(line)).toBe(false);
    },
  );
  it('does not join a long agency dateline to the sentence under it, but still joins lower case', () => {
    expect(continuesSentence('RIO DE JANEIRO (Agência Brasil) –', 'O Exército vai receber os primeiros blindados.')).toBe(false);
    expect(continuesSentence('RIO DE JANEIRO (Agência Brasil) –', 'que recebeu os blindados ontem.')).toBe(true);
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
