/**
 * The 1200×630 share card, rendered at build time from bundled fonts only, so nothing is
 * fetched. Every piece of text, the headline and byline in any script and the English furniture
 * (kicker, site name), is set by Pango (lib/og/text-image.ts: shaping, right-to-left lines); the
 * card is then painted straight into palette indices (lib/og/palette.ts): the ground, the rule,
 * and each text's coverage read as a blend of its colour into the ground, then written as a
 * 16-colour PNG (lib/og/indexed-png.ts). No SVG is rasterised and no quantiser runs: the frame
 * (ground, rule, site name) is painted once per process, and a card costs its text and a deflate.
 */
import { SITE_NAME, siteUrl } from '@/lib/site';
import { textDirection } from '@/lib/text-direction';
import { cardFontRanges } from './fonts';
import type { ShareCard } from './cards';
import { fitToFont, stripEmoji } from './glyphs';
import { encodeIndexedPng } from './indexed-png';
import { cardPalette } from './palette';
import { renderText, topRows, type TextImage } from './text-image';

export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** Where the headline is set: between the kicker and the footer rule, inside the side margins. */
export const TITLE_BOX = { left: 72, top: 124, width: 1056, height: 364 } as const;
/** Where the byline is set: the footer's start, left of the site's name. */
const BYLINE_BOX = { left: 72, top: 534, width: 640, height: 40 } as const;
/** The kicker's first ink row (the top of its capitals) and its left edge. */
const KICKER_AT = { left: 72, top: 73 } as const;
/** The rule above the footer, the full width between the margins. */
const RULE = { left: 72, top: BYLINE_BOX.top - 24, width: CARD_SIZE.width - 144, height: 2 } as const;
/** The footer line's band: byline and site name are centred in it, so their baselines meet. */
const FOOTER_LINE = { top: BYLINE_BOX.top + 8, height: 36 } as const;

/** The furniture's subsets: kicker and site name are English (dates are worded in English). */
const FURNITURE_SUBSETS = ['latin', 'latin-ext'] as const;

/** Headline sizes, largest first: the largest whose lines fit the title box is used. */
const TITLE_SIZES = [68, 56, 46, 38, 32, 28] as const;

/** The card's colours: ground, rule, then the texts' colours with the blends each keeps (16 entries: a 4-bit PNG). */
const COLOURS = { ground: '#0f172a', rule: '#334155', title: '#f8fafc', kicker: '#fbbf24', footer: '#cbd5e1' } as const;
const PALETTE = cardPalette(COLOURS.ground, [COLOURS.rule], [
  { color: COLOURS.title, levels: 6 },
  { color: COLOURS.kicker, levels: 4 },
  { color: COLOURS.footer, levels: 4 },
]);
const [RULE_ENTRY = 1] = PALETTE.solids;
const rampAt = (i: number): Uint8Array => {
  const ramp = PALETTE.ramps[i];
  if (!ramp) throw new Error(`the card palette has no ink ${i}`);
  return ramp;
};
const TITLE_RAMP = rampAt(0);
const KICKER_RAMP = rampAt(1);
const FOOTER_RAMP = rampAt(2);

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
    image = await renderText({ text: title, lang, dir: textDirection(lang), size, weight: 700, color: COLOURS.title, width: TITLE_BOX.width });
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
    const image = await renderText({ text, lang, dir: textDirection(lang), size: 26, weight: 400, color: COLOURS.footer, width: BYLINE_BOX.width });
    if (image.height <= BYLINE_BOX.height) return image;
    text = `${[...text].slice(0, -Math.max(2, Math.round(text.length / 10))).join('').trimEnd()}…`;
    if ([...text].length <= 2) break;
  }
  return null;
}

/** The kicker: small bold capitals, slightly spaced. */
const setKicker = (kicker: string) => renderText({ text: kicker, lang: 'en', dir: 'ltr', size: 28, weight: 700, color: COLOURS.kicker, width: TITLE_BOX.width, tracking: 1 });

/**
 * Lays `image`'s coverage onto `indices` (a card's palette indices) at `left`, `top`, each pixel
 * the `ramp` entry of its alpha; pixels it does not cover, or that fall off the card, are left as they were.
 */
export function inkInto(indices: Uint8Array, image: TextImage, left: number, top: number, ramp: Uint8Array): void {
  const { width } = CARD_SIZE;
  for (let y = Math.max(0, -top); y < image.height && top + y < CARD_SIZE.height; y++) {
    const row = (top + y) * width + left;
    const from = y * image.width * 4 + 3;
    for (let x = Math.max(0, -left); x < image.width && left + x < width; x++) {
      const entry = ramp[image.data[from + x * 4] ?? 0] ?? 0;
      if (entry !== 0) indices[row + x] = entry;
    }
  }
}

/** Where a footer text goes: centred in the footer line's band. */
const footerTop = (image: TextImage) => FOOTER_LINE.top + Math.floor((FOOTER_LINE.height - image.height) / 2);

const frames = new Map<string, Promise<Uint8Array>>();

/** The part of every card that does not change (ground, rule, site name and host), painted once per process and site. */
function frame(host: string): Promise<Uint8Array> {
  let painted = frames.get(host);
  if (!painted) {
    painted = renderText({ text: `${SITE_NAME} · ${host}`, lang: 'en', dir: 'ltr', size: 26, weight: 400, color: COLOURS.footer, width: TITLE_BOX.width }).then((site) => {
      const indices = new Uint8Array(CARD_SIZE.width * CARD_SIZE.height);
      for (let y = RULE.top; y < RULE.top + RULE.height; y++) indices.fill(RULE_ENTRY, y * CARD_SIZE.width + RULE.left, y * CARD_SIZE.width + RULE.left + RULE.width);
      inkInto(indices, site, RULE.left + RULE.width - site.width, footerTop(site), FOOTER_RAMP);
      return indices;
    });
    frames.set(host, painted);
  }
  return painted;
}

/** Called as each stage of a card ends (`npm run bench:cards` times the stages with it). */
export type StageHook = (stage: string) => void;

/** Render a share card to PNG bytes; throws naming the characters when its text has any no bundled font draws. */
export async function renderShareCardPng(card: ShareCard, onStage?: StageHook): Promise<Uint8Array<ArrayBuffer>> {
  const { kicker, title, footer, lang = 'und' } = fitCard(card);
  const clipped = title.length > 220 ? `${title.slice(0, 219).replace(/\s+\S*$/, '')}…` : title;
  const [base, titleImage, bylineImage, kickerImage] = await Promise.all([frame(new URL(siteUrl()).host), setTitle(clipped, lang), footer ? setByline(footer, lang) : null, kicker ? setKicker(kicker) : null]);
  onStage?.('text');
  const indices = Uint8Array.from(base);
  if (kickerImage) inkInto(indices, kickerImage, KICKER_AT.left, KICKER_AT.top, KICKER_RAMP);
  // A right-to-left headline starts at the box's right edge; every headline is centred in the box's height.
  const titleLeft = textDirection(lang) === 'rtl' ? TITLE_BOX.left + TITLE_BOX.width - titleImage.width : TITLE_BOX.left;
  inkInto(indices, titleImage, Math.max(TITLE_BOX.left, titleLeft), TITLE_BOX.top + Math.floor((TITLE_BOX.height - titleImage.height) / 2), TITLE_RAMP);
  if (bylineImage) inkInto(indices, bylineImage, BYLINE_BOX.left, footerTop(bylineImage), FOOTER_RAMP);
  onStage?.('paint');
  const png = await encodeIndexedPng({ ...CARD_SIZE, indices, palette: PALETTE.rgb });
  onStage?.('encode');
  return new Uint8Array(png);
}
