import { describe, expect, it } from 'vitest';
import { foldedLower, stripMarks } from '@/lib/content/fold-text';

describe('accent folding', () => {
  it.each([
    ['Škoda', 'skoda'],
    ['ΑΘΗΝΑ', 'αθηνα'],
    ['Ελλάδα', 'ελλαδα'],
    ['Łódź', 'łodz'],
    ['Ñandú', 'nandu'],
    // ї is і + diaeresis
    ['Київ', 'ки\u0456в'],
  ])('folds %s to %s', (input, want) => {
    expect(foldedLower(input)).toBe(want);
  });

  it('keeps case when only stripping marks', () => {
    expect(stripMarks('Crème Brûlée')).toBe('Creme Brulee');
  });
});
