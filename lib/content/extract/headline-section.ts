/**
 * The headline without a section's or site's name the page set before it or glued after it on its line ("Politics Harbour
 * board approves…", "Politics: Harbour board…", "Local news – Harbour board…", "Harbour board approves… Harbour Courier"),
 * when no title line prints the headline alone (headline-field.ts reads that case). A headline may open with a topic and a
 * colon or a dash ("Ukraine: talks resume", "Ukraine – Russia talks"), and a topic is often a menu item too, so two
 * signals must agree before anything is cut: the page prints the name on a line of its own above the headline (a menu item,
 * a masthead; a tag under the story is a topic) or as the name of its © line, and none of the name's content words comes back in the page's running text. A story is about its
 * topic and says it again; it does not say the name of the section or the site it is filed under.
 */
import { isProse, isTitleShaped, wordCount, words } from '../segment/text-shape';
import { foldedLower } from '../fold-text';
import { markedCopyrightName } from './outlet-copyright';

/** Words a section's or site's name has at most. */
const MAX_NAME_WORDS = 3;

/** Words the headline left behind has at least, and at least twice the name's. */
const MIN_HEADLINE_WORDS = 4;

/** A spaced separator between a name before the headline and the headline: a dash, bar, slash, chevron or colon (a colon written on the name is cut from it). */
const PREFIX_SEPARATOR = /^\s[-–—|/»›:：]{1,2}\s/u;

/**
 * The page's evidence for one headline, each part read on first use: whether it prints a name (folded) alone above the
 * headline or as a © line's name (outlet-copyright.ts), and whether its running text writes a word. Most headlines offer
 * names no line prints alone, so the running text is seldom read.
 */
type PageEvidence = { printsAlone: (folded: string) => boolean; writes: (word: string) => boolean };

function evidenceOf(others: readonly string[], line: string, stopwords: ReadonlySet<string>): PageEvidence {
  let alone: Set<string> | null = null;
  let running: Set<string> | null = null;
  const lines = () => others.map((o) => o.trim()).filter((t) => t !== line && t !== '');
  const readAlone = (): Set<string> => {
    const found = new Set<string>();
    // A name printed alone counts above the headline (a menu, a masthead): a tag under the story is a topic printed alone.
    const at = others.findIndex((o) => o.includes(line));
    for (const o of others.slice(0, Math.max(0, at))) {
      const t = o.trim();
      if (t !== line && t !== '' && wordCount(t) <= MAX_NAME_WORDS) found.add(foldedLower(t));
    }
    for (const t of lines()) {
      const named = markedCopyrightName(t, stopwords);
      if (named !== null) found.add(foldedLower(named));
    }
    return found;
  };
  const readRunning = () => new Set(lines().flatMap((t) => (isProse(t) ? words(foldedLower(t)) : [])));
  return { printsAlone: (folded) => (alone ??= readAlone()).has(folded), writes: (word) => (running ??= readRunning()).has(word) };
}

/**
 * Whether `name` is the page's section's or site's name: printed alone or as a © line's name, with content words (three
 * letters or more, no stopword) and none of them written in the running text.
 */
function isFiledUnder(name: string, page: PageEvidence, stopwords: ReadonlySet<string>): boolean {
  if (!page.printsAlone(foldedLower(name))) return false;
  const content = words(foldedLower(name)).filter((w) => [...w].length >= 3 && !stopwords.has(w));
  return content.length > 0 && content.every((w) => !page.writes(w));
}

/** Whether `rest` can stand as the headline behind a name of `n` words: title-shaped, four words or more and twice the name's. */
const isHeadlineRest = (rest: string, n: number) => isTitleShaped(rest) && wordCount(rest) >= Math.max(MIN_HEADLINE_WORDS, 2 * n);

/**
 * The headline `text` without a section's or site's name before it (after a colon, a spaced dash, bar, slash or chevron, or
 * a space when the headline's first word is capitalised) or after it with only a space between (a separator after it is
 * title-line.ts's), when the page files the story under that name (see the module comment); `text` unchanged otherwise.
 * `others` are the page's lines.
 */
export function stripSectionName(text: string, others: readonly string[], stopwords: ReadonlySet<string>): string {
  const t = text.trim();
  const tokens = t.split(' ');
  if (tokens.length < MIN_HEADLINE_WORDS + 1) return text;
  let page: PageEvidence | null = null;
  for (let n = 1; n <= MAX_NAME_WORDS && n < tokens.length; n++) {
    const before = tokens.slice(0, n).join(' ');
    const after = t.slice(before.length);
    const separated = PREFIX_SEPARATOR.exec(after);
    const rest = separated ? after.slice(separated[0].length).trim() : after.trim();
    // With only a space between, the headline opens with a capital, as after a name in title case it does.
    if ((separated || /^\p{Lu}/u.test(rest)) && isHeadlineRest(rest, n)) {
      page ??= evidenceOf(others, t, stopwords);
      if (isFiledUnder(before.replace(/[:：]$/u, ''), page, stopwords)) return rest;
    }
    const tail = tokens.slice(-n).join(' ');
    const head = t.slice(0, t.length - tail.length).trim();
    // A name glued after the headline follows a word of its own: after a function word ("…built in Genoa") it is the headline's.
    const last = tokens[tokens.length - n - 1]!;
    if (/^\p{Lu}/u.test(tail) && !stopwords.has(foldedLower(last)) && isHeadlineRest(head, n)) {
      page ??= evidenceOf(others, t, stopwords);
      if (isFiledUnder(tail, page, stopwords)) return head;
    }
  }
  return text;
}
