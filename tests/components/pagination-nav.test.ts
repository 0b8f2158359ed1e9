import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PaginationNav, pageWindow } from '@/components/pagination-nav';

// next/link reads the site's trailingSlash setting from this variable, which `next build` inlines.
process.env.__NEXT_TRAILING_SLASH = 'true';

describe('pageWindow', () => {
  it('shows the first and last page and two either side of the current one, with gaps', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 4)).toEqual([1, 2, 3, 4]);
    expect(pageWindow(100, 200)).toEqual([1, null, 98, 99, 100, 101, 102, null, 200]);
    expect(pageWindow(200, 200)).toEqual([1, null, 198, 199, 200]);
  });

  it('stays short however many pages there are', () => {
    for (const count of [10, 1_000, 100_000]) {
      for (const page of [1, 2, Math.floor(count / 2), count]) expect(pageWindow(page, count).length).toBeLessThanOrEqual(9);
    }
  });
});

describe('PaginationNav', () => {
  it('renders nothing for a single page', () => {
    expect(renderToStaticMarkup(PaginationNav({ base: '/tags/x/', page: 1, pageCount: 1, label: 'Pages' }) ?? '')).toBe('');
  });

  it('links the neighbouring pages with rel=prev/next and marks the current page', () => {
    const html = renderToStaticMarkup(PaginationNav({ base: '/tags/x/', page: 2, pageCount: 3, label: 'Pages' }));
    expect(html).toContain('<link rel="prev" href="/tags/x/"/>');
    expect(html).toContain('<link rel="next" href="/tags/x/page/3/"/>');
    expect(html).toMatch(/<a[^>]*aria-current="page"[^>]*href="\/tags\/x\/page\/2\/"|<a[^>]*href="\/tags\/x\/page\/2\/"[^>]*aria-current="page"/);
  });
});
