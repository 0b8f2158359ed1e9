import { describe, expect, it } from 'vitest';
import { splitDatedLead } from '@/lib/content/segment/glued-dated-lead';
import { splitGluedLine } from '@/lib/content/segment/glued-lines';

// Sentences written for these tests.
const LEAD = 'The harbour office said the new ferry pier would open to passengers before the summer season.';

describe('a date line run into the first sentence', () => {
  it('splits a date written with a month name off the sentence glued to it', () => {
    expect(splitDatedLead(`December 5, 2026 ${LEAD}`)).toEqual(['December 5, 2026', LEAD]);
    expect(splitDatedLead(`Saturday, 5 Dec 2026, 10:15 AM ${LEAD}`)).toEqual(['Saturday, 5 Dec 2026, 10:15 AM', LEAD]);
  });

  it('keeps a byline or a labelled field before the date with the date', () => {
    expect(splitDatedLead(`By Ruth Calder | December 5, 2026 ${LEAD}`)).toEqual(['By Ruth Calder | December 5, 2026', LEAD]);
    expect(splitDatedLead(`Ruth Calder 5 December 2026 ${LEAD}`)).toEqual(['Ruth Calder 5 December 2026', LEAD]);
    expect(splitDatedLead(`Published: 5 December 2026 | 10:15 | ${LEAD}`)).toEqual(['Published: 5 December 2026 | 10:15', LEAD]);
  });

  it('splits in a script without case, where no capital opens the sentence', () => {
    const arabic = 'أعلنت البلدية أن الرصيف الجديد للعبارات سيفتح أمام المسافرين قبل موسم الصيف المقبل.';
    expect(splitDatedLead(`السبت 5 ديسمبر 2026 ${arabic}`)).toEqual(['السبت 5 ديسمبر 2026', arabic]);
  });

  it('leaves sentences that open with a date, a place’s dateline and short lines whole', () => {
    for (const line of [
      `On 5 December 2026 Ministers said the new ferry pier would open to passengers before the summer season.`,
      `Since 5 December 2026 Passengers have used a temporary landing stage on the north side of the bay.`,
      `NEW YORK, 5 Dec 2026 — ${LEAD}`,
      `December 2026 ${LEAD}`,
      `December 5, 2026 marked the day the harbour office said the new ferry pier would open to passengers.`,
      'December 5, 2026 Ferry pier vote',
    ]) {
      expect(splitDatedLead(line)).toBeNull();
      expect(splitGluedLine(line, { outlets: [], menu: new Set() })).toEqual([line]);
    }
  });

  it('is what splitGluedLine does with such a line', () => {
    expect(splitGluedLine(`December 5, 2026 ${LEAD}`, { outlets: [], menu: new Set() })).toEqual(['December 5, 2026', LEAD]);
  });
});
