/**
 * A site's sentence about itself in its footer: "Harbour Ledger is a member of the Independent Press Standards
 * Organisation", "Nordkuriren är medlem i Tidningsutgivarna", "Gazzetta del Lago è una testata registrata presso il
 * Tribunale di Como". In any language the shape is the same: among the page's last lines, apart from the story's
 * text, a line opens with a name of two to four capitalised words (a joining particle inside: "Gazzetta del Lago")
 * and runs on in lower case, the first word after the name one of the language's function words ("is", "är", "è":
 * a copula or a preposition, where a headline's verb or a menu's next word stands otherwise: "Terms and Conditions
 * apply"). A story's closing sentence has the shape too ("Harbour Council is expected to vote in March."), so a line
 * with the story's text right above it or anywhere below it is not read, as footer-address.ts does; a teaser's
 * headline runs on with a verb, not a function word. A name the page prints on another line is not read either: an
 * author box prints its writer's name over the bio ("Ana Ribeiro é repórter…"). A single word opening such a line is a common noun as often
 * ("Comments are closed"), and is not read; a short function word opens the name only as its article ("Le Courrier du
 * Lac est membre de…"). Two points. Only in scripts with letter case.
 */
import type { SourceLine } from '../source/normalise';
import { wordCount } from '../segment/text-shape';
import { classifyFurniture } from '../segment/line-rules';
import { isMonthName } from '../dates/month-names';
import { isWeekdayName } from '../dates/weekday-names';
import { isCased } from './name-shape';
import { isOutletName } from './outlet-name';
import { isStoryText } from './outlet-credits';
import { isHomeLink } from './outlet-address';
import { mentionOf } from './name-mention';
import type { OutletFind } from './outlet-lines';

/** A footer's sentence is short: a line of more words is a paragraph, whoever wrote it. */
const MAX_WORDS = 20;

/** A capitalised word of a cased script ("Harbour", "Gazzetta", "NOS"). */
const capitalised = (w: string) => isCased(w) && /^\p{Lu}/u.test(w);

/**
 * The name a line opens with, when the line runs on in lower case after it from a function word of `stopwords`:
 * two to four capitalised words, a lower-case stopword of one to four letters between two of them as a particle.
 */
export function footerSentenceName(text: string, stopwords: ReadonlySet<string>): string | null {
  const tokens = text.trim().split(/\s+/u);
  if (tokens.length < 5 || wordCount(text) > MAX_WORDS) return null;
  const taken: string[] = [];
  let i = 0;
  for (; i < tokens.length && taken.length < 5; i += 1) {
    const w = tokens[i]!;
    if (capitalised(w) && /^[\p{L}\p{M}&'’-]+$/u.test(w)) taken.push(w);
    else if (taken.length > 0 && /^\p{Ll}{1,4}$/u.test(w) && stopwords.has(w) && tokens[i + 1] !== undefined && capitalised(tokens[i + 1]!)) taken.push(w);
    else break;
  }
  const next = tokens[i];
  const rest = tokens.slice(i);
  // The name ends on a capitalised word; the line runs on from a function word, in lower case, for three words or more.
  if (taken.length < 2 || taken.length > 4 || !capitalised(taken.at(-1)!) || next === undefined || rest.length < 3) return null;
  if (!/^\p{Ll}/u.test(next) || !stopwords.has(next.toLowerCase())) return null;
  // A function word opens a name only as its article, short and before a word of the name ("Le Courrier du Lac", "Il
  // Piccolo"); a preposition before a month or a weekday opens a sentence ("In March the…", "On Monday the…").
  // In a language that capitalises its nouns an article and one noun open any sentence ("Die Redaktion ist…", "Der
  // Stadtrat hat…"): after an article the name has two capitalised words ("The Harbour Ledger", "Le Courrier du Lac").
  const article = stopwords.has(taken[0]!.toLowerCase());
  if (article && (taken[0]!.length > 3 || stopwords.has(taken[1]!.toLowerCase()) || isMonthName(taken[1]!) || isWeekdayName(taken[1]!))) return null;
  if (article && taken.slice(1).filter(capitalised).length < 2) return null;
  const name = taken.join(' ');
  if (!isOutletName(name, stopwords) || isHomeLink(name) || classifyFurniture(name) !== null) return null;
  return name;
}

/**
 * A footer sentence naming the site (see the module comment) among the last `end` of `filled` (the page's non-empty
 * lines), apart from the story's text: the outlet, two points.
 */
export function footerSentenceFinds(filled: readonly SourceLine[], stopwords: ReadonlySet<string>, end = 5): OutletFind[] {
  const finds: OutletFind[] = [];
  for (let i = Math.max(3, filled.length - end); i < filled.length; i += 1) {
    const l = filled[i]!;
    // The story's text stands above a footer (a line with none above it is the story's first), apart from it.
    if (isStoryText(filled[i - 1]) || filled.slice(i + 1).some(isStoryText) || !filled.slice(0, i - 1).some(isStoryText)) continue;
    const name = footerSentenceName(l.text, stopwords);
    // A name the page prints elsewhere too is a person's as often: an author box's bare name over its bio ("Ana
    // Ribeiro" over "Ana Ribeiro é repórter de política…"), a byline's. A masthead printed elsewhere is read there.
    if (name && !filled.some((o) => o.n !== l.n && mentionOf(o.text, name) !== null)) finds.push({ value: name, line: l.n, kind: 'footer sentence', text: l.text, weight: 2 });
  }
  return finds;
}
