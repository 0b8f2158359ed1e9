import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonLdFor, metadataFor, serialiseJsonLd } from '@/lib/seo';
import { makeArticle, makeEntity } from './support/articles';

const ORIGIN = 'https://archive.test';
beforeEach(() => vi.stubEnv('SITE_URL', ORIGIN));
afterEach(() => vi.unstubAllEnvs());

const stilet = makeEntity('stilet', 'STILET', 'weapon-system');
const belarus = makeEntity('belarus', 'Belarus', 'country');
const mzkt = makeEntity('mzkt', 'MZKT', 'organisation');
const ukraine = makeEntity('ukraine', 'Ukraine', 'country');

const story = makeArticle({
  slug: 'stilet-story',
  title: 'STILET goes to Ukraine',
  published: { value: '2017-09', precision: 'month' },
  modified: { value: '2017-10-02', precision: 'day' },
  author: 'Jane Writer',
  outlet: 'Example Daily',
  sourceUrl: 'https://example.org/original',
  paragraphs: ['Belarus and Ukraine keep working on the STILET air defence system despite everything that happened.'],
  entities: ['stilet', 'belarus', 'mzkt', 'ukraine'],
});
const storyRoute = { kind: 'article' as const, article: story, entities: [stilet, belarus, mzkt, ukraine] };

describe('metadataFor an article', () => {
  const meta = () => metadataFor(storyRoute);

  it('gives an absolute canonical URL on the configured origin', () => {
    expect(meta().alternates?.canonical).toBe(`${ORIGIN}/articles/stilet-story/`);
  });

  it('describes the story with a summary of its first paragraph', () => {
    expect(meta().description).toBe(story.body[0]?.text);
  });

  it('is an Open Graph article with its dates at their real precision, author and one tag per entity', () => {
    expect(meta().openGraph).toMatchObject({
      type: 'article',
      publishedTime: '2017-09',
      modifiedTime: '2017-10-02',
      authors: ['Jane Writer'],
      tags: ['STILET', 'Belarus', 'MZKT', 'Ukraine'],
      url: `${ORIGIN}/articles/stilet-story/`,
    });
  });

  it('points og:image and the large Twitter card at the story’s own 1200×630 PNG', () => {
    const image = { url: `${ORIGIN}/og/articles/stilet-story/image.png`, width: 1200, height: 630 };
    expect(meta().openGraph?.images).toEqual([expect.objectContaining(image)]);
    expect(meta().twitter).toMatchObject({ card: 'summary_large_image', images: [expect.objectContaining(image)] });
    const [og] = [meta().openGraph?.images].flat();
    expect(og && typeof og === 'object' && 'alt' in og ? og.alt : '').toContain('STILET goes to Ukraine');
  });

  it('lets the layout add the site name to a short title, drops it for a longer one, and cuts an overlong headline on a word', () => {
    expect(meta().title).toBe('STILET goes to Ukraine');
    const medium = makeArticle({ title: 'Minsk seeks to reduce military-technical dependence on Russia' });
    expect(metadataFor({ kind: 'article', article: medium, entities: [] }).title).toEqual({ absolute: medium.title.value });
    const long = makeArticle({ title: 'Expert: Lukashenko looking to use Ukraine’s military industry for his own military R&D' });
    const longMeta = metadataFor({ kind: 'article', article: long, entities: [] });
    expect(longMeta.title).toEqual({ absolute: 'Expert: Lukashenko looking to use Ukraine’s military industry for his…' });
    expect(longMeta.openGraph?.title).toBe(long.title.value);
  });

  it('omits published_time for an undated story instead of inventing one', () => {
    const undated = makeArticle({ published: { value: null, precision: 'none' } });
    const og = metadataFor({ kind: 'article', article: undated, entities: [] }).openGraph;
    expect(og && 'publishedTime' in og).toBe(false);
  });

  it('advertises the archive feeds for autodiscovery', () => {
    const types = meta().alternates?.types ?? {};
    expect(Object.keys(types).sort()).toEqual(['application/atom+xml', 'application/feed+json', 'application/rss+xml']);
    expect(JSON.stringify(types)).toContain(`${ORIGIN}/feeds/atom.xml`);
  });
});

describe('metadataFor other pages', () => {
  it('makes tag pages websites that advertise the tag’s own feeds and image', () => {
    const meta = metadataFor({ kind: 'tag', entity: stilet, articles: [story] });
    expect(meta.openGraph).toMatchObject({ type: 'website', url: `${ORIGIN}/tags/stilet/` });
    expect(JSON.stringify(meta.alternates?.types)).toContain(`${ORIGIN}/feeds/tags/stilet/rss.xml`);
    expect(JSON.stringify(meta.openGraph?.images)).toContain(`${ORIGIN}/og/tags/stilet/image.png`);
    expect(meta.description).toMatch(/^1 story about STILET/);
  });

  it('gives a numbered page of a tag its own canonical URL and title, and describes it by the stories it holds, with no total', () => {
    const meta = metadataFor({ kind: 'tag', entity: stilet, articles: [story], page: 2, range: { first: 21, last: 25 } });
    expect(meta.alternates?.canonical).toBe(`${ORIGIN}/tags/stilet/page/2/`);
    expect(meta.title).toMatch(/STILET.*page 2/);
    expect(meta.description).toMatch(/^Stories 21–25 about STILET, counted from the oldest/);
    // Page 1 counts from the oldest too: its own URL and title, not the tag's first page.
    const one = metadataFor({ kind: 'tag', entity: stilet, articles: [story], page: 1, range: { first: 1, last: 20 } });
    expect(one.alternates?.canonical).toBe(`${ORIGIN}/tags/stilet/page/1/`);
    expect(one.title).toMatch(/STILET.*page 1/);
  });

  it('counts all the tag’s stories on its first page', () => {
    const meta = metadataFor({ kind: 'tag', entity: stilet, articles: [story], total: 25 });
    expect(meta.alternates?.canonical).toBe(`${ORIGIN}/tags/stilet/`);
    expect(meta.description).toMatch(/^25 stories about STILET/);
  });

  it('describes a later page of a year’s stories with its own canonical URL and the archive’s feeds', () => {
    const meta = metadataFor({ kind: 'timeline', articles: [story], year: 2005, page: 3, range: { first: 41, last: 60 } });
    expect(meta.alternates?.canonical).toBe(`${ORIGIN}/timeline/2005/page/3/`);
    expect(meta.title).toBe('Timeline: 2005 (page 3)');
    expect(JSON.stringify(meta.alternates?.types)).toContain(`${ORIGIN}/feeds/atom.xml`);
  });

  it('describes a year’s or the undated stories’ page by the stories it holds, counted from the oldest, with no archive total', () => {
    const meta = metadataFor({ kind: 'timeline', articles: [story], year: 2005, page: 1, range: { first: 1, last: 20 } });
    expect(meta.alternates?.canonical).toBe(`${ORIGIN}/timeline/2005/`);
    expect(meta.description).toMatch(/^Stories 1–20 of the stories of 2005, counted from the oldest/);
    const undated = metadataFor({ kind: 'timeline', articles: [story], year: null, page: 2, range: { first: 21, last: 25 } });
    expect(undated.alternates?.canonical).toBe(`${ORIGIN}/timeline/undated/page/2/`);
    expect(undated.title).toBe('Timeline: Undated (page 2)');
    expect(metadataFor({ kind: 'timeline', articles: [story], total: 45 }).alternates?.canonical).toBe(`${ORIGIN}/timeline/`);
  });

  it("describes a later page of a year's events by the events it holds, with no archive total", () => {
    const meta = metadataFor({ kind: 'events', year: 2005, page: 3, range: { first: 81, last: 120 } });
    expect(meta.alternates?.canonical).toBe(`${ORIGIN}/events/2005/page/3/`);
    expect(meta.description).toMatch(/^Dated statements 81–120 of 2005 /);
    expect(meta.title).toBe('Events of 2005 (page 3)');
  });

  it('keeps a redirect stub out of indexes and canonicalises it to the current URL', () => {
    const meta = metadataFor({ kind: 'redirect', from: 'old-slug', article: story });
    expect(meta.alternates?.canonical).toBe(`${ORIGIN}/articles/stilet-story/`);
    expect(meta.robots).toMatchObject({ index: false });
    expect(meta.title).toBe('Moved: STILET goes to Ukraine');
  });

  it('uses SITE_URL at call time, so a deploy origin changes every URL', () => {
    vi.stubEnv('SITE_URL', 'https://other.example');
    expect(metadataFor({ kind: 'home' }).alternates?.canonical).toBe('https://other.example/');
  });
});

describe('jsonLdFor', () => {
  it("names the story's source file without the folder the build read it from", () => {
    for (const sourceFile of ['/tmp/bench-archive/articles/900_test.txt', 'content/articles/900_test.txt', 'C:\\archive\\articles\\900_test.txt']) {
      const [article] = jsonLdFor({ ...storyRoute, article: { ...story, sourceFile } });
      expect(article).toMatchObject({ isBasedOn: { '@type': 'CreativeWork', name: '900_test.txt' } });
    }
  });

  it('describes a story as a NewsArticle with dates, author, source organisation, image and entities', () => {
    const [article, crumbs] = jsonLdFor(storyRoute);
    expect(article).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'STILET goes to Ukraine',
      datePublished: '2017-09',
      dateModified: '2017-10-02',
      author: { '@type': 'Person', name: 'Jane Writer' },
      sourceOrganization: { name: 'Example Daily' },
      image: { url: `${ORIGIN}/og/articles/stilet-story/image.png`, width: 1200, height: 630 },
      isBasedOn: { name: '900_test.txt', url: 'https://example.org/original' },
    });
    const things = [article?.about, article?.mentions].flat();
    expect(things).toHaveLength(4);
    expect(things).toContainEqual(expect.objectContaining({ name: 'MZKT', url: `${ORIGIN}/tags/mzkt/`, '@type': 'Organization' }));
    expect(crumbs?.['@type']).toBe('BreadcrumbList');
  });

  it('bounds a long read’s mentions: the three most salient are about, the next twelve mentions, the rest left to the page', () => {
    const many = Array.from({ length: 35 }, (_, i) => makeEntity(`e${i}`, `Entity ${i}`, 'place'));
    const [article] = jsonLdFor({ kind: 'article', article: story, entities: many });
    const names = (things: unknown) => (Array.isArray(things) ? things.map((t) => (t && typeof t === 'object' && 'name' in t ? t.name : null)) : []);
    expect(names(article?.about)).toEqual(['Entity 0', 'Entity 1', 'Entity 2']);
    expect(names(article?.mentions)).toEqual(Array.from({ length: 12 }, (_, i) => `Entity ${i + 3}`));
  });

  it('lists a tag page’s stories in an ItemList inside a CollectionPage, with breadcrumbs through the tag index', () => {
    const [page, crumbs] = jsonLdFor({ kind: 'tag', entity: stilet, articles: [story] });
    expect(page).toMatchObject({
      '@type': 'CollectionPage',
      mainEntity: { '@type': 'ItemList', itemListElement: [{ position: 1, url: `${ORIGIN}/articles/stilet-story/` }] },
    });
    expect(JSON.stringify(crumbs)).toContain(`${ORIGIN}/tags/`);
    // Position and URL only: the headline is on the story's own page (and on this one).
    const list = page?.mainEntity;
    expect(list && typeof list === 'object' && !Array.isArray(list) ? list.itemListElement : null).toEqual([{ '@type': 'ListItem', position: 1, url: `${ORIGIN}/articles/stilet-story/` }]);
  });

  it('walks the breadcrumbs of a later tag page through the tag’s first page', () => {
    const [, crumbs] = jsonLdFor({ kind: 'tag', entity: stilet, articles: [story], page: 3 });
    const items = crumbs?.itemListElement;
    expect(Array.isArray(items) ? items.map((i) => (i && typeof i === 'object' && 'item' in i ? i.item : null)) : []).toEqual([
      `${ORIGIN}/`,
      `${ORIGIN}/tags/`,
      `${ORIGIN}/tags/stilet/`,
      `${ORIGIN}/tags/stilet/page/3/`,
    ]);
  });

  it('gives the home page a WebSite and no breadcrumbs', () => {
    const blocks = jsonLdFor({ kind: 'home' });
    expect(blocks.map((b) => b['@type'])).toEqual(['WebSite']);
  });
});

describe('serialiseJsonLd', () => {
  it('escapes markup so text cannot close the script, and still parses back to the same data', () => {
    const data = { headline: '</script><script>alert(1)</script> & <!--' };
    const out = serialiseJsonLd(data);
    expect(out).not.toMatch(/[<>&]/);
    expect(JSON.parse(out)).toEqual(data);
  });
});
