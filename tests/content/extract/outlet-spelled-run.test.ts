/**
 * A name among other words in the header or footer that the page's own address spells (outlet-spelled-run.ts).
 * Pages, names and addresses are made up.
 */
import { describe, expect, it } from 'vitest';
import { sourceLines } from '../../support/compile-text';
import { nameStopwords } from '@/lib/content/extract/name-shape';
import { outletFinds } from '@/lib/content/extract/outlet-lines';
import { chooseOutlet } from '@/lib/content/extract/infer-outlet';
import { spelledRun } from '@/lib/content/extract/outlet-spelled-run';

const story = [
  'The council agreed on Tuesday to rebuild the old bridge over the river before the winter floods arrive.',
  'Engineers said the work would take about four months and cost less than the town had feared at first.',
  'Residents who cross the bridge every day will use a ferry while the crews are on site, officials said.',
];
/** A made-up page: menu words, a headline, a date, the story, then `footer` lines. */
const page = (footer: readonly string[], header: readonly string[] = []) =>
  [...header, 'Home', 'News', 'Sport', 'Bridge over the river will be rebuilt before winter', '5 December 2026, 10:15', ...story, ...footer].join('\n');

const outlet = (text: string, language = 'en') => chooseOutlet(outletFinds(sourceLines(text), nameStopwords(language)), null)?.value ?? null;

describe('spelledRun', () => {
  it.each([
    ['Lakeside Courier 2026', ['lakesidecourier.example'], 'Lakeside Courier'],
    ['Lakeside Courier | About us | Contact', ['lakesidecourier.example'], 'Lakeside Courier'],
    ['Озёрный вестник – новости долины', ['ozernyvestnik.example'], 'Озёрный вестник'],
    ['Contact the newsroom', ['lakesidecourier.example'], null],
    ['Lakeside Courier 2026', ['gmail.com'], null],
    ['Lakeside Courier, the valley’s paper', ['lakesidecourier.example'], 'Lakeside Courier'],
  ])('reads in “%s” the run %j spells', (text, hosts, run) => {
    expect(spelledRun(text, hosts)).toBe(run);
  });
});

describe('a name the page’s address spells', () => {
  it('reads a footer line of the name and the year beside the newsdesk’s e-mail', () => {
    expect(outlet(page(['Lakeside Courier 2026', 'Write to us: desk@lakesidecourier.example', 'Privacy policy']))).toBe('Lakeside Courier');
  });

  it('reads a footer row of the name and its links', () => {
    expect(outlet(page(['Lakeside Courier | About us | Advertise', 'desk@lakesidecourier.example']))).toBe('Lakeside Courier');
  });

  it('reads the name before a tagline in title case', () => {
    expect(outlet(page(['Lakeside Courier – Your Voice In The Valley', 'desk@lakesidecourier.example']))).toBe('Lakeside Courier');
  });

  it('reads a Cyrillic name by the transliteration its address spells', () => {
    expect(outlet(page(['Озёрный вестник, 2026', 'info@ozernyvestnik.example']), 'ru')).toBe('Озёрный вестник');
  });

  it('reads nothing from an e-mail alone', () => {
    expect(outlet(page(['Lakeside Courier 2026', 'Privacy policy']))).toBeNull();
  });

  it('does not take the story’s subject and its website for the outlet', () => {
    const text = page(['Acme Robotics | www.acmerobotics.example'], []).replace(
      'Engineers said',
      'Acme Robotics said it would lend two cranes, and engineers said',
    );
    expect(outletFinds(sourceLines(text), nameStopwords('en')).filter((f) => f.kind === 'spelled name')).toEqual([]);
  });
});
