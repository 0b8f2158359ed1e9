import { describe, expect, it } from 'vitest';
import { compileText } from '../../support/compile-text';
import { asidesOf, isNameList, isStoryMeta, letterCount, signaturesOf } from '@/lib/content/extract/headline-neighbours';
import type { Block } from '@/lib/content/segment/segment';

const title = (text: string) => compileText(text).articles[0]?.title;

/** Unmarked one-line blocks on consecutive lines, as segmentLines makes of a header with no blank lines. */
const blocks = (lines: string[], marks: Record<number, Block['mark']> = {}): Block[] =>
  lines.map((text, i): Block => ({ text, line: i + 1, lines: [{ n: i + 1, text }], mark: marks[i] ?? null }));
const DATE: Block['mark'] = { kind: 'dateline', date: { year: 2024, month: 3, day: 12 }, byline: null };

const BODY_YI = [
  'די שיפֿסבוי־פֿאַבריק אין דער שטאָט האָט באַקומען אַ נײַעם קאָנטראַקט אויף צוויי פּאַטראָל־שיפֿן.',
  'די אַרבעט וועט אָנהייבן אין זומער און דויערן כּמעט צוויי יאָר, זאָגן די פֿירער פֿון דער פֿאַבריק.',
  'מע ריכט זיך אַז דאָס וועט געבן אַרבעט פֿאַר הונדערטער מענטשן אין דער שטאָט.',
].join('\n');
const MENU_YI = 'דער װעקער\nהיים\nנײַעס\nפּאָליטיק\nקולטור\nפּאָליטיק';

describe('letters with their marks (letterCount)', () => {
  it('counts Kannada vowel signs as letters, as a Latin spelling of the word counts its vowels', () => {
    // ಹಡಗು: ಹ, ಡ, ಗ and the vowel sign ು.
    expect(letterCount('ಹಡಗು')).toBe(4);
    expect(letterCount('Ha-da-gu!')).toBe(6);
  });
});

describe('a signature under the headline (signaturesOf)', () => {
  it('takes the headline over the unread "by" line between it and a date the reader does not know', () => {
    const got = title(`${MENU_YI}\nדי שיפֿסבוי־פֿאַבריק באַקומט אַ נײַעם קאָנטראַקט\nפֿון משה גרינבערג (ניו־יאָרק)\nמאַרץ 12, 2024\n${BODY_YI}`);
    expect(got).toMatchObject({ value: 'די שיפֿסבוי־פֿאַבריק באַקומט אַ נײַעם קאָנטראַקט', source: 'text' });
  });

  it('reads a short line of names between a longer line and the date as a signature', () => {
    const header = blocks(['Coastal yard wins a contract for two patrol ships', 'Moshe Grinberg (New York)', '12 March 2024'], { 2: DATE });
    expect([...signaturesOf(header)].map((b) => b.text)).toEqual(['Moshe Grinberg (New York)']);
  });

  it('does not read a short headline in sentence case under a long tagline as one', () => {
    const header = blocks(['Hírek Csornáról és a Rábaköz településeiről', 'Új hajók a Dunán', '2026. december 5.'], { 2: DATE });
    expect(signaturesOf(header).size).toBe(0);
  });

  it('does not read a section word under a text-size control as one (one word, and the control is no headline)', () => {
    const header = blocks(['Teksta izmērs Aa Aa', 'Sabiedrība', 'LETA 13:29, 26.05.2025'], { 2: DATE });
    expect(signaturesOf(header).size).toBe(0);
    const named = blocks(['Teksta izmērs Aa Aa', 'Jānis Bērziņš', 'LETA 13:29, 26.05.2025'], { 2: DATE });
    expect(signaturesOf(named).size).toBe(0);
  });

  it('does not read a standfirst under the headline as one: it says more than the headline', () => {
    const header = blocks(['Shipyard wins contract', 'The yard on the coast will build two patrol ships for the navy', '12 March 2024'], { 2: DATE });
    expect(signaturesOf(header).size).toBe(0);
  });

  it('does not read a masthead over the site\'s date of today, above the menu, as one', () => {
    const header = blocks(['News from the county and the towns around', 'County Herald', '5 December 2026', 'Home', 'World', 'Sport', 'New ambulance station for the town'], { 2: DATE });
    expect(signaturesOf(header).size).toBe(0);
  });
});

describe("the story's meta (isStoryMeta)", () => {
  it('is not a date followed by a menu, and is the date under the headline', () => {
    const header = blocks(['County Herald', '5 December 2026', 'Home', 'World', 'Sport', 'New ambulance station for the town', '5 December 2026 09:40'], { 1: DATE, 6: DATE });
    expect(isStoryMeta(header, 1)).toBe(false);
    expect(isStoryMeta(header, 6)).toBe(true);
  });
});

describe('the headline printed again under its date', () => {
  it('is taken over the standfirst between its two copies (the order rule does not move it up to the standfirst)', () => {
    const headline = 'Udupi ಕಡಲ ತೀರದಲ್ಲಿ ಹೊಸ ಗಸ್ತು ಹಡಗು: ಮೀನುಗಾರರಿಗೆ ನೆಮ್ಮದಿ';
    const page = [
      'ಮುಖಪುಟ',
      'ರಾಜ್ಯ',
      'ಕರಾವಳಿ',
      'ದೇಶ',
      'ಕ್ರೀಡೆ',
      headline,
      'ಮಲ್ಪೆ ಬಂದರಿನಲ್ಲಿ ಕರಾವಳಿ ಕಾವಲು ಪಡೆಯ ಎರಡನೇ ನೌಕೆಗೆ ಚಾಲನೆ ನೀಡಿದ ಸಚಿವರು',
      'Published: Mar 12, 2024, 10:30 PM IST',
      headline,
      'ಉಡುಪಿ: ಕರಾವಳಿ ಕಾವಲು ಪಡೆಗೆ ಎರಡನೇ ಗಸ್ತು ಹಡಗನ್ನು ಮಂಗಳವಾರ ಮಲ್ಪೆ ಬಂದರಿನಲ್ಲಿ ಹಸ್ತಾಂತರಿಸಲಾಯಿತು.',
      'ಈ ಹಡಗು ಮೀನುಗಾರರ ಸುರಕ್ಷತೆಗಾಗಿ ಸಮುದ್ರದಲ್ಲಿ ದಿನವಿಡೀ ಗಸ್ತು ತಿರುಗಲಿದೆ ಎಂದು ಅಧಿಕಾರಿಗಳು ತಿಳಿಸಿದರು.',
    ];
    expect(title(page.join('\n'))).toMatchObject({ value: headline, source: 'text' });
  });
});

describe('a list of names printed with commas (isNameList)', () => {
  it('knows a tagline or menu of short capitalised names', () => {
    expect(isNameList('Latest Island News, Headlines, Breaking News, Articles')).toBe(true);
    expect(isNameList('Berita Terkini, Kabar Harian, Politik, Ekonomi')).toBe(true);
    expect(isNameList('최신 뉴스, 속보, 정치, 경제')).toBe(true);
  });

  it('does not take a headline that says something of the names it lists', () => {
    expect(isNameList('Floods, fires, drought: a year of extremes on the coast')).toBe(false);
    expect(isNameList('Biden, Xi, Putin Meet In Geneva For Talks')).toBe(false);
    expect(isNameList('Rain, wind and snow, then sun')).toBe(false);
    expect(isNameList('Minister resigns over harbour contract')).toBe(false);
  });
});

describe('a caption under its picture\'s credit (asidesOf)', () => {
  const CREDIT: Block['mark'] = { kind: 'furniture', reason: 'photo-credit' };
  const asides = (header: Block[]) => [...asidesOf(header, header.map((b) => b.text))].map((b) => b.text);

  it('sets aside the longer line glued under a credit that stands glued under a title', () => {
    const header = blocks(['New footbridge opens over the river', 'Photo: Sam Reed', 'Residents cross the new footbridge on its opening morning'], { 1: CREDIT });
    expect(asides(header)).toEqual(['Residents cross the new footbridge on its opening morning']);
  });

  it('sets aside a caption in a script without case the same way', () => {
    const header = blocks(['נפתח גשר חדש מעל הנחל', 'צילום: דוברות העירייה', 'התושבים חוצים את הגשר החדש ביום הפתיחה'], { 1: CREDIT });
    expect(asides(header)).toEqual(['התושבים חוצים את הגשר החדש ביום הפתיחה']);
  });

  it('keeps a headline under a credit when no title stands over the credit (a masthead, a menu word)', () => {
    const header = blocks(['Valley Courier', 'Photo: Sam Reed', 'Residents cross the new footbridge on its opening morning'], { 1: CREDIT });
    expect(asides(header)).toEqual([]);
  });

  it('keeps the line under the credit when a blank line parts the credit from it', () => {
    const parted: Block[] = blocks(['New footbridge opens over the river', 'Photo: Sam Reed'], { 1: CREDIT });
    const text = 'Residents cross the new footbridge on its opening morning';
    expect(asides([...parted, { text, line: 4, lines: [{ n: 4, text }], mark: null }])).toEqual([]);
  });

  it('takes the title over the credit as the headline, not the caption nearer the text', () => {
    const got = title(
      'Valley Courier\nHome\nLocal\nSport\nNew footbridge opens over the river\nPhoto: Valley Courier / Sam Reed\nResidents cross the new footbridge on its opening morning in the town centre\nThe town council opened a new footbridge for pedestrians over the river in the town centre on Tuesday.\nThe bridge took eighteen months to build and cost about two million pounds.\nCouncil officers said it would shorten the walk to the two primary schools.',
    );
    expect(got).toMatchObject({ value: 'New footbridge opens over the river', source: 'text' });
  });
});
