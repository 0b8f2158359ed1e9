import { toHast } from 'mdast-util-to-hast';
import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '@/lib/content/schema';
import remarkBlockLang from '@/lib/remark/block-lang';
import { bodyToMdast } from '@/lib/remark/from-body';

/** A body of paragraphs, each with the language the compile recorded (null: none, it inherits). */
const bodyOf = (langs: (string | null)[]): BodyBlock[] =>
  langs.map((lang, i) => (lang === null ? { kind: i === 2 ? 'heading' : 'paragraph', text: `Block ${i}`, line: i + 1 } : { kind: i === 2 ? 'heading' : 'paragraph', text: `Block ${i}`, line: i + 1, lang }));

/** The `name` property each top-level element gets in a story written in `lang`. */
function propsOf(body: BodyBlock[], lang: string, name: 'lang' | 'dir') {
  const tree = bodyToMdast(body);
  remarkBlockLang({ lang, body })(tree);
  const hast = toHast(tree);
  return hast.type === 'root' ? hast.children.flatMap((n) => (n.type === 'element' ? [n.properties[name] ?? null] : [])) : [];
}

describe('remarkBlockLang', () => {
  it('gives each block the language the compile recorded and leaves the others alone', () => {
    expect(propsOf(bodyOf([null, 'ru', 'be']), 'en', 'lang')).toEqual([null, 'ru', 'be']);
    expect(propsOf(bodyOf([null, 'be', 'en']), 'ru', 'lang')).toEqual([null, 'be', 'en']);
  });
  it('adds nothing for a recorded language that is the story’s own', () => {
    expect(propsOf(bodyOf(['be', null, 'be']), 'be', 'lang')).toEqual([null, null, null]);
  });
  it('turns a block written the other way from its story: an English quote in an Arabic story runs left to right, an Arabic one in an English story right to left', () => {
    expect(propsOf(bodyOf([null, 'en']), 'ar', 'dir')).toEqual([null, 'ltr']);
    expect(propsOf(bodyOf([null, 'ar']), 'en', 'dir')).toEqual([null, 'rtl']);
    expect(propsOf(bodyOf([null, 'ru']), 'en', 'dir')).toEqual([null, null]);
    expect(propsOf(bodyOf([null, 'he']), 'ar', 'dir')).toEqual([null, null]);
  });
  it('detects nothing: a Russian sentence with no recorded language gets no lang', () => {
    const body: BodyBlock[] = [{ kind: 'paragraph', text: 'Министерство обороны Республики Беларусь сообщило об испытаниях.', line: 1 }];
    expect(propsOf(body, 'en', 'lang')).toEqual([null]);
  });
});
