import { describe, expect, it } from 'vitest';
import { matchByline, matchDateline, matchStamp } from '@/lib/content/header-lines';

describe('bylines', () => {
  it('reads “By X”', () => expect(matchByline('By Andrei Parotnikau')).toEqual({ author: 'Andrei Parotnikau', outlet: null }));
  it('reads “Name, Outlet”', () => expect(matchByline('Siarhei Bohdan, BelarusDigest')).toEqual({ author: 'Siarhei Bohdan', outlet: 'BelarusDigest' }));
  it('reads “By X, Outlet”', () => expect(matchByline('By Jane Doe, Reuters')).toEqual({ author: 'Jane Doe', outlet: 'Reuters' }));
  it.each(['By the end of the year, Minsk will have new launchers.', 'by the way', 'Belarus, Ukraine sign deal', 'Lukashenko, Putin meet in Sochi'])(
    'does not take “%s” for a byline',
    (line) => expect(matchByline(line)).toBeNull(),
  );
});

describe('datelines and stamps', () => {
  it('reads a dateline with a time', () => expect(matchDateline('September 18, 2017 10:50')).toEqual({ year: 2017, month: 9, day: 18 }));
  it('reads a labelled dateline', () => expect(matchDateline('Published: 18.09.2017')).toEqual({ year: 2017, month: 9, day: 18 }));
  it('reads an update stamp with the time first', () => expect(matchStamp('Updated at 23:08,31-05-2020')).toEqual({ year: 2020, month: 5, day: 31 }));
  it('does not read a sentence as a stamp', () => expect(matchStamp('Updated figures show that 2020 was a record year.')).toBeNull());
});
