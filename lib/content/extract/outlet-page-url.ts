/**
 * The page's own address, as the scraper recorded it over the page: one of the top three lines is a full web address
 * and nothing else ("https://www.harbourledger.example/news/2026/12/05/ferry-timetable"). The outlet convention reads
 * that host, without "www.", as the page's outlet when nothing else names one: two points, as a host on a line of
 * its own (outlet-address.ts addressFind), which a path after the host kept from being read so.
 * What keeps another site's link out:
 * - the line is the address alone: a label before it ("Source: https://…", "Via https://…") credits another site;
 * - only the top three lines, with no sentence of the story above it: an address inside or under the story is a link
 *   the story gives;
 * - a share link carries the page's address in its query ("facebook.com/sharer/sharer.php?u=https%3A%2F%2F…",
 *   "…/intent/tweet?url=https://…"): an address inside the address is the page's, the outer host a share service's;
 * - a profile link is a host and one plain word ("https://t.me/harbourledger"): a page's address has a path of two
 *   parts or more, or a part a slug's shape gives (a hyphen, a figure, a file's extension), as stories are filed.
 */
import type { SourceLine } from '../source/normalise';
import { bareHost } from './outlet-address';
import { isStoryText } from './outlet-credits';

/** A line that is a web address with its scheme and a path, and nothing else: the host, and what follows it. */
const URL_LINE = /^(?:https?:\/\/)((?:[\p{L}\p{N}][\p{L}\p{N}-]*\.)+\p{L}{2,24})(?::\d{2,5})?(\/\S*)$/iu;

/** An address inside the address (plain or percent-encoded): the query of a share link. */
const INNER_ADDRESS = /https?(?::|%3A)|(?:\/\/|%2F%2F)www\.|[?&](?:u|url|href|link)=/iu;

/** Whether the path has the shape of a filed story: two parts or more, or one with a hyphen, underscore, figure or extension. */
function storyPath(path: string): boolean {
  const parts = path.split(/[?#]/u)[0]!.split('/').filter((p) => p !== '');
  return parts.length >= 2 || parts.some((p) => /[-_\p{N}]|\.\p{L}{2,5}$/u.test(p));
}

/** How many of the page's first non-empty lines count as its top, where the scraper records the address. */
const TOP = 3;

/**
 * The page's own address on one of its first three non-empty lines (`lines`: the page's lines, any length), as the
 * module comment reads it: a 'web address' find of two points; null when there is none.
 */
export function pageUrlFind(lines: readonly SourceLine[]): { value: string; line: number; kind: 'web address'; text: string; weight: number } | null {
  const top = lines.filter((l) => l.text.trim() !== '').slice(0, TOP);
  for (const l of top) {
    if (isStoryText(l)) return null;
    const text = l.text.trim();
    if (text.length > 2000) continue;
    const m = URL_LINE.exec(text);
    if (!m) continue;
    const path = m[2]!;
    if (INNER_ADDRESS.test(path) || !storyPath(path)) continue;
    return { value: bareHost(m[1]!), line: l.n, kind: 'web address', text: l.text, weight: 2 };
  }
  return null;
}
