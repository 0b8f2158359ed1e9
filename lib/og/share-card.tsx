/**
 * The 1200×630 share card, rendered at build time with the bundled Noto Sans, so
 * Cyrillic titles render and nothing is fetched: satori lays the card out as SVG
 * (text as outlines), sharp rasterises it and writes a 16-colour palette PNG.
 * A card has four flat colours plus anti-aliasing, so 16 entries keep the text
 * smooth at about a third of a full-colour PNG's bytes (~15 KB rather than ~43–55 KB).
 * Quantising costs ~20 ms of CPU more than next/og's full-colour PNG (~60 vs ~40 ms a
 * card); no dithering and the quantiser's lowest effort keep that small.
 */
import satori from 'satori';
import sharp from 'sharp';
import { SITE_NAME, siteUrl } from '@/lib/site';
import { cardFontFamily, cardFontRanges, cardFonts, cardFontSubsets } from './fonts';
import type { ShareCard } from './cards';
import { fitToFont } from './glyphs';

export const CARD_SIZE = { width: 1200, height: 630 } as const;


/** The font subsets a card's language and text need (see lib/og/fonts). */
const subsetsOf = (card: ShareCard) => cardFontSubsets(card.lang ?? 'und', `${card.kicker}${card.title}${card.footer}`);

/** Title size steps down with length so long headlines still fit in five lines. */
function titleSize(title: string): number {
  if (title.length <= 50) return 68;
  if (title.length <= 90) return 56;
  if (title.length <= 140) return 46;
  return 38;
}

/** A card with every string reduced to glyphs the font has; an emptied title falls back to the site name. */
export function fitCard(card: ShareCard): ShareCard {
  const ranges = cardFontRanges(subsetsOf(card));
  const title = fitToFont(card.title, ranges);
  return { kicker: fitToFont(card.kicker, ranges), title: title || SITE_NAME, footer: fitToFont(card.footer, ranges) };
}

/** PNG settings: a small palette, no dithering (flat areas stay flat), cheapest quantiser effort, zlib level 6 (level 9 saves ~2% for ~15% more time). */
const PNG_OPTIONS = { palette: true, colours: 16, dither: 0, effort: 1, compressionLevel: 6 } as const;

// The build renders several cards at once (scripts/postbuild/share-cards.ts), one libvips thread each.
sharp.concurrency(1);

/** Render a share card to PNG bytes. */
export async function renderShareCardPng(card: ShareCard): Promise<Uint8Array<ArrayBuffer>> {
  const { kicker, title, footer } = fitCard(card);
  const host = new URL(siteUrl()).host;
  const subsets = subsetsOf(card);
  const clipped = title.length > 220 ? `${title.slice(0, 219).replace(/\s+\S*$/, '')}…` : title;
  const svg = await satori(
    (
      <div
        style={{
          width: '100%',
          height: '100%',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: '64px 72px',
          background: '#0f172a',
          color: '#f8fafc',
          fontFamily: cardFontFamily(subsets),
        }}
      >
        <div style={{ display: 'flex', fontSize: 28, fontWeight: 700, color: '#fbbf24', letterSpacing: 1 }}>{kicker}</div>
        <div style={{ display: 'flex', fontSize: titleSize(clipped), fontWeight: 700, lineHeight: 1.15 }}>{clipped}</div>
        <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 26, color: '#cbd5e1', borderTop: '2px solid #334155', paddingTop: 24 }}>
          <span>{footer}</span>
          <span>{`${SITE_NAME} · ${host}`}</span>
        </div>
      </div>
    ),
    { ...CARD_SIZE, fonts: cardFonts(subsets) },
  );
  return new Uint8Array(await sharp(Buffer.from(svg)).png(PNG_OPTIONS).toBuffer());
}
