import Link from '@/components/archive-link';
import { getArticleById, getEntity, type EventGroup } from '@/lib/content';
import { eventSections } from '@/lib/content/events/sections';
import { monthName } from '@/lib/describe-date';
import { paths } from '@/lib/paths';
import { storyTextProps } from '@/lib/text-direction';
import { EventDateText } from './event-date';

/** What the list needs to know about a story and an entity: keyed lookups in the content index. */
type EventLookups = {
  story: (id: string) => { slug: string; title: string; lang: string } | undefined;
  entityName: (slug: string) => string | undefined;
};

const lookups: EventLookups = {
  story: (id) => {
    const article = getArticleById(id);
    return article ? { slug: article.slug, title: article.title.value, lang: article.language.value } : undefined;
  },
  entityName: (slug) => getEntity(slug)?.name,
};

/** How many reporting stories and entities one event lists before summarising the rest (bounds the page size). */
const SOURCES_SHOWN = 8;
const ENTITIES_SHOWN = 12;

/** The sentence with the words that date it marked, so a sentence with several dates shows which one this event is. */
function DatedSentence({ sentence, words }: { sentence: string; words: string }) {
  const at = sentence.indexOf(words);
  if (at < 0) return <>{sentence}</>;
  return (
    <>
      {sentence.slice(0, at)}
      <mark>{words}</mark>
      {sentence.slice(at + words.length)}
    </>
  );
}

/**
 * One event. Its parts are styled by the `.event` rules in app/globals.css, not by utilities on
 * each element: tag and events pages repeat them for every event (docs/scale.md).
 */
function Event({ group, lookups }: { group: EventGroup; lookups: EventLookups }) {
  const lead = group.events[0]!;
  const entities = group.entities.slice(0, ENTITIES_SHOWN).flatMap((slug) => {
    const name = lookups.entityName(slug);
    return name ? [{ slug, name }] : [];
  });
  const sources = group.events.flatMap((e) => {
    const story = lookups.story(e.article);
    return story ? [{ event: e, story }] : [];
  });
  const leadLang = lookups.story(lead.article)?.lang;
  const reasoning = [...new Set(group.events.flatMap((e) => (e.date.reasoning ? [e.date.reasoning] : [])))];
  return (
    <li className="event" data-entities={group.entities.join(' ')}>
      <p className="event-date">
        <EventDateText date={group.date} />
      </p>
      <p {...(leadLang ? storyTextProps(leadLang) : {})} className="event-text">
        <DatedSentence sentence={lead.sentence} words={lead.date.text} />
      </p>
      {reasoning.length ? <p className="event-why">Why this date: {reasoning.join('; ')}.</p> : null}
      <p className="event-sources">
        {sources.length > 1 ? `Reported in ${sources.length} stories: ` : 'From '}
        {sources.slice(0, SOURCES_SHOWN).map(({ event, story }, i) => (
          <span key={event.id}>
            {i > 0 ? '; ' : ''}
            <Link href={paths.article(story.slug, event.anchor)} {...storyTextProps(story.lang)}>
              {story.title}
            </Link>{' '}
            (paragraph {event.anchor.slice(2)})
          </span>
        ))}
        {sources.length > SOURCES_SHOWN ? ` and ${sources.length - SOURCES_SHOWN} more` : ''}
      </p>
      {entities.length ? (
        <ul className="event-entities">
          {entities.map((e) => (
            <li key={e.slug}>
              <Link href={paths.tag(e.slug)}>{e.name}</Link>
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

const monthHeading = 'mt-4 font-sans text-sm font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-400';

/**
 * Events by year and month, oldest first; events that span months or are known only to the
 * year follow the months under "The year or longer". `headingLevel` is the year heading's level.
 */
export function EventList({ groups, idPrefix = 'ev', headingLevel = 2 }: { groups: readonly EventGroup[]; idPrefix?: string; headingLevel?: 2 | 3 }) {
  const YearHeading = headingLevel === 2 ? 'h2' : 'h3';
  const MonthHeading = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <div className="events">
      {eventSections(groups).map((y) => (
        <section key={y.year} aria-labelledby={`${idPrefix}-${y.year}`} className="mb-6">
          <YearHeading id={`${idPrefix}-${y.year}`} className="border-b border-stone-200 py-1 font-serif text-2xl font-semibold dark:border-stone-800">
            {y.year}
          </YearHeading>
          {y.months.map((m) => (
            <section key={m.month} aria-labelledby={`${idPrefix}-${y.year}-${m.month}`}>
              <MonthHeading id={`${idPrefix}-${y.year}-${m.month}`} className={monthHeading}>
                {monthName(m.month)}<span className="sr-only"> {y.year}</span>
              </MonthHeading>
              <ol>{m.groups.map((g) => <Event key={g.id} group={g} lookups={lookups} />)}</ol>
            </section>
          ))}
          {y.longer.length ? (
            <section aria-labelledby={`${idPrefix}-${y.year}-longer`}>
              <MonthHeading id={`${idPrefix}-${y.year}-longer`} className={monthHeading}>
                Across {y.year} or longer
              </MonthHeading>
              <ol>{y.longer.map((g) => <Event key={g.id} group={g} lookups={lookups} />)}</ol>
            </section>
          ) : null}
        </section>
      ))}
    </div>
  );
}
