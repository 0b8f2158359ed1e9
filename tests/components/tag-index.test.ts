import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TagIndex } from '@/components/tag-index';
import { indexedEntity, type IndexedEntity } from '@/lib/content/schema';
import { tagIndexOrder } from '@/lib/entity-types';
import { paginate, pageCount, TAG_INDEX_PAGE_SIZE } from '@/lib/pagination';

const TYPES = ['country', 'person', 'organisation', 'weapon-system', 'place'] as const;
const TOTAL = 700;

/** `n` entities with names and slugs longer than most real ones (~35 characters), over five types. */
function fakeEntities(n: number): IndexedEntity[] {
  return Array.from({ length: n }, (_, i) =>
    indexedEntity.parse({
      slug: `invented-entity-number-${i}-long-slug`,
      name: `Invented Entity Number ${i} Long Name`,
      type: TYPES[i % TYPES.length],
      aliases: [],
      description: `A made-up entity, number ${i}.`,
      articles: Array.from({ length: 1 + ((i * 37) % 2_000) }, (_, k) => `a${k}`),
    }),
  );
}

/**
 * Budget for the index's own HTML on one page: what stays the same on every page (heading,
 * sort links, group headings, pagination) plus a fixed allowance per entry. An entry is ~100
 * bytes of markup around its slug and name; 170 leaves room for long names but not for
 * repeating the utility classes on every entry (those alone were ~140 bytes more). With the
 * page around it (~7 KB) and an inline RSC payload that repeats the list, if a page keeps one,
 * a page must still fit in 150 KB, so the list has to stay under half of that.
 */
const CHROME = 4_000;
const PER_ENTRY = 170;
const BUDGET = CHROME + TAG_INDEX_PAGE_SIZE * PER_ENTRY;

const render = (sort: 'name' | 'count', page: number, entities: readonly IndexedEntity[]) => {
  const slice = paginate(tagIndexOrder(entities, sort), page, TAG_INDEX_PAGE_SIZE);
  if (!slice) throw new Error(`no page ${page}`);
  return { slice, html: renderToStaticMarkup(TagIndex({ entities: slice, sort })) };
};

describe('TagIndex', () => {
  const entities = fakeEntities(TOTAL);
  const pages = pageCount(TOTAL, TAG_INDEX_PAGE_SIZE);

  it('keeps each page of a large index under its byte budget, in both sorts', () => {
    expect(BUDGET).toBeLessThan(75_000);
    expect(pages).toBeGreaterThan(1);
    for (const sort of ['name', 'count'] as const) {
      for (let page = 1; page <= pages; page++) {
        const { html } = render(sort, page, entities);
        expect(Buffer.byteLength(html), `${sort} page ${page}`).toBeLessThan(BUDGET);
      }
    }
  });

  it('carries no classes on the entries themselves', () => {
    const { slice, html } = render('name', 1, entities);
    // One sr-only class per entry; everything else is set once per list.
    const classes = html.match(/class="/g)?.length ?? 0;
    expect(classes).toBeLessThan(slice.items.length + 60);
    expect(html).toMatch(/<li><a href="\/tags\/[a-z0-9-]+\/">[^<]+<\/a><span>\d+<span class="sr-only"> stor(y|ies)<\/span><\/span><\/li>/);
  });

  it('lists a page’s entries and links the other pages; the later pages hold the rest', () => {
    const links = (html: string) => [...html.matchAll(/<li><a href="(\/tags\/[^"]+\/)">/g)].map((m) => m[1]);
    const first = render('name', 1, entities);
    const last = render('name', pages, entities);
    expect(links(first.html)).toHaveLength(TAG_INDEX_PAGE_SIZE);
    expect(links(last.html)).toHaveLength(TOTAL - (pages - 1) * TAG_INDEX_PAGE_SIZE);
    const all = Array.from({ length: pages }, (_, i) => links(render('name', i + 1, entities).html)).flat();
    expect(new Set(all).size).toBe(TOTAL);
    expect(first.html).toContain('<link rel="next" href="/tags/page/2/"/>');
    expect(first.html).not.toContain('rel="prev"');
    expect(last.html).toContain(`<link rel="prev" href="${pages === 2 ? '/tags/' : `/tags/page/${pages - 1}/`}"/>`);
    expect(render('count', 2, entities).html).toContain('<link rel="prev" href="/tags/by-count/"/>');
  });

  it('shows a small index on one page with no page links', () => {
    const { html } = render('name', 1, entities.slice(0, 76));
    expect(html).not.toContain('rel="next"');
    expect(html).not.toContain('Page 1 of');
    expect(html.match(/<li><a href=/g)).toHaveLength(76);
  });
});
