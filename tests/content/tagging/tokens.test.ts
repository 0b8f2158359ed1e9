import { describe, expect, it } from 'vitest';
import { normaliseSeparator, surfaceKey, tokenize } from '@/lib/content/tagging/tokens';

describe('tokenize', () => {
  it('gives the same tokens as a Unicode word-class regex, astral letters and combining marks included', () => {
    const text = 'Belarus’ army — Ukraine’s “STILET” (Polonaise) Bełarus Ünal café naïve 𝐀bc 😀x Минск-2017 S-300PS e\u0301te R&D';
    const byRegex = [...text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
    expect(tokenize(text)).toEqual(byRegex);
    expect(tokenize(text).map((t) => t.text)).toContain('Минск');
  });

  it('splits at apostrophes, hyphens, quotes and brackets', () => {
    expect(tokenize('Russia’s “[Pantsir-S1]”').map((t) => t.text)).toEqual(['Russia', 's', 'Pantsir', 'S1']);
  });
});

describe('separators and surface keys', () => {
  it('reduces white space, hyphens and apostrophes to one form each, keeping a spaced dash distinct', () => {
    expect(normaliseSeparator(' \n\t')).toBe(' ');
    expect(normaliseSeparator('\u2011')).toBe('-');
    expect(normaliseSeparator('\u2019')).toBe("'");
    expect(normaliseSeparator(' – ')).toBe(' - ');
  });

  it('gives one key to spellings that differ only in separators, another when words differ', () => {
    expect(surfaceKey('Pantsir\u2011S1')).toBe(surfaceKey('Pantsir-S1'));
    expect(surfaceKey('Motor  Sich')).toBe(surfaceKey('Motor Sich'));
    expect(surfaceKey('Motor Sich')).not.toBe(surfaceKey('Motor-Sich'));
    expect(surfaceKey('“Stilet”')).toBe('Stilet');
    expect(surfaceKey('—')).toBe('');
  });
});
