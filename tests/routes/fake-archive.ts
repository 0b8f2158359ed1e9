/**
 * A synthetic archive behind the lib/content API, for testing the route lookups without
 * the ingest pipeline: `n` articles spread over years and months, a few entities, and
 * previous slugs on some articles.
 */
import { archive as archiveSchema, type Archive } from '@/lib/content/schema';
import { sortNewestFirst } from '@/lib/content/store/publication-order';
import { makeArticle, tagged } from '../support/article';

/**
 * `n` articles; every 7th is tagged `rare`, all `common`; article 3 used to live at `old-3` and
 * `older-3`. With `extraEntities`, that many more entities (`extra-0`, `extra-1`…) each tag the
 * article of the same number (so at most `n` of them). With `eventsPerRare`, each `rare` story
 * dates that many statements naming `rare`, each on its own day (so no two group): the k-th is
 * `eventDay(k, eventSpacing)`, so a spacing of 30 spreads 90 events over eight years.
 */
/** The k-th of days `spacing` apart from 1 January 1950 (consecutive by default), as YYYY-MM-DD. */
export function eventDay(k: number, spacing = 1): string {
  return new Date(Date.UTC(1950, 0, 1 + k * spacing)).toISOString().slice(0, 10);
}

export function fakeArchive(n: number, extraEntities = 0, eventsPerRare = 0, eventSpacing = 1): Archive {
  const extras = Math.min(n, extraEntities);
  const articles = sortNewestFirst(
    Array.from({ length: n }, (_, i) =>
      makeArticle(`a${i}`, {
        slug: `story-${i}`,
        previousSlugs: i === 3 ? ['old-3', 'older-3'] : [],
        date: i % 11 === 0 ? null : `${2000 + (i % 20)}-${String((i % 12) + 1).padStart(2, '0')}`,
        entities: tagged('common', ...(i % 7 === 0 ? ['rare'] : []), ...(i < extras ? [`extra-${i}`] : [])),
      }),
    ),
  );
  const entity = (slug: string, ids: string[]) => ({ slug, name: slug.toUpperCase(), type: 'country' as const, aliases: [], description: `About ${slug}.`, articles: ids });
  return archiveSchema.parse({
    articles,
    entities: [
      entity('common', articles.map((a) => a.id)),
      entity('rare', articles.filter((a) => a.entities.some((e) => e.slug === 'rare')).map((a) => a.id)),
      ...Array.from({ length: extras }, (_, i) => entity(`extra-${i}`, [`a${i}`])),
    ],
    republications: [],
    events: articles
      .filter((a) => a.entities.some((e) => e.slug === 'rare'))
      .flatMap((a, i) =>
        Array.from({ length: eventsPerRare }, (_, j) => {
          const day = eventDay(i * eventsPerRare + j, eventSpacing);
          const date = { text: day, value: day, precision: 'day' as const, start: day, end: day, partial: null, season: null, inferred: false, approximate: false, reasoning: null };
          return { id: `${a.id}:${j}`, article: a.id, block: 0, anchor: 'p-1', sentence: `On ${day} it happened.`, date, entities: ['rare'] };
        }),
      ),
    rejected: [],
    notices: [],
  });
}
