import { toHast } from 'mdast-util-to-hast';
import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '@/lib/content/schema';
import remarkBlockLang from '@/lib/remark/block-lang';
import { bodyToMdast } from '@/lib/remark/from-body';

/** The `lang` each block gets in a story written in `lang` (null = inherits the story's). */
function langsOf(blocks: string[], lang: string) {
  const tree = bodyToMdast(blocks.map((text, i): BodyBlock => ({ kind: i === 2 ? 'heading' : 'paragraph', text, line: i + 1 })));
  remarkBlockLang({ lang })(tree);
  const hast = toHast(tree);
  return hast.type === 'root' ? hast.children.flatMap((n) => (n.type === 'element' ? [n.properties.lang ?? null] : [])) : [];
}

const EN = 'Belarus tested the Polonez system at a range near Brest on Tuesday.';
const RU = 'Министерство обороны Республики Беларусь сообщило об испытаниях.';
const BE = 'Міністэрства абароны Беларусі паведаміла пра выпрабаванні ў аўторак.';

describe('remarkBlockLang', () => {
  it('in an English story, gives Cyrillic blocks their language and leaves English ones alone', () => {
    expect(langsOf([EN, RU, 'Міністэрства абароны Беларусі'], 'en')).toEqual([null, 'ru', 'be']);
  });
  it('in a Russian story, marks the Belarusian and English blocks and leaves the Russian one alone', () => {
    expect(langsOf([RU, BE, EN], 'ru')).toEqual([null, 'be', 'en']);
  });
  it('turns a block written the other way from its story: an English quote in an Arabic story runs left to right, an Arabic one in an English story right to left', () => {
    const AR = 'قالت وزارة الدفاع إن التجارب جرت قرب مدينة بريست يوم الثلاثاء.';
    const dirsOf = (blocks: string[], lang: string) => {
      const tree = bodyToMdast(blocks.map((text, i): BodyBlock => ({ kind: 'paragraph', text, line: i + 1 })));
      remarkBlockLang({ lang })(tree);
      const hast = toHast(tree);
      return hast.type === 'root' ? hast.children.flatMap((n) => (n.type === 'element' ? [n.properties.dir ?? null] : [])) : [];
    };
    expect(dirsOf([AR, EN], 'ar')).toEqual([null, 'ltr']);
    expect(dirsOf([EN, AR], 'en')).toEqual([null, 'rtl']);
    expect(dirsOf([EN, RU], 'en')).toEqual([null, null]);
  });
  it('in a Belarusian story, leaves Belarusian blocks alone', () => {
    expect(langsOf([BE, BE, 'Абарона краіны'], 'be')).toEqual([null, null, null]);
  });
});
