/**
 * A footer's link that names the site: "About Harbour Ledger", "Subscribe to Harbour Ledger", "Download the Harbour
 * Ledger app", "Sobre o Jornal do Vale", "Über Nordkurier Online". In any language with letter case the shape is the
 * same: among the page's last lines, below the story's text, a short line holds a name of two to four capitalised
 * words (a joining particle inside: "Jornal do Vale") beside one to three words a link's label adds, which are no
 * name's: before it a verb or preposition (capitalised only as the line's first word; a function word of the page's
 * language does not join the name: "About", "Sobre", "Über"), after it one lower-case word at most ("app"). A name that
 * opens the line takes one short word after it ("Harbour Ledger app"): where nouns are capitalised, a noun and a longer
 * verb read the same ("Per E-Mail versenden").
 *
 * What has the shape too, and is not read:
 * - a footer's menu entry in title case ("Privacy Policy", "Terms of Use", "Back to Top"): the whole line is the run,
 *   nothing beside it; "Do Not Sell My Personal Information": capitalised words beside the run but the first;
 * - a credit to another company ("Designed by Pixel Works", "Powered by Arc Publishing", "Part of Coastal Media
 *   Group"): an agent's preposition right before the name, or a company's words in it (outlet-legal-form.ts);
 * - a platform or app store ("Listen on Apple Podcasts", "Get it on Google Play"), a home link ("Back to Home Page");
 * - a writer's or subject's name ("More articles by Anna Reed", "Anna Reed is a reporter"): the page prints it on
 *   another line (the byline, the story), and a sentence runs on for more than one word after it; a signature
 *   straight under the story's text ("Reportagem de Ana Silva"), where no footer link stands;
 * - a label's common words ("Submit a News Tip"): a word of the name the page writes in lower case elsewhere.
 * Two points: the line stands where a site names itself, and has a link's shape around a name.
 */
import type { SourceLine } from '../source/normalise';
import { endsSentence } from '../segment/text-shape';
import { classifyFurniture } from '../segment/line-rules';
import { readerNotice } from '../segment/reader-notice';
import { isCased } from './name-shape';
import { isOutletName } from './outlet-name';
import { isStoryText } from './outlet-credits';
import { isHomeLink } from './outlet-address';
import { isCompanyName, isLegalForm } from './outlet-legal-form';
import { mentionOf } from './name-mention';
import { writtenLower } from './outlet-footer-echo';
import type { OutletFind } from './outlet-lines';

/**
 * Prepositions that credit an agent ("Designed by", "Réalisé par", "Realizado por", "Ein Angebot von"): a name after
 * one made the page, a company's or a designer's, not the site's. A veto, never a reason to read a line.
 */
const AGENT = new Set(['by', 'von', 'par', 'por', 'door', 'av', 'przez', 'od', 'от', 'від', 'ад', 'által', 'oleh', 'bởi', 'tarafından']);

/** The makers of the platforms a footer links to ("Listen on Apple Podcasts", "Amazon Music"), beside reader-notice.ts's own: a veto. */
const PLATFORM_OWNER = /^(?:Apple|Google|Amazon|Microsoft|Spotify|Samsung|Huawei|Yahoo|Deezer|Flipboard|Pocket Casts|SoundCloud)\b/u;

/** A capitalised word of a cased script, letters only ("Harbour", "Öst", "O'Neill"). */
const capitalised = (w: string) => isCased(w) && /^\p{Lu}/u.test(w) && /^[\p{L}\p{M}&'’-]+$/u.test(w);
/** A word of a cased script in lower case. */
const lowerCased = (w: string) => isCased(w) && /^\p{Ll}/u.test(w);

/**
 * The name a footer link's label holds (see the module comment), or null. `stopwords` are the page's language's: a
 * capitalised one does not join the name ("About", "Über"), a lower-case one of one to three letters between two
 * capitalised words does ("Jornal do Vale").
 */
export function footerLinkName(text: string, stopwords: ReadonlySet<string>): string | null {
  const t = text.trim();
  if (/[\p{N}:|–—•·@/]/u.test(t) || endsSentence(t)) return null;
  const tokens = t.split(/\s+/u);
  if (tokens.length < 3 || tokens.length > 7) return null;
  const stop = (w: string) => stopwords.has(w.toLowerCase());
  const nameWord = (w: string) => capitalised(w) && !stop(w);
  // A particle joins two name words, but not after the line's first word, a link's verb ("Download the Harbour Ledger app").
  const particle = (i: number) => i > 1 && /^\p{Ll}{1,3}$/u.test(tokens[i]!) && stop(tokens[i]!) && nameWord(tokens[i - 1]!) && nameWord(tokens[i + 1] ?? '');
  // The longest run of name words, particles inside.
  let best: [number, number] | null = null;
  for (let i = 0; i < tokens.length; i += 1) {
    if (!nameWord(tokens[i]!)) continue;
    let j = i + 1;
    while (j < tokens.length && (nameWord(tokens[j]!) || particle(j))) j += 1;
    if (best === null || j - i > best[1] - best[0]) best = [i, j];
    i = j - 1;
  }
  if (best === null) return null;
  const [from, to] = best;
  const before = tokens.slice(0, from);
  const after = tokens.slice(to);
  const run = tokens.slice(from, to);
  // A name first, with nothing before it, takes a short word after it ("Harbour Ledger app"): a longer one is a verb in
  // a language that capitalises its nouns as often ("Per E-Mail versenden": "send by e-mail").
  const short = after.length === 1 && [...after[0]!].length <= 4;
  if (run.length < 2 || run.length > 4 || (before.length === 0 && !short) || before.length > 3 || after.length > 1) return null;
  // Beside the name, lower-case words only, but the line's first word.
  if (!before.every((w, i) => lowerCased(w) || (i === 0 && capitalised(w))) || !after.every(lowerCased)) return null;
  if (before.length > 0 && AGENT.has(before.at(-1)!.toLowerCase())) return null;
  const name = run.join(' ');
  if (!isOutletName(name, stopwords) || isHomeLink(name) || isCompanyName(name) || run.some(isLegalForm)) return null;
  if (readerNotice(t) !== null || readerNotice(name) !== null || PLATFORM_OWNER.test(name) || classifyFurniture(name) !== null) return null;
  return name;
}

/**
 * A footer link naming the site among the last `end` of `filled` (the page's non-empty lines): below the story's text
 * (some above it, none below), its name printed on no line above the footer's but the page's first (the masthead's
 * place, where it agrees; other footer links may name it too). The outlet, two points.
 */
export function footerLinkFinds(filled: readonly SourceLine[], stopwords: ReadonlySet<string>, end = 5): OutletFind[] {
  const finds: OutletFind[] = [];
  for (let i = Math.max(3, filled.length - end); i < filled.length; i += 1) {
    const l = filled[i]!;
    // A line straight under the story's text, or one line below it, is a signature's place ("Reportagem de Ana Silva").
    if (filled.slice(i + 1).some(isStoryText) || !filled.slice(0, i).some(isStoryText) || isStoryText(filled[i - 1])) continue;
    const name = footerLinkName(l.text, stopwords);
    // Other footer lines may name it too ("Subscribe to Harbour Ledger", "Download the Harbour Ledger app"); above them, only the first line.
    const above = filled.slice(1, Math.max(1, filled.length - end));
    if (!name || above.some((o) => mentionOf(o.text, name) !== null)) continue;
    // A word of the name the page writes in lower case is a common noun ("Submit a News Tip": "news"), a label's, not a name's.
    const others = filled.filter((o) => o.n !== l.n);
    if (name.split(/\s+/u).some((w) => w.length > 3 && writtenLower(w, others))) continue;
    finds.push({ value: name, line: l.n, kind: 'footer link', text: l.text, weight: 2 });
  }
  return finds;
}
