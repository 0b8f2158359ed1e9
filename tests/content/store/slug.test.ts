import { describe, expect, it } from 'vitest';
import { slugFromTitle, uniqueSlugs } from '@/lib/content/store/slug';

describe('slugFromTitle', () => {
  it('makes a readable slug', () => expect(slugFromTitle('Minsk seeks to reduce dependence on Russia', 'x')).toBe('minsk-seeks-to-reduce-dependence-on-russia'));
  it('transliterates Cyrillic', () => expect(slugFromTitle('Беларусь и Китай', 'x')).toBe('belarus-i-kitay'));
  it('keeps Belarusian ў as w (BGN/PCGN)', () => {
    expect(slugFromTitle('Мы ў Мінску', 'x')).toBe('my-w-minsku');
    expect(slugFromTitle('Ўзвод', 'x')).toBe('wzvod');
  });
  it('spells titles in scripts slugify cannot read word by word, never falling back to the id', () => {
    expect(slugFromTitle('明斯克工厂交付卡车', 'zh-1')).toBe('ming-sike-gongchang-jiaofu-kache');
    expect(slugFromTitle('मिन्स्क के कारख़ाने', 'hi-1')).toBe('minsk-ke-karkhane');
    expect(slugFromTitle('민스크 공장, 새 트럭', 'ko-1')).toBe('minseukeu-gongjang-sae-teuleog');
    expect(slugFromTitle('โรงงานในมินสค์', 'th-1')).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+){1,}$/);
  });
  it('keeps Latin words beside a foreign run, and the slugs slugify already spelled', () => {
    expect(slugFromTitle('MZKT ships 明斯克 chassis', 'x')).toBe('mzkt-ships-ming-sike-chassis');
    expect(slugFromTitle('مصنع في مينسك', 'x')).toBe('msne-fy-mynsk');
  });
  it('falls back to the id for a title of punctuation', () => expect(slugFromTitle('?!… — ***', '007_abc')).toBe('007-abc'));
  it('cuts long titles on a word boundary', () => {
    const slug = slugFromTitle('word '.repeat(40), 'x');
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
  });
});

describe('uniqueSlugs', () => {
  it('keeps the first article’s slug and suffixes later duplicates', () => {
    const { slugs, changed } = uniqueSlugs([
      { id: '001_aaa', slug: 'same', fixed: false },
      { id: '002_bbb', slug: 'same', fixed: false },
      { id: '003_ccc', slug: 'same', fixed: false },
    ]);
    expect(slugs.get('001_aaa')).toBe('same');
    expect(new Set(slugs.values()).size).toBe(3);
    expect(changed.map((c) => c.id)).toEqual(['002_bbb', '003_ccc']);
  });
  it('lets an editor’s fixed slug win over a derived one', () => {
    const { slugs } = uniqueSlugs([
      { id: '001', slug: 'same', fixed: false },
      { id: '002', slug: 'same', fixed: true },
    ]);
    expect(slugs.get('002')).toBe('same');
    expect(slugs.get('001')).not.toBe('same');
  });
});
