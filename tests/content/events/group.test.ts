import { describe, expect, it } from 'vitest';
import { groupEvents } from '@/lib/content/events/group';
import type { EventDate, StoryEvent } from '@/lib/content/schema';

const date = (value: string, extra: Partial<EventDate> = {}): EventDate => ({
  text: value, value, precision: value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year', start: value, end: value,
  partial: null, season: null, inferred: false, approximate: false, reasoning: null, ...extra,
});
let n = 0;
const event = (article: string, d: EventDate, entities: string[]): StoryEvent => ({
  id: `${article}:${++n}`, article, block: 0, anchor: 'p-1', sentence: `Sentence ${n}.`, date: d, entities,
});
const broad = (slug: string) => slug === 'belarus' || slug === 'ukraine';

describe('groupEvents', () => {
  it('groups the same day reported by two stories sharing a specific entity', () => {
    const groups = groupEvents([event('a', date('2015-12-07'), ['ukraine', 'varta']), event('b', date('2015-12-07'), ['varta'])], broad);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.events.map((e) => e.article)).toEqual(['a', 'b']);
  });

  it('does not group on a shared country alone', () => {
    expect(groupEvents([event('a', date('2015-12-07'), ['belarus']), event('b', date('2015-12-07'), ['belarus'])], broad)).toHaveLength(2);
  });

  it('does not group different dates, years alone, approximate dates or two statements of one story', () => {
    expect(groupEvents([event('a', date('2015-12-07'), ['varta']), event('b', date('2015-12-08'), ['varta'])], broad)).toHaveLength(2);
    expect(groupEvents([event('a', date('2015'), ['varta']), event('b', date('2015'), ['varta'])], broad)).toHaveLength(2);
    expect(groupEvents([event('a', date('2015-12', { approximate: true }), ['varta']), event('b', date('2015-12', { approximate: true }), ['varta'])], broad)).toHaveLength(2);
    expect(groupEvents([event('a', date('2015-12-07'), ['varta']), event('a', date('2015-12-07'), ['varta'])], broad)).toHaveLength(2);
  });
});
