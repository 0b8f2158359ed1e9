/**
 * Rules that recognise a whole line as site furniture by its shape. Each rule is
 * general (what tickers, prompts, credits and labels look like on any news site),
 * never a list of one scrape's exact strings.
 */
import type { RemovalReason } from './schema';
import { endsSentence, wordCount } from './text-shape';

type LineRule = { reason: RemovalReason; test: (line: string) => boolean };

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

/** A call to action or site navigation prompt: "Show more news", "All news", "Subscribe to our newsletter". */
export function isSitePrompt(line: string): boolean {
  if (wordCount(line) > 6 || endsSentence(line)) return false;
  const t = line.trim().replace(/[»›→>]+$/u, '').trim();
  return (
    /^(show|load|see|view|read) (more|all)\b/i.test(t) ||
    /^all (news|articles|stories|posts|materials|publications|headlines)$/i.test(t) ||
    /^more (news|stories|articles|headlines|from\b.*)$/i.test(t) ||
    /^(subscribe|sign up|follow us|share( this)?( article| story)?|print( this)?( article| page)?|download|join us|comments?( \(\d+\))?|leave a comment|back to top|advertisement|advert|sponsored)\b/i.test(t)
  );
}

/** A category or tag label: "Category status:", "Tags: Belarus, Russia", "Section: Defence". */
export function isCategoryLabel(line: string): boolean {
  const t = line.trim();
  if (/^(category|categories|section|rubric|tags?|topics?|filed under|keywords)\b[^:]{0,30}:/i.test(t)) return wordCount(t) <= 12;
  return /^[\p{L} ]{1,40}:$/u.test(t) && wordCount(t) <= 3;
}

/** A photo credit: "Photo: Reuters", "Фото: …", "© AFP", "Photo by X". */
export function isPhotoCredit(line: string): boolean {
  const t = line.trim();
  if (wordCount(t) > 14) return false;
  return /^(photos?|фото|фотография|foto|image|picture|pic|illustration|credit|source of (the )?photo)\s*(by\b|:|©)/iu.test(t) || /^©/u.test(t);
}

/** A heading that introduces a block of links to other stories: "Similar articles", "Read also", "Related". */
export function isRelatedMarker(line: string): boolean {
  const t = line.trim().replace(/:$/, '');
  if (wordCount(t) > 5) return false;
  return /^(similar|related|recommended|more on (this|the) (topic|subject|story)|read also|see also|also read|you may also like|other news on (the|this) topic|по теме|читайте также)(\s+(articles|stories|news|posts|content|reading|materials|for you))?$/iu.test(t);
}

/** A single "Read also: <headline>" line: a link to another story inside the text. */
export function isInlineRelatedLink(line: string): boolean {
  return /^(read also|see also|also read|read more|related|читайте также)\s*:\s*\S/iu.test(line.trim());
}

/** A menu written on one line: short items between separators, "Home | World | Belarus". */
export function isInlineMenu(line: string): boolean {
  const items = line.split(/\s+[|•·/»›]\s+|\s*\|\s*/u).filter((s) => s.trim() !== '');
  return items.length >= 3 && items.every((item) => wordCount(item) <= 3 && !endsSentence(item));
}

const RULES: LineRule[] = [
  { reason: 'navigation', test: isInlineMenu },
  { reason: 'ticker', test: isTickerLine },
  { reason: 'photo-credit', test: isPhotoCredit },
  { reason: 'related-block', test: isInlineRelatedLink },
  { reason: 'site-prompt', test: isSitePrompt },
  { reason: 'category-label', test: isCategoryLabel },
];

/** The reason a line is site furniture wherever it stands, or null when it may be the article's own text. */
export function classifyFurniture(line: string): RemovalReason | null {
  return RULES.find((rule) => rule.test(line))?.reason ?? null;
}
