import { describe, expect, it } from 'vitest';
import { labelLineKind, labelledSignature, nameBesideLabelLine } from '@/lib/content/extract/label-line-name';
import { pageWordsOf } from '@/lib/content/extract/header-names';
import { segmentLines } from '@/lib/content/segment/segment';
import { compileArticle, sourceLines } from '../../support/compile-text';

/** The author the lines compile to; a rejected page fails the test here. */
function authorOf(lines: string[]): string | null {
  const article = compileArticle(lines.join('\n'));
  if (article === undefined) throw new Error('the page was rejected');
  return article.author?.value ?? null;
}

/** The header lines as segmentLines blocks them, and what nameBesideLabelLine reads on block `at` (the page is the header). */
function readAt(lines: string[], at: number) {
  const header = segmentLines(sourceLines(lines.join('\n')));
  return nameBesideLabelLine(header, at, pageWordsOf(lines));
}

const headline = 'Council backs plan to reopen the old ferry crossing next summer';
const story = [
  'Councillors voted on Monday to reopen the old ferry crossing next summer, after two years in which the boat stayed tied up.',
  'The crossing closed when its only vessel failed an inspection, leaving villagers with an hour of driving to the nearest bridge.',
  'A rebuilt boat is due to arrive in May and will first run at weekends only, the council said.',
];

describe('labelLineKind', () => {
  it('reads a label or a job title bylines print as known, with or without its colon', () => {
    expect(labelLineKind('By')).toBe('known');
    expect(labelLineKind('Autor:')).toBe('known');
    expect(labelLineKind('بقلم')).toBe('known');
    expect(labelLineKind('Staff Writer')).toBe('known');
  });

  it('reads one word of any language closed by a colon as a field label', () => {
    expect(labelLineKind('Awdur:')).toBe('field');
    expect(labelLineKind('Skribinto:')).toBe('field');
  });

  it('reads no label in a picture credit, a phrase or a word without its colon', () => {
    expect(labelLineKind('Photo:')).toBeNull();
    expect(labelLineKind('Foto')).toBeNull();
    expect(labelLineKind('Awdur')).toBeNull();
    expect(labelLineKind('Read the whole story here:')).toBeNull();
  });
});

describe('nameBesideLabelLine', () => {
  it('reads the name under a label line, and the label and the name joined into one block', () => {
    expect(readAt(['Home', headline, 'Awdur:', 'Siôn Pritchard', '12/03/2024'], 3)).toEqual({ author: 'Siôn Pritchard', outlet: null });
    // "By" does not end a sentence: the two lines make one block, the label's line first.
    expect(readAt(['Home', headline, 'By', 'Harriet Vossberg', 'Share'], 2)).toEqual({ author: 'Harriet Vossberg', outlet: null });
  });

  it('reads a name in a script without case under a label line or over a job title alone', () => {
    expect(readAt(['الرئيسية', 'مجلس المدينة يوافق على خطة جديدة لتطوير منطقة الميناء', 'بقلم', 'سامر الخطيب'], 3)).toEqual({ author: 'سامر الخطيب', outlet: null });
    expect(readAt(['خانه', 'شورای شهر طرح نوسازی بندر قدیمی را تصویب کرد', 'مریم احمدی', 'خبرنگار'], 2)).toEqual({ author: 'مریم احمدی', outlet: null });
  });

  it('reads no name under a field label no table lists when no date stands beside them', () => {
    expect(readAt(['Home', headline, 'Awdur:', 'Siôn Pritchard', 'Share'], 3)).toBeNull();
  });

  it('reads no name without a label or role line beside it, nor above the headline', () => {
    expect(readAt(['Home', headline, 'Harriet Vossberg', 'Share'], 2)).toBeNull();
    expect(readAt(['By', 'Harriet Vossberg', headline], 0)).toBeNull();
  });

  it('says a name under a picture credit label is the photographer’s', () => {
    expect(readAt(['Home', headline, 'Photo:', 'Julian Barrow', '12/03/2024'], 3)).toBe('photo-credit');
  });

  it('reads no name whose surname the page prints again (a story’s subject)', () => {
    const lines = ['Home', headline, 'By', 'Harriet Vossberg', 'Share', 'Vossberg said the boat was ready.'];
    expect(readAt(lines, 2)).toBeNull();
  });
});

describe('a byline broken over two lines in the header', () => {
  it('takes the name under a label line away from any date', () => {
    expect(authorOf(['Home', 'Local', headline, 'By', 'Harriet Vossberg', 'Share', 'Listen', ...story])).toBe('Harriet Vossberg');
  });

  it('takes the writer over a qualified job title alone', () => {
    expect(authorOf(['Home', 'Local', headline, 'Harriet Vossberg', 'Senior correspondent', ...story])).toBe('Harriet Vossberg');
  });

  it('never takes the name under a picture credit label, though the date stands beside it', () => {
    expect(authorOf(['Home', 'Local', headline, 'Photo:', 'Julian Barrow', '12/03/2024', ...story])).toBeNull();
  });
});

describe('labelledSignature', () => {
  /** What labelledSignature reads on the footer the lines make (segmentLines blocks). */
  const signatureOf = (lines: string[]) => labelledSignature(segmentLines(sourceLines(lines.join('\n'))));

  it('reads the name under a label line, in a block joined with it, or over a job title alone', () => {
    expect(signatureOf(['Autor:', 'Vojtěch Brabenec', 'Sdílet'])).toEqual({ at: 1, byline: { author: 'Vojtěch Brabenec', outlet: null } });
    expect(signatureOf(['By', 'Harriet Vossberg', 'Share'])).toEqual({ at: 0, byline: { author: 'Harriet Vossberg', outlet: null } });
    expect(signatureOf(['سامي حداد', 'مراسل', 'شارك'])).toEqual({ at: 0, byline: { author: 'سامي حداد', outlet: null } });
  });

  it('reads no name under a field label no table lists, a picture credit label, or with no label or role beside it', () => {
    expect(signatureOf(['Tags:', 'Harbour Council'])).toBeNull();
    expect(signatureOf(['Fonte:', 'Ana Souza'])).toBeNull();
    expect(signatureOf(['Photo:', 'Julian Barrow'])).toBeNull();
    expect(signatureOf(['Harriet Vossberg', 'Share'])).toBeNull();
  });
});

describe('a byline broken over two lines under the story', () => {
  const under = (tail: string[]) => authorOf(['Home', 'Local', headline, '12/03/2024', ...story, ...tail]);

  it('takes the name under a label line, and the name over a job title', () => {
    expect(under(['Author:', 'Harriet Vossberg', 'Share'])).toBe('Harriet Vossberg');
    expect(under(['By', 'Harriet Vossberg', 'Share'])).toBe('Harriet Vossberg');
  });

  it('takes no name the story names again, nor one under a tag list label', () => {
    const named = ['Home', 'Local', headline, '12/03/2024', ...story.slice(0, 2), 'Harriet Vossberg, who runs the ferry trust, welcomed the vote.', 'Author:', 'Harriet Vossberg', 'Share'];
    expect(authorOf(named)).toBeNull();
    expect(under(['Tags:', 'Harbour Council'])).toBeNull();
  });
});
