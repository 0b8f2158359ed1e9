import type { Metadata } from 'next';
import Link from '@/components/archive-link';
import { JsonLd } from '@/components/json-ld';
import { PaginationNav } from '@/components/pagination-nav';
import { TagArticleList } from '@/components/tag-article-list';
import { TagEvents } from '@/components/tag-events';
import { TagIndex } from '@/components/tag-index';
import { YearBars } from '@/components/year-bars';
import { entityTypeLabel } from '@/lib/entity-types';
import { tagFromParams, tagStaticParams, type TagParams } from '@/lib/routes/tag-route';
import { jsonLdFor, metadataFor, type SeoRoute } from '@/lib/seo';
import { paths } from '@/lib/paths';
import { renderSet } from '@/lib/render-set';

type Props = { params: TagParams };

export const dynamicParams = false;

export function generateStaticParams() {
  return renderSet('tags', tagStaticParams());
}

/** The SEO description of the page at these params: the tag index (by name or by count) or one page of a tag. */
async function seoRoute(params: TagParams): Promise<SeoRoute> {
  const route = await tagFromParams(params);
  if (route.kind === 'index') return { kind: 'tags', order: route.sort, page: route.entities.page };
  const { entity, articles } = route;
  return { kind: 'tag', entity, articles: articles.items, total: articles.total, page: articles.page };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return metadataFor(await seoRoute(params));
}

export default async function TagsPage({ params }: Props) {
  const route = await tagFromParams(params);
  if (route.kind === 'index') {
    return (
      <>
        <JsonLd data={jsonLdFor(await seoRoute(params))} />
        <TagIndex entities={route.entities} sort={route.sort} />
      </>
    );
  }
  const { entity, articles, events, years, together } = route;
  const aliases = entity.aliases.filter((a) => a.toLowerCase() !== entity.name.toLowerCase());
  return (
    <div>
      <JsonLd data={jsonLdFor(await seoRoute(params))} />
      <header className="mb-10 max-w-[65ch]">
        <p className="font-sans text-sm font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-400">{entityTypeLabel(entity.type)}</p>
        <h1 className="mt-1 font-serif text-4xl font-semibold tracking-tight">{entity.name}</h1>
        <p className="mt-3 font-serif text-lg text-stone-700 dark:text-stone-300">{entity.description}</p>
        {aliases.length ? <p className="mt-2 text-stone-600 dark:text-stone-400">Also written {aliases.join(', ')}.</p> : null}
      </header>
      <div className="grid gap-12 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <section aria-labelledby="stories-heading">
          <h2 id="stories-heading" className="mb-4 font-sans text-lg font-semibold">
            {articles.total} {articles.total === 1 ? 'story' : 'stories'}
            {articles.pageCount > 1 ? <span className="font-normal text-stone-600 dark:text-stone-400"> · page {articles.page} of {articles.pageCount}</span> : null}
          </h2>
          {articles.items.length ? (
            <TagArticleList articles={articles.items} entity={entity.slug} />
          ) : (
            <p className="font-sans text-sm text-stone-600 dark:text-stone-400">All {articles.total} stories are on the earlier pages; this page continues the events.</p>
          )}
          <PaginationNav base={paths.tag(entity.slug)} page={articles.page} pageCount={articles.pageCount} label={`More ${entity.name} stories and events`} />
        </section>
        <aside className="space-y-10" aria-label={`About ${entity.name}`}>
          <section aria-labelledby="time-heading">
            <h2 id="time-heading" className="mb-3 font-sans text-sm font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-400">In time</h2>
            {/* This list is the entity's timeline: newest first, each story dated at its precision. */}
            <YearBars counts={years.counts} undated={years.undated} />
          </section>
          {together.length ? (
            <section aria-labelledby="together-heading">
              <h2 id="together-heading" className="mb-3 font-sans text-sm font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-400">Often appears with</h2>
              <ul className="together">
                {together.map(({ entity: e, count }) => (
                  <li key={e.slug}>
                    <Link href={paths.tag(e.slug)}>{e.name}</Link>
                    <span>
                      {count}<span className="sr-only"> shared {count === 1 ? 'story' : 'stories'}</span>
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </aside>
      </div>
      <TagEvents entity={entity} events={events} />
    </div>
  );
}
