/**
 * The 1200×630 share card, rendered to PNG at build time by next/og with the
 * bundled Noto Sans, so Cyrillic titles render and nothing is fetched.
 */
import { ImageResponse } from 'next/og';
import { SITE_NAME, siteUrl } from '@/lib/site';
import { cardFontFamily, cardFontRanges, cardFonts, cardFontSubsets } from './fonts';
import { fitToFont } from './glyphs';

export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** What a card says: a small label above, the title, and a footer line; `lang` (BCP 47) picks the font subsets. */
export type ShareCard = { kicker: string; title: string; footer: string; lang?: string };

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

/** Render a share card as a PNG response. */
export function renderShareCard(card: ShareCard): ImageResponse {
  const { kicker, title, footer } = fitCard(card);
  const host = new URL(siteUrl()).host;
  const subsets = subsetsOf(card);
  const clipped = title.length > 220 ? `${title.slice(0, 219).replace(/\s+\S*$/, '')}…` : title;
  return new ImageResponse(
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
}
