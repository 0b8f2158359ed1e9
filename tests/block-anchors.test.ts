import { describe, expect, it } from 'vitest';
import { blockAnchor, blockAnchors } from '@/lib/block-anchors';

const body = [
  { kind: 'paragraph' as const },
  { kind: 'heading' as const },
  { kind: 'paragraph' as const },
  { kind: 'paragraph' as const },
  { kind: 'heading' as const },
];

describe('block anchors', () => {
  it('numbers paragraphs and headings separately, from 1', () => {
    expect(blockAnchors(body)).toEqual(['p-1', 's-1', 'p-2', 'p-3', 's-2']);
  });

  it('keeps a paragraph’s id when a heading is added before it', () => {
    const before = blockAnchors([{ kind: 'paragraph' }, { kind: 'paragraph' }]);
    const after = blockAnchors([{ kind: 'heading' }, { kind: 'paragraph' }, { kind: 'paragraph' }]);
    expect(after.filter((a) => a.startsWith('p-'))).toEqual(before);
  });

  it('has no anchor for the title (block -1) or a block past the end', () => {
    expect(blockAnchor(body, 3)).toBe('p-3');
    expect(blockAnchor(body, -1)).toBeUndefined();
    expect(blockAnchor(body, 5)).toBeUndefined();
  });
});
