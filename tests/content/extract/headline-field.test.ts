import { describe, expect, it } from 'vitest';
import { headlineByTitleField } from '@/lib/content/extract/headline-field';
import { compileText } from '../../support/compile-text';

// Lines written for these tests.
const HEADLINE = 'Harbour board approves the new ferry terminal';
const BODY = [
  '12 March 2024',
  'The harbour board approved plans for a new ferry terminal on Tuesday after two years of debate.',
  'Building work should start in the autumn and take about two years, the board said.',
];

describe('a site or section glued to the headline, cut by the page’s title line (headline-field.ts)', () => {
  it('cuts a site’s name glued after the headline when the title line prints the headline beside it', () => {
    expect(headlineByTitleField(`${HEADLINE} Coastal Courier`, [`${HEADLINE} - Coastal Courier`])).toBe(HEADLINE);
  });

  it('cuts a section glued before the headline when a breadcrumb ends in the headline', () => {
    expect(headlineByTitleField(`Harbour ${HEADLINE}`, [`Home › Harbour › ${HEADLINE}`])).toBe(HEADLINE);
  });

  it('keeps the headline whole when the words after the field are not printed beside it', () => {
    expect(headlineByTitleField(`${HEADLINE} after long delay`, [`${HEADLINE} - Coastal Courier`])).toBe(`${HEADLINE} after long delay`);
  });

  it('keeps the headline whole when the page prints no shorter field of it, or a field of three words', () => {
    expect(headlineByTitleField(`${HEADLINE} Coastal Courier`, ['Home', 'Coastal Courier'])).toBe(`${HEADLINE} Coastal Courier`);
    expect(headlineByTitleField('Ferry terminal approved Coastal Courier', ['Ferry terminal approved - Coastal Courier'])).toBe('Ferry terminal approved Coastal Courier');
  });

  it('gives the headline without the glued name on a whole page', () => {
    const page = [`${HEADLINE} - Coastal Courier`, 'Home', 'News', `${HEADLINE} Coastal Courier`, ...BODY].join('\n');
    expect(compileText(page).articles[0]?.title.value).toBe(HEADLINE);
  });
});
