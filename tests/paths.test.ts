import { describe, expect, it } from 'vitest';
import { extraPageNumbers } from '@/lib/pagination';
import {
  eventsPagePath,
  eventsSegments,
  parseEventsSegments,
  pageFromSegments,
  pagePath,
  parseTagSegments,
  parseTimelineListSegments,
  paths,
  tagPagePath,
  tagSegments,
  timelineListPath,
  timelineListSegments,
  type TagPage,
} from '@/lib/paths';
import { movedEntityPages, movedEventsPages, movedTimelinePages } from '@/lib/moved-addresses';

/** The catch-all segments after a route's first segment, read off a built path the way Next reads the URL. */
const afterRoute = (path: string) => path.split('/').filter(Boolean).slice(1);

describe('site URLs', () => {
  it('builds every page path with a trailing slash', () => {
    expect(paths.home()).toBe('/');
    expect(paths.article('a-b')).toBe('/articles/a-b/');
    expect(paths.article('a-b', 'p-3')).toBe('/articles/a-b/#p-3');
    expect(paths.tags()).toBe('/tags/');
    expect(paths.tags('count')).toBe('/tags/by-count/');
    expect(paths.tag('belarus')).toBe('/tags/belarus/');
    expect(paths.tagPage('belarus', 2)).toBe('/tags/belarus/page/2/');
    expect(paths.tagPage('belarus', 1)).toBe('/tags/belarus/page/1/');
    expect(paths.timeline()).toBe('/timeline/');
    expect(paths.timeline(undefined, 4)).toBe('/timeline/page/4/');
    expect(paths.timeline('stilet', 3)).toBe('/timeline/stilet/page/3/');
    expect(paths.search()).toBe('/search/');
  });

  it('keeps file paths at their real extension', () => {
    expect(paths.sitemap()).toBe('/sitemap.xml');
    expect(paths.articleImage('a-b')).toBe('/og/articles/a-b/image.png');
    expect(paths.tagImage('belarus')).toBe('/og/tags/belarus/image.png');
    expect(paths.siteImage()).toBe('/og/site/image.png');
    expect(paths.feeds()).toEqual({ atom: '/feeds/atom.xml', rss: '/feeds/rss.xml', json: '/feeds/feed.json' });
    expect(paths.feeds('belarus').json).toBe('/feeds/tags/belarus/feed.json');
  });

  it('puts page 1 at the base URL and later pages under /page/<n>/', () => {
    expect(pagePath('/tags/belarus/', 1)).toBe('/tags/belarus/');
    expect(pagePath('/tags/belarus/', 7)).toBe('/tags/belarus/page/7/');
    expect(() => pagePath('/tags/belarus', 2)).toThrow();
  });
});

describe('reading URLs back', () => {
  it('reads page numbers from route segments and rejects anything else', () => {
    expect(pageFromSegments(undefined)).toBe(1);
    expect(pageFromSegments([])).toBe(1);
    expect(pageFromSegments(['page', '12'])).toBe(12);
    for (const bad of [['page', '1'], ['page', '012'], ['page', 'two'], ['pages', '2'], ['page', '2', 'x']]) {
      expect(pageFromSegments(bad)).toBeUndefined();
    }
  });


  it('reads every shape of /tags/ URL back', () => {
    const pages: [TagPage, string][] = [
      [{ kind: 'index', sort: 'name', page: 1 }, '/tags/'],
      [{ kind: 'index', sort: 'name', page: 2 }, '/tags/page/2/'],
      [{ kind: 'index', sort: 'count', page: 1 }, '/tags/by-count/'],
      [{ kind: 'index', sort: 'count', page: 12 }, '/tags/by-count/page/12/'],
      [{ kind: 'entity', entity: 'belarus', page: null }, '/tags/belarus/'],
      [{ kind: 'entity', entity: 'belarus', page: 1 }, '/tags/belarus/page/1/'],
      [{ kind: 'entity', entity: 'belarus', page: 9 }, '/tags/belarus/page/9/'],
    ];
    for (const [page, path] of pages) {
      expect(tagPagePath(page)).toBe(path);
      expect(tagSegments(page)).toEqual(afterRoute(path));
      expect(parseTagSegments(afterRoute(path))).toEqual(page);
    }
  });

  it('rejects malformed /tags/ segments', () => {
    const bad = [
      ['by-count', 'x'],
      ['belarus', 'page', '0'],
      ['belarus', 'page', '01'],
      ['belarus', 'x'],
      ['belarus', 'page', '2', 'x'],
      // The index's own pages: page 1 has only the base URL, and the number must be a plain integer.
      ['page'],
      ['page', '1'],
      ['page', '02'],
      ['page', 'x'],
      ['page', '2', 'x'],
      ['by-count', 'page'],
      ['by-count', 'page', '1'],
      ['by-count', 'page', '-3'],
      ['by-count', 'page', '2', 'x'],
      ['page', '2', 'by-count'],
    ];
    for (const segments of bad) {
      expect(parseTagSegments(segments)).toBeUndefined();
    }
  });

  it('round-trips every page of a large tag index through its segments', () => {
    for (const sort of ['name', 'count'] as const) {
      for (const page of [1, ...extraPageNumbers(5_000, 300)]) {
        expect(parseTagSegments(afterRoute(paths.tags(sort, page)))).toEqual({ kind: 'index', sort, page });
      }
    }
  });

});

describe('movedEntityPages', () => {
  // Old lists of 20 stories and 40 events; a first tag page of 20 and 20, numbered pages of 50 stories and 30 events.
  const sizes = { oldStories: 20, oldEvents: 40, firstStories: 20, firstEvents: 20, pageStories: 50, pageEvents: 30 };

  it('moves each old timeline page, newest first, to the tag page counted from the oldest that holds its first story', () => {
    // 101 stories: old page 1 began with story 101 counted from the oldest (now the first page, the latest),
    // old page 2 with story 81 (tag page 2: stories 51–100), 3 with 61 (page 2), 4 with 41 (page 1), 5 with 21, 6 with 1.
    const moved = movedEntityPages('stilet', { stories: 101, events: 0 }, sizes);
    expect(moved).toEqual([
      { from: '/timeline/stilet/', to: '/tags/stilet/' },
      { from: '/timeline/stilet/page/2/', to: '/tags/stilet/page/2/' },
      { from: '/timeline/stilet/page/3/', to: '/tags/stilet/page/2/' },
      { from: '/timeline/stilet/page/4/', to: '/tags/stilet/page/1/' },
      { from: '/timeline/stilet/page/5/', to: '/tags/stilet/page/1/' },
      { from: '/timeline/stilet/page/6/', to: '/tags/stilet/page/1/' },
    ]);
    // 120 stories: old page 2 began with story 100, on tag page 2; page 3 with story 80, page 2 too.
    expect(movedEntityPages('stilet', { stories: 120, events: 0 }, sizes)[1]).toEqual({ from: '/timeline/stilet/page/2/', to: '/tags/stilet/page/2/' });
    // 121 stories: old page 2 began with story 101, on tag page 3.
    expect(movedEntityPages('stilet', { stories: 121, events: 0 }, sizes)[1]).toEqual({ from: '/timeline/stilet/page/2/', to: '/tags/stilet/page/3/' });
  });

  it('moves the old events page that began with event k to the events of the tag page carrying event k', () => {
    // 85 events at 40 a page began with events 1, 41 and 81: at 30 a tag page, those are on pages 1, 2 and 3.
    const events = movedEntityPages('stilet', { stories: 5, events: 85 }, sizes).filter((m) => m.from.startsWith('/events/'));
    expect(events).toEqual([
      { from: '/events/stilet/', to: '/tags/stilet/page/1/#events' },
      { from: '/events/stilet/page/2/', to: '/tags/stilet/page/2/#events' },
      { from: '/events/stilet/page/3/', to: '/tags/stilet/page/3/#events' },
    ]);
  });

  it('moves everything of an entity that fits on its first page to that page', () => {
    expect(movedEntityPages('stilet', { stories: 20, events: 20 }, sizes)).toEqual([
      { from: '/timeline/stilet/', to: '/tags/stilet/' },
      { from: '/events/stilet/', to: '/tags/stilet/#events' },
    ]);
    // One story more than the first page holds: numbered pages, and the old second timeline page's first story (1) is on page 1.
    expect(movedEntityPages('stilet', { stories: 21, events: 0 }, sizes)).toEqual([
      { from: '/timeline/stilet/', to: '/tags/stilet/' },
      { from: '/timeline/stilet/page/2/', to: '/tags/stilet/page/1/' },
    ]);
  });

  it('leaves no events address for an entity without events, and still moves its one timeline page', () => {
    expect(movedEntityPages('mzkt', { stories: 0, events: 0 }, sizes)).toEqual([{ from: '/timeline/mzkt/', to: '/tags/mzkt/' }]);
  });
});

describe('the events pages by year', () => {
  it('puts the overview at /events/ and page n of a year, counted from its earliest, at /events/<year>/page/<n>/', () => {
    expect(eventsPagePath({ kind: 'overview' })).toBe('/events/');
    expect(eventsPagePath({ kind: 'year', year: 2005, page: 1 })).toBe('/events/2005/');
    expect(eventsPagePath({ kind: 'year', year: 2005, page: 3 })).toBe('/events/2005/page/3/');
  });

  it('reads back what it builds, and nothing else (the old numbered pages and entity addresses are not routes)', () => {
    for (const page of [{ kind: 'overview' } as const, { kind: 'year', year: 1995, page: 1 } as const, { kind: 'year', year: 2024, page: 12 } as const]) {
      expect(parseEventsSegments(eventsSegments(page))).toEqual(page);
      expect(parseEventsSegments(afterRoute(eventsPagePath(page)))).toEqual(page);
    }
    for (const bad of [['page', '2'], ['belarus'], ['2005', 'page', '1'], ['2005', 'page'], ['0995'], ['20050'], ['2005', '2']]) {
      expect(parseEventsSegments(bad)).toBeUndefined();
    }
  });
});

describe('movedEventsPages', () => {
  const sizes = { oldEvents: 4, yearEvents: 2 };

  it('moves an old page whose events share one year to the page of that year holding its first event, and any other to the overview', () => {
    // Events by year, oldest first: 2001 ×3, 2002 ×6, 2003 ×1. Old pages of 4: [2001 ×3, 2002], [2002 ×4], [2002, 2003].
    const years = [2001, 2001, 2001, 2002, 2002, 2002, 2002, 2002, 2002, 2003];
    expect(movedEventsPages(years, sizes)).toEqual([
      // Old page 2 began with 2002's second event: at 2 a page, that is 2002's page 1.
      { from: '/events/page/2/', to: '/events/2002/' },
      { from: '/events/page/3/', to: '/events/' },
    ]);
    // Its first event, the year's fourth, is on the year's page 2.
    expect(movedEventsPages([2001, 2001, 2001, 2001, 2001, 2001, 2001, 2001], { oldEvents: 3, yearEvents: 2 })).toEqual([
      { from: '/events/page/2/', to: '/events/2001/page/2/' },
      { from: '/events/page/3/', to: '/events/2001/page/4/' },
    ]);
  });

  it('moves nothing when the events fit on the old first page, which is still /events/', () => {
    expect(movedEventsPages([2001, 2002], sizes)).toEqual([]);
    expect(movedEventsPages([], sizes)).toEqual([]);
  });
});

describe('the archive timeline’s pages', () => {
  it('puts the latest stories at /timeline/, a year at /timeline/<year>/ with page n at …/page/n/, and the undated at /timeline/undated/', () => {
    expect(timelineListPath({ kind: 'latest' })).toBe('/timeline/');
    expect(timelineListPath({ kind: 'year', year: 2005, page: 1 })).toBe('/timeline/2005/');
    expect(timelineListPath({ kind: 'year', year: 2005, page: 3 })).toBe('/timeline/2005/page/3/');
    expect(timelineListPath({ kind: 'undated', page: 1 })).toBe('/timeline/undated/');
    expect(timelineListPath({ kind: 'undated', page: 2 })).toBe('/timeline/undated/page/2/');
  });

  it('reads back what it builds, and nothing else', () => {
    const pages = [{ kind: 'latest' }, { kind: 'year', year: 1999, page: 1 }, { kind: 'year', year: 2024, page: 12 }, { kind: 'undated', page: 1 }, { kind: 'undated', page: 4 }] as const;
    for (const page of pages) expect(parseTimelineListSegments(timelineListSegments(page))).toEqual(page);
    const bad = [['page', '2'], ['page', '1'], ['2005', 'page', '1'], ['2005', 'page', '01'], ['05'], ['20050'], ['belarus'], ['belarus', 'page', '2'], ['undated', 'page', 'x'], ['2005', 'x']];
    for (const segments of bad) expect(parseTimelineListSegments(segments)).toBeUndefined();
  });
});

describe('movedTimelinePages', () => {
  it('moves old page n, counted from the oldest story, to the year or undated page holding its first story', () => {
    // Counted from the oldest: 3 undated, then 2001 ×4, then 2002 ×5. Old pages of 4: they began with
    // story 1 (undated, 1st), 5 (2001, 2nd), 9 (2002, 2nd); year pages of 2: undated p1, 2001 p1, 2002 p1.
    const years = [null, null, null, 2001, 2001, 2001, 2001, 2002, 2002, 2002, 2002, 2002];
    expect(movedTimelinePages(years, { old: 4, list: 2 })).toEqual([
      { from: '/timeline/page/1/', to: '/timeline/undated/' },
      { from: '/timeline/page/2/', to: '/timeline/2001/' },
      { from: '/timeline/page/3/', to: '/timeline/2002/' },
    ]);
    // Old pages of 3 began with stories 1, 4, 7, 10: undated 1st, 2001 1st, 2001 4th (page 2 of pages of 2), 2002 3rd (page 2).
    expect(movedTimelinePages(years, { old: 3, list: 2 }).map((m) => m.to)).toEqual(['/timeline/undated/', '/timeline/2001/', '/timeline/2001/page/2/', '/timeline/2002/page/2/']);
  });
});
