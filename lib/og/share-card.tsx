/**
 * The 1200×630 share card, rendered at build time from bundled fonts only, so nothing is
 * fetched: satori lays out the card's frame and its English furniture (kicker, site name) as
 * SVG; the headline and byline, which may be in any script, are set by Pango
 * (lib/og/text-image.ts: shaping, right-to-left lines) and laid onto it; sharp rasterises the
 * whole and writes a 16-colour palette PNG. A card has four flat colours plus anti-aliasing, so
 * 16 entries keep the text smooth at about a third of a full-colour PNG's bytes (~15 KB).
 */
import satori from 'satori';
import sharp from 'sharp';
import { SITE_NAME, siteUrl } from '@/lib/site';
import { textDirection } from '@/lib/text-direction';
import { cardFontFamily, cardFontRanges, cardFonts } from './fonts';
import type { ShareCard } from './cards';
import { fitToFont, stripEmoji } from './glyphs';
import { rawPixels, renderText, topRows, type TextImage } from './text-image';

export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** Where the headline is set: between the kicker and the footer rule, inside the side margins. */
export const TITLE_BOX = { left: 72, top: 124, width: 1056, height: 364 } as const;
/** Where the byline is set: the footer's start, left of the site's name. */
const BYLINE_BOX = { left: 72, top: 534, width: 640, height: 40 } as const;

/** The furniture's subsets: kicker and site name are English (dates are worded in English). */
const FURNITURE_SUBSETS = ['latin', 'latin-ext'] as const;

/** Headline sizes, largest first: the largest whose lines fit the title box is used. */
const TITLE_SIZES = [68, 56, 46, 38, 32, 28] as const;

/** A card with emoji stripped from its text and its furniture kept to the furniture's font; an emptied title falls back to the site name. */
export function fitCard(card: ShareCard): ShareCard {
  const ranges = cardFontRanges([...FURNITURE_SUBSETS]);
  const title = stripEmoji(card.title);
  return { kicker: fitToFont(card.kicker, ranges), title: title || SITE_NAME, footer: stripEmoji(card.footer), lang: title ? card.lang : 'en' };
}

/** The headline at the largest size whose lines fit the title box. */
async function setTitle(title: string, lang: string): Promise<TextImage> {
  let image: TextImage | undefined;
  for (const size of TITLE_SIZES) {
    image = await renderText({ text: title, lang, dir: textDirection(lang), size, weight: 700, color: '#f8fafc', width: TITLE_BOX.width });
    if (image.height <= TITLE_BOX.height) return image;
  }
  if (!image) throw new Error('no title size');
  // Still too tall at the smallest size: keep the lines that fit (the headline is on the page).
  return topRows(image, TITLE_BOX.height);
}

/** The byline on one line: shortened with an ellipsis until it fits the footer. */
async function setByline(byline: string, lang: string): Promise<TextImage | null> {
  let text = byline;
  while (text) {
    const image = await renderText({ text, lang, dir: textDirection(lang), size: 26, weight: 400, color: '#cbd5e1', width: BYLINE_BOX.width });
    if (image.height <= BYLINE_BOX.height) return image;
    text = `${[...text].slice(0, -Math.max(2, Math.round(text.length / 10))).join('').trimEnd()}…`;
    if ([...text].length <= 2) break;
  }
  return null;
}

/** PNG settings: a small palette, no dithering (flat areas stay flat), cheapest quantiser effort, zlib level 6 (level 9 saves ~2% for ~15% more time). */
const PNG_OPTIONS = { palette: true, colours: 16, dither: 0, effort: 1, compressionLevel: 6 } as const;

// The build renders several cards at once (scripts/postbuild/share-cards.ts), one libvips thread each.
sharp.concurrency(1);

/** Called as each stage of a card ends (`npm run bench:cards` times the stages with it). */
export type StageHook = (stage: string) => void;

/** Render a share card to PNG bytes; throws naming the characters when its text has any no bundled font draws. */
export async function renderShareCardPng(card: ShareCard, onStage?: StageHook): Promise<Uint8Array<ArrayBuffer>> {
  const { kicker, title, footer, lang = 'und' } = fitCard(card);
  const host = new URL(siteUrl()).host;
  const clipped = title.length > 220 ? `${title.slice(0, 219).replace(/\s+\S*$/, '')}…` : title;
  const [titleImage, bylineImage] = await Promise.all([setTitle(clipped, lang), footer ? setByline(footer, lang) : null]);
  onStage?.('text');
  const svg = await satori(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', position: 'relative', background: '#0f172a', color: '#f8fafc', fontFamily: cardFontFamily([...FURNITURE_SUBSETS]) }}>
        <div style={{ position: 'absolute', left: 72, top: 64, display: 'flex', fontSize: 28, fontWeight: 700, color: '#fbbf24', letterSpacing: 1 }}>{kicker}</div>
        <div style={{ position: 'absolute', left: 72, right: 72, top: BYLINE_BOX.top - 24, height: 2, background: '#334155' }} />
        <div style={{ position: 'absolute', right: 72, top: BYLINE_BOX.top, display: 'flex', fontSize: 26, color: '#cbd5e1' }}>{`${SITE_NAME} · ${host}`}</div>
      </div>
    ),
    { ...CARD_SIZE, fonts: cardFonts([...FURNITURE_SUBSETS]) },
  );
  onStage?.('frame');
  // A right-to-left headline starts at the box's right edge; every headline is centred in the box's height.
  const titleLeft = textDirection(lang) === 'rtl' ? TITLE_BOX.left + TITLE_BOX.width - titleImage.width : TITLE_BOX.left;
  const layers = [{ input: titleImage.data, raw: rawPixels(titleImage), left: Math.max(TITLE_BOX.left, titleLeft), top: TITLE_BOX.top + Math.floor((TITLE_BOX.height - titleImage.height) / 2) }];
  // Satori's line box starts ~8 px above the cap height Pango's image starts at: centre the byline on the site name's line.
  if (bylineImage) layers.push({ input: bylineImage.data, raw: rawPixels(bylineImage), left: BYLINE_BOX.left, top: BYLINE_BOX.top + 8 + Math.floor((36 - bylineImage.height) / 2) });
  const png = new Uint8Array(await sharp(Buffer.from(svg)).composite(layers).png(PNG_OPTIONS).toBuffer());
  onStage?.('paint');
  return png;
}
