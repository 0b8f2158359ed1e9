/**
 * A site's name with its tagline in the footer: "Harbour Ledger – independent news since 1998", "Gazzetta del Lago |
 * il quotidiano della valle", "Kustbladet Öst — nyheter från kusten sedan 1921". The shape is firstLineMastheadFind's
 * (outlet-first-line.ts) at the other end of the page: a name, a dash or bar, then a description of itself that runs
 * on in lower case like a phrase, in any language with letter case. Two signals agree: the line stands where a site
 * names itself (among the page's last lines, apart from the story's text: none right above it, none anywhere below)
 * and it has a site's shape (a name with a description of itself; a footer link's label is no name).
 *
 * What else has the shape, and is not read:
 * - a teaser list at the page's end ("Harbour Council – what the vote means for you"): one of a run of alike lines,
 *   and its subject is the story's, named in the running text: a name the page prints on another line is not read
 *   (but on the page's first line, the masthead's place, where it agrees);
 * - an author's bio ("Anna Reed – reporter covering the coast"): the byline prints the name too;
 * - a single word ("Newsletter – the day's news in your inbox", "Sport – all the results"): a footer link as often,
 *   read only with a brand's shape ("NewsHub", "harbourledger.example");
 * - a colon label ("Read also: …", "Update: …"): no colon is read.
 * Two points.
 */
import type { SourceLine } from '../source/normalise';
import { endsSentence, wordCount } from '../segment/text-shape';
import { classifyFurniture } from '../segment/line-rules';
import { isCased, isOutletName } from './name-shape';
import { isStoryText } from './outlet-credits';
import { isHomeLink } from './outlet-address';
import { isBrandShaped } from './outlet-masthead';
import { mentionOf } from './name-mention';
import type { OutletFind } from './outlet-lines';

/** Where the name ends and the tagline begins: a dash or a bar with spaces round it. */
const SEPARATOR = /\s+[|–—-]\s+/u;

/** A capitalised word of a cased script, letters only ("Harbour", "Öst", "O'Neill"). */
const capitalised = (w: string) => isCased(w) && /^\p{Lu}/u.test(w) && /^[\p{L}\p{M}&'’.-]+$/u.test(w);
/** A word of a cased script in lower case. */
const lowerCased = (w: string) => isCased(w) && /^\p{Ll}/u.test(w);

/**
 * The name of a "Name – tagline" line (see the module comment): one to four words, every one capitalised but a joining
 * particle of one to three lower-case letters between two of them (a single word only with a brand's shape), and a
 * tagline of two to ten words that opens in lower case, holds two lower-case words or more and asks no question.
 */
export function footerTaglineName(text: string, stopwords: ReadonlySet<string>): string | null {
  const parts = text.trim().split(SEPARATOR);
  if (parts.length !== 2) return null;
  const [name, tagline] = [parts[0]!.trim(), parts[1]!.trim()];
  const nameWords = name.split(/\s+/u);
  const taglineWords = tagline.split(/\s+/u);
  if (nameWords.length > 4 || taglineWords.length < 2 || taglineWords.length > 10 || /[?？]$/u.test(tagline)) return null;
  const joining = (w: string, i: number) => i > 0 && i < nameWords.length - 1 && /^\p{Ll}{1,3}$/u.test(w);
  const named = capitalised(nameWords[0]!) && capitalised(nameWords.at(-1)!) && nameWords.every((w, i) => capitalised(w) || joining(w, i));
  const brand = nameWords.length === 1 && isBrandShaped(name);
  if (!(named && (nameWords.length >= 2 || brand))) return null;
  // A name in capitals is a label shouted ("IN EVIDENZA – …"), a name's first word a function word a phrase's ("The End – …").
  if (!/\p{Ll}/u.test(name) || stopwords.has(nameWords.at(-1)!.toLowerCase())) return null;
  if (!lowerCased(taglineWords[0]!) || taglineWords.filter(lowerCased).length < 2) return null;
  if (!isOutletName(name, stopwords) || isHomeLink(name) || isHomeLink(nameWords[0]!) || classifyFurniture(name) !== null) return null;
  return name;
}

/** Whether a line has the "Name – tagline" shape at all (a teaser's too): capitalised words, a separator, a lower-case word. */
const taglineShaped = (l: SourceLine | undefined) => l !== undefined && /^\s*\p{Lu}[^|–—]*\s[|–—-]\s+\p{Ll}/u.test(l.text);

/**
 * A footer's "Name – tagline" line among the last `end` of `filled` (the page's non-empty lines), apart from the
 * story's text and from lines of its own shape, whose name the page prints on no other line but its first: the
 * outlet, two points.
 */
export function footerTaglineFinds(filled: readonly SourceLine[], stopwords: ReadonlySet<string>, end = 5): OutletFind[] {
  const finds: OutletFind[] = [];
  for (let i = Math.max(3, filled.length - end); i < filled.length; i += 1) {
    const l = filled[i]!;
    if (!SEPARATOR.test(l.text) || wordCount(l.text) > 14 || endsSentence(l.text.trim().split(SEPARATOR)[0]!)) continue;
    // The story's text stands above a footer, apart from it; none stands below. A run of alike lines is a teaser list.
    if (isStoryText(filled[i - 1]) || filled.slice(i + 1).some(isStoryText) || !filled.slice(0, i - 1).some(isStoryText)) continue;
    if (taglineShaped(filled[i - 1]) || taglineShaped(filled[i + 1])) continue;
    const name = footerTaglineName(l.text, stopwords);
    if (name && !filled.slice(1).some((o) => o.n !== l.n && mentionOf(o.text, name) !== null)) finds.push({ value: name, line: l.n, kind: 'footer tagline', text: l.text, weight: 2 });
  }
  return finds;
}
