import { describe, expect, it } from 'vitest';
import { toLines } from '@/lib/content/source/normalise';
import { segmentLines } from '@/lib/content/segment/segment';
import { continuesSentence, isLowercaseLabelledName, wrapWidth } from '@/lib/content/segment/line-continuation';

const texts = (input: string) => segmentLines(toLines(input)).map((b) => b.text);

describe('segmentLines', () => {
  it('splits paragraphs at blank lines', () => expect(texts('One sentence here.\n\nTwo sentence here.')).toEqual(['One sentence here.', 'Two sentence here.']));
  it('takes each line as a paragraph when the file has no blank lines', () =>
    expect(texts('First paragraph ends.\nSecond paragraph ends.')).toEqual(['First paragraph ends.', 'Second paragraph ends.']));
  it('joins a sentence broken across two lines', () =>
    expect(texts('The sides agreed to\nbuild the system together.')).toEqual(['The sides agreed to build the system together.']));
  it('does not join a heading to the paragraph under it', () =>
    expect(texts('Why Minsk risks working with Kyiv\nThe statistics show this.')).toEqual(['Why Minsk risks working with Kyiv', 'The statistics show this.']));
  it('keeps a recognised line on its own even inside a run of text', () =>
    expect(texts('Category status:\nSeptember 18, 2017 10:50\nФото: X')).toEqual(['Category status:', 'September 18, 2017 10:50', 'Фото: X']));
  it('records the first source line of each block', () => expect(segmentLines(toLines('\n\nA line.\n\nB line.')).map((b) => b.line)).toEqual([3, 5]));
});

describe('continuesSentence', () => {
  it('continues after a comma', () => expect(continuesSentence('In 2015,', 'Kyiv bought trucks.')).toBe(true));
  it('continues after an English function word, but not after a word that merely ends in its letters', () => {
    expect(continuesSentence('The ministry sent the batteries to the', 'Border guards took them over.')).toBe(true);
    expect(continuesSentence('Laika ziņas', 'Latvija iegādāsies jaunas sistēmas')).toBe(false);
    expect(continuesSentence('Üzbegisztán', 'Az ország új rendszert vásárol')).toBe(false);
  });
  it('does not continue after a full stop', () => expect(continuesSentence('It ended.', 'then more')).toBe(false));
  it('reads a lower-case start as a continuation only after a line in a script with case', () => {
    // An Arabic or Japanese headline has no case to continue; the Latin line under it is an icon's label.
    expect(continuesSentence('الجيش يتسلم دفعة جديدة من المدرعات', 'play icon')).toBe(false);
    expect(continuesSentence('新型護衛艦が就役', 'share')).toBe(false);
    expect(continuesSentence('The ministry sent the new batteries', 'later that week')).toBe(true);
  });
});

describe('a first word with a lower-case prefix run into a capital', () => {
  it('starts a sentence, so a Zulu paragraph opening "uMasipala" or "e-Durban" does not join the headline above it', () => {
    expect(continuesSentence('Umasipala uthembisa amanzi ahlanzekile eMlazi', 'uMasipala weTheku uthe uzoqeda ukunqamuka kwamanzi.')).toBe(false);
    expect(continuesSentence('Izitimela ezintsha zifika', 'e-Durban abagibeli bathi sebekhathele ukulinda.')).toBe(false);
    expect(texts('Umasipala uthembisa amanzi ahlanzekile eMlazi\nuMasipala weTheku uthe uzoqeda ukunqamuka kwamanzi.')).toHaveLength(2);
  });
  it('still joins a line that goes on in plain lower case', () =>
    expect(continuesSentence('Umasipala uthe uzoqeda ukunqamuka', 'kwamanzi ngaphambi kokuphela konyaka.')).toBe(true));
});

describe('a line ending in an English function word', () => {
  it('runs on when the line reads as English', () =>
    expect(continuesSentence('The ministry sent the batteries to the', 'Border guards took them over.')).toBe(true));
  it('does not run on in a language that sets its articles after the noun (Haitian Creole "bidjè a", "gouvènman an")', () => {
    expect(continuesSentence('Palman an vote nouvo bidjè a', 'Depite yo te diskite pandan twa jou anvan vòt la.')).toBe(false);
    expect(texts('Lekòl yo rouvri apre grèv pwofesè yo nan Okap an\nMinistè Edikasyon an di li te siyen yon akò.')).toHaveLength(2);
  });
});

describe('a dateline set on its own line', () => {
  it('does not join a place or agency line ending in a dash to the sentence under it', () => {
    expect(continuesSentence('ROMA –', 'Il ministero ha annunciato l’acquisto di otto radar.')).toBe(false);
    expect(continuesSentence('ANKARA (AA) -', 'Yerli üretim zırhlı araçlar teslim edildi.')).toBe(false);
  });
  it('still joins a sentence broken after a dash when the next line goes on in lower case', () =>
    expect(continuesSentence('The contract –', 'worth two billion – was signed.')).toBe(true));
});

describe('hard-wrapped files', () => {
  // A file cut at about 55 characters: three lines stop at that width in mid-sentence.
  const arabic = [
    'الجيش يتسلم دفعة جديدة من المدرعات',
    'تسلمت القوات البرية اليوم دفعة جديدة من المدرعات التي',
    'صنعت في مصنع محلي، وذلك في حفل حضره عدد من القادة',
    'العسكريين وممثلو الشركة المصنعة.',
    'وقال المتحدث باسم الجيش إن المدرعات ستوزع على الوحدات',
    'الحدودية خلال الأشهر المقبلة.',
  ].join('\n');

  it('finds the width a file was wrapped at only when three lines stop there in mid-sentence', () => {
    expect(wrapWidth(toLines(arabic))).toBeGreaterThan(30);
    // Two such lines are not enough, and a file with paragraph-long lines was not wrapped.
    expect(wrapWidth(toLines(arabic.split('\n').slice(0, 4).join('\n')))).toBe(0);
    expect(wrapWidth(toLines(`${'A sentence that runs on without a stop '.repeat(4)}\nnext\n${'x '.repeat(70)}\nmore`))).toBe(0);
  });

  it('joins the lines of a wrapped Arabic paragraph, and leaves the shorter headline on its own', () =>
    expect(texts(arabic)).toEqual([
      'الجيش يتسلم دفعة جديدة من المدرعات',
      'تسلمت القوات البرية اليوم دفعة جديدة من المدرعات التي صنعت في مصنع محلي، وذلك في حفل حضره عدد من القادة العسكريين وممثلو الشركة المصنعة.',
      'وقال المتحدث باسم الجيش إن المدرعات ستوزع على الوحدات الحدودية خلال الأشهر المقبلة.',
    ]));

  it('does not join a Latin line to a capitalised next line on the width alone', () => {
    const english = ['Navy takes delivery of its fourth patrol ship', 'The navy took delivery of its fourth offshore ship last', 'Thursday, almost a year after the date in the contract.', 'Minsk had asked for the ship to arrive before the', 'winter, officials said, and the yard had agreed to it', 'Officials said so.'].join('\n');
    expect(texts(english)[0]).toBe('Navy takes delivery of its fourth patrol ship');
    expect(texts(english)[1]).toBe('The navy took delivery of its fourth offshore ship last');
  });
});

describe('a byline with a lower-case label under the headline', () => {
  it('stands on its own line instead of joining the headline', () => {
    expect(continuesSentence('Mvua kubwa yasababisha mafuriko Jangwani', 'na Juma Hassan')).toBe(false);
    expect(continuesSentence("Aiseag ùr a' tighinn gu Caolas Bharraigh", 'le Iain MacLeòid')).toBe(false);
    expect(continuesSentence('Nouvo lopital la ouvri pòt li', 'pa Jean Pierre Louis')).toBe(false);
    expect(texts('Nouvo lopital la ouvri pòt li\npa Jean Pierre')).toEqual(['Nouvo lopital la ouvri pòt li', 'pa Jean Pierre']);
  });
  it('reads the shape: one or two lower-case words, then two or three capitalised words and nothing else', () => {
    expect(isLowercaseLabelledName('written by Ana Lima')).toBe(true);
    expect(isLowercaseLabelledName('na Juma')).toBe(false);
    expect(isLowercaseLabelledName('na Juma Hassan Ali Omari')).toBe(false);
    expect(isLowercaseLabelledName('na Juma Hassan.')).toBe(false);
    expect(isLowercaseLabelledName('and then the Red Cross came')).toBe(false);
  });
  it('still joins a sentence broken before a name, or after a line that breaks off mid-sentence', () => {
    expect(continuesSentence('The ministry sent the new batteries', 'later to Kyiv Oblast on Friday.')).toBe(true);
    expect(continuesSentence('Aid was promised,', 'said Anna Berg')).toBe(true);
    expect(continuesSentence('The aid arrived from', 'the Red Cross')).toBe(true);
    // In a file hard-wrapped at 36 characters, a line cut at the width runs on into the next whatever its shape.
    expect(continuesSentence('Food was handed out on Monday by staff', 'of the World Food Programme', 36)).toBe(true);
    expect(continuesSentence('Food was handed out on Monday by staff', 'of the World Food Programme')).toBe(false);
  });
});
