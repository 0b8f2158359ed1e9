import { describe, expect, it } from 'vitest';
import { isStandfirstOf } from '@/lib/content/extract/headline-standfirst';
import { stopwordsFor } from '@/lib/content/segment/line-evidence';
import { compileText } from '../../support/compile-text';

const EN = stopwordsFor('en');
// Lines written for these tests.
const HEADLINE = 'Harbour board approves new ferry terminal plans';
const STANDFIRST = 'The harbour board on Tuesday approved the plans for a new ferry terminal';
const BODY = [
  '12 March 2024',
  'The vote came after two years of debate in which fishermen asked for the money to go to the old quay instead.',
  'Building work should start in the autumn and take about two years, the board said.',
];

describe('a headline over its standfirst (headline-standfirst.ts)', () => {
  it('reads a standfirst by its words: running text that says the line above again, though not twice its length', () => {
    expect(isStandfirstOf(STANDFIRST, HEADLINE, EN)).toBe(true);
  });

  it('reads no standfirst under a line it does not say again (a teaser of another story) or that ends in a colon', () => {
    expect(isStandfirstOf(STANDFIRST, 'Teachers begin a three-day strike over pay', EN)).toBe(false);
    expect(isStandfirstOf(STANDFIRST, 'Harbour board votes on the new ferry terminal:', EN)).toBe(false);
  });

  it('reads no standfirst in a line with fewer function words than the one above', () => {
    expect(isStandfirstOf('Harbour board approves new ferry terminal plans after long fishermen protest', 'The harbour board and the new ferry terminal', EN)).toBe(false);
  });

  it('takes the shorter line over the standfirst for the headline on a whole page', () => {
    const page = ['Home', 'News', HEADLINE, STANDFIRST, ...BODY].join('\n');
    expect(compileText(page).articles[0]?.title.value).toBe(HEADLINE);
  });
});
