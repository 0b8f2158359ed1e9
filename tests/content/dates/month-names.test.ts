import { describe, expect, it } from 'vitest';
import { CHRONO_LANGUAGES } from '../../../lib/content/dates/chrono';
import { dateLanguages } from '../../../lib/content/dates/date-languages';

describe('the date languages', () => {
  it("start with chrono's month-word locales, then the languages month-date.ts has always read, in their old order", () => {
    // Written by hand: the order month-names.ts typed before it took chrono's part from chrono.ts.
    const first = [
      'en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'sv', 'fi', 'id', 'ru', 'uk',
      'be', 'pl', 'lt', 'lv', 'et', 'cs', 'sk', 'sl', 'hr', 'sr', 'bs', 'bg', 'mk', 'ro', 'hu', 'tr', 'el', 'da', 'nb', 'ca', 'ms',
      'ka', 'hy', 'az', 'sq', 'he', 'ar', 'fa', 'hi', 'ur', 'bn',
    ];
    expect(dateLanguages().slice(0, first.length)).toEqual(first);
  });

  it('leave the languages that write a month as a sign after a number to the numeric shapes, not to the first places', () => {
    expect(CHRONO_LANGUAGES).toEqual(expect.arrayContaining(['ja', 'zh']));
    expect(dateLanguages()).not.toContain('ja');
    // Intl writes Chinese months as 一月…十二月, so zh is read, but where the stopword lists put it, after the first places.
    expect(dateLanguages().indexOf('zh')).toBeGreaterThan(dateLanguages().indexOf('bn'));
  });

  it('hold each language once', () => {
    expect(new Set(dateLanguages()).size).toBe(dateLanguages().length);
  });
});
