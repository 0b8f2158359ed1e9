import Link from '@/components/archive-link';
import { ArticleList } from '@/components/article-list';
import { JsonLd } from '@/components/json-ld';
import { jsonLdFor, metadataFor } from '@/lib/seo';
import { TagChips } from '@/components/tag-chips';
import { getChronology, getEntities, getEntity } from '@/lib/content';
import { entityTypeLabel } from '@/lib/entity-types';
import { FEATURED_ENTITIES } from '@/lib/featured';
import { paths } from '@/lib/paths';
import { SectionLabel } from '@/components/section-label';

const LATEST = 8;
const OTHER_TOPICS = 16;

export const metadata = metadataFor({ kind: 'home' });

export default function HomePage() {
  const latest = getChronology().slice(0, LATEST);
  const featured = FEATURED_ENTITIES.flatMap((slug) => getEntity(slug) ?? []);
  const others = getEntities()
    .filter((e) => !FEATURED_ENTITIES.includes(e.slug))
    .slice(0, OTHER_TOPICS)
    .map((e) => ({ slug: e.slug, name: e.name, count: e.articles.length }));
  return (
    <div>
      <JsonLd data={jsonLdFor({ kind: 'home' })} />
      <section aria-labelledby="intro" className="mb-12 max-w-[65ch]">
        <h1 id="intro" className="font-serif text-4xl leading-tight font-semibold tracking-tight text-balance sm:text-5xl">
          Belarus’s defence industry, story by story
        </h1>
        <p className="mt-4 font-serif text-lg text-stone-700 dark:text-stone-300">
          News and analysis on Minsk’s weapons, partners and rivals, cleaned from scraped pages. Follow a country or a weapon system, or{' '}
          <Link href={paths.timeline()} className="underline underline-offset-4">read the archive in time</Link>.
        </p>
      </section>
      <div className="grid gap-12 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <section aria-labelledby="latest-heading">
          <SectionLabel id="latest-heading">
            Latest stories
          </SectionLabel>
          <ArticleList articles={latest} />
          <p className="mt-6 font-sans">
            <Link href={paths.timeline()} className="underline underline-offset-4">All stories on the timeline →</Link>
          </p>
        </section>
        <aside className="space-y-10" aria-label="Topics">
          <section aria-labelledby="featured-heading">
            <SectionLabel id="featured-heading">
              In focus
            </SectionLabel>
            <ul className="space-y-4">
              {featured.map((e) => (
                <li key={e.slug}>
                  <Link href={paths.tag(e.slug)} className="group block">
                    <span className="font-serif text-lg font-semibold group-hover:underline">{e.name}</span>{' '}
                    <span className="font-sans text-sm text-stone-600 dark:text-stone-400">
                      {entityTypeLabel(e.type)} · {e.articles.length} {e.articles.length === 1 ? 'story' : 'stories'}
                    </span>
                    <span className="block font-sans text-sm text-stone-700 dark:text-stone-300">{e.short ?? e.description}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
          {others.length ? (
            <section aria-labelledby="topics-heading">
              <SectionLabel id="topics-heading">
                Other topics
              </SectionLabel>
              <TagChips chips={others} />
              <p className="mt-4 font-sans text-sm">
                <Link href={paths.tags()} className="underline underline-offset-4">All tags →</Link>
              </p>
            </section>
          ) : null}
        </aside>
      </div>
    </div>
  );
}
