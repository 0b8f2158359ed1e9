import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PublishedCard, ShareCard } from '@/lib/og/cards';
import { cardKey } from '@/scripts/postbuild/share-card-cache';
import { fillCardCache, writeShareCards } from '@/scripts/postbuild/share-cards';

/** A stand-in renderer that counts its calls and draws each card as its own text, so copies can be told apart. */
function countingRender() {
  const calls: string[] = [];
  const render = async (card: ShareCard) => {
    calls.push(card.title);
    return new TextEncoder().encode(`${card.kicker}|${card.title}|${card.footer}`);
  };
  return { calls, render };
}

const cards = (titles: string[]): PublishedCard[] => titles.map((title, i) => ({ path: `/og/articles/s${i}/image.png`, card: { kicker: 'STORY', title, footer: 'Outlet' } }));

describe('share cards with a cache', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'card-cache-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('renders each card once, then copies unchanged cards from the cache with the same bytes', async () => {
    const cacheDir = path.join(root, 'cache');
    const first = countingRender();
    await writeShareCards(path.join(root, 'a'), cards(['One', 'Two', 'Three']), { cacheDir, render: first.render });
    expect(first.calls.sort()).toEqual(['One', 'Three', 'Two']);
    const second = countingRender();
    const summary = await writeShareCards(path.join(root, 'b'), cards(['One', 'Two changed', 'Three']), { cacheDir, render: second.render });
    expect(second.calls).toEqual(['Two changed']);
    expect(summary).toContain('1 rendered');
    expect(summary).toContain('2 unchanged');
    expect(readFileSync(path.join(root, 'b', 'og/articles/s0/image.png'), 'utf8')).toBe('STORY|One|Outlet');
    expect(readFileSync(path.join(root, 'b', 'og/articles/s1/image.png'), 'utf8')).toBe('STORY|Two changed|Outlet');
  });

  it('fills the cache with the missing cards only, and the post-build then copies every one', async () => {
    const cacheDir = path.join(root, 'cache');
    await writeShareCards(path.join(root, 'a'), cards(['One']), { cacheDir, render: countingRender().render });
    const filler = countingRender();
    expect(await fillCardCache(cards(['One', 'Two', 'Three']), cacheDir, filler.render)).toBe(2);
    expect(filler.calls.sort()).toEqual(['Three', 'Two']);
    // The filler writes the cache only: no export folder, no temporary names left.
    expect(readdirSync(root).sort()).toEqual(['a', 'cache']);
    expect(readdirSync(cacheDir).every((name) => /^[0-9a-f]{64}\.png$/.test(name))).toBe(true);
    const post = countingRender();
    const summary = await writeShareCards(path.join(root, 'b'), cards(['One', 'Two', 'Three']), { cacheDir, render: post.render });
    expect(post.calls).toEqual([]);
    expect(summary).toContain('3 unchanged');
    expect(readFileSync(path.join(root, 'b', 'og/articles/s2/image.png'), 'utf8')).toBe('STORY|Three|Outlet');
  });

  it('keeps only the cards the last build used', async () => {
    const cacheDir = path.join(root, 'cache');
    await writeShareCards(path.join(root, 'a'), cards(['One', 'Two']), { cacheDir, render: countingRender().render });
    await writeShareCards(path.join(root, 'b'), cards(['One']), { cacheDir, render: countingRender().render });
    expect(readdirSync(cacheDir)).toHaveLength(1);
  });

  it('keys a card by every field it draws, the renderer and the site address', () => {
    const card = { kicker: 'STORY', title: 'One', footer: 'Outlet' };
    const key = cardKey(card, 'renderer-1', 'https://a.test');
    expect(cardKey({ ...card }, 'renderer-1', 'https://a.test')).toBe(key);
    for (const other of [
      cardKey({ ...card, kicker: 'TAG' }, 'renderer-1', 'https://a.test'),
      cardKey({ ...card, footer: 'Other' }, 'renderer-1', 'https://a.test'),
      cardKey({ ...card, lang: 'ru' }, 'renderer-1', 'https://a.test'),
      cardKey(card, 'renderer-2', 'https://a.test'),
      cardKey(card, 'renderer-1', 'https://b.test'),
    ])
      expect(other).not.toBe(key);
  });
});
