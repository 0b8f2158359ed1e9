/**
 * The lists (the timeline, the events by year, the tag pages) under one added story: the page data
 * plans exactly the pages whose rendered HTML or metadata changed (checked by rendering every page
 * before and after, the brute-force list); a story added re-renders the latest timeline page and
 * its own year's page (and, in a new year, the year before's, whose links name it), and of each of
 * its tags the first page and the page it lands on; a dated statement re-renders the events
 * overview and its own year's pages.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { archive as archiveSchema, type Archive } from '@/lib/content/schema';
import { sortNewestFirst } from '@/lib/content/store/publication-order';
import type { RouteData } from '@/scripts/incremental/page-data';
import { fakeArchive } from '../routes/fake-archive';
import { makeArticle, tagged } from '../support/article';

const state = vi.hoisted(() => ({ archive: undefined as Archive | undefined }));
vi.mock('@/lib/content/archive', () => ({
  loadArchive: () => {
    if (!state.archive) throw new Error('no fake archive set');
    return state.archive;
  },
}));

type Pages = { planned: Map<string, string>; html: Map<string, string> };

/** Every timeline, events and tags route's page data, and each page rendered (HTML and metadata), from fresh modules. */
async function pages(archive: Archive): Promise<Pages> {
  vi.resetModules();
  state.archive = archive;
  const { routePageData } = await import('@/scripts/incremental/page-data');
  const { paramsKey } = await import('@/lib/render-set');
  const timeline = await import('@/app/timeline/[[...path]]/page');
  const events = await import('@/app/events/[[...path]]/page');
  const tags = await import('@/app/tags/[[...path]]/page');
  const lists = ['timeline', 'events', 'tags'];
  const planned = new Map((await routePageData()).filter((r: RouteData) => lists.includes(r.route)).map((r) => [`${r.route} ${r.key}`, r.hash]));
  const html = new Map<string, string>();
  for (const [route, page] of [['timeline', timeline], ['events', events], ['tags', tags]] as const) {
    for (const params of page.generateStaticParams()) {
      const props = { params: Promise.resolve(params) };
      const markup = renderToStaticMarkup(await page.default(props));
      html.set(`${route} ${paramsKey(params)}`, markup + JSON.stringify(await page.generateMetadata(props)));
    }
  }
  return { planned, html };
}

/** Keys new in `after` or whose value differs from `before`'s. */
const changed = (before: Map<string, string>, after: Map<string, string>) => [...after.keys()].filter((k) => before.get(k) !== after.get(k)).sort();

/** `archive` plus one story tagged `common`, dated `date`, with one dated statement on `eventDate` when given. */
function withStory(archive: Archive, date: string, eventDate?: string): Archive {
  const story = makeArticle('added', { slug: 'added-story', date, entities: tagged('common') });
  const articles = sortNewestFirst([...archive.articles, story]);
  const events = eventDate
    ? [
        ...archive.events,
        {
          id: 'added:0', article: 'added', block: 0, anchor: 'p-1', sentence: `On ${eventDate} it happened.`, entities: ['common'],
          date: { text: eventDate, value: eventDate, precision: 'day', start: eventDate, end: eventDate, partial: null, season: null, inferred: false, approximate: false, reasoning: null },
        },
      ]
    : archive.events;
  const entities = archive.entities.map((e) => (e.slug === 'common' ? { ...e, articles: articles.map((a) => a.id) } : e));
  return archiveSchema.parse({ ...archive, articles, entities, events });
}

const key = (route: 'timeline' | 'events' | 'tags', path: string[]) => `${route} ${JSON.stringify([['path', path]])}`;

// 210 stories (dated 2000–2019, every 11th undated), every 7th tagged `rare` with 3 dated statements each (90 events, from 1950): one timeline page a year.
const base = fakeArchive(210, 0, 3);

describe('archive-wide list pages under one added story', () => {
  it('re-renders only the latest timeline page and the page it lands on when the story is the newest', async () => {
    const before = await pages(base);
    const after = await pages(withStory(base, '2030-01-01'));
    const rendered = changed(before.html, after.html);
    expect(changed(before.planned, after.planned)).toEqual(rendered);
    // Written out by hand: the latest page, the new year 2030's page, and 2019's page, whose "later year" link now names 2030.
    expect(rendered.filter((k) => k.startsWith('timeline '))).toEqual([key('timeline', []), key('timeline', ['2019']), key('timeline', ['2030'])].sort());
    // Its year joins the events overview's strip; the years' pages keep their events and links.
    expect(rendered.filter((k) => k.startsWith('events '))).toEqual([key('events', [])]);
    // Of its tag `common` (210 stories, 5 numbered pages of 50 counted from the oldest): the first page, with the
    // count, and page 5 (stories 201–250), where story 211 lands; `rare` and the index (whose count sort and counts change) as they must.
    expect(rendered.filter((k) => k.startsWith('tags ') && k.includes('"common"'))).toEqual([key('tags', ['common']), key('tags', ['common', 'page', '5'])].sort());
    expect(rendered.filter((k) => k.startsWith('tags ') && k.includes('"rare"'))).toEqual([]);
  }, 120_000);

  it('re-renders, for a backdated story, the latest page (its counts) and its own year’s page only', async () => {
    const before = await pages(base);
    const after = await pages(withStory(base, '2005-01-01'));
    const rendered = changed(before.html, after.html);
    expect(changed(before.planned, after.planned)).toEqual(rendered);
    // 2000–2019 each hold 10 or 11 stories, one page: the story lands on 2005's only page; no other year's page moves.
    expect(rendered.filter((k) => k.startsWith('timeline '))).toEqual([key('timeline', []), key('timeline', ['2005'])].sort());
  }, 120_000);

  it("re-renders the events overview and the pages of its event's year only, whatever year that is", async () => {
    // 90 events 30 days apart from 1950: 1950–1957, 11–13 a year, one page each.
    const spread = fakeArchive(210, 0, 3, 30);
    const before = await pages(spread);
    const after = await pages(withStory(spread, '2009-06-15', '1953-06-15'));
    const rendered = changed(before.html, after.html);
    expect(changed(before.planned, after.planned)).toEqual(rendered);
    expect(rendered.filter((k) => k.startsWith('events '))).toEqual([key('events', []), key('events', ['1953'])].sort());
    // A year it names for the first time: the new year's page, the overview, and the years either side, whose links now name it.
    const later = await pages(withStory(spread, '2009-06-15', '1960-03-01'));
    const opened = changed(before.html, later.html);
    expect(changed(before.planned, later.planned)).toEqual(opened);
    expect(opened.filter((k) => k.startsWith('events '))).toEqual([key('events', []), key('events', ['1957']), key('events', ['1960'])].sort());
  }, 240_000);

  it('plans exactly the pages whose HTML changed when the story lands mid-list with an event, or opens a new page', async () => {
    const before = await pages(base);
    for (const grown of [withStory(base, '2009-06-15', '1950-02-10'), withStory(fakeArchive(200, 0, 3), '2030-01-01')]) {
      const reference = grown.articles.length === 201 ? await pages(fakeArchive(200, 0, 3)) : before;
      const after = await pages(grown);
      const rendered = changed(reference.html, after.html);
      expect(changed(reference.planned, after.planned)).toEqual(rendered);
      // Fewer than every page: the pages older than where it lands keep their bytes.
      expect(rendered.length).toBeGreaterThan(1);
      expect(rendered.length).toBeLessThan(after.html.size);
    }
  }, 240_000);
});
