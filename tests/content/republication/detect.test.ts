import { describe, expect, it } from 'vitest';
import { findRepublications } from '@/lib/content/republication/detect';
import { shingleHashes } from '@/lib/content/republication/shingles';
import { similarity } from '@/lib/content/republication/similarity';
import { fixturePairs } from '../../fixtures/republications/pairs';

const pairs = fixturePairs();
const judge = (a: string, b: string) => findRepublications([{ id: 'a', text: a, date: null }, { id: 'b', text: b, date: null }]);

describe('republication detection on the fixture set', () => {
  it('has at least 30 pairs of copies and 30 of different stories', () => {
    expect(pairs.filter((p) => p.same).length).toBeGreaterThanOrEqual(30);
    expect(pairs.filter((p) => !p.same).length).toBeGreaterThanOrEqual(30);
  });

  for (const pair of pairs) {
    it(`${pair.same ? 'finds' : 'keeps apart'}: ${pair.name}`, () => {
      const s = similarity(shingleHashes(pair.a), shingleHashes(pair.b));
      expect(judge(pair.a, pair.b).length, `containment ${s.containment.toFixed(2)}, resemblance ${s.resemblance.toFixed(2)}`).toBe(pair.same ? 1 : 0);
    });
  }

  it('scores an excerpt by containment, not resemblance', () => {
    const pair = pairs.find((p) => p.name.includes('2,000-character excerpt'));
    expect(pair).toBeDefined();
    const s = similarity(shingleHashes(pair?.a ?? ''), shingleHashes(pair?.b ?? ''));
    expect(s.containment).toBeGreaterThan(0.8);
    expect(s.resemblance).toBeLessThan(0.5);
  });
});
