import { describe, expect, it } from 'vitest';
import { extractEvents } from '@/lib/content/events/extract';
import type { Article } from '@/lib/content/schema';

type Input = Parameters<typeof extractEvents>[0];

const text0 = 'The Vityaz plant was founded in 1994. Its director left in March.';
const text1 = 'The Falcon system was shown on 4 May. Since then its maker has said nothing.';
const story: Input = {
  id: 'story-a',
  datePublished: { value: '2017-06-10', precision: 'day', partial: null, source: 'dateline', line: 1, evidence: '' },
  body: [
    { kind: 'paragraph', text: text0, line: 2 },
    { kind: 'heading', text: 'Later in 2016', line: 3 },
    { kind: 'paragraph', text: text1, line: 4 },
  ],
  mentions: [
    { entity: 'vityaz', block: 0, start: text0.indexOf('Vityaz'), end: text0.indexOf('Vityaz') + 6, surface: 'Vityaz' },
    { entity: 'falcon', block: 2, start: text1.indexOf('Falcon'), end: text1.indexOf('Falcon') + 6, surface: 'Falcon' },
  ],
} satisfies Pick<Article, 'id' | 'body' | 'mentions' | 'datePublished'>;

describe('extractEvents', () => {
  const events = extractEvents(story);

  it('makes one event per date expression in the paragraphs, skipping headings', () => {
    expect(events.map((e) => e.date.text)).toEqual(['1994', 'March', 'on 4 May']);
  });

  it('links each event to its paragraph anchor, counting paragraphs only', () => {
    expect(events.map((e) => e.anchor)).toEqual(['p-1', 'p-1', 'p-2']);
    expect(events.map((e) => e.block)).toEqual([0, 0, 2]);
  });

  it('keeps the sentence and the entities named in it', () => {
    expect(events[0]).toMatchObject({ sentence: 'The Vityaz plant was founded in 1994.', entities: ['vityaz'] });
    expect(events[2]).toMatchObject({ sentence: 'The Falcon system was shown on 4 May.', entities: ['falcon'] });
  });

  it('gives a sentence that points back ("Its director…") the entities of the one before', () => {
    expect(events[1]?.entities).toEqual(['vityaz']);
  });

  it('infers a missing year from the publication date', () => {
    expect(events[1]?.date).toMatchObject({ value: '2017-03', inferred: true });
    expect(events[2]?.date).toMatchObject({ value: '2017-05-04', inferred: true });
  });

  it('gives every event a distinct id', () => {
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });
});
