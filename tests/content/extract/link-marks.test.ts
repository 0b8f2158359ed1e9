/** The marks a link to another story carries on its headline (link-marks.ts). Headlines are made up. */
import { describe, expect, it } from 'vitest';
import { hasGluedStamp, hasLinkPointer, isQuotedHeadline } from '@/lib/content/extract/link-marks';

describe('the marks of a link to another story', () => {
  it('finds a time, an all-figure date or a count glued to the headline', () => {
    expect(hasGluedStamp('Poland closes two border crossings 14:32')).toBe(true);
    expect(hasGluedStamp('12.03.2026 | Poland closes two border crossings')).toBe(true);
    expect(hasGluedStamp('Poland closes two border crossings (14)')).toBe(true);
    expect(hasGluedStamp('Poland closes two border crossings in 2026')).toBe(false);
  });

  it('reads an arrow or a closing guillemet never opened at the line\'s end as a link\'s pointer, not a quote\'s end', () => {
    expect(hasLinkPointer('Ferry operators demand compensation →')).toBe(true);
    expect(hasLinkPointer('Ferry operators demand compensation »')).toBe(true);
    expect(hasLinkPointer('Ferry operators demand compensation ›')).toBe(true);
    expect(hasLinkPointer('Ferry operators demand compensation')).toBe(false);
    expect(hasLinkPointer('Residents: « We were never warned »')).toBe(false);
    expect(hasLinkPointer('Anwohner: »Wir bleiben hier«')).toBe(false);
    expect(hasLinkPointer('Ferry → the islands reopen')).toBe(false);
  });

  it('reads an arrow, a guillemet or a pointing hand opening the line as a link\'s pointer, not a plain bullet', () => {
    expect(hasLinkPointer('Ferry operators demand compensation', '► Port watch: Ferry operators demand compensation')).toBe(true);
    expect(hasLinkPointer('Ferry operators demand compensation', '» Port watch: Ferry operators demand compensation')).toBe(true);
    expect(hasLinkPointer('Ferry operators demand compensation', '👉 Port watch: Ferry operators demand compensation')).toBe(true);
    expect(hasLinkPointer('Ferry operators demand compensation', '• Port watch: Ferry operators demand compensation')).toBe(false);
    expect(hasLinkPointer('Ferry operators demand compensation', '■ Port watch: Ferry operators demand compensation')).toBe(false);
  });

  it('reads a headline set wholly in quotes or guillemets, not one that only opens or closes with a quote', () => {
    expect(isQuotedHeadline('«The night the bridge fell»')).toBe(true);
    expect(isQuotedHeadline('„Die Nacht, in der die Brücke fiel“')).toBe(true);
    expect(isQuotedHeadline('"The night the bridge fell"')).toBe(true);
    expect(isQuotedHeadline('The night the "bridge" fell')).toBe(false);
    expect(isQuotedHeadline('"The night" the bridge fell')).toBe(false);
  });
});
