/**
 * The menu's run under a page's first line (menu-run.ts): entries a line each, rows of entries on one line apart by
 * bars or as capitalised words, and where the run ends. Lines are made up.
 */
import { describe, expect, it } from 'vitest';
import { sourceLines } from '../../support/compile-text';
import { nameStopwords } from '@/lib/content/extract/name-shape';
import { menuRunUnder } from '@/lib/content/extract/menu-run';

const run = (lines: string[], language: string) => {
  const r = menuRunUnder(sourceLines(lines.join('\n')), nameStopwords(language));
  return { lines: r.lines.length, entries: [...r.entries], opensHome: r.opensHome, opensRow: r.opensRow };
};

describe('the menu’s run', () => {
  it.each([
    [
      'entries a line each up to the first line that is none',
      ['Início', 'Política', 'Economia e finanças', 'Câmara aprova obras na ponte velha do rio'],
      'pt',
      { lines: 3, entries: ['Início', 'Política', 'Economia e finanças'], opensHome: true, opensRow: false },
    ],
    [
      'a row apart by bars, in a script without case too',
      ['الرئيسية | أخبار محلية | اقتصاد', 'البلدية تفتتح سوقا جديدا للمزارعين قرب النهر'],
      'ar',
      { lines: 1, entries: ['الرئيسية', 'أخبار محلية', 'اقتصاد'], opensHome: true, opensRow: true },
    ],
    [
      'a row of capitalised words without separators, and a home link of two words at its head',
      ['Ana Sayfa Gündem Ekonomi Spor', 'Belediye sahil yolunu yeniden açıyor'],
      'tr',
      { lines: 1, entries: ['Ana', 'Sayfa', 'Gündem', 'Ekonomi', 'Spor'], opensHome: true, opensRow: true },
    ],
  ])('reads %s', (_, lines, language, expected) => {
    expect(run(lines, language)).toEqual(expected);
  });

  it.each([
    ['a headline with function words', ['Council Approves Plan To Rebuild The Bridge'], 'en'],
    ['a phrase in lower case', ['gündem ekonomi spor'], 'tr'],
    ['a date', ['5 | December | 2026'], 'en'],
    ['a three-word entry at its head (a kicker or a short headline)', ['Economia e finanças', 'Política', 'Desporto'], 'pt'],
    ['a sentence', ['Read more.'], 'en'],
    ['a row without case and without separators (a headline reads the same)', ['الرئيسية محليات اقتصاد رياضة'], 'ar'],
  ])('opens with no %s', (_, lines, language) => {
    expect(run(lines, language).lines).toBe(0);
  });
});
