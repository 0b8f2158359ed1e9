/**
 * A static picture of when something was in the news and when things happened: one
 * column per year, stories published that year as a bar above the axis, events dated
 * to that year as a bar below it. Rendered at build time as SVG (no script); colours
 * follow the text colour, so dark mode needs nothing extra. The same numbers are in a
 * visually hidden table for screen readers and text browsers.
 */
type YearCount = { year: number; count: number };

const WIDTH = 640;
const HALF = 44; // height of each half (stories up, events down)
const AXIS = 14; // room for the year labels
const HEIGHT = HALF * 2 + AXIS;

/** Every year from the first to the last with stories or events, gaps included, so time reads evenly. */
function yearSpan(stories: readonly YearCount[], events: readonly YearCount[]): number[] {
  const years = [...stories, ...events].map((c) => c.year);
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** One label every `step` years, so at most ~12 labels fit across the strip. */
const labelStep = (n: number) => [1, 2, 5, 10, 20, 25, 50].find((s) => n / s <= 12) ?? 100;

/** The strip for `stories` and `events` per year; `id` must be unique on the page. */
export function EventStrip({ id, subject, stories, events }: { id: string; subject: string; stories: readonly YearCount[]; events: readonly YearCount[] }) {
  const years = yearSpan(stories, events);
  if (years.length === 0) return null;
  const storyCount = new Map(stories.map((c) => [c.year, c.count]));
  const eventCount = new Map(events.map((c) => [c.year, c.count]));
  const maxStories = Math.max(1, ...stories.map((c) => c.count));
  const maxEvents = Math.max(1, ...events.map((c) => c.count));
  const column = WIDTH / years.length;
  const bar = Math.max(1, Math.min(column * 0.7, 28));
  const step = labelStep(years.length);
  const totalStories = stories.reduce((n, c) => n + c.count, 0);
  const totalEvents = events.reduce((n, c) => n + c.count, 0);
  const description = `${totalStories} ${totalStories === 1 ? 'story' : 'stories'} published and ${totalEvents} dated ${totalEvents === 1 ? 'event' : 'events'} between ${years[0]} and ${years.at(-1)}. Bars above the line: stories per year; bars below: events per year.`;
  return (
    <figure className="event-strip my-4 text-stone-700 dark:text-stone-300">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full" role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{`${subject}: stories and events by year`}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <line x1={0} x2={WIDTH} y1={HALF} y2={HALF} stroke="currentColor" strokeWidth={1} />
        {years.map((year, i) => {
          const x = i * column + (column - bar) / 2;
          const s = ((storyCount.get(year) ?? 0) / maxStories) * (HALF - 2);
          const e = ((eventCount.get(year) ?? 0) / maxEvents) * (HALF - 2);
          return (
            <g key={year}>
              {s > 0 ? <rect x={x} y={HALF - s} width={bar} height={s} fill="currentColor" opacity={0.35} /> : null}
              {e > 0 ? <rect x={x} y={HALF + 1} width={bar} height={e} fill="currentColor" /> : null}
              {(year - years[0]!) % step === 0 ? (
                <text x={i * column + column / 2} y={HEIGHT - 2} textAnchor="middle" fontSize={11} fill="currentColor">
                  {year}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      {/* The wrapper hides the table: a table ignores the 1px width of sr-only and would widen the page. */}
      <div className="sr-only">
        <table>
          <caption>{`${subject}: stories and events by year`}</caption>
          <thead>
            <tr>
              <th scope="col">Year</th>
              <th scope="col">Stories published</th>
              <th scope="col">Events dated</th>
            </tr>
          </thead>
          <tbody>
            {years
              .filter((y) => storyCount.has(y) || eventCount.has(y))
              .map((y) => (
                <tr key={y}>
                  <th scope="row">{y}</th>
                  <td>{storyCount.get(y) ?? 0}</td>
                  <td>{eventCount.get(y) ?? 0}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </div>
      <figcaption className="mt-1 font-sans text-xs text-stone-600 dark:text-stone-400">
        Light bars above the line: stories published each year. Dark bars below: events the stories date to that year.
      </figcaption>
    </figure>
  );
}
