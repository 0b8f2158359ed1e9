import { describe, expect, it } from 'vitest';
import { isPhotoCreditBlock } from '@/lib/content/segment/credit-rules';
import type { Block, LineMark } from '@/lib/content/segment/segment';

const block = (text: string, mark: LineMark | null): Block => ({ text, line: 4, lines: [{ n: 4, text }], mark });

describe('isPhotoCreditBlock', () => {
  it('reads a block the segmenter marked as a photo credit, weak or not', () => {
    expect(isPhotoCreditBlock(block('Foto: Ann Lee', { kind: 'furniture', reason: 'photo-credit' }))).toBe(true);
    expect(isPhotoCreditBlock(block('Ann Lee', { kind: 'furniture', reason: 'photo-credit', weak: true }))).toBe(true);
  });
  it('reads no credit in an unmarked block, other furniture or no block, whatever its words', () => {
    expect(isPhotoCreditBlock(block('Photo: Reuters', null))).toBe(false);
    expect(isPhotoCreditBlock(block('Tags:', { kind: 'furniture', reason: 'category-label', weak: true }))).toBe(false);
    expect(isPhotoCreditBlock(undefined)).toBe(false);
  });
});
