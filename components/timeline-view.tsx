import Link from '@/components/archive-link';
import type { Article } from '@/lib/content/schema';
import type { Timeline } from '@/lib/content/store/timeline';
import { DateText } from './dateline';
import { monthName } from '@/lib/describe-date';
import { paths } from '@/lib/paths';
import { storyTextProps } from '@/lib/text-direction';

function Entry({ article, names }: { article: Article; names: (slug: string) => string | undefined }) {
  const tags = article.entities.slice(0, 4).flatMap((e) => names(e.slug) ?? []);
  return (
    <li className="timeline-entry relative py-2 ps-5 before:absolute before:start-0 before:top-[1.15rem] before:size-2 before:rounded-full before:bg-stone-400 dark:before:bg-stone-600" data-entities={article.entities.map((e) => e.slug).join(' ')}>
      <p className="font-sans text-sm text-stone-600 dark:text-stone-400">
        <DateText fact={article.datePublished} />
      </p>
      <Link href={paths.article(article.slug)} {...storyTextProps(article.language.value)} className="block font-serif text-lg leading-snug text-stone-900 hover:underline dark:text-stone-50">
        {article.title.value}
      </Link>
      {tags.length ? <p className="font-sans text-xs text-stone-600 dark:text-stone-400">{tags.join(' · ')}</p> : null}
    </li>
  );
}

const groupHeading = 'mt-6 mb-1 font-sans text-sm font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-400';

/**
 * A timeline grouped by year and month. Month-only stories sit under "Some time in
 * <month>", year-only ones under "Some time in <year>", undated ones last.
 */
export function TimelineView({ timeline, names }: { timeline: Timeline<Article>; names: (slug: string) => string | undefined }) {
  return (
    <div className="timeline">
      {timeline.years.map((y) => (
        <section key={y.year} aria-labelledby={`y-${y.year}`} className="timeline-group mb-8">
          <h2 id={`y-${y.year}`} className="sticky top-0 z-10 border-b border-stone-200 bg-stone-50/95 py-2 font-serif text-2xl font-semibold dark:border-stone-800 dark:bg-stone-950/95">
            {y.year}
          </h2>
          {y.months.map((m) => (
            <section key={m.month} aria-labelledby={`m-${y.year}-${m.month}`} className="timeline-group border-s border-stone-200 ps-4 dark:border-stone-800">
              <h3 id={`m-${y.year}-${m.month}`} className={groupHeading}>
                {monthName(m.month)}<span className="sr-only"> {y.year}</span>
              </h3>
              <ol>
                {m.days.map((a) => <Entry key={a.id} article={a} names={names} />)}
              </ol>
              {m.monthOnly.length ? (
                <>
                  <h4 className="mt-2 font-sans text-xs text-stone-600 italic dark:text-stone-400">Some time in {monthName(m.month)} (day unknown)</h4>
                  <ol>
                    {m.monthOnly.map((a) => <Entry key={a.id} article={a} names={names} />)}
                  </ol>
                </>
              ) : null}
            </section>
          ))}
          {y.yearOnly.length ? (
            <section aria-labelledby={`y-${y.year}-unknown`} className="timeline-group border-s border-stone-200 ps-4 dark:border-stone-800">
              <h3 id={`y-${y.year}-unknown`} className={groupHeading}>Some time in {y.year} (month unknown)</h3>
              <ol>
                {y.yearOnly.map((a) => <Entry key={a.id} article={a} names={names} />)}
              </ol>
            </section>
          ) : null}
        </section>
      ))}
      {timeline.undated.length ? (
        <section aria-labelledby="undated" className="timeline-group mb-8">
          <h2 id="undated" className="border-b border-stone-200 py-2 font-serif text-2xl font-semibold dark:border-stone-800">Undated</h2>
          <ol className="ps-4">
            {timeline.undated.map((a) => <Entry key={a.id} article={a} names={names} />)}
          </ol>
        </section>
      ) : null}
    </div>
  );
}
