import type { Metadata } from 'next';
import { JsonLd } from '@/components/json-ld';
import { PaginationNav } from '@/components/pagination-nav';
import { TimelineFilter } from '@/components/timeline-filter';
import { TimelineView } from '@/components/timeline-view';
import { getEntity, groupTimeline } from '@/lib/content';
import { timelineChips, timelineFromParams, timelineStaticParams, type TimelineParams } from '@/lib/routes/timeline-route';
import { jsonLdFor, metadataFor, type SeoRoute } from '@/lib/seo';
import { paths } from '@/lib/paths';
import { renderSet } from '@/lib/render-set';

type Props = { params: TimelineParams };

export const dynamicParams = false;

export function generateStaticParams() {
  return renderSet('timeline', timelineStaticParams());
}

/** The SEO description of one timeline page. */
async function seoRoute(params: TimelineParams): Promise<SeoRoute> {
  const { articles } = await timelineFromParams(params);
  return { kind: 'timeline', articles: articles.items, total: articles.total, page: articles.page };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return metadataFor(await seoRoute(params));
}

export default async function TimelinePage({ params }: Props) {
  const { articles, base } = await timelineFromParams(params);
  const chips = timelineChips()
    // An entity's timeline is its tag pages: the same stories, newest first, at the same page size.
    .map((e) => ({ slug: e.slug, name: e.name, href: paths.tag(e.slug) }));
  const names = (slug: string) => getEntity(slug)?.name;
  return (
    <div className="mx-auto max-w-3xl">
      <JsonLd data={jsonLdFor(await seoRoute(params))} />
      <header className="mb-6">
        <h1 className="font-serif text-4xl font-semibold tracking-tight">Timeline</h1>
        <p className="mt-2 text-stone-600 dark:text-stone-400">
          {articles.total} {articles.total === 1 ? 'story' : 'stories'} by publication date, each at the precision its date is known.
          {articles.pageCount > 1 ? ` Page ${articles.page} of ${articles.pageCount}.` : ''}
        </p>
      </header>
      <TimelineFilter chips={chips} current={undefined} allHref={paths.timeline()} />
      <TimelineView timeline={groupTimeline(articles.items)} names={names} />
      <PaginationNav base={base} page={articles.page} pageCount={articles.pageCount} label="Timeline pages" />
    </div>
  );
}
