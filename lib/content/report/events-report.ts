/**
 * The events part of `npm run content:check`: for each story, every event the text gives
 * (anchor, date at its precision, inferred/approximate marks, the dating words and the
 * sentence's start), so an editor can check them against the story.
 */
import type { Archive, StoryEvent } from '../schema';
import { eventsByArticle } from '../events/index';

/** How much of each sentence the report shows. */
const SENTENCE_START = 60;

/** "2015-12-07", "2014-03..2014-04", "--12 (year unknown)". */
function dateColumn(event: StoryEvent): string {
  const { value, start, end, partial } = event.date;
  if (value !== null) return value;
  if (start !== null && end !== null) return `${start}..${end}`;
  if (partial) return `--${String(partial.month).padStart(2, '0')}${partial.day === null ? '' : `-${String(partial.day).padStart(2, '0')}`} (year unknown)`;
  return '?';
}

/** One line per event, grouped under each story; stories without events say so. */
export function formatEventReport(archive: Pick<Archive, 'articles' | 'events'>): string {
  const lines = ['Events (dated statements in the story bodies):'];
  const byArticle = eventsByArticle(archive.events);
  for (const article of archive.articles) {
    const events = byArticle.get(article.id) ?? [];
    lines.push(`${article.id}  published ${article.datePublished.value ?? 'undated'}  ${events.length} ${events.length === 1 ? 'event' : 'events'}`);
    for (const e of events) {
      const marks = [e.date.inferred ? 'inferred' : '', e.date.approximate ? 'approx' : ''].filter(Boolean).join(',');
      const sentence = e.sentence.length > SENTENCE_START ? `${e.sentence.slice(0, SENTENCE_START)}…` : e.sentence;
      lines.push(`  ${e.anchor.padEnd(5)} ${dateColumn(e).padEnd(22)} ${e.date.precision.padEnd(6)} ${marks.padEnd(15)} “${e.date.text}”  ${sentence}`);
    }
  }
  return lines.join('\n');
}
