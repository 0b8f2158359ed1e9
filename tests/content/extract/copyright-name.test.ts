/**
 * markedCopyrightName (outlet-copyright.ts): the name a line with a copyright mark gives, as the © line's outlet find reads
 * it, for readers that weigh a name the page prints as its own (headline-section.ts). Names are made up.
 */
import { describe, expect, it } from 'vitest';
import { nameStopwords } from '@/lib/content/extract/name-shape';
import { markedCopyrightName } from '@/lib/content/extract/outlet-copyright';

const EN = nameStopwords('en');

describe('markedCopyrightName', () => {
  it('gives the name after the mark and its years, without the rights notice after it', () => {
    expect(markedCopyrightName('© 2026 Harbour Courier', EN)).toBe('Harbour Courier');
    expect(markedCopyrightName('Copyright © 2019–2026 Harbour Courier. All rights reserved.', EN)).toBe('Harbour Courier');
    expect(markedCopyrightName('(c) 2026 Harbour Courier', EN)).toBe('Harbour Courier');
  });

  it('gives the name before a mark that ends the line', () => {
    expect(markedCopyrightName('Harbour Courier © 2026', EN)).toBe('Harbour Courier');
  });

  it('gives nothing for a line without a mark, a rights notice alone included', () => {
    expect(markedCopyrightName('Harbour Courier 2026. All rights reserved.', EN)).toBeNull();
    expect(markedCopyrightName('Politics', EN)).toBeNull();
  });
});
