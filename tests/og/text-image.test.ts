import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { markWordBreaks, renderText, topRows } from '@/lib/og/text-image';

const ZWSP = '\u200B';
const WJ = '\u2060';

describe('markWordBreaks', () => {
  it('leaves text in spaced scripts alone', () => {
    expect(markWordBreaks('Minsk plant ships trucks', 'en')).toBe('Minsk plant ships trucks');
    expect(markWordBreaks('מפעל במינסק', 'he')).toBe('מפעל במינסק');
  });
  it('puts a break opportunity between Thai words and nowhere inside one', () => {
    const marked = markWordBreaks('โรงงานในมินสค์', 'th');
    expect(marked.replaceAll(ZWSP, '')).toBe('โรงงานในมินสค์');
    expect(marked.split(ZWSP).length).toBeGreaterThanOrEqual(3);
    // Every piece is a whole word: "โรงงาน" (factory) is never cut.
    expect(marked.split(ZWSP)).toContain('โรงงาน');
  });
  it('joins the characters of a Japanese word so a line never breaks inside it', () => {
    const marked = markWordBreaks('新型トラックを納入', 'ja');
    expect(marked.replaceAll(WJ, '')).toBe('新型トラックを納入');
    expect(marked).toContain(['ト', 'ラ', 'ッ', 'ク'].join(WJ));
  });
});

describe('topRows', () => {
  it('keeps the same pixels as cutting the top of the image with sharp', async () => {
    const image = await renderText({ text: 'Minsk plant ships trucks to a partner abroad, again and again', lang: 'en', dir: 'ltr', size: 40, weight: 700, color: '#000000', width: 300 });
    expect(image.height).toBeGreaterThan(60);
    const top = topRows(image, 60);
    const expected = await sharp(image.data, { raw: { width: image.width, height: image.height, channels: 4 } })
      .extract({ left: 0, top: 0, width: image.width, height: 60 })
      .raw()
      .toBuffer();
    expect(top.width).toBe(image.width);
    expect(top.height).toBe(60);
    expect(Buffer.compare(top.data, expected)).toBe(0);
  }, 30_000);
});
