/**
 * A name the page's header and its footer both print among other words, and its story never: "Harbour Ledger
 * Northport" over the headline and "Harbour Ledger newsletter" under the story; "Menu Harbour Ledger Search" and
 * "Contact Harbour Ledger | Privacy policy". A site names itself at both ends of its template, while the story's own
 * names (people, places, bodies) stand in its text. Two witnesses, each of which alone is weak: a top line's words are
 * a section's or a slogan's as often, a footer line's a link label's. Two points.
 *
 * What is read: a run of two to four capitalised words (a short lower-case particle inside: "Jornal do Vale") in one of
 * the lines above the story's first sentence (at most the first five), that one of the page's last five lines, below
 * the story's text, mentions again; the longest such run. Not read:
 * - a run that a line between the two places mentions (a subject of the story, a related link's headline);
 * - a run standing alone on a line of its own anywhere but its header line: a menu entry or a section label ("Local
 *   News" in the menu and in the footer's menu), which the masthead readers weigh;
 * - a run with a word the page writes in lower case (a label's common words: "Latest News", "latest news");
 * - a byline's name ("By Anna Reed" over the story and "Anna Reed is a reporter…" under it): the header line is no
 *   byline, and chooseOutlet reads the find only above the story's headline;
 * - a line of running text at either end (a sentence of eight words or more), a home link, furniture.
 * Only in scripts with letter case: elsewhere a run of capitals says nothing.
 */
import type { SourceLine } from '../source/normalise';
import { isRunningSentence } from '../segment/text-shape';
import { classifyFurniture } from '../segment/line-rules';
import { matchByline } from '../segment/byline';
import { isCased, isOutletName } from './name-shape';
import { foldName, isHomeLink } from './outlet-address';
import { isStoryText } from './outlet-credits';
import { mentionOf } from './name-mention';
import { writtenLower } from './outlet-footer-echo';
import type { OutletFind } from './outlet-lines';

/** A capitalised word of a cased script, letters only ("Harbour", "Öst", "O'Neill"). */
const capitalised = (w: string) => isCased(w) && /^\p{Lu}/u.test(w) && /\p{Ll}/u.test(w) && /^[\p{L}\p{M}&'’-]+$/u.test(w);

/**
 * The runs of two to four capitalised words in a line (a lower-case particle of one to three letters of `stopwords`
 * between two of them), every one of them and their shorter runs, longest first. A capitalised stopword ends a run.
 */
export function capitalisedRuns(text: string, stopwords: ReadonlySet<string>): string[] {
  const tokens = text.trim().split(/[\s|·•–—›»]+/u).map((w) => w.replace(/^[("“«]+|[)"”».,;:!?]+$/gu, ''));
  const name = (w: string) => capitalised(w) && !stopwords.has(w.toLowerCase());
  const particle = (i: number) => i > 0 && /^\p{Ll}{1,3}$/u.test(tokens[i]!) && stopwords.has(tokens[i]!) && name(tokens[i - 1]!) && name(tokens[i + 1] ?? '');
  // A short capitalised stopword before a run is its article ("Il Quotidiano del Nord", "The Harbour Ledger"): the run is read with it and without.
  const article = (i: number) => i > 0 && /^\p{Lu}\p{Ll}{0,2}$/u.test(tokens[i - 1]!) && stopwords.has(tokens[i - 1]!.toLowerCase());
  const runs: string[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    if (!name(tokens[i]!)) continue;
    for (let j = i + 1, names = 1; j < tokens.length && names < 4 && (name(tokens[j]!) || particle(j)); j += 1) {
      if (name(tokens[j]!)) {
        names += 1;
        runs.push(tokens.slice(i, j + 1).join(' '));
        if (article(i)) runs.push(tokens.slice(i - 1, j + 1).join(' '));
      }
    }
  }
  return runs.sort((a, b) => b.split(' ').length - a.split(' ').length);
}

/**
 * The name the header and footer of `filled` (the page's non-empty lines) both print (see the module comment), as a
 * find on its header line; null when there is none.
 */
export function headerFooterFind(filled: readonly SourceLine[], stopwords: ReadonlySet<string>, end = 5): OutletFind | null {
  if (filled.length < end + 3) return null;
  const last = filled.slice(-end);
  // Most pages print no run of the top lines again at their end: that is tried first, on the cheapest test.
  const candidates = filled.slice(0, end).flatMap((l) => capitalisedRuns(l.text, stopwords).filter((run) => last.some((o) => mentionOf(o.text, run) !== null)).map((run) => ({ l, run })));
  if (candidates.length === 0) return null;
  const story = filled.findIndex(isStoryText);
  const lastStory = filled.findLastIndex(isStoryText);
  // A header above the story, a footer of its own below it.
  if (story < 1 || lastStory >= filled.length - 1) return null;
  const footerFrom = Math.max(lastStory + 1, filled.length - end);
  const footer = filled.slice(footerFrom).filter((l) => !isRunningSentence(l.text));
  for (const { l, run } of candidates) {
    if (filled.indexOf(l) >= story || isRunningSentence(l.text) || matchByline(l.text) !== null) continue;
    if (!isOutletName(run, stopwords) || isHomeLink(run) || classifyFurniture(run) !== null) continue;
    if (!footer.some((o) => mentionOf(o.text, run) !== null)) continue;
    const others = filled.filter((o) => o.n !== l.n);
    // Between the two places the story's text: a name it mentions is its subject. Alone on a line, a menu's entry.
    if (filled.slice(0, footerFrom).some((o) => o.n !== l.n && mentionOf(o.text, run) !== null)) continue;
    if (others.some((o) => foldName(o.text) === foldName(run)) || run.split(' ').some((w) => writtenLower(w, others))) continue;
    return { value: run, line: l.n, kind: 'header and footer', text: l.text, weight: 2 };
  }
  return null;
}
