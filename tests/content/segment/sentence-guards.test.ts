/**
 * Rules whose first signal also opens a story's sentence need a second one: quotation marks that look like a
 * breadcrumb's chevrons, the word "Copyright" opening a sentence, a consent word named once in a sentence.
 */
import { describe, expect, it } from 'vitest';
import { isCopyrightLine } from '@/lib/content/segment/credit-rules';
import { consentAgrees, isEmbedNotice } from '@/lib/content/segment/embed-rules';
import { stopwordsFor } from '@/lib/content/segment/line-evidence';
import { classifyFurniture } from '@/lib/content/segment/line-rules';
import { markLine } from '@/lib/content/segment/segment';
import { bodyTexts } from '../../support/compile-text';

const marked = (line: string, language: string) => markLine(line, { stopwords: stopwordsFor(language) });

describe('chevrons: breadcrumbs or guillemets', () => {
  it.each([
    ['sv', 'Enligt hamnchefen är »läget ohållbart», och därför börjar bygget av den nya kajen redan i juni.'],
    ['da', 'Ifølge ministeren er »situationen alvorlig», og regeringen vil nu handle hurtigt på problemet.'],
    ['fi', 'Ministerin mukaan »tilanne on vakava», ja hallitus aikoo toimia nopeasti asian korjaamiseksi.'],
  ])('keeps a %s sentence quoting a short phrase in »…»', (language, line) => {
    expect(marked(line, language)).toBeNull();
  });

  it.each(['Home › World › Europe', 'Hem » Nyheter » Sverige', 'Etusivu > Uutiset > Kotimaa'])('still reads a breadcrumb as navigation: %s', (line) => {
    expect(classifyFurniture(line)).toBe('navigation');
  });

  it('keeps the guillemet sentence in the compiled story, first paragraph under the date', () => {
    const first = 'Enligt hamnchefen är »läget ohållbart», och därför börjar bygget av den nya kajen redan i juni.';
    const body = bodyTexts(['Nyheter', 'Hamnen får ny kaj', '14 maj 2024', first, 'Kajen ska ta emot fartyg som är upp till tre hundra meter långa, något som hamnen inte klarar.', 'Dela']);
    expect(body[0]).toBe(first);
  });
});

describe('copyright lines', () => {
  it.each(['© 2024 The Harbour Ledger', '(c) 2019 Site', 'Copyright © 2024 The Harbour Ledger. All rights reserved.', 'Copyright 2024 Daily Planet', 'Copyright: AFP', 'Copyright Reuters'])(
    'is a copyright line: %s',
    (line) => {
      expect(isCopyrightLine(line)).toBe(true);
    },
  );

  it.each(['Copyright holders across the bloc will be paid more for songs streamed online under rules approved on Tuesday.', 'Copyright lawyers expect the first disputes to reach the courts.'])(
    'is a sentence that opens with the word: %s',
    (line) => {
      expect(isCopyrightLine(line)).toBe(false);
      expect(marked(line, 'en')).toBeNull();
    },
  );
});

describe('consent notices', () => {
  it.each([
    'Die Datenschutzbehörde des Landes hat am Montag ein Bußgeld von zwei Millionen Euro gegen einen Lieferdienst verhängt.',
    'Die Behörde prüft nach eigenen Angaben noch weitere Beschwerden über Cookies auf der Website des Unternehmens.',
    'The regulator said the privacy policy of the app had not changed since the company was sold last year.',
  ])('keeps a sentence that names one consent word: %s', (line) => {
    expect(consentAgrees(line)).toBe(false);
    expect(isEmbedNotice(line)).toBe(false);
  });

  it.each([
    'Wir verwenden Cookies, um Ihnen das beste Nutzungserlebnis zu bieten. Mehr dazu in unserer Datenschutzerklärung.',
    'Um externe Inhalte von Instagram anzuzeigen, müssen Sie der Nutzung zustimmen und den Inhalt laden.',
    'Externer Inhalt',
    'Cookie settings',
  ])('is a consent notice: %s', (line) => {
    expect(isEmbedNotice(line)).toBe(true);
  });
});
