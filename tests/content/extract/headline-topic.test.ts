import { describe, expect, it } from 'vitest';
import { compileText } from '../../support/compile-text';
import { headlineOnTopic } from '@/lib/content/extract/headline-topic';
import { stopwordsFor } from '@/lib/content/segment/line-evidence';
import type { Block } from '@/lib/content/segment/segment';

const title = (text: string) => compileText(text).articles[0]?.title?.value;

const BODY_EN = [
  'The county council approved a new timetable for the rural bus routes on Thursday evening, adding two journeys a day at weekends.',
  'Councillors said the village committees had asked for the later buses for more than a year.',
  'The changes to the timetable take effect in January, the transport office said.',
].join('\n\n');

const BODY_AR = [
  'أعلنت البلدية يوم الخميس أن الحافلات الجديدة ستبدأ العمل على خطوط القرى مطلع الشهر المقبل.',
  'وقال رئيس البلدية إن والحافلات الجديدة تتسع لخمسين راكبا وتعمل بالكهرباء.',
  'وأضاف أن مواعيد الرحلات ستنشر على موقع البلدية هذا الأسبوع.',
].join('\n\n');

describe('the headline is about the story (headline-topic.ts)', () => {
  it('passes over a promo line that shares no word with the story for the headline that does', () => {
    const page = `Home\nNews\nSport\nCouncil adds weekend journeys to rural bus timetable\nShare\nSign up for our morning newsletter and never miss a local story\n${BODY_EN}`;
    expect(title(page)).toBe('Council adds weekend journeys to rural bus timetable');
  });

  it('passes over a breaking-news line about another story glued over the headline', () => {
    const page = `Home\nNews\nSport\nBreaking: motorway closed after lorry fire near the harbour tunnel\nCouncil adds weekend bus journeys\n${BODY_EN}`;
    expect(title(page)).toBe('Council adds weekend bus journeys');
  });

  it('keeps a headline that shares no word with the story when no other line over the text shares more', () => {
    const page = `Home\nNews\nSport\nWhere the last ride home leaves later\nShare\n${BODY_EN}`;
    expect(title(page)).toBe('Where the last ride home leaves later');
  });

  it('keeps the best line when it shares even one word with the story', () => {
    const page = `Home\nNews\nSport\nMarket square fountain restored for the weekend\nCouncil adds bus journeys\n${BODY_EN}`;
    // The upper line names "weekend", which the story uses: no evidence that it is furniture, so the score decides.
    const got = title(page);
    const scored = title(`Home\nNews\nSport\nMarket square fountain restored for the holidays\nCouncil adds bus journeys\n${BODY_EN}`);
    expect(got).toBe('Market square fountain restored for the weekend');
    expect(scored).toBe('Council adds bus journeys');
  });

  it('finds a word of a script without case inside a longer, prefixed word of the story', () => {
    const page = `الرئيسية\nأخبار\nرياضة\nعاجل: إغلاق الطريق الساحلي بسبب الأمطار الغزيرة حتى المساء\nحافلات جديدة تبدأ العمل\n${BODY_AR}`;
    // The story writes the words with the article and a conjunction before them (الحافلات، والحافلات الجديدة).
    expect(title(page)).toBe('حافلات جديدة تبدأ العمل');
  });
});

describe('short words of a script without case are found inside the story’s longer forms (headline-topic.ts)', () => {
  /** Unmarked one-line blocks on consecutive lines, as segmentLines makes of a header with no blank lines. */
  const blocks = (lines: string[]): Block[] => lines.map((text, i): Block => ({ text, line: i + 1, lines: [{ n: i + 1, text }], mark: null }));

  it('finds three-letter Arabic nouns under the article and prepositions the story glues to them, and so moves off a line that shares none', () => {
    // The headline writes جيش, سفن and نقل bare; the story writes الجيش, السفن and للنقل.
    const header = blocks(['مهرجان الشتاء يعود إلى الحديقة العامة', 'جيش يتسلم سفن نقل']);
    const story = ['تسلم الجيش اليوم ثلاث من السفن المخصصة للنقل في الميناء الشمالي.', 'وقال المتحدث إن السفن ستعمل على خطوط الجزر.'];
    expect(headlineOnTopic(header, 0, [6, 5], [...header.map((b) => b.text), ...story], stopwordsFor('ar'))).toBe(1);
  });
});

describe('a headline over a longer line that says the opening less (headline-topic.ts upperSaysOpeningMore)', () => {
  // Lines written for this test: a short headline, a longer photo caption under it, the date, then the story.
  const HEAD = ['Home', 'Local', 'County council adds weekend rural buses'];
  const CAPTION = 'Passengers wait at the stop in the village square last winter';

  it('takes the line whose words the opening says for the headline, not the longer caption under it', () => {
    expect(title([...HEAD, CAPTION, '12 March 2024', BODY_EN].join('\n'))).toBe('County council adds weekend rural buses');
  });

  it('keeps the longer line when the line over it says the opening no more (a teaser of another story)', () => {
    const lower = 'County council adds two weekend journeys to the rural bus routes from January';
    expect(title(['Home', 'Local', 'Harbour festival returns next summer', lower, '12 March 2024', BODY_EN].join('\n'))).toBe(lower);
  });
});

describe('a headline under the date, a line of another story over it (headline-topic.ts lowerSaysOpeningOver)', () => {
  // Lines written for this test: the site's name, a ticker item about another story, the story's date, the headline, the story.
  const TICKER = 'Breaking: motorway closed after lorry fire near the harbour tunnel';

  it('takes the line under the date that tells the opening, not the ticker over the date that shares none of its words', () => {
    expect(title(['Valley Courier', TICKER, '12 March 2024', 'Village buses to run later on weekends', BODY_EN].join('\n'))).toBe('Village buses to run later on weekends');
  });

  it('keeps the line over the date when it tells the opening too, whatever line stands under the date', () => {
    const headline = 'Council adds weekend journeys to rural bus timetable';
    expect(title(['Valley Courier', headline, '12 March 2024', 'Passengers at the village stop on a winter evening', BODY_EN].join('\n'))).toBe(headline);
  });

  it('keeps the line over the date when the line under it shares no more of the opening', () => {
    // The lower line is a photo's caption: none of its words (passengers, stop, square, winter) is in the opening either.
    expect(title(['Valley Courier', TICKER, '12 March 2024', 'Passengers wait at the stop in the square last winter', BODY_EN].join('\n'))).toBe(TICKER);
  });

  it('reads words in a script without case inside the story’s prefixed forms', () => {
    const ticker = 'عاجل: إغلاق الطريق الساحلي بسبب الأمطار الغزيرة حتى المساء';
    expect(title(['الرئيسية', ticker, '12.03.2024', 'حافلات جديدة تبدأ العمل في القرى', BODY_AR].join('\n'))).toBe('حافلات جديدة تبدأ العمل في القرى');
  });
});
