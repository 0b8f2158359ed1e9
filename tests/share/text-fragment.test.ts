import { describe, expect, it } from 'vitest';
import { encodeFragmentTerm, paragraphLink, quoteLink, textDirective } from '@/lib/share/text-fragment';

describe('text fragments', () => {
  it('encodes the characters the directive syntax reserves', () => {
    expect(encodeFragmentTerm('MZKT-6922, 6x6 & more')).toBe('MZKT%2D6922%2C%206x6%20%26%20more');
  });

  it('quotes a short selection whole, whitespace collapsed', () => {
    expect(textDirective('  STILET is   compared\nwith Pantsir ')).toBe('text=STILET%20is%20compared%20with%20Pantsir');
  });

  it('matches a long selection by its first and last words', () => {
    const long = 'Ischenko said Ukraine and Belarus have joint military projects and one of the results of that cooperation is the STILET system.';
    expect(textDirective(long)).toBe('text=Ischenko%20said%20Ukraine%20and,is%20the%20STILET%20system.');
  });

  it('gives nothing for an empty selection', () => {
    expect(textDirective(' \n ')).toBeNull();
    expect(quoteLink('https://a.test/articles/x/', '')).toBeNull();
  });

  it('replaces an existing fragment on the page URL', () => {
    expect(quoteLink('https://a.test/articles/x/#p-2', 'word')).toBe('https://a.test/articles/x/#:~:text=word');
    expect(paragraphLink('https://a.test/articles/x/#:~:text=a', 'p-3')).toBe('https://a.test/articles/x/#p-3');
  });

  it('produces a fragment that decodes back to the quote', () => {
    const quote = 'Kiev, Minsk & “Pantsir-S1”';
    const directive = textDirective(quote) ?? '';
    expect(decodeURIComponent(directive.slice('text='.length))).toBe(quote);
  });
});
