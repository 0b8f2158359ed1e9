import { describe, expect, it } from 'vitest';
import { stopwordsFor } from '@/lib/content/segment/line-evidence';
import { isTextProse, longestRun, runningLength, stemsUsed, wordStem } from '@/lib/content/segment/running-text';
import { type Block, segmentLines } from '@/lib/content/segment/segment';
import { toLines } from '@/lib/content/source/normalise';

const EN = stopwordsFor('en');
const blocksOf = (lines: string[]): Block[] => segmentLines(toLines(lines.join('\n')), { stopwords: EN });

const P = [
  'The school on the hill will stay closed until the roof that collapsed in the storm has been repaired.',
  'Pupils are being taught in the town hall for now, where the council has set up four classrooms.',
  'Parents said the arrangement works, although the children have to walk much further every morning.',
];

describe('longestRun', () => {
  it('counts consecutive sentences and lets one short line sit between two of them', () => {
    const run = longestRun(blocksOf([P[0]!, 'What happens next', P[1]!, P[2]!]), EN);
    expect(run.blocks).toBe(3);
    expect(run.chars).toBe(P[0]!.length + P[1]!.length + P[2]!.length);
  });

  it('is broken by two short lines in a row (a teaser list alternates headline and summary)', () => {
    const run = longestRun(blocksOf([P[0]!, 'Bridge closed', 'Lorries diverted', P[1]!]), EN);
    expect(run.blocks).toBe(1);
  });
});

describe('runningLength and isTextProse', () => {
  it('weighs a sentence of the story by its characters and a menu label as nothing', () => {
    const [sentence, label] = blocksOf([P[0]!, '', 'Politics']);
    expect(runningLength(sentence!, EN)).toBe(P[0]!.length);
    expect(runningLength(label!, EN)).toBe(0);
    expect(isTextProse(sentence!)).toBe(true);
    expect(isTextProse(label!)).toBe(false);
  });
});

describe('stems of content words', () => {
  it('cuts a word to its first five letters', () => {
    expect(wordStem('harbours')).toBe('harbo');
    expect(wordStem('port')).toBe('port');
  });
  it("lists the stems of a line's content words that a story uses, none of its stopwords or short words", () => {
    const story = new Set(['harbo', 'ferri', 'crane']);
    expect(stemsUsed('The harbour master watched the ferries and the cranes', story, new Set(['the', 'and'])).sort()).toEqual(['crane', 'ferri', 'harbo']);
    expect(stemsUsed('Sign up for our newsletter', story, new Set(['for', 'our']))).toEqual([]);
    expect(stemsUsed('the harbour', new Set(['the']), new Set(['the']))).toEqual([]);
  });
});
