/**
 * Rules that recognise a whole line as site furniture by its shape. Each rule is
 * general (what tickers, prompts, credits and labels look like on any news site),
 * never a list of one scrape's exact strings. The rules of one concern live in their own
 * module (credit-rules, prompt-rules, related-rules, embed-rules); this one orders them.
 */
import { isCounter, isEmbedNotice, isRelativeTime, isWeatherLine } from './embed-rules';
import { isBareCredit, isCopyrightLine, isGalleryPager, isPhotoCredit, isRightsNotice } from './credit-rules';
import { isPlayerOrReadingTime, isShareBar, isSiteNotice, isSitePrompt, isSyndicationNote } from './prompt-rules';
import { isInlineRelatedLink, isShoutedRelatedLink, isTitledRelatedLink } from './related-rules';
import type { RemovalReason } from '../schema';

// bylines.ts reads the photo-credit rule from here (it lived here before the split by concern).
export { isPhotoCredit } from './credit-rules';
import { endsSentence, wordCount } from './text-shape';
import { isBareLabel } from './label-shape';

/**
 * `firstWords` rules read a label or verb at the start of the line: they never remove a line that
 * reads as a sentence (see line-evidence.ts). `weak` ones are a single signal: between two
 * paragraphs of the story such a line stays (extract-story.ts), elsewhere its position agrees.
 */
type LineRule = { reason: RemovalReason; test: (line: string) => boolean; firstWords?: true; weak?: true };

const BULLETS = /^[•·▪►▲▼\-–*|]+\s*/u;

/** A ticker line: only numbers, currency signs, +/-/% changes, arrows and short codes, with at least one figure. */
export function isTickerLine(line: string): boolean {
  const t = line.replace(BULLETS, '');
  if (!/\d[.,]\d|\d\s*%/.test(t)) return false;
  const rest = t
    .replace(/[+\-−–]?\d+(?:[.,]\d+)*\s*%?/g, ' ')
    .replace(/[$€£¥₽₴฿%▲▼↑↓•·|()\/]/gu, ' ')
    .replace(/\b[\p{Lu}]{1,4}\b/gu, ' ');
  return rest.trim() === '';
}

/** A category or tag label: "Category status:", "Tags: Belarus, Russia", "Section: Defence". */
export function isCategoryLabel(line: string): boolean {
  const t = line.trim();
  if (/^(category|categories|section|rubric|tags?|topics?|filed under|keywords)\b[^:]{0,30}:/i.test(t)) return wordCount(t) <= 12;
  return isBareLabel(t);
}


/** A menu written on one line: short items between separators, "Home | World | Belarus". */
export function isInlineMenu(line: string): boolean {
  const items = line.split(/\s+[|•·/»›>→]\s+|\s*\|\s*/u).filter((s) => s.trim() !== '');
  // Breadcrumbs use chevrons and may hold the story's own title as their last crumb: "Home › World › Minsk unveils…".
  const crumbs = line.split(/\s*[»›>→]\s*/u).filter((s) => s.trim() !== '');
  if (crumbs.length >= 3 && crumbs.slice(0, -1).every((c) => wordCount(c) <= 3)) return true;
  return items.length >= 3 && items.every((item) => wordCount(item) <= 3 && !endsSentence(item));
}

/** A line with no letter and no digit ("''.", "* * *", "—"): what a scraper leaves of a link, an icon or a rule. */
export function isLetterless(line: string): boolean {
  return !/[\p{L}\p{N}]/u.test(line);
}

const RULES: LineRule[] = [
  { reason: 'navigation', test: isLetterless },
  // A breadcrumb's chevrons are also Nordic and German quotation marks (»nej», »Nein«): a sentence is never a menu.
  { reason: 'navigation', test: isInlineMenu, firstWords: true },
  { reason: 'weather', test: isWeatherLine },
  { reason: 'relative-time', test: isRelativeTime },
  { reason: 'counter', test: isCounter },
  { reason: 'counter', test: isGalleryPager },
  { reason: 'embed', test: isEmbedNotice },
  { reason: 'ticker', test: isTickerLine },
  { reason: 'site-prompt', test: isSiteNotice },
  { reason: 'site-prompt', test: isSyndicationNote, weak: true },
  { reason: 'photo-credit', test: isPhotoCredit, firstWords: true },
  { reason: 'photo-credit', test: isCopyrightLine },
  { reason: 'site-prompt', test: isRightsNotice, firstWords: true },
  { reason: 'photo-credit', test: isBareCredit, firstWords: true, weak: true },
  { reason: 'related-block', test: isTitledRelatedLink },
  { reason: 'related-block', test: isShoutedRelatedLink, firstWords: true },
  { reason: 'related-block', test: isInlineRelatedLink, firstWords: true, weak: true },
  { reason: 'site-prompt', test: isSitePrompt, firstWords: true },
  { reason: 'site-prompt', test: isShareBar },
  { reason: 'embed', test: isPlayerOrReadingTime, firstWords: true, weak: true },
  { reason: 'category-label', test: (l) => isCategoryLabel(l) && !isBareLabel(l), firstWords: true },
  { reason: 'category-label', test: isBareLabel, firstWords: true, weak: true },
];

/** Why a line is furniture, and whether that is a single weak signal (see LineRule). */
export type FurnitureVerdict = { reason: RemovalReason; weak: boolean };

/**
 * Why a line is site furniture wherever it stands, or null when it may be the article's own text.
 * A sentence-like line (`sentenceLike`, from line-evidence.ts; asked only when a first-words rule
 * matches, since measuring costs more than the rules) is judged by certain shapes only.
 */
export function furnitureVerdict(line: string, sentenceLike: () => boolean = () => false): FurnitureVerdict | null {
  for (const rule of RULES) {
    if (!rule.test(line)) continue;
    if (rule.firstWords && sentenceLike()) continue;
    return { reason: rule.reason, weak: rule.weak === true };
  }
  return null;
}

/** The reason a line is site furniture wherever it stands, or null when it may be the article's own text. */
export function classifyFurniture(line: string, sentenceLike = false): RemovalReason | null {
  return furnitureVerdict(line, () => sentenceLike)?.reason ?? null;
}
