import { describe, expect, it } from 'vitest';
import { stopwordsFor } from '@/lib/content/segment/line-evidence';
import { isTextProse, longestRun, runningLength } from '@/lib/content/segment/running-text';
import { type Block, segmentLines } from '@/lib/content/segment/segment';
import { toLines } from '@/lib/content/source/normalise';

const EN = stopwordsFor('en');
const blocksOf = (lines: string[]): Block[] => segmentLines(toLines(lines.join('\n')), { stopwords: EN });

const P = [
  'The council voted on Tuesday to close the old bridge to heavy lorries from the start of next month.',
  'Engineers found cracks in two of the supports during an inspection that was carried out in the spring.',
  'A new crossing is planned further down the river, but work on it is not expected to begin before next year.',
  'Drivers of lorries will have to take a detour of about twelve kilometres through the industrial estate.',
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
