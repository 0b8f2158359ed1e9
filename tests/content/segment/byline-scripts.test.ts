import { describe, expect, it } from 'vitest';
import { matchByline } from '@/lib/content/segment/byline';

describe('bylines with a label, in scripts with and without letter case', () => {
  it('reads Hungarian, Swedish and Turkish labels', () => {
    expect(matchByline('Szerző: Kovács Anna')?.author).toBe('Kovács Anna');
    expect(matchByline('Av Erik Lindqvist')?.author).toBe('Erik Lindqvist');
    expect(matchByline('Yazan: Ayşe Demir')?.author).toBe('Ayşe Demir');
  });

  it('reads Hebrew, Hindi and Chinese names, which have no capitals', () => {
    expect(matchByline('מאת דנה לוי')?.author).toBe('דנה לוי');
    expect(matchByline('लेखक: राहुल शर्मा')?.author).toBe('राहुल शर्मा');
    expect(matchByline('记者：王小明')?.author).toBe('王小明');
  });

  it('does not read a word that merely begins with a label', () => {
    expect(matchByline('DiMaggio Park')).toBeNull();
    expect(matchByline('Avenue Montaigne')).toBeNull();
  });
});
