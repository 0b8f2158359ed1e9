/**
 * Where a © line stands and whose name it gives: a picture's credit inside the story is no outlet (outlet-copyright.ts
 * isCaptionCredit). Pages and names are made up.
 */
import { describe, expect, it } from 'vitest';
import { compileArticle, sourceLines } from '../../support/compile-text';
import { nameStopwords } from '@/lib/content/extract/name-shape';
import { outletFinds } from '@/lib/content/extract/outlet-lines';
import { chooseOutlet } from '@/lib/content/extract/infer-outlet';
import { isCaptionCredit } from '@/lib/content/extract/outlet-copyright';

const STORY = [
  'The town council voted on Tuesday to build two new cycle lanes along the harbour road.',
  'The lanes will run from the ferry terminal to the railway station before the summer.',
  'Residents who opposed the plan said the road was already too narrow for delivery vans.',
];

/** A made-up page: `head` lines, a headline, a byline, the story with `inside` after its first sentence, then `footer` lines. */
const page = (head: string[], inside: string[], footer: string[]) =>
  [...head, 'Council approves new cycle lanes along the harbour road', 'By Anna Reed', STORY[0]!, ...inside, ...STORY.slice(1), 'Share this article', ...footer].join('\n');

const outlet = (text: string) => chooseOutlet(outletFinds(sourceLines(text), nameStopwords('en')), null)?.value ?? null;

describe('isCaptionCredit', () => {
  const lines = (...texts: string[]) => texts.map((text, i) => ({ n: i + 1, text }));
  it('reads a © line with two lines of the story’s text below it as a picture’s credit', () => {
    expect(isCaptionCredit(lines('© Coastal Photo Agency', STORY[0]!, STORY[1]!), 0)).toBe(true);
    expect(isCaptionCredit(lines('© Coastal Photo Agency', 'Cyclists on the harbour road', STORY[0]!, STORY[1]!), 0)).toBe(true);
  });
  it('reads a © line with one line of running text below it at most as the page’s own (a reader’s pitch under the footer)', () => {
    expect(isCaptionCredit(lines('© 2026 Harbour Ledger', 'Every morning the day’s most important news in your inbox.', 'Comments'), 0)).toBe(false);
    expect(isCaptionCredit(lines('© 2026 Harbour Ledger', 'Privacy', 'Terms', STORY[0]!, STORY[1]!), 0)).toBe(false);
  });
});

describe('a © line inside the story', () => {
  it('names no outlet: a photo agency’s credit between paragraphs does not outweigh the masthead', () => {
    expect(outlet(page(['Harbour Ledger', 'News', 'Sport'], ['Cyclists on the harbour road. © Coastal Photo Agency'], []))).toBe('Harbour Ledger');
  });
  it('names no outlet: a credit between the byline and the first paragraph', () => {
    expect(outlet(page(['News', 'Sport'], [], []).replace('By Anna Reed', 'By Anna Reed\n© Coastal Photo Agency'))).toBeNull();
  });
  it('the page’s own © line under the story still names it', () => {
    expect(outlet(page(['News', 'Sport'], [], ['© 2026 Harbour Ledger. All rights reserved.']))).toBe('Harbour Ledger');
  });
});

describe('a © line that names the story’s writer', () => {
  const finds = (text: string) => outletFinds(sourceLines(text), nameStopwords('en'));
  const footer = page(['News', 'Sport'], [], ['© 2026 Anna Reed']);
  it('is one point: alone it names no outlet', () => {
    expect(chooseOutlet(finds(footer), null, null, 'Anna Reed')?.value ?? null).toBeNull();
    expect(chooseOutlet(finds(footer), null, null, 'Tom Hale and Anna Reed')?.value ?? null).toBeNull();
  });
  it('names the outlet when the byline names someone else', () => {
    expect(chooseOutlet(finds(footer), null, null, 'Tom Hale')?.value).toBe('Anna Reed');
    expect(chooseOutlet(finds(footer), null, null, 'Anna Reedman')?.value).toBe('Anna Reed');
  });
  it('names the outlet when another find agrees (a site named for its writer)', () => {
    const agreed = page(['Anna Reed', 'Home', 'News'], [], ['© 2026 Anna Reed']);
    expect(chooseOutlet(finds(agreed), null, null, 'Anna Reed')?.value).toBe('Anna Reed');
  });
});

describe('the byline’s writer and a © line of the same name, compiled', () => {
  it('keeps the writer as the author and names no outlet', () => {
    const article = compileArticle(page(['News', 'Sport'], [], ['© 2026 Anna Reed']));
    expect(article?.author?.value).toBe('Anna Reed');
    expect(article?.outlet ?? null).toBeNull();
  });
});

describe('a © line whose name a desk’s credit holds among more words', () => {
  it('keeps its points: the byline credits the site’s staff, not a writer of that name', () => {
    const footer = page(['News', 'Sport'], [], ['© 2026 Harbour Ledger']);
    const finds = outletFinds(sourceLines(footer), nameStopwords('en'));
    expect(chooseOutlet(finds, null, null, 'Harbour Ledger Staff')?.value).toBe('Harbour Ledger');
  });
});
