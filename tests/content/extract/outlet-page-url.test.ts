/**
 * The page's own address the scraper recorded at the top, path and all, as the outlet when nothing else names one;
 * and the addresses of other sites that stand there too (a share link, a profile link, a labelled source, a link in
 * the story). Pages, names and hosts are made up.
 */
import { describe, expect, it } from 'vitest';
import { sourceLines } from '../../support/compile-text';
import { nameStopwords } from '@/lib/content/extract/name-shape';
import { pageUrlFind } from '@/lib/content/extract/outlet-page-url';
import { chooseOutlet } from '@/lib/content/extract/infer-outlet';
import { outletFinds } from '@/lib/content/extract/outlet-lines';

const story = [
  'Council approves new ferry timetable for the winter',
  '5 December 2026',
  'The council approved a new ferry timetable on Thursday evening after a long debate.',
  'Crossings will run every forty minutes from the first week of January.',
];

const read = (lines: readonly string[]) => pageUrlFind(sourceLines(lines.join('\n')))?.value ?? null;
const outlet = (lines: readonly string[]) => chooseOutlet(outletFinds(sourceLines(lines.join('\n')), nameStopwords('en')), null, 2)?.value ?? null;

describe('the page’s own address at the top', () => {
  it.each([
    [['https://www.harbourledger.example/news/2026/12/05/council-approves-ferry-timetable', ...story], 'harbourledger.example'],
    [['http://vecherniy-kurier.example/politika/12345.html', ...story], 'vecherniy-kurier.example'],
    [['Harbour Ledger', 'https://m.harbourledger.example/ferry-timetable?ref=home', ...story], 'm.harbourledger.example'],
  ])('reads the host of %j', (lines, host) => {
    expect(read(lines)).toBe(host);
  });

  it('names the outlet from the address alone, without “www.”', () => {
    expect(outlet(['https://www.harbourledger.example/news/2026/12/05/council-approves-ferry-timetable', ...story])).toBe('harbourledger.example');
  });

  it.each([
    [['https://www.facebook.example/sharer/sharer.php?u=https%3A%2F%2Fwww.harbourledger.example%2Fnews%2Fferry', ...story], 'a share link: the page’s address inside its query'],
    [['https://social.example/intent/tweet?text=Ferry&url=harbourledger.example/ferry', ...story], 'a share link with the address as a parameter'],
    [['https://t.me/harbourledger', ...story], 'a profile link: a host and one plain word'],
    [['Source: https://www.portwire.example/news/2026/12/05/ferry-timetable', ...story], 'a labelled source'],
    [['Council approves new ferry timetable for the winter', 'The council approved a new ferry timetable on Thursday evening after a long debate.', 'https://www.portwire.example/news/2026/12/05/ferry-timetable'], 'a link under the story’s first sentence'],
    [[...story, 'https://www.portwire.example/news/2026/12/05/ferry-timetable'], 'a link lower than the top three lines'],
    [['See https://www.portwire.example/news/2026/12/05/ferry-timetable for more', ...story], 'an address among words'],
  ])('does not read %j (%s)', (lines) => {
    expect(read(lines)).toBeNull();
  });

  it('names no outlet from a share link over the headline', () => {
    expect(outlet(['https://www.facebook.example/sharer/sharer.php?u=https%3A%2F%2Fwww.harbourledger.example%2Fnews%2Fferry', ...story])).toBeNull();
  });
});
