/**
 * Share cards in every script the archive meets: the headline is really drawn (ink in the
 * title box in proportion to its text, against a Latin card of about the same length),
 * right-to-left headlines start at the right, and text no bundled font covers stops the
 * card with the story named.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { renderShareCardPng, TITLE_BOX } from '@/lib/og/share-card';
import { writeShareCards } from '@/scripts/postbuild/share-cards';

/** Headlines written for these tests, each with the direction it is read in. */
const HEADLINES = [
  { script: 'Arabic', lang: 'ar', dir: 'rtl', title: 'مصنع في مينسك يسلّم شاحنات جديدة إلى الجيش' },
  { script: 'Persian', lang: 'fa', dir: 'rtl', title: 'کارخانه‌ای در مینسک کامیون‌های تازه تحویل داد' },
  { script: 'Hebrew', lang: 'he', dir: 'rtl', title: 'מפעל במינסק מסר משאיות חדשות לצבא השבוע' },
  { script: 'Devanagari', lang: 'hi', dir: 'ltr', title: 'मिन्स्क के कारख़ाने ने सेना को नए ट्रक सौंपे' },
  { script: 'Armenian', lang: 'hy', dir: 'ltr', title: 'Մինսկի գործարանը նոր բեռնատարներ է հանձնել' },
  { script: 'Georgian', lang: 'ka', dir: 'ltr', title: 'მინსკის ქარხანამ ჯარს ახალი სატვირთოები გადასცა' },
  { script: 'Thai', lang: 'th', dir: 'ltr', title: 'โรงงานในมินสค์ส่งมอบรถบรรทุกใหม่ให้กองทัพ' },
  { script: 'Hangul', lang: 'ko', dir: 'ltr', title: '민스크 공장, 군에 새 트럭 인도' },
  { script: 'Simplified Chinese', lang: 'zh', dir: 'ltr', title: '明斯克工厂向军队交付新型卡车' },
  { script: 'Japanese', lang: 'ja', dir: 'ltr', title: 'ミンスクの工場が軍に新型トラックを納入' },
] as const;

/** The Latin card each is measured against: a headline of about the same length in letters. */
const LATIN = 'Minsk plant hands new trucks to the army';

/** Ink in the title box: pixels much lighter than the card's dark ground, and the ink's left and right edges. */
async function titleInk(png: Uint8Array): Promise<{ ink: number; minX: number; maxX: number }> {
  const { data, info } = await sharp(png).extract(TITLE_BOX).greyscale().raw().toBuffer({ resolveWithObject: true });
  let ink = 0;
  let minX = info.width;
  let maxX = -1;
  for (let i = 0; i < data.length; i++) {
    if ((data[i] ?? 0) < 128) continue;
    ink++;
    const x = i % info.width;
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
  }
  return { ink, minX, maxX };
}

const card = (title: string, lang: string) => ({ kicker: 'STORY · 3 March 2024', title, footer: 'Test Outlet', lang });
const letters = (text: string) => text.match(/\p{L}/gu)?.length ?? 0;

describe('share cards in ten scripts', () => {
  const measured: string[] = [];
  afterAll(() => console.info(`card sizes and ink against the Latin card:\n${measured.join('\n')}`));

  for (const { script, lang, dir, title } of HEADLINES) {
    it(`draws a ${script} headline with ink in proportion to its text, ${dir === 'rtl' ? 'from the right' : 'from the left'}`, async () => {
      const [png, latinPng] = await Promise.all([renderShareCardPng(card(title, lang)), renderShareCardPng(card(LATIN, 'en'))]);
      const [ink, latin] = await Promise.all([titleInk(png), titleInk(latinPng)]);
      // Ink per letter, against the Latin card's: CJK glyphs are denser, Hebrew lighter, but a
      // blank box (0) or a stray dash (a few hundred pixels) is far outside this band.
      const ratio = ink.ink / letters(title) / (latin.ink / letters(LATIN));
      measured.push(`${script.padEnd(18)} ${String(png.byteLength).padStart(6)} B  ink/letter ×${ratio.toFixed(2)}`);
      expect(ratio).toBeGreaterThan(0.4);
      expect(ratio).toBeLessThan(4);
      expect(png.byteLength).toBeLessThanOrEqual(25 * 1024);
      // The headline starts at the box's start edge: the left for left-to-right, the right for right-to-left.
      if (dir === 'rtl') expect(TITLE_BOX.width - 1 - ink.maxX).toBeLessThan(12);
      else expect(ink.minX).toBeLessThan(12);
    }, 60_000);
  }

  it('lays a short right-to-left headline against the right edge, leaving the left empty', async () => {
    const { minX, maxX } = await titleInk(await renderShareCardPng(card('שלום לכולם', 'he')));
    expect(TITLE_BOX.width - 1 - maxX).toBeLessThan(12);
    expect(minX).toBeGreaterThan(TITLE_BOX.width / 2);
  }, 30_000);
});

describe('text no bundled font covers', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cards-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stops the card, naming the page, the story and the character', async () => {
    const cards = [{ path: '/og/articles/ethiopic-story/image.png', card: card('የሚንስክ ፋብሪካ አዲስ መኪናዎችን አስረከበ', 'am') }];
    await expect(writeShareCards(dir, cards)).rejects.toThrow(/share card \/og\/articles\/ethiopic-story\/image\.png \("የሚንስክ.*no bundled font has "የ" \(U\+12E8\)/);
  }, 30_000);
});
