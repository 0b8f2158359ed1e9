import { describe, expect, it } from 'vitest';
import { goesOnFromStory, isPromptLine, isShortLineList, listsNoneAlike } from '@/lib/content/extract/section-under';
import { storyVoice, voiceMatch } from '@/lib/content/extract/story-voice';
import { stopwordsFor } from '@/lib/content/segment/line-evidence';
import { segmentLines } from '@/lib/content/segment/segment';
import { FERRY_HEAD as HEAD, FERRY_SHARE as SHARE, FERRY_STORY, paragraphsOf as paragraphs } from '../../support/ferry-page';
import { sourceLines } from '../../support/compile-text';

/** The story without its short last sentence: its last paragraph is a long one. */
const STORY = FERRY_STORY.slice(0, 3);
const EN = stopwordsFor('en');
const VOICE = storyVoice(STORY);

/** The blocks segmentLines makes of `lines`. */
const blocksOf = (lines: string[]) => segmentLines(sourceLines(lines.join('\n')));
/** goesOnFromStory on `line` against the ferry story, in English. */
const goesOn = (line: string) => goesOnFromStory(line, voiceMatch(line, VOICE, EN), EN, true);

describe('goesOnFromStory', () => {
  it('reads a line that writes a word of the story in lower case, with running text\'s stopwords, as going on from it', () => {
    expect(goesOn('The first boats for the islands leave from the old pier')).toBe(true);
  });

  it('does not read a line with a capitalised word after its first, or of four words, or sharing no word of the story', () => {
    expect(goesOn('The first boats for the islands leave from Kirkwall')).toBe(false);
    expect(goesOn('More boats this summer')).toBe(false);
    expect(goesOn('We would love to hear what you think about this')).toBe(false);
  });

  it('does not read a call to the reader as the story\'s, whatever it shares', () => {
    expect(goesOn('Follow us for all the news about the ferry and the islands')).toBe(false);
  });

  it('reads a line of a caseless script by its shared word and its function words', () => {
    const story = ['افتتحت البلدية مكتبة عامة جديدة في وسط المدينة بعد عامين من العمل.', 'وتضم المكتبة قاعة للأطفال وقاعة للمطالعة في الطابق الأول من المبنى.'];
    const line = 'ويمكن للزوار استعارة الكتب من المكتبة في كل أيام الأسبوع';
    const ar = stopwordsFor('ar');
    expect(goesOnFromStory(line, voiceMatch(line, storyVoice(story), ar), ar, true)).toBe(true);
  });
});

describe('isShortLineList and isPromptLine', () => {
  it('reads a block of short lines without figures as a list, and a line alone as none', () => {
    const [tags] = blocksOf(['Tags', 'ferries', 'island link']);
    expect(tags?.lines.length).toBe(3);
    expect(isShortLineList(tags!)).toBe(true);
    const [alone] = blocksOf(['island link']);
    expect(isShortLineList(alone!)).toBe(false);
  });

  it('reads a line opening with a verb of subscribing as a call to the reader, and a headline as none', () => {
    const [prompt] = blocksOf(['Sign up for our weekly newsletter today']);
    const [headline] = blocksOf(['Harbour gets a new pier for the summer']);
    expect(isPromptLine(prompt!)).toBe(true);
    expect(isPromptLine(headline!)).toBe(false);
  });
});

describe('listsNoneAlike', () => {
  it('finds a headline in the line\'s shape under the section\'s heading, and none among short tags', () => {
    const under = (lines: string[]) => blocksOf(lines.flatMap((l) => [l, '']));
    expect(listsNoneAlike(under(['Bus timetable changes on the islands this summer', 'Share']), 0, 9, 12)).toBe(false);
    expect(listsNoneAlike(under(['ferries', 'island link', 'Share']), 0, 9, 12)).toBe(true);
  });
});

describe('a last paragraph without its full stop over the section under it', () => {
  const last = 'The first boats for the islands leave from the old pier';

  it('keeps it over a tag list the segmenter kept in one block', () => {
    expect(paragraphs([...HEAD, ...STORY, last, 'Tags', 'ferries', 'island link', ...SHARE])).toEqual([...STORY, last]);
  });

  it('keeps it over a call to subscribe shorter than it', () => {
    expect(paragraphs([...HEAD, ...STORY, last, 'Sign up for our weekly newsletter today', 'Facebook', 'Email'])).toEqual([...STORY, last]);
  });

  it('keeps it over a button when it shares one word of the story', () => {
    expect(paragraphs([...HEAD, ...STORY, last, 'Read more', '', 'Share'])).toEqual([...STORY, last]);
  });

  it('leaves out a headline over a label with another headline in its shape under it, and keeps it over a label and a share row', () => {
    const teaser = 'A new pier is planned for the old harbour soon';
    expect(paragraphs([...HEAD, ...STORY, teaser, 'Local news', 'Bus timetable changes on the mainland soon', 'Local news', 'Share'])).toEqual(STORY);
    expect(paragraphs([...HEAD, ...STORY, teaser, 'Islands', 'Share'])).toEqual([...STORY, teaser]);
  });

  it('leaves out a line that names what the story never wrote, over a tag list', () => {
    expect(paragraphs([...HEAD, ...STORY, 'The first boats for the islands leave from Kirkwall', 'Tags', 'ferries', 'island link', ...SHARE])).toEqual(STORY);
  });
});
