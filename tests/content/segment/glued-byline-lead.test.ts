import { describe, expect, it } from 'vitest';
import { splitBylineLead } from '@/lib/content/segment/glued-byline-lead';
import { stopwordsFor } from '@/lib/content/segment/line-evidence';

const ALL = stopwordsFor('und');
// Sentences written for these tests.
const LEAD = 'The harbour board approved plans for a new ferry terminal on Tuesday after two years of debate.';

describe('a byline run into the first sentence (glued-byline-lead.ts)', () => {
  it('splits a labelled byline from the sentence that opens with a capitalised function word', () => {
    expect(splitBylineLead(`By Jane Porter ${LEAD}`, ALL)).toEqual(['By Jane Porter', LEAD]);
    const pt = 'O governo anunciou na segunda-feira a abertura de duas novas linhas de comboio no interior.';
    expect(splitBylineLead(`Por Marta Lopes ${pt}`, ALL)).toEqual(['Por Marta Lopes', pt]);
  });

  it('leaves a sentence whole when the words before the function word are no labelled name', () => {
    expect(splitBylineLead('By Monday The harbour board had approved plans for a new ferry terminal after a long debate.', ALL)).toBeNull();
    expect(splitBylineLead(`Jane Porter ${LEAD}`, ALL)).toBeNull();
    expect(splitBylineLead(`Last week ${LEAD}`, ALL)).toBeNull();
  });

  it('leaves a byline with a short role after it whole: no paragraph follows', () => {
    expect(splitBylineLead('By Jane Porter The Harbour Times staff writer in the city office', ALL)).toBeNull();
  });
});
