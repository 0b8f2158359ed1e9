import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { compileArchive } from '@/lib/content/archive';
import { readContentFiles } from '@/lib/content/source/read-folder';
import { extractEvents } from '@/lib/content/events/extract';
import { storyEvent, type StoryEvent } from '@/lib/content/schema';
import { SEED_CONTENT } from '../../support/fixtures';

const expectedEvent = z.strictObject({
  anchor: z.string(),
  text: z.string(),
  sentence: z.string(),
  precision: z.string(),
  value: z.string().optional(),
  start: z.string().optional(),
  end: z.string().optional(),
  inferred: z.boolean(),
  approximate: z.boolean(),
  note: z.string().optional(),
});
const fixture = z.strictObject({
  about: z.string(),
  articles: z.record(
    z.string(),
    z.strictObject({ published: z.string().nullable(), events: z.array(expectedEvent), notDates: z.array(z.string()), unresolved: z.array(z.string()) }),
  ),
});

const expected = fixture.parse(JSON.parse(readFileSync('tests/fixtures/events/seeds.json', 'utf8')));
const archive = compileArchive(readContentFiles(SEED_CONTENT));

/** The fields the fixture pins, read off an extracted event (start/end only where the fixture gives them). */
function observed(event: StoryEvent, want: z.infer<typeof expectedEvent>) {
  return {
    anchor: event.anchor,
    text: event.date.text,
    sentence: event.sentence.startsWith(want.sentence) ? want.sentence : event.sentence,
    precision: event.date.precision,
    ...(want.value !== undefined ? { value: event.date.value } : {}),
    ...(want.start !== undefined ? { start: event.date.start } : {}),
    ...(want.end !== undefined ? { end: event.date.end } : {}),
    inferred: event.date.inferred,
    approximate: event.date.approximate,
  };
}

describe('events in the seed bodies', () => {
  afterEach(() => vi.useRealTimers());

  it('covers every seed article', () => {
    expect(Object.keys(expected.articles).sort()).toEqual(archive.articles.map((a) => a.id).sort());
  });

  for (const [id, want] of Object.entries(expected.articles)) {
    describe(id, () => {
      const article = archive.articles.find((a) => a.id === id)!;
      const events = extractEvents(article);

      it('has the publication date the fixture was read against', () => {
        expect(article.datePublished.value).toBe(want.published);
      });

      it('finds exactly the dated statements read by hand, with their dates and precision', () => {
        expect(events.length).toBe(want.events.length);
        events.forEach((event, i) => {
          const w = want.events[i]!;
          const { note: _note, ...pinned } = w;
          expect(observed(event, w)).toEqual(pinned);
        });
      });

      it('produces events that satisfy the event schema', () => {
        for (const e of events) expect(storyEvent.parse(e)).toEqual(e);
      });

      it('gives every inferred or approximate date its reasoning', () => {
        for (const e of events.filter((x) => x.date.inferred || x.date.approximate)) expect(e.date.reasoning).toMatch(/\w{3,}/);
      });

      it('makes no event from a number that is not a date', () => {
        for (const word of want.notDates) {
          for (const e of events.filter((x) => x.sentence.includes(word))) expect(word.includes(e.date.text)).toBe(false);
        }
      });

      it('dates no relative expression without a known date to count from', () => {
        for (const word of want.unresolved) expect(events.some((e) => e.date.text.toLowerCase() === word.toLowerCase())).toBe(false);
      });

      it('gives the same events whatever the clock says', () => {
        vi.useFakeTimers();
        vi.setSystemTime(new Date('2031-02-03T04:05:06Z'));
        expect(extractEvents(article)).toEqual(events);
      });
    });
  }
});
