/** The rules the scrape tests and bench:accuracy use to judge a compiled body. */
import { describe, expect, it } from 'vitest';
import { leaksOf, lostLinesOf, lostLookalikesOf, sameOutlet } from '../fixtures/scrapes/score';

const lines = ['Belarus', 'Politics', '', 'Belarus has put a battalion on duty.', 'Share this article', 'Officials declined to comment.'];

describe('leaksOf', () => {
  it('does not count a menu word that merely starts a body sentence', () => {
    expect(leaksOf(lines, ['Belarus', 'Politics'], [{ text: 'Belarus has put a battalion on duty.', line: 4 }])).toEqual([]);
  });

  it('counts a furniture line joined into a body block', () => {
    const body = [{ text: 'Belarus has put a battalion on duty. Share this article Officials declined to comment.', line: 4 }];
    expect(leaksOf(lines, ['Share this article'], body)).toEqual(['Share this article']);
  });

  it('counts a furniture line kept as a block of its own, whatever its spacing', () => {
    expect(leaksOf(lines, ['Share\u00a0this article'], [{ text: 'Share this article', line: 5 }])).toEqual(['Share this article']);
  });
});

describe('lostLinesOf', () => {
  it('lists body lines that are missing from the compiled body', () => {
    expect(lostLinesOf(['Belarus has put a battalion on duty.', 'Officials declined to comment.'], ['Belarus has put a battalion on duty.'])).toEqual([
      'Officials declined to comment.',
    ]);
  });

  it('finds lines that were joined into one paragraph', () => {
    expect(lostLinesOf(['First half of a sentence', 'and its end.'], ['First half of a sentence and its end.'])).toEqual([]);
  });
});

describe('sameOutlet', () => {
  it('matches an outlet name whatever its letter case and spacing', () => {
    expect(sameOutlet('obranadnes.cz', 'ObranaDnes.cz')).toBe(true);
    expect(sameOutlet('Radio\u00a0 Horizont', 'radio horizont')).toBe(true);
    expect(sameOutlet('ТАНЈУГ', 'Танјуг')).toBe(true);
  });

  it('tells different outlets apart', () => {
    expect(sameOutlet('Beta', 'Tanjug')).toBe(false);
    expect(sameOutlet('Radio Horizont', 'Radio')).toBe(false);
  });

  it('counts a missing outlet as right only when none is expected', () => {
    expect(sameOutlet(null, null)).toBe(true);
    expect(sameOutlet(null, 'Beta')).toBe(false);
    expect(sameOutlet('Beta', null)).toBe(false);
  });
});

describe('lostLookalikesOf', () => {
  const lookalikes = ['Share of exports rose to nearly all sales.', 'Follow the money'];

  it('lists the lookalike lines missing from the body', () => {
    expect(lostLookalikesOf(lookalikes, ['Follow the money', 'The plant did not answer.'])).toEqual(['Share of exports rose to nearly all sales.']);
  });

  it('finds a lookalike joined into a longer paragraph', () => {
    expect(lostLookalikesOf(lookalikes, ['Follow the money', 'Intro. Share of exports rose to nearly all sales. More.'])).toEqual([]);
  });

  it('loses every lookalike when no article was published', () => {
    expect(lostLookalikesOf(lookalikes, null)).toEqual(lookalikes);
  });
});
