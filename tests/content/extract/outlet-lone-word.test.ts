/**
 * A one-word masthead alone on the first line that the page names nowhere else (outlet-lone-word.ts), and the
 * signs that such a word is a section word instead. Pages and names are made up.
 */
import { describe, expect, it } from 'vitest';
import { sourceLines } from '../../support/compile-text';
import { nameStopwords } from '@/lib/content/extract/name-shape';
import { chooseOutlet } from '@/lib/content/extract/infer-outlet';
import { outletFinds } from '@/lib/content/extract/outlet-lines';
import { loneWordMastheadFind } from '@/lib/content/extract/outlet-lone-word';

const STORY = [
  'Council approves two new cycle lanes on the high street',
  'The council approved plans on Monday for two new cycle lanes along the high street.',
  'Work is due to start in March and should take about six weeks.',
  'Shop owners asked the council to keep deliveries possible during the works.',
];
const lone = (lines: string[]) => loneWordMastheadFind(sourceLines(lines.join('\n')).filter((l) => l.text.trim() !== ''), nameStopwords('en'))?.value ?? null;

describe('a lone word on the first line', () => {
  it('is the masthead over the day’s date when nothing names it a section', () => {
    expect(lone(['Harbourview', 'Friday, 5 December 2026', 'News', 'Sport', ...STORY])).toBe('Harbourview');
  });

  it('is no masthead over anything but a date: a headline, the story’s text (a kicker’s place), a menu or a footer line', () => {
    expect(lone(['Harbourview', ...STORY])).toBeNull();
    expect(lone(['Harbourview', 'News', 'Sport', ...STORY])).toBeNull();
    expect(lone(['Harbourview', '© 2026 Harbour Press Ltd'])).toBeNull();
    expect(lone(['Harbourview', ...STORY.slice(1)])).toBeNull();
    expect(chooseOutlet(outletFinds(sourceLines(['Harbourview', ...STORY].join('\n')), nameStopwords('en')), null)).toBeNull();
  });

  it.each([
    ['the head of a menu', ['Politics', 'World', 'Business', ...STORY]],
    ['printed again alone', ['Politics', 'Friday, 5 December 2026', ...STORY, 'Politics']],
    ['in a breadcrumb', ['Politics', 'Friday, 5 December 2026', 'Home › Politics', ...STORY]],
    ['written in lower case in the text', ['Council', 'Friday, 5 December 2026', ...STORY]],
    ['a home link', ['Home', 'Friday, 5 December 2026', ...STORY]],
    ['a label in capitals', ['BREAKING', 'Friday, 5 December 2026', ...STORY]],
  ])('is no masthead when it is %s', (_, lines) => {
    expect(lone(lines)).toBeNull();
  });
});
