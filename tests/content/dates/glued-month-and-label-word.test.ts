import { describe, expect, it } from 'vitest';
import { findDate } from '@/lib/content/dates/date-find';
import { matchDateline } from '@/lib/content/segment/header-lines';

const march4 = { year: 2026, month: 3, day: 4 };

describe('a month name glued to the word before it, after its lower-case letters', () => {
  it.each(['NewsMarch 4, 2026', 'WorldMar 4, 2026 10:15 AM ET', 'ngoMashi 4, 2026'])('reads the date of “%s”', (line) =>
    expect(matchDateline(line)?.date).toEqual(march4),
  );
  it('reads no month out of a name whose tail is no month', () => expect(findDate('McDonald 4, 2026')).toBeNull());
});

describe('a label of one or two words in any language before a whole date', () => {
  it.each(['ngày 4 tháng 3 năm 2026', 'objavljeno04.03.2026.', 'publikuar 04.03.2026', 'gepubliseer op 4 Maart 2026', 'yayınlanma tarihi 04.03.2026', 'ενημέρωση 04/03/2026 10:15'])(
    'reads “%s” as a dateline',
    (line) => expect(matchDateline(line)?.date).toEqual(march4),
  );

  it('reads no dateline where words follow the date', () => expect(matchDateline('the parade on 4 March 2026 was big')).toBeNull());
  it.each(['Polls opened 4 March 2026.', 'Polls opened 4 March 2026'])('reads no dateline in the sentence “%s”', (line) => expect(matchDateline(line)).toBeNull());
  it('reads no dateline where a capitalised subject and a word that joins nothing stand before the date', () =>
    expect(matchDateline('The parade 4 March 2026', { stopwords: new Set(['the', 'on']) })).toBeNull());
  it('reads a dateline where a stopword of the page joins a capitalised label to its date', () =>
    expect(matchDateline('Gepubliseer op 4 Maart 2026', { stopwords: new Set(['op']) })?.date).toEqual(march4));
  it('reads no dateline where three words stand before the date', () => expect(matchDateline('councillors finally voted 04.03.2026')).toBeNull());
  it('reads no dateline from a label before a date without its day', () => expect(matchDateline('objavljeno ožujak 2026')).toBeNull());
});
