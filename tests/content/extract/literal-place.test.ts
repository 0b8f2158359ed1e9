import { describe, expect, it } from 'vitest';
import { endsBefore, holdsBetween, literalPlaces, opensAt, separatorBefore } from '../../../lib/content/extract/literal-place';

/** The slow reading literal-place.ts stands in for: one pattern with the literal inside and look-arounds. */
const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const byPattern = (text: string, literal: string, notBefore: string, after: string) =>
  new RegExp(`(?<!${notBefore})${escaped(literal)}(?=${after})`, 'u').test(text);

describe('literalPlaces', () => {
  it('gives every index, overlapping ones too', () => {
    expect(literalPlaces('Ledger Ledgers', 'Ledger')).toEqual([0, 7]);
    expect(literalPlaces('aaaa', 'aa')).toEqual([0, 1, 2]);
    expect(literalPlaces('Harbour', 'Ledger')).toEqual([]);
  });
  it('an empty literal stands at every index', () => {
    expect(literalPlaces('abc', '')).toEqual([0, 1, 2, 3]);
  });
});

describe('endsBefore and opensAt', () => {
  it('reads the code point before an index, astral ones whole', () => {
    expect(endsBefore('xLedger', 1, /\p{L}$/u)).toBe(true);
    expect(endsBefore(' Ledger', 1, /\p{L}$/u)).toBe(false);
    expect(endsBefore('Ledger', 0, /\p{L}$/u)).toBe(false);
    expect(endsBefore('𝐀Ledger', 2, /\p{L}$/u)).toBe(true);
  });
  it('a sticky pattern matches only where the index is', () => {
    expect(opensAt('Ledgers', 6, /s/uy)).toBe(true);
    expect(opensAt('Ledgers', 5, /s/uy)).toBe(false);
  });
});

describe('holdsBetween', () => {
  const cases: [string, string][] = [
    ['The Harbour Ledger reports', 'Harbour Ledger'],
    ['The Harbour Ledgers report', 'Harbour Ledger'],
    ['xHarbour Ledger', 'Harbour Ledger'],
    ['Harbour Ledger', 'Harbour Ledger'],
    ['Ledgers and the Ledger.', 'Ledger'],
    ['ЛедгерЛедгер Ледгер', 'Ледгер'],
    ['a.b a+b', 'a+b'],
  ];
  it.each(cases)('in %j reads %j as the look-around pattern does', (text, literal) => {
    expect(holdsBetween(text, literal, /[\p{L}\p{M}]$/u, /(?![\p{L}\p{M}])/uy)).toBe(byPattern(text, literal, '[\\p{L}\\p{M}]', '[^\\p{L}\\p{M}]|$'));
  });
  it('a whole word is told from the start of a longer one', () => {
    expect(holdsBetween('The Harbour Ledgers report', 'Harbour Ledger', /[\p{L}\p{M}]$/u, /(?![\p{L}\p{M}])/uy)).toBe(false);
    expect(holdsBetween('Ledgers and the Ledger.', 'Ledger', /[\p{L}\p{M}]$/u, /(?![\p{L}\p{M}])/uy)).toBe(true);
  });
});

describe('separatorBefore', () => {
  it('finds a separator before an index across white space only', () => {
    expect(separatorBefore('Home ›  News', 8, '›|/')).toBe(true);
    expect(separatorBefore('Home › Local News', 13, '›|/')).toBe(false);
    expect(separatorBefore('News', 0, '›|/')).toBe(false);
  });
});
