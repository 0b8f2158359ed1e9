import { describe, expect, it } from 'vitest';
import { isBareLabel, labelAndRest } from '@/lib/content/segment/label-shape';

describe('labelAndRest, a label of words (the default)', () => {
  it('reads a label of one to three words and the words after its colon', () => {
    expect(labelAndRest('Hoe verder: leerlingen reizen straks per bus')).toEqual({ label: 'Hoe verder', rest: 'leerlingen reizen straks per bus' });
    expect(labelAndRest('Die Lage：Was jetzt kommt')).toEqual({ label: 'Die Lage', rest: 'Was jetzt kommt' });
    expect(labelAndRest("Ce qu'il faut : savoir")).toEqual({ label: "Ce qu'il faut", rest: 'savoir' });
  });
  it('reads no label of four words, with a figure, or with nothing after its colon', () => {
    expect(labelAndRest('What the council said: no')).toBeNull();
    expect(labelAndRest('Nr 5: the fifth')).toBeNull();
    expect(labelAndRest('10:30 the ferry leaves')).toBeNull();
    expect(labelAndRest('Die Lage:')).toBeNull();
    expect(labelAndRest('Die Lage:   ')).toBeNull();
    expect(labelAndRest(' Die Lage: untrimmed')).toBeNull();
  });
});

describe('labelAndRest, a label of characters', () => {
  it('reads anything before the first colon up to the given length, with or without words after it', () => {
    expect(labelAndRest('Foto (AFP): Ann Lee', { chars: 30 })).toEqual({ label: 'Foto (AFP)', rest: 'Ann Lee' });
    expect(labelAndRest('Tags:', { chars: 30 })).toEqual({ label: 'Tags', rest: '' });
    expect(labelAndRest('N.º 3: a: b', { chars: 30 })).toEqual({ label: 'N.º 3', rest: 'a: b' });
  });
  it('counts the label in characters, not code units, and reads none over the length or before a leading colon', () => {
    expect(labelAndRest('Ψηφιακό: x', { chars: 7 })).toEqual({ label: 'Ψηφιακό', rest: 'x' });
    expect(labelAndRest('😀😀: x', { chars: 2 })).toEqual({ label: '😀😀', rest: 'x' });
    expect(labelAndRest('Ψηφιακό: x', { chars: 6 })).toBeNull();
    expect(labelAndRest(': x', { chars: 30 })).toBeNull();
    expect(labelAndRest('no colon here', { chars: 30 })).toBeNull();
  });
});

describe('isBareLabel', () => {
  it('reads up to three words of letters closed by a colon alone', () => {
    expect(isBareLabel('Topics:')).toBe(true);
    expect(isBareLabel(' Quem paga conta: ')).toBe(true);
  });
  it('reads no label of four words, with a figure, or with words after its colon', () => {
    expect(isBareLabel('What the council said:')).toBe(false);
    expect(isBareLabel('Top 5:')).toBe(false);
    expect(isBareLabel('Topics: ferries')).toBe(false);
  });
});
