/**
 * One representative URL per page type of the reader, chosen from the compiled archive
 * (never from a seed's name), and what each must show. Shared by the reader's browser tests.
 */
import type { Page } from 'playwright-core';
import { getArticles, getChronology, getEntities, getEntity, getEntityEvents, getEventIndex } from '@/lib/content';
import { FEATURED_ENTITIES } from '@/lib/featured';
import { EVENTS_PAGE_SIZE, PAGE_SIZE, TAG_EVENTS_PAGE_SIZE } from '@/lib/pagination';
import { paths } from '@/lib/paths';

export type PageType = {
  name: string;
  path: string;
  /** HTTP status the page is served with. */
  status: number;
  /** Throws (via expect) when the page's own content is missing. */
  check: (page: Page) => Promise<string[]>;
};

const texts = (page: Page, selector: string) => page.locator(selector).allTextContents();
const count = (page: Page, selector: string) => page.locator(selector).count();

/** The richest story: the one tagged with the most entities (ties: newest first). */
export function richestArticle() {
  const [first] = [...getChronology()].sort((a, b) => b.entities.length - a.entities.length);
  if (!first) throw new Error('the archive has no articles');
  return first;
}

/** The first featured entity the archive has. */
export function featuredEntity() {
  const entity = FEATURED_ENTITIES.map((slug) => getEntity(slug)).find((e) => e !== undefined);
  if (!entity) throw new Error('none of the featured entities is in the archive');
  return entity;
}

/** The featured entity in the most dated events (the events page filtered by it). */
export function eventfulEntity() {
  const [entity] = FEATURED_ENTITIES.flatMap((slug) => getEntity(slug) ?? []).sort((a, b) => getEntityEvents(b.slug).length - getEntityEvents(a.slug).length);
  if (!entity || getEntityEvents(entity.slug).length === 0) throw new Error('no featured entity takes part in a dated event');
  return entity;
}

/** An events list shows one page of events, each dated in a <time datetime> and linked to its paragraph. */
async function eventListProblems(page: Page, total: number): Promise<string[]> {
  const problems: string[] = [];
  const events = await count(page, 'main li.event');
  if (events !== Math.min(total, EVENTS_PAGE_SIZE)) problems.push(`${events} events listed for ${total}`);
  if ((await count(page, 'main li.event:not(:has(time[datetime]))')) > 0) problems.push('an event without a <time datetime>');
  if ((await count(page, 'main li.event:not(:has(a[href*="/articles/"][href*="#p-"]))')) > 0) problems.push('an event without a link to its paragraph');
  return problems;
}

/** The events overview: the strip, and one link per year the events index counts. */
async function eventsOverviewProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  if ((await count(page, 'main svg[role="img"] title')) !== 1) problems.push('no SVG strip with a title');
  const years = getEventIndex().perYear.length;
  const links = await count(page, 'main nav[aria-label="Events by year"] a');
  if (links !== years) problems.push(`${links} year links for ${years} years`);
  return problems;
}

/** Every page type with its URL and its content check; each check returns a list of problems (empty = fine). */
export function pageTypes(): PageType[] {
  const article = richestArticle();
  const entity = featuredEntity();
  const total = getArticles().length;
  return [
    {
      name: 'home',
      path: '/',
      status: 200,
      check: async (page) => {
        const problems: string[] = [];
        if ((await count(page, 'main a[href^="/articles/"]')) < Math.min(total, 5)) problems.push('fewer latest-story links than expected');
        for (const slug of FEATURED_ENTITIES.filter((s) => getEntity(s))) {
          if ((await count(page, `main a[href="${paths.tag(slug)}"]`)) === 0) problems.push(`no link to featured ${slug}`);
        }
        if ((await count(page, 'main a[href="/timeline/"]')) === 0) problems.push('no link into the timeline');
        return problems;
      },
    },
    {
      name: 'article',
      path: paths.article(article.slug),
      status: 200,
      check: async (page) => {
        const problems: string[] = [];
        const [h1] = await texts(page, 'h1');
        if (h1?.trim() !== article.title.value) problems.push(`h1 is ${JSON.stringify(h1)}`);
        const paragraphs = article.body.filter((b) => b.kind === 'paragraph').length;
        if ((await count(page, 'main p[id^="p-"]')) !== paragraphs) problems.push('not every paragraph has its p-n id');
        if ((await count(page, 'main a.paragraph-anchor[href="#p-1"]')) !== 1) problems.push('no self-link on paragraph 1');
        const inBody = new Set(article.mentions.filter((m) => m.block >= 0).map((m) => m.entity)).size;
        if ((await count(page, 'main a.entity-link')) !== inBody) problems.push('entity links ≠ one per entity mentioned in the body');
        if ((await count(page, '#source-heading')) !== 1) problems.push('no source panel');
        return problems;
      },
    },
    {
      name: 'tag-index',
      path: '/tags/',
      status: 200,
      check: async (page) => {
        const linked = await count(page, 'main a[href^="/tags/"]:not([href="/tags/"]):not([href="/tags/by-count/"])');
        return linked === getEntities().length ? [] : [`${linked} tag links for ${getEntities().length} entities`];
      },
    },
    {
      name: 'tag-index-by-count',
      path: '/tags/by-count/',
      status: 200,
      check: async (page) => ((await count(page, 'main a[aria-current="page"][href="/tags/by-count/"]')) === 1 ? [] : ['sort link not marked current']),
    },
    {
      name: 'tag',
      path: paths.tag(entity.slug),
      status: 200,
      check: async (page) => {
        const problems: string[] = [];
        const [h1] = await texts(page, 'h1');
        if (h1?.trim() !== entity.name) problems.push(`h1 is ${JSON.stringify(h1)}`);
        const stories = await count(page, '#stories-heading ~ ol > li h3 a');
        if (stories !== Math.min(entity.articles.length, PAGE_SIZE)) problems.push(`${stories} stories listed, expected ${entity.articles.length}`);
        if ((await count(page, 'main mark')) === 0) problems.push('no mention snippets');
        return problems;
      },
    },
    {
      name: 'timeline',
      path: paths.timeline(),
      status: 200,
      check: async (page) => {
        const entries = await count(page, '.timeline-entry');
        return entries === Math.min(total, PAGE_SIZE) ? [] : [`${entries} timeline entries for ${total} stories`];
      },
    },
    {
      name: 'events',
      path: paths.events(),
      status: 200,
      check: async (page) => eventsOverviewProblems(page),
    },
    {
      // The earliest year's events (the seeds have some: the events tests read them by hand).
      name: 'events-year',
      path: `/events/${getEventIndex().perYear[0]?.year ?? ''}/`,
      status: 200,
      check: async (page) => eventListProblems(page, getEventIndex().perYear[0]?.count ?? 0),
    },
    {
      // An entity's events are its tag pages' Events sections, 20 a page beside its stories.
      name: 'tag-events',
      path: paths.tag(eventfulEntity().slug),
      status: 200,
      check: async (page) => {
        const entity = eventfulEntity();
        const total = getEntityEvents(entity.slug).length;
        const shown = await count(page, '#events li.event');
        const problems = shown === Math.min(total, TAG_EVENTS_PAGE_SIZE) ? [] : [`${shown} events on the tag page for ${total}`];
        if ((await count(page, '#events li.event:not(:has(a[href*="/articles/"][href*="#p-"]))')) > 0) problems.push('an event without a link to its paragraph');
        return problems;
      },
    },
    {
      name: 'not-found',
      path: '/no-such-page-in-the-archive/',
      status: 404,
      check: async (page) => {
        const problems: string[] = [];
        for (const href of ['/', '/tags/', '/timeline/']) if ((await count(page, `main a[href="${href}"]`)) === 0) problems.push(`no link to ${href}`);
        return problems;
      },
    },
  ];
}
