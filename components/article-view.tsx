import Link from '@/components/archive-link';
import type { Article, StoryJoins } from '@/lib/content';
import { readingMinutes, readingTimeLabel } from '@/lib/reading-time';
import { renderBody } from '@/lib/render/body-to-react';
import { paths } from '@/lib/paths';
import { storyTextProps } from '@/lib/text-direction';
import { AlsoPublished } from './also-published';
import { DateText } from './dateline';
import { SearchFacets } from './search/search-facets';
import { StoryShare } from './share/story-share';
import { Provenance } from './provenance';
import { SourcePanel } from './source-panel';
import { TagChips } from './tag-chips';

const meta = 'text-stone-600 dark:text-stone-400';

/** "Belarus, China and 4 more": the first few shared entity names. */
function sharedLabel(names: string[], shown = 3): string {
  if (names.length <= shown) return names.join(', ');
  return `${names.slice(0, shown).join(', ')} and ${names.length - shown} more`;
}

/** How many related stories a story page lists. */
const RELATED_SHOWN = 5;

/**
 * A whole story page: header with provenance, the body, tags, neighbours in time, related stories,
 * source. `joins` is what the store resolved for this story (see lib/routes/article-route); the view
 * queries nothing itself.
 */
export function ArticleView({ article, joins }: { article: Article; joins: StoryJoins }) {
  const chips = joins.entities.map((e) => ({ slug: e.slug, name: e.name }));
  const names = new Map(chips.map((c) => [c.slug, c.name]));
  const related = joins.related.slice(0, RELATED_SHOWN);
  const { older, newer } = joins.adjacent;
  const name = (slug: string) => names.get(slug) ?? slug;

  return (
    <article className="mx-auto max-w-[65ch]">
      <header className="mb-8">
        <h1 {...storyTextProps(article.language.value)} className="font-serif text-3xl leading-tight font-semibold tracking-tight text-balance sm:text-4xl">
          {article.title.value}
        </h1>
        {article.title.source !== 'text' ? (
          <p className={`mt-1 font-sans text-sm ${meta}`}>
            Headline<Provenance fact={article.title} />
          </p>
        ) : null}
        <div className={`mt-4 space-y-1 font-sans text-sm ${meta}`}>
          <div className="flex flex-wrap items-baseline gap-x-2">
            <DateText fact={article.datePublished} withSource />
            <span aria-hidden="true">·</span>
            <span>{readingTimeLabel(readingMinutes(article.body))}</span>
          </div>
          {article.dateModified && article.dateModified.value !== article.datePublished.value ? (
            <div className="flex flex-wrap items-baseline gap-x-1.5">
              Updated <DateText fact={article.dateModified} withSource />
            </div>
          ) : null}
          {article.author || article.outlet ? (
            <p>
              {article.author ? (
                <>
                  By <span className="text-stone-800 dark:text-stone-200">{article.author.value}</span>
                  <Provenance fact={article.author} />
                </>
              ) : null}
              {article.author && article.outlet ? <span aria-hidden="true"> · </span> : null}
              {article.outlet ? (
                <>
                  {article.outlet.value}
                  <Provenance fact={article.outlet} />
                </>
              ) : null}
            </p>
          ) : null}
        </div>
        <StoryShare article={article} className="mt-4" />
        <SearchFacets article={article} entities={joins.entities} />
        <AlsoPublished republished={joins.republished} />
      </header>

      <div data-share-scope data-pagefind-body {...storyTextProps(article.language.value)} className="prose prose-stone prose-lg max-w-none font-serif dark:prose-invert prose-headings:font-sans prose-headings:tracking-tight prose-h2:mt-10 prose-h2:text-2xl prose-a:decoration-stone-400 prose-a:underline-offset-4 hover:prose-a:decoration-current">
        {renderBody(article.body, {
          lang: article.language.value,
          mentions: article.mentions,
          entityHref: (slug) => (names.has(slug) ? paths.tag(slug) : undefined),
          entityLinkClassName: ['entity-link'],
          anchorClassName: ['paragraph-anchor'],
        })}
      </div>

      {chips.length ? (
        <section aria-labelledby="tags-heading" className="mt-10">
          <h2 id="tags-heading" className="mb-3 font-sans text-sm font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-400">
            Tags
          </h2>
          <TagChips chips={chips} />
        </section>
      ) : null}

      {older || newer ? (
        <nav aria-label="Previous and next story by date" className="mt-10 grid gap-4 border-y border-stone-200 py-6 font-sans sm:grid-cols-2 dark:border-stone-800">
          {older ? (
            <Link href={paths.article(older.slug)} rel="prev" className="group block">
              <span className={`block text-sm ${meta}`}>← Older · <DateText fact={older.datePublished} /></span>
              <span {...storyTextProps(older.language.value)} className="block font-serif text-lg leading-snug group-hover:underline">{older.title.value}</span>
            </Link>
          ) : <span />}
          {newer ? (
            <Link href={paths.article(newer.slug)} rel="next" className="group block sm:text-end">
              <span className={`block text-sm ${meta}`}>Newer · <DateText fact={newer.datePublished} /> →</span>
              <span {...storyTextProps(newer.language.value)} className="block font-serif text-lg leading-snug group-hover:underline">{newer.title.value}</span>
            </Link>
          ) : null}
        </nav>
      ) : null}

      {related.length ? (
        <section aria-labelledby="related-heading" className="mt-10">
          <h2 id="related-heading" className="font-sans text-lg font-semibold">Related stories</h2>
          <ol className="mt-3 space-y-4">
            {related.map((r) => (
              <li key={r.article.id}>
                <Link href={paths.article(r.article.slug)} {...storyTextProps(r.article.language.value)} className="block font-serif text-lg leading-snug hover:underline">
                  {r.article.title.value}
                </Link>
                <p className={`font-sans text-sm ${meta}`}>
                  <DateText fact={r.article.datePublished} /> · shares {sharedLabel(r.shared.map(name))}
                </p>
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      <SourcePanel article={article} parent={joins.parent} />
    </article>
  );
}
