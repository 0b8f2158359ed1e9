import { afterEach, describe, expect, it, vi } from 'vitest';
import { CARD_SIZE, fitCard, renderShareCardPng } from '@/lib/og/share-card';
import { articleCard, tagCard } from '@/lib/og/cards';
import { makeArticle, makeEntity } from '../support/articles';

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  expect([...bytes.slice(0, 8)]).toEqual(signature);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

afterEach(() => vi.unstubAllGlobals());

describe('renderShareCardPng', () => {
  it('renders a Cyrillic title with emoji to a 1200×630 PNG without touching the network', async () => {
    // The renderer fetches its own wasm from data: URLs; anything else would be the network.
    const realFetch = globalThis.fetch;
    const network: string[] = [];
    vi.stubGlobal('fetch', (input: string | URL | Request, init?: RequestInit) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url.startsWith('data:')) return realFetch(input, init);
      network.push(url);
      return Promise.reject(new Error('network is off in tests'));
    });
    const article = makeArticle({ title: 'Беларусь і Украіна 🚀 развіваюць «Стылет» ✈️', outlet: 'Наша Ніва', published: { value: '2019-05', precision: 'month' } });
    const bytes = await renderShareCardPng(articleCard(article));
    expect(pngSize(bytes)).toEqual(CARD_SIZE);
    expect(network).toEqual([]);
  }, 30_000);

  it('draws different pixels for different titles, so the title is really on the card', async () => {
    const a = await renderShareCardPng(tagCard(makeEntity('x', 'Мінск'), 2));
    const b = await renderShareCardPng(tagCard(makeEntity('x', 'Гомель'), 2));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  }, 30_000);

  it('writes a palette PNG of at most 25 KB for a typical story card', async () => {
    const article = makeArticle({
      title: 'Minsk Wheeled Tractor Plant ships a new six-axle chassis for air defence systems to a partner abroad',
      outlet: 'Belarusian Telegraph Agency',
      published: { value: '2021-09-14', precision: 'day' },
    });
    const bytes = await renderShareCardPng(articleCard(article));
    expect(pngSize(bytes)).toEqual(CARD_SIZE);
    // IHDR colour type (byte 25): 3 is an indexed (palette) image.
    expect(bytes[25]).toBe(3);
    expect(bytes.byteLength).toBeLessThanOrEqual(25 * 1024);
  }, 30_000);
});

describe('cards', () => {
  it('show a story’s date only at its real precision', () => {
    expect(articleCard(makeArticle({ published: { value: '2019-05', precision: 'month' } })).kicker).toBe('STORY · May 2019');
    expect(articleCard(makeArticle({ published: { value: null, precision: 'none' } })).kicker).toBe('STORY · Date unknown');
  });

  it('fall back to the site name when a title is only emoji', () => {
    expect(fitCard(articleCard(makeArticle({ title: '🚀🔥' }))).title).toBe('Belarus Defence Archive');
  });

  it('keep a title in any script, without its emoji', () => {
    expect(fitCard(articleCard(makeArticle({ title: '明斯克工厂 🚀 交付' }))).title).toBe('明斯克工厂 交付');
  });

  it('count a tag’s stories', () => {
    expect(tagCard(makeEntity('stilet', 'STILET', 'weapon-system'), 1)).toEqual({ kicker: 'TAG · Weapon system', title: 'STILET', footer: '1 story' });
  });
});
