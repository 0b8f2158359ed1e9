/**
 * A lone capitalised line at the top whose every word the page writes in lower case elsewhere is a label ("Local
 * News", "Top Stories"), not a masthead (outlet-lines.ts). Pages and names are made up.
 */
import { describe, expect, it } from 'vitest';
import { sourceLines } from '../../support/compile-text';
import { nameStopwords } from '@/lib/content/extract/name-shape';
import { outletFinds } from '@/lib/content/extract/outlet-lines';
import { chooseOutlet } from '@/lib/content/extract/infer-outlet';

const outlet = (lines: string[]) => chooseOutlet(outletFinds(sourceLines(lines.join('\n')), nameStopwords('en')), null)?.value ?? null;
const page = (top: string) => [
  top,
  'Friday, 5 December 2026',
  'Council votes to rebuild the old ferry pier by 2028',
  'The town council voted on Thursday to rebuild the old ferry pier, local residents said in the news.',
  'The work will cost about four million pounds and is due to start in the spring, the council said.',
  'The first boats could call there again in the summer of 2028.',
  'Share this article',
];

describe('a lone line of common words at the top', () => {
  it('is no masthead when the page writes each of its words in lower case', () => {
    expect(outlet(page('Local News'))).toBeNull();
  });

  it('is the masthead when one of its words is written only as a name', () => {
    expect(outlet(page('Harbour Ledger'))).toBe('Harbour Ledger');
    expect(outlet(page('Local Ledger'))).toBe('Local Ledger');
  });
});
