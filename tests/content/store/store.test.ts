import { describe, expect, it } from 'vitest';
import { archive as archiveSchema, type Archive, type Article } from '@/lib/content/schema';
import { buildStore } from '@/lib/content/store/store';
import { RELATED_LIMIT, relatedSearch, windowAround } from '@/lib/content/store/joins';
import { makeArticle } from '../../support/article';

/** A small deterministic pseudo-random sequence, so the archive is the same on every run. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const ENTITIES = ['belarus', 'china', 'russia', 'polonez', 'mzkt', 'minsk', 'ukraine', 'lukashenko'];

/** `n` stories with dates at every precision (ties included), entities with saliences exact in binary, some old slugs and parents. */
function smallArchive(n: number, seed: number): Archive {
  const next = random(seed);
  const pick = (k: number) => Math.floor(next() * k);
  const articles: Article[] = [];
  for (let i = 0; i < n; i++) {
    const year = 2010 + pick(4);
    const month = String(1 + pick(3)).padStart(2, '0');
    const day = String(1 + pick(3)).padStart(2, '0');
    const date = [null, `${year}`, `${year}-${month}`, `${year}-${month}-${day}`, `${year}-${month}-${day}`][pick(5)] ?? null;
    const tags = ENTITIES.filter(() => next() < 0.3);
    // One tag the gazetteer does not know: it must never resolve to an entity.
    if (i % 9 === 0) tags.push('ghost');
    articles.push(
      makeArticle(`s${String(i).padStart(3, '0')}`, {
        date,
        previousSlugs: i % 10 === 3 ? [`old-${i}`] : [],
        derivedFrom: i % 8 === 5 ? `s${String(i - 1).padStart(3, '0')}` : null,
        entities: tags.map((slug) => ({ slug, mentions: 1, salience: (1 + pick(8)) / 8 })),
      }),
    );
  }
  const entities = ENTITIES.map((slug) => ({
    slug,
    name: slug.toUpperCase(),
    type: 'country' as const,
    aliases: [],
    description: `About ${slug}.`,
    articles: articles.filter((a) => a.entities.some((e) => e.slug === slug)).map((a) => a.id),
  })).filter((e) => e.articles.length > 0);
  // Handed over in id order, not publication order: the store orders them itself.
  return archiveSchema.parse({ articles, entities, rejected: [], notices: [] });
}

/** Publication order written independently of lib/content: a zero-padded date key, descending; undated last; ties by id. */
function expectedOrder(articles: readonly Article[]): Article[] {
  const key = (a: Article) => {
    const [y = '0000', m = '00', d = '00'] = (a.datePublished.value ?? '').split('-');
    return a.datePublished.value === null ? '' : `${y}${m}${d}`;
  };
  return [...articles].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka !== kb) return ka === '' ? 1 : kb === '' ? -1 : ka > kb ? -1 : 1;
    return a.id < b.id ? -1 : 1;
  });
}

const tagsOf = (a: Article) => new Set(a.entities.map((e) => e.slug));

describe('the archive store', () => {
  const archive = smallArchive(70, 7);
  const store = buildStore(archive);
  const order = expectedOrder(archive.articles);
  const known = new Set(archive.entities.map((e) => e.slug));

  it('orders a hand-written set of dates newest first, days before their month, month before its year, undated last', () => {
    const hand = [
      makeArticle('b', { date: '2016' }),
      makeArticle('c', { date: null }),
      makeArticle('d', { date: '2016-06' }),
      makeArticle('e', { date: '2016-06-21' }),
      makeArticle('a', { date: '2016-06-21' }),
      makeArticle('f', { date: '2015-12-31' }),
      makeArticle('g', { date: null }),
    ];
    const small = buildStore(archiveSchema.parse({ articles: hand, entities: [], rejected: [], notices: [] }));
    expect(small.articles.map((a) => a.id)).toEqual(['a', 'e', 'd', 'b', 'f', 'c', 'g']);
  });

  it('serves every story in publication order, with its position', () => {
    expect(store.articles.map((a) => a.id)).toEqual(order.map((a) => a.id));
    order.forEach((a, i) => expect(store.position.get(a.id)).toBe(i));
  });

  it('finds every story by slug, id and previous slug', () => {
    for (const a of archive.articles) {
      expect(store.bySlug.get(a.slug)?.id).toBe(a.id);
      expect(store.byId.get(a.id)?.id).toBe(a.id);
      for (const old of a.previousSlugs) expect(store.byPreviousSlug.get(old)?.id).toBe(a.id);
    }
    const allOld = archive.articles.flatMap((a) => a.previousSlugs.map((from) => ({ from, to: a.slug })));
    expect([...store.redirects].sort((x, y) => (x.from < y.from ? -1 : 1))).toEqual(allOld.sort((x, y) => (x.from < y.from ? -1 : 1)));
    expect(store.bySlug.get('no-such-story')).toBeUndefined();
  });

  it('lists each entity’s stories in publication order', () => {
    for (const slug of [...ENTITIES, 'ghost']) {
      const expected = order.filter((a) => tagsOf(a).has(slug)).map((a) => a.id);
      expect((store.storiesOf.get(slug) ?? []).map((a) => a.id)).toEqual(expected);
    }
  });

  it('resolves each story’s entities in its salience order, leaving out tags the gazetteer lacks', () => {
    for (const a of archive.articles) {
      const expected = a.entities.map((e) => e.slug).filter((s) => known.has(s));
      expect(store.joins.get(a.id)?.entities.map((e) => e.slug)).toEqual(expected);
    }
  });

  it('links each story to its parent when it was cut from one', () => {
    for (const a of archive.articles) {
      const parent = archive.articles.find((p) => p.id === a.derivedFrom) ?? null;
      expect(store.joins.get(a.id)?.parent?.id ?? null).toBe(parent?.id ?? null);
    }
  });

  it('gives each dated story the next older and newer dated stories, and undated stories none', () => {
    const dated = order.filter((a) => a.datePublished.value !== null);
    for (const a of archive.articles) {
      const i = dated.findIndex((d) => d.id === a.id);
      const expected = i === -1 ? { older: null, newer: null } : { older: dated[i + 1]?.id ?? null, newer: dated[i - 1]?.id ?? null };
      const got = store.joins.get(a.id)?.adjacent;
      expect({ older: got?.older?.id ?? null, newer: got?.newer?.id ?? null }).toEqual(expected);
    }
  });

  it('ranks related stories as a scan of every pair would: most shared, then strongest overlap, then newest', () => {
    for (const a of archive.articles) {
      const mine = new Map(a.entities.map((e) => [e.slug, e.salience]));
      const expected = order
        .filter((b) => b.id !== a.id)
        .map((b) => {
          const theirs = new Map(b.entities.map((e) => [e.slug, e.salience]));
          const shared = a.entities.map((e) => e.slug).filter((s) => theirs.has(s));
          const score = shared.reduce((sum, s) => sum + Math.min(mine.get(s) ?? 0, theirs.get(s) ?? 0), 0);
          return { id: b.id, shared, score, at: order.indexOf(b) };
        })
        .filter((r) => r.shared.length > 0)
        .sort((x, y) => y.shared.length - x.shared.length || y.score - x.score || x.at - y.at)
        .slice(0, RELATED_LIMIT)
        .map(({ id, shared, score }) => ({ id, shared, score }));
      const got = (store.joins.get(a.id)?.related ?? []).map((r) => ({ id: r.article.id, shared: r.shared, score: r.score }));
      expect(got).toEqual(expected);
    }
  });

  it('with a narrow window, still scores every candidate it finds over all of its entities', () => {
    const search = relatedSearch(order, RELATED_LIMIT, 4);
    order.forEach((a, at) => {
      for (const r of search(at)) {
        const theirs = new Map(r.article.entities.map((e) => [e.slug, e.salience]));
        const shared = a.entities.filter((e) => theirs.has(e.slug));
        expect(r.shared).toEqual(shared.map((e) => e.slug));
        expect(r.score).toBe(shared.reduce((sum, e) => sum + Math.min(e.salience, theirs.get(e.slug) ?? 0), 0));
        // Found through the window of some shared entity: within a few places of the story among that entity's stories.
        const near = shared.some((e) => {
          const list = order.filter((b) => tagsOf(b).has(e.slug));
          return Math.abs(list.indexOf(r.article) - list.findIndex((b) => order.indexOf(b) >= at)) <= 4;
        });
        expect(near).toBe(true);
      }
    });
    // The window did narrow the search somewhere, so the checks above were not of the full search.
    const ids = (rs: readonly { article: Article }[]) => rs.map((r) => r.article.id).join();
    expect(order.some((a, at) => ids(search(at)) !== ids(store.joins.get(a.id)?.related ?? []))).toBe(true);
  });

  it('counts co-occurring entities as a count over every story would', () => {
    for (const x of known) {
      const expected = [...known]
        .filter((y) => y !== x)
        .map((y) => ({ slug: y, count: archive.articles.filter((a) => tagsOf(a).has(x) && tagsOf(a).has(y)).length }))
        .filter((r) => r.count > 0)
        .sort((p, q) => q.count - p.count || (p.slug < q.slug ? -1 : 1));
      expect((store.coOccurring.get(x) ?? []).map((r) => ({ slug: r.entity.slug, count: r.count }))).toEqual(expected);
    }
    expect(store.coOccurring.has('ghost')).toBe(false);
  });

  it('counts each entity’s stories per year, oldest first, and its undated ones', () => {
    for (const slug of known) {
      const mine = archive.articles.filter((a) => tagsOf(a).has(slug));
      const years = [...new Set(mine.flatMap((a) => (a.datePublished.value ? [Number(a.datePublished.value.slice(0, 4))] : [])))].sort((a, b) => a - b);
      const expected = years.map((year) => ({ year, count: mine.filter((a) => a.datePublished.value?.startsWith(String(year))).length }));
      expect(store.years.get(slug)).toEqual({ counts: expected, undated: mine.filter((a) => a.datePublished.value === null).length });
    }
  });

  it('covers every case the joins distinguish', () => {
    // Guards the fixture itself: a change of seed must not leave a join untested.
    expect(order.filter((a) => a.datePublished.value === null).length).toBeGreaterThan(2);
    expect(new Set(order.map((a) => a.datePublished.precision)).size).toBe(4);
    expect(archive.articles.some((a) => (store.joins.get(a.id)?.related.length ?? 0) === RELATED_LIMIT)).toBe(true);
    expect(archive.articles.some((a) => a.entities.length > 0 && store.joins.get(a.id)?.related.length === 0)).toBe(false);
    expect(archive.articles.filter((a) => store.joins.get(a.id)?.parent).length).toBeGreaterThan(3);
  });

  it('computes the joins, companions and year counts a page asks for, the same whatever else was asked before', () => {
    // One store read in full, in its own order; another read backwards, every other key, then the rest.
    const full = buildStore(archive);
    const ids = [...full.joins.keys()];
    const slugs = [...full.coOccurring.keys()];
    const expected = { joins: [...full.joins], coOccurring: [...full.coOccurring], years: [...full.years] };
    const lazy = buildStore(archive);
    const odd = <T>(keys: readonly T[]) => [...keys.filter((_, i) => i % 2 === 1).reverse(), ...keys.filter((_, i) => i % 2 === 0)];
    for (const id of odd(ids)) expect(lazy.joins.get(id)).toEqual(expected.joins.find(([k]) => k === id)?.[1]);
    for (const slug of odd(slugs)) expect(lazy.coOccurring.get(slug)).toEqual(expected.coOccurring.find(([k]) => k === slug)?.[1]);
    for (const slug of odd([...full.years.keys()])) expect(lazy.years.get(slug)).toEqual(expected.years.find(([k]) => k === slug)?.[1]);
    // Its keys are the stories and the tagging entities, listed before anything is computed, in publication order.
    expect(ids).toEqual(order.map((a) => a.id));
    expect(new Set(slugs)).toEqual(new Set([...known].filter((slug) => archive.articles.some((a) => tagsOf(a).has(slug)))));
    // A value is computed once: asked again, the same object.
    const first = order[0]?.id ?? '';
    expect(lazy.joins.get(first)).toBe(lazy.joins.get(first));
    expect(lazy.joins.get('no-such-story')).toBeUndefined();
  });

  it('is read-only', () => {
    expect(Object.isFrozen(store)).toBe(true);
    expect(Object.isFrozen(store.articles)).toBe(true);
    expect(Object.isFrozen(store.joins.get(order[0]?.id ?? ''))).toBe(true);
  });
});

describe('windowAround', () => {
  // An entity's stories sit at every third position of a larger order.
  const list = Int32Array.from({ length: 30 }, (_, i) => i * 3);
  const positions = (at: number) => {
    const [from, to] = windowAround(list, at, 6);
    return [...list.slice(from, to)];
  };

  it('takes the whole list when it is no longer than the window', () => {
    expect(windowAround(list, 40, 30)).toEqual([0, 30]);
  });

  it('takes the stories nearest the position, clamped at both ends', () => {
    expect(positions(45)).toEqual([36, 39, 42, 45, 48, 51]);
    expect(positions(0)).toEqual([0, 3, 6, 9, 12, 15]);
    expect(positions(1000)).toEqual([72, 75, 78, 81, 84, 87]);
  });
});
