import { describe, expect, it } from 'vitest';
import { pageAddressDate } from '@/lib/content/dates/page-address';

const lines = (...texts: string[]) => texts.map((text, i) => ({ line: i + 1, text }));

describe('pageAddressDate', () => {
  it('reads the dated path of an address whose slug spells the headline, wherever it stands', () => {
    const found = pageAddressDate(lines('Mayor opens the new market', 'Body.', 'Share: https://news.example/2026/11/14/mayor-opens-new-market'), 'Mayor opens the new market', 2);
    expect(found?.date).toEqual({ year: 2026, month: 11, day: 14 });
    expect(found?.line).toBe(3);
  });
  it('reads an address above the first paragraph, and one written without its scheme', () =>
    expect(pageAddressDate(lines('www.news.example/2026/11/14/x', 'Headline', 'Body.'), 'Headline', 3)?.date).toEqual({ year: 2026, month: 11, day: 14 }));
  it('leaves a related story’s address below the text alone', () =>
    expect(pageAddressDate(lines('Headline of ours', 'Body.', 'https://news.example/2025/01/02/other-story-entirely'), 'Headline of ours', 2)).toBeNull());
  it('keeps a month-only path partial', () =>
    expect(pageAddressDate(lines('https://news.example/2026/11/', 'Headline', 'Body.'), 'Headline', 3)?.date).toEqual({ year: 2026, month: 11, day: null }));
  it('reads nothing from an undated address', () => expect(pageAddressDate(lines('https://news.example/mayor-opens-new-market', 'Body.'), 'Mayor opens the new market', 2)).toBeNull());
});
