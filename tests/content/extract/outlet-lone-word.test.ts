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
  it('is the masthead when the line under it is no menu entry and nothing names it a section', () => {
    expect(lone(['Harbourview', 'Sign in or subscribe to read every story', 'News', 'Sport', ...STORY])).toBe('Harbourview');
  });

  it('weighs one point right over the headline, where a kicker stands: alone it names no outlet', () => {
    const lines = sourceLines(['Harbourview', ...STORY].join('\n'));
    const finds = outletFinds(lines, nameStopwords('en'));
    expect(finds).toContainEqual(expect.objectContaining({ value: 'Harbourview', kind: 'masthead', line: 1, above: 2 }));
    expect(chooseOutlet(finds, null, 2)).toBeNull();
  });

  it.each([
    ['the head of a menu', ['Politics', 'World', 'Business', ...STORY]],
    ['printed again alone', ['Politics', 'Sign in or subscribe to read every story', ...STORY, 'Politics']],
    ['in a breadcrumb', ['Politics', 'Sign in or subscribe to read every story', 'Home › Politics', ...STORY]],
    ['written in lower case in the text', ['Council', 'Sign in or subscribe to read every story', ...STORY]],
    ['a home link', ['Home', 'Sign in or subscribe to read every story', ...STORY]],
    ['a label in capitals', ['BREAKING', 'Sign in or subscribe to read every story', ...STORY]],
  ])('is no masthead when it is %s', (_, lines) => {
    expect(lone(lines)).toBeNull();
  });
});
