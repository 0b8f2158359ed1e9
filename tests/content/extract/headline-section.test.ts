import { describe, expect, it } from 'vitest';
import { stripSectionName } from '@/lib/content/extract/headline-section';
import { stopwordsFor } from '@/lib/content/segment/line-evidence';
import { compileText } from '../../support/compile-text';

// Lines written for these tests.
const HEADLINE = 'Harbour board approves second pier after long dispute';
const MENU = ['News', 'Politics', 'Local news', 'Business'];
const BODY = [
  '12 March 2026',
  'The harbour board voted on Monday to build a second pier at the northern quay, ending a dispute that ran for three years.',
  'The new pier will take two years to build and will cost about four million euros, the board said in a statement.',
  'Fishermen had asked for it since the old one was damaged in a storm.',
];
const sw = stopwordsFor('en');
const page = (line: string, menu = MENU, body = BODY) => [...menu, line, ...body, '© 2026 Coastal Courier'];

describe('a section’s or site’s name on the headline’s line, filed under and not told (headline-section.ts)', () => {
  it('cuts a menu’s section before the headline, after a space, a colon, a dash or a bar', () => {
    for (const line of [`Politics ${HEADLINE}`, `Politics: ${HEADLINE}`, `Politics - ${HEADLINE}`, `Local news | ${HEADLINE}`, `Local news – ${HEADLINE}`]) {
      expect(stripSectionName(line, page(line), sw)).toBe(HEADLINE);
    }
  });

  it('cuts a section or the © line’s site name glued after the headline', () => {
    expect(stripSectionName(`${HEADLINE} Politics`, page(`${HEADLINE} Politics`), sw)).toBe(HEADLINE);
    expect(stripSectionName(`${HEADLINE} Coastal Courier`, page(`${HEADLINE} Coastal Courier`), sw)).toBe(HEADLINE);
  });

  it('reads the © line’s name as the copyright reader does, with a rights notice or the word after it', () => {
    const line = `${HEADLINE} Coastal Courier`;
    for (const footer of ['© 2026 Coastal Courier | All rights reserved', 'Copyright 2026 Coastal Courier']) {
      expect(stripSectionName(line, [...MENU, line, ...BODY, footer], sw)).toBe(HEADLINE);
    }
  });

  it('keeps a topic the story tells again, though the menu lists it', () => {
    const line = 'Ukraine: talks on grain exports resume in Istanbul';
    const body = ['12 March 2026', 'Talks between Ukraine and Turkey on grain exports resumed in Istanbul on Monday after a pause of two weeks.', ...BODY.slice(2)];
    expect(stripSectionName(line, page(line, ['News', 'Ukraine', 'World'], body), sw)).toBe(line);
  });

  it('keeps a name printed alone only under the story (a tag), or not at all', () => {
    const line = `Politics ${HEADLINE}`;
    expect(stripSectionName(line, ['News', 'Business', line, ...BODY, 'Tags', 'Politics'], sw)).toBe(line);
    expect(stripSectionName(line, ['News', 'Business', line, ...BODY], sw)).toBe(line);
  });

  it('keeps a last word after a function word, and a headline too short to stand without the name', () => {
    const line = 'Navy receives the new frigate built in Genoa';
    expect(stripSectionName(line, page(line, ['News', 'Genoa']), sw)).toBe(line);
    expect(stripSectionName('Politics Pier approved', page('Politics Pier approved'), sw)).toBe('Politics Pier approved');
  });

  it('gives the headline without the section on a whole page', () => {
    const text = page(`Politics: ${HEADLINE}`).join('\n');
    expect(compileText(text).articles[0]?.title.value).toBe(HEADLINE);
  });
});
