import { afterEach, describe, expect, it, vi } from 'vitest';
import sharp from 'sharp';
import { CARD_SIZE, fitCard, inkInto, renderShareCardPng, TITLE_BOX } from '@/lib/og/share-card';
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

/** The card's pixels as RGB, and the colour at a point. */
async function pixels(png: Uint8Array) {
  const { data } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const at = (x: number, y: number) => `#${[...data.subarray((y * CARD_SIZE.width + x) * 3, (y * CARD_SIZE.width + x) * 3 + 3)].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
  const count = (colour: string, box: { left: number; top: number; width: number; height: number }) => {
    let n = 0;
    for (let y = box.top; y < box.top + box.height; y++) for (let x = box.left; x < box.left + box.width; x++) if (at(x, y) === colour) n++;
    return n;
  };
  return { at, count };
}

describe('the painted card', () => {
  const card = { kicker: 'STORY · 3 March 2024', title: 'Minsk plant hands new trucks to the army', footer: 'Test Outlet', lang: 'en' };

  it('is byte for byte the same when drawn again', async () => {
    const [a, b] = await Promise.all([renderShareCardPng(card), renderShareCardPng(card)]);
    const c = await renderShareCardPng(card);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(Buffer.from(a).equals(Buffer.from(c))).toBe(true);
  }, 30_000);

  it('has the dark ground, the footer rule, and text in the kicker’s amber and the headline’s white', async () => {
    const { at, count } = await pixels(await renderShareCardPng(card));
    expect(at(5, 5)).toBe('#0f172a');
    expect(at(CARD_SIZE.width - 5, CARD_SIZE.height - 5)).toBe('#0f172a');
    expect(at(600, 510)).toBe('#334155');
    expect(at(600, 511)).toBe('#334155');
    expect(at(600, 509)).toBe('#0f172a');
    // Solid strokes of the kicker (top band) and the headline (title box) in their own colours.
    expect(count('#fbbf24', { left: 0, top: 0, width: CARD_SIZE.width, height: TITLE_BOX.top })).toBeGreaterThan(200);
    expect(count('#f8fafc', TITLE_BOX)).toBeGreaterThan(2000);
    expect(count('#f8fafc', { left: 0, top: 0, width: CARD_SIZE.width, height: TITLE_BOX.top })).toBe(0);
  }, 30_000);
});

describe('inkInto', () => {
  it('lays only covered pixels, through the ramp, and clips what falls off the card', () => {
    const indices = new Uint8Array(CARD_SIZE.width * CARD_SIZE.height).fill(1);
    // A 3×2 RGBA image: alphas 0, 128, 255 / 255, 0, 64.
    const data = Buffer.from([0, 0, 0, 0, 0, 0, 0, 128, 0, 0, 0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 0, 0, 0, 64]);
    const ramp = new Uint8Array(256).map((_, alpha) => (alpha === 0 ? 0 : alpha < 100 ? 7 : 9));
    inkInto(indices, { data, width: 3, height: 2 }, 10, 20, ramp);
    const at = (x: number, y: number) => indices[y * CARD_SIZE.width + x];
    expect([at(10, 20), at(11, 20), at(12, 20), at(10, 21), at(11, 21), at(12, 21)]).toEqual([1, 9, 9, 9, 1, 7]);
    // Hanging off the right and bottom edges: the part inside is laid, nothing wraps to the next row.
    inkInto(indices, { data, width: 3, height: 2 }, CARD_SIZE.width - 2, CARD_SIZE.height - 1, ramp);
    expect([at(CARD_SIZE.width - 2, CARD_SIZE.height - 1), at(CARD_SIZE.width - 1, CARD_SIZE.height - 1)]).toEqual([1, 9]);
    expect(at(0, CARD_SIZE.height - 1)).toBe(1);
  });
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
