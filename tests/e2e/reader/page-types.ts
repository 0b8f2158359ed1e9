/**
 * One representative URL per page type of the reader, chosen from the compiled archive
 * (never from a seed's name), and what each must show. Shared by the reader's browser tests.
 */
import type { Page } from 'playwright-core';
import { getArticles, getChronology, getEntities, getEntity } from '@/lib/content';
import { FEATURED_ENTITIES } from '@/lib/featured';
import { PAGE_SIZE } from '@/lib/pagination';
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

/**
 * The featured entity that tags the fewest stories (but some, and fewer than all when
 * possible), so filtering the timeline by it visibly hides stories.
 */
export function narrowFeaturedEntity() {
  const total = getArticles().length;
  const candidates = FEATURED_ENTITIES.flatMap((slug) => getEntity(slug) ?? []).sort((a, b) => a.articles.length - b.articles.length);
  const entity = candidates.find((e) => e.articles.length > 0 && e.articles.length < total) ?? candidates[0];
  if (!entity) throw new Error('none of the featured entities is in the archive');
  return entity;
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
      name: 'entity-timeline',
      path: paths.timeline(entity.slug),
      status: 200,
      check: async (page) => {
        const entries = await count(page, '.timeline-entry');
        return entries === Math.min(entity.articles.length, PAGE_SIZE) ? [] : [`${entries} entries for ${entity.articles.length} ${entity.slug} stories`];
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
