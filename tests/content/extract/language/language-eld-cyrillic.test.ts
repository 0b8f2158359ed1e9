import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { blockLang } from '@/lib/content/extract/language/block-langs';
import { detectLanguage } from '@/lib/content/extract/language/detect';

/**
 * blockLang skips eld on a block of basic Cyrillic letters (U+0400–U+045F, ґ) because no n-gram eld
 * can take from such a block scores a language other than ru, uk, be, bg or sr. This checks that on
 * eld's own tables, by brute force: every n-gram shape eld's getByteNgrams makes of a word of
 * two-byte UTF-8 characters with lead byte D0, D1 or D2, mapped through eld's byte dictionary.
 */
const eldFile = (name: string) => pathToFileURL(path.resolve('node_modules/eld/src', name)).href;

describe('eld on basic Cyrillic words', () => {
  it('scores no language but ru, uk, be, bg and sr', async () => {
    expect(readFileSync(path.resolve('node_modules/eld/package.json'), 'utf8')).toContain('"version": "2.1.0"');
    const { ngramsData } = (await import(eldFile('ngrams/medium.js'))) as { ngramsData: { languages: Record<string, string>; ngrams: Record<string, Record<string, number>> } };
    const { dictionary } = (await import(eldFile('dictionary.js'))) as { dictionary: string[] };
    const leads = [0xd0, 0xd1, 0xd2].map((b) => dictionary[b] ?? '');
    const conts = Array.from({ length: 64 }, (_, i) => dictionary[0x80 + i] ?? '');
    const chars = leads.flatMap((l) => conts.map((c) => l + c));
    const found = new Set<string>();
    const look = (gram: string) => {
      for (const lang of Object.keys(ngramsData.ngrams[gram] ?? {})) found.add(ngramsData.languages[lang] ?? lang);
    };
    for (const a of chars) {
      look(` ${a} `); // a one-letter word
      for (const b of chars) {
        const two = a + b;
        for (const gram of [` ${two}`, two, `${two} `, ` ${two} `]) look(gram);
      }
      // a window starting on a continuation byte: c L c L
      for (const c of conts) for (const b of chars) look(c + a + (b[0] ?? ''));
    }
    expect([...found].sort()).toEqual(['be', 'bg', 'ru', 'sr', 'uk']);
  });
});

describe('blockLang on a Russian block in a Russian or Ukrainian story', () => {
  const russian = 'Министерство обороны сообщило, что новые радиолокационные узлы испытали в этом году.';
  it('keeps the story language when the letters allow it', () => {
    expect(blockLang(russian, 'ru')).toBeNull();
    expect(detectLanguage(russian, 'ru').value).toBe('ru');
  });
  it('still names Russian inside a Ukrainian story (ы rules Ukrainian out)', () => {
    expect(blockLang(russian, 'uk')).toBe('ru');
  });
  it('still runs the detector on a block with Latin letters', () => {
    expect(blockLang('Министерство обороны сообщило, что узлы Belarus испытали в этом году.', 'ru')).toBeNull();
  });
});
