import { describe, expect, it } from 'vitest';
import { articlePath, parseTimelineSegments, tagPath, timelinePath } from '@/lib/urls';

describe('site URLs', () => {
  it('builds article, tag and timeline paths with trailing slashes', () => {
    expect(articlePath('a-b')).toBe('/articles/a-b/');
    expect(articlePath('a-b', 'p-3')).toBe('/articles/a-b/#p-3');
    expect(tagPath('belarus', 2)).toBe('/tags/belarus/page/2/');
    expect(timelinePath()).toBe('/timeline/');
    expect(timelinePath('stilet', 3)).toBe('/timeline/stilet/page/3/');
  });

  it('reads every shape of timeline URL back', () => {
    const split = (p: string) => p.split('/').filter(Boolean).slice(1);
    for (const [entity, page] of [[undefined, 1], [undefined, 4], ['belarus', 1], ['belarus', 12]] as const) {
      expect(parseTimelineSegments(split(timelinePath(entity, page)))).toEqual({ entity, page });
    }
  });

  it('rejects malformed timeline segments and reserved names as entities', () => {
    for (const bad of [['page'], ['page', '1'], ['belarus', 'page', '0'], ['belarus', 'page', 'x'], ['a', 'b'], ['page', '2', 'x'], ['by-count']]) {
      expect(parseTimelineSegments(bad)).toBeUndefined();
    }
  });
});
