import { parseFeed } from '@rowanmanning/feed-parser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '@/lib/content/schema';
import { paths } from '@/lib/paths';
import { escapeHtml, FEED_CATEGORIES_MAX, renderFeed, TAG_FEED_CATEGORIES_MAX, type FeedSpec } from '@/lib/feeds/render-feed';
import { makeArticle, makeEntity } from '../support/articles';
import { jsonFeed } from './json-feed';

const ORIGIN = 'https://archive.test';
beforeEach(() => vi.stubEnv('SITE_URL', ORIGIN));
afterEach(() => vi.unstubAllEnvs());

const stilet = makeEntity('stilet', 'STILET', 'weapon-system');
const dayStory = makeArticle({ id: '1', slug: 'day-story', title: 'Day story', published: { value: '2017-09-18', precision: 'day' }, author: 'A. Writer', entities: ['stilet'] });
const monthStory = makeArticle({ id: '2', slug: 'month-story', title: 'Month story', published: { value: '2016-03', precision: 'month' } });
const undatedStory = makeArticle({
  id: '3',
  slug: 'undated-story',
  title: 'Undated <story> & co',
  published: { value: null, precision: 'none' },
  paragraphs: ['<script>alert(1)</script> is plain text here.'],
});

const spec = (articles: Article[]): FeedSpec => ({
  title: 'Test feed',
  description: 'A feed for tests',
  pagePath: '/',
  feeds: paths.feeds(),
  articles,
  fullText: true,
  entitiesOf: (a) => (a.entities.some((e) => e.slug === 'stilet') ? [stilet] : []),
});
const all = spec([dayStory, monthStory, undatedStory]);

describe('the Atom feed', () => {
  const feed = () => parseFeed(renderFeed(all, 'atom'));

  it('parses as Atom with one entry per story, linking to absolute story URLs', () => {
    const parsed = feed();
    expect(parsed.meta.type).toBe('atom');
    expect(parsed.items.map((i) => i.url)).toEqual([
      `${ORIGIN}/articles/day-story/`,
      `${ORIGIN}/articles/month-story/`,
      `${ORIGIN}/articles/undated-story/`,
    ]);
    expect(parsed.self).toBe(`${ORIGIN}/feeds/atom.xml`);
  });

  it('dates a day-precise story on its day and a month-only story on the first of the month, saying so', () => {
    const [day, month] = feed().items;
    expect(day?.published?.toISOString()).toBe('2017-09-18T00:00:00.000Z');
    expect(month?.published?.toISOString()).toBe('2016-03-01T00:00:00.000Z');
    expect(month?.content).toContain('only the month is known');
    expect(day?.content).not.toContain('only the');
  });

  it('gives an undated story no published date and an updated stamp equal to the feed’s, and says the date is unknown', () => {
    const parsed = feed();
    const undated = parsed.items[2];
    expect(undated?.published).toBeNull();
    expect(undated?.updated?.getTime()).toBe(parsed.updated?.getTime());
    expect(undated?.content).toContain('Date unknown');
  });

  it('stamps the feed with its newest story, not the build clock, so output is reproducible', () => {
    expect(feed().updated?.toISOString()).toBe('2017-09-18T00:00:00.000Z');
    expect(renderFeed(all, 'atom')).toBe(renderFeed(all, 'atom'));
  });

  it('carries authors and entity categories', () => {
    const [day] = feed().items;
    expect(day?.authors.map((a) => a.name)).toEqual(['A. Writer']);
    expect(day?.categories.map((c) => c.label ?? c.term)).toContain('STILET');
  });

  it('escapes story text so markup in a seed stays text', () => {
    // The parser decodes entities in HTML content, so check the raw document for the escaping.
    const xml = renderFeed(all, 'atom');
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(xml).not.toContain('<script>');
    expect(feed().items[2]?.title).toBe('Undated <story> & co');
  });
});

describe('a tag’s feed (summaries)', () => {
  const paragraphs = ['The first paragraph says what happened in a sentence long enough to be a summary of the whole story.', 'A second paragraph with DETAIL-ONLY-HERE that only the full text carries.'];
  const long = makeArticle({ id: '9', slug: 'long-story', title: 'Long story', published: { value: '2016-03', precision: 'month' }, paragraphs });
  const many = Array.from({ length: 30 }, (_, i) => makeEntity(`e${i}`, `Entity ${i}`, 'place'));
  const summaries: FeedSpec = { ...spec([long]), fullText: false, entitiesOf: () => many };

  it('carries the summary and the date note but not the rest of the story', () => {
    const [item] = parseFeed(renderFeed(summaries, 'atom')).items;
    expect(item?.content).toContain('The first paragraph says what happened');
    expect(item?.content).toContain('only the month is known');
    expect(item?.content).not.toContain('DETAIL-ONLY-HERE');
    expect(parseFeed(renderFeed({ ...summaries, fullText: true }, 'atom')).items[0]?.content).toContain('DETAIL-ONLY-HERE');
  });

  it('lists at most TAG_FEED_CATEGORIES_MAX of an entry’s entities (the archive’s feed FEED_CATEGORIES_MAX), the most salient first', () => {
    const [item] = parseFeed(renderFeed(summaries, 'atom')).items;
    expect(item?.categories.map((c) => c.label ?? c.term)).toEqual(['Entity 0', 'Entity 1', 'Entity 2', 'Entity 3', 'Entity 4']);
    expect(TAG_FEED_CATEGORIES_MAX).toBe(5);
    const [full] = parseFeed(renderFeed({ ...summaries, fullText: true }, 'atom')).items;
    expect(full?.categories.map((c) => c.label ?? c.term)).toEqual(Array.from({ length: FEED_CATEGORIES_MAX }, (_, i) => `Entity ${i}`));
  });

  it('does not repeat the summary beside the content, in any format', () => {
    const text = 'The first paragraph says what happened';
    const count = (feed: string) => feed.split(text).length - 1;
    expect(count(renderFeed(summaries, 'atom'))).toBe(1);
    expect(count(renderFeed(summaries, 'rss'))).toBe(1);
    expect(count(renderFeed(summaries, 'json'))).toBe(1);
    // The archive's full-text feed keeps its summary: the first paragraph twice.
    expect(count(renderFeed({ ...summaries, fullText: true }, 'atom'))).toBe(2);
    expect(parseFeed(renderFeed(summaries, 'rss')).items[0]?.content).toContain(text);
  });
});

describe('the RSS feed', () => {
  it('parses as RSS 2.0 with pubDates for dated stories and none for the undated one', () => {
    const parsed = parseFeed(renderFeed(all, 'rss'));
    expect(parsed.meta.type).toBe('rss');
    expect(parsed.items.map((i) => i.title)).toEqual(['Day story', 'Month story', 'Undated <story> & co']);
    expect(parsed.items[0]?.published?.toISOString()).toBe('2017-09-18T00:00:00.000Z');
    expect(parsed.items[1]?.published?.toISOString()).toBe('2016-03-01T00:00:00.000Z');
    expect(parsed.items[2]?.published).toBeNull();
    expect(parsed.items[0]?.url).toBe(`${ORIGIN}/articles/day-story/`);
  });
});

describe('the JSON feed', () => {
  it('matches JSON Feed 1.1 and leaves date fields off the undated story', () => {
    const parsed = jsonFeed.parse(JSON.parse(renderFeed(all, 'json')));
    expect(parsed.feed_url).toBe(`${ORIGIN}/feeds/feed.json`);
    expect(parsed.items.map((i) => i.date_published ?? null)).toEqual(['2017-09-18T00:00:00.000Z', '2016-03-01T00:00:00.000Z', null]);
    expect(parsed.items[2]?.date_modified).toBeUndefined();
    expect(parsed.items[0]?.tags).toEqual(['STILET']);
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
