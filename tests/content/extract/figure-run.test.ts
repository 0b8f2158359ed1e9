import { describe, expect, it } from 'vitest';
import type { Block } from '@/lib/content/segment/segment';
import { figureRunAt, figureTail } from '@/lib/content/extract/figure-run';
import { FERRY_HEAD as HEAD, FERRY_SHARE as SHARE, FERRY_STORY, paragraphsOf as paragraphs } from '../../support/ferry-page';

/** The story without its short last sentence: its last paragraph is a long one. */
const STORY = FERRY_STORY.slice(0, 3);

/** Teasers of other stories, each closing on its date written with stops. */
const TEASERS = [
  'Fishing boats return early as prices fall 11.03.2024.',
  'School roof repaired before the spring term 10.03.2024.',
  'New cycle path opens along the river bank 09.03.2024.',
];

describe('the closing figure of a line', () => {
  it('folds a date at the line\'s end to its shape, with a month\'s word between figures', () => {
    expect(figureTail('Fishing boats return early 11.03.2024.')).toEqual({ shape: '9.9.9.', head: 'Fishing boats return early' });
    expect(figureTail('Karácsonyi vásár nyílik 2026. december 3.')).toEqual({ shape: '9. a 9.', head: 'Karácsonyi vásár nyílik' });
    expect(figureTail('Boats return early - 9 March 2024')).toEqual({ shape: '- 9 a 9', head: 'Boats return early' });
  });

  it('reads no date in a count, a score or a line that does not end on figures', () => {
    expect(figureTail('Fishing boats return early (12)')).toBeNull();
    expect(figureTail('The home side won the final 2:1.')).toBeNull();
    expect(figureTail('On 11.03.2024 the boats returned early.')).toBeNull();
  });
});

describe('a run of dated teasers under the story', () => {
  it('leaves out three teaser lines closing on dates of one shape, under a label or not', () => {
    expect(paragraphs([...HEAD, ...STORY, 'More news', ...TEASERS, ...SHARE])).toEqual(STORY);
    expect(paragraphs([...HEAD, ...STORY, ...TEASERS])).toEqual(STORY);
  });

  it('leaves out a run in a language whose dates carry a month\'s word between figures', () => {
    const teasers = [
      'Felújítják a temető melletti járdát 2026. december 4.',
      'Karácsonyi vásár nyílik a művelődési ház udvarán 2026. december 3.',
      'Elkészült az óvoda új tornaszobája 2026. december 1.',
    ];
    expect(paragraphs([...HEAD, ...STORY, 'Friss', ...teasers])).toEqual(STORY);
  });
});

/** Blocks of one unmarked line each, numbered from 1. */
const blocks = (texts: string[]): Block[] => texts.map((text, i) => ({ line: i + 1, text, lines: [{ n: i + 1, text }], mark: null }));
const NONE: ReadonlySet<string> = new Set();

describe('where a run of dated lines starts', () => {
  it('finds the run\'s first line under two paragraphs of the story', () => {
    expect(figureRunAt(blocks([...STORY, ...TEASERS]), 0, 5, NONE)).toBe(3);
  });

  it('finds none for two such lines: a run is three', () => {
    expect(figureRunAt(blocks([...STORY, ...TEASERS.slice(0, 2)]), 0, 4, NONE)).toBe(-1);
  });

  it('finds none when the dates differ in shape', () => {
    const mixed = [TEASERS[0]!, 'School roof repaired before the spring term 10 March 2024.', TEASERS[2]!];
    expect(figureRunAt(blocks([...STORY, ...mixed]), 0, 5, NONE)).toBe(-1);
  });

  it('finds none when the lines take up the story\'s words, a timeline of its own', () => {
    const timeline = [
      'The council first discussed the ferry link to the islands 02.02.2024.',
      'Islanders sent the council a petition for the ferry link 16.02.2024.',
      'The council signed the ferry contract for the islands 01.03.2024.',
    ];
    expect(figureRunAt(blocks([...STORY, ...timeline]), 0, 5, NONE)).toBe(-1);
  });

  it('finds none when the run has as many words as the story above it', () => {
    expect(figureRunAt(blocks([STORY[2]!, 'Tickets go on sale next week.', ...TEASERS]), 0, 4, NONE)).toBe(-1);
  });
});
