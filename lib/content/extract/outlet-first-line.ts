/**
 * The masthead alone at the top of the page, read by its shape: a name with its tagline on the first line
 * ("Lõunaleht – uudised Lõuna-Eestist") and a name of two to four capitalised words alone there ("Gazeta do
 * Vale"). outlet-masthead.ts reads the top lines the page names again; these read the first line by itself.
 */
import type { SourceLine } from '../source/normalise';
import { endsSentence } from '../segment/text-shape';
import { classifyFurniture } from '../segment/line-rules';
import { isCased, isOutletName } from './name-shape';
import { foldName, isDomain, isHomeLink } from './outlet-address';

type Find = { value: string; line: number; kind: 'masthead'; text: string; weight: number };

/**
 * The masthead on the page's first line with a tagline after it: "Name – a tagline" whose second part runs on in
 * lower case like a phrase ("Lõunaleht – uudised Lõuna-Eestist", "Harbour Ledger – news from the coast"), or opens
 * with a capital where the page prints it nowhere else (`lines`: the page's lines). Two
 * points: the first line is the masthead's place, and a name with a description of itself is a site's shape (a
 * headline's site stands last: "Headline – Site"). A name alone on the first line is read by
 * loneFirstLineMastheadFind, with its own guards against a menu's or breadcrumb's head ("Ana Sayfa").
 * (The story's headline may stand first: the caller drops a masthead on the
 * headline's line.)
 */
export function firstLineMastheadFind(l: SourceLine, stopwords: ReadonlySet<string>, lines: readonly SourceLine[] = []): Find | null {
  const parts = l.text.trim().split(/\s+[|–—-]\s+/u);
  if (parts.length !== 2) return null;
  const [name, tagline] = [parts[0]!.trim(), parts[1]!.trim()];
  const nameWords = name.split(/\s+/u);
  const taglineWords = tagline.split(/\s+/u);
  // Every word of the name capitalised, none a stopword but the first (an article): "Strona główna – …" is a phrase.
  // A domain is a name in whatever case ("ilgiornale.it – …").
  const named =
    nameWords.length <= 3 &&
    isOutletName(name, stopwords) &&
    (isDomain(name) || nameWords.every((w, i) => isCased(w) && /^\p{Lu}/u.test(w) && (i === 0 || !stopwords.has(w.toLowerCase()))));
  const phrase = taglineWords.length >= 2 && taglineWords.length <= 8 && isCased(taglineWords[0]!) && !/\p{Nd}/u.test(tagline) && !endsSentence(tagline);
  // A tagline capitalised like a sentence ("Știri de ultimă oră", "Sveriges största nyhetssajt") reads the same as a
  // headline after its section ("Esteri – Nuovi radar per la difesa"), but a page prints its headline again on a line
  // of its own, and its tagline nowhere else. Every word capitalised is a title's shape ("News From The Coast"), not a phrase's.
  const printedAgain = () => lines.some((o) => o.n !== l.n && foldName(o.text).includes(foldName(tagline)));
  const runsLower = taglineWords.some((w) => isCased(w) && /^\p{Ll}/u.test(w));
  const runsOn = phrase && runsLower && (/^\p{Ll}/u.test(taglineWords[0]!) || !printedAgain());
  return named && runsOn ? { value: name, line: l.n, kind: 'masthead', text: l.text, weight: 2 } : null;
}

/**
 * A name of two to four words alone on the page's first line, every word but a joining stopword capitalised
 * ("Gazeta do Vale", "Nordkustens Dagblad", "Corriere della Valle"): the masthead, two points. The first line is
 * the masthead's place, and a phrase is not written so: a section or menu phrase runs on in lower case
 * ("Strona główna", "Головні новини дня"), a skip link is furniture wherever it stands ("Direkt zum Inhalt").
 * A single word stays unread (a section word has its shape), and so do a site's home link of two words
 * ("Ana Sayfa", "Front Page") or a line opening with one ("Home Cronaca Politica"), a menu's head, four
 * capitalised words with no stopword among them (a menu run on one line: "Wiadomości Polska Świat Biznes") and a line shouted in capitals (a label:
 * "IN EVIDENZA"; a masthead in capitals is named again lower down, where mastheadFind reads it). Only in scripts with letter case: elsewhere the shape says nothing.
 * Straight above the headline, where a section label also stands ("Local News"), chooseOutlet counts it one point.
 */
export function loneFirstLineMastheadFind(l: SourceLine, stopwords: ReadonlySet<string>): Find | null {
  const name = l.text.trim();
  const tokens = name.split(/\s+/u);
  if (tokens.length < 2 || tokens.length > 4 || name.length > 40 || /\p{N}/u.test(name) || endsSentence(name)) return null;
  if (!isCased(tokens[0]!) || !isOutletName(name, stopwords) || isHomeLink(name) || isHomeLink(tokens[0]!) || !/\p{Ll}/u.test(name) || classifyFurniture(name) !== null) return null;
  const last = tokens.at(-1)!;
  const capital = (w: string) => /^\p{Lu}/u.test(w);
  // A joining word: a stopword ("della", "do", "de"), or one with a particle's shape, one to three lower-case
  // letters between two capitalised words, where the page's stopword list lacks it (a language without a list, a
  // page read as another language: "Naidheachdan na Mara", "Papur y Cwm").
  const joining = (w: string, i: number) => i > 0 && i < tokens.length - 1 && (stopwords.has(w.toLowerCase()) || /^\p{Ll}{1,3}$/u.test(w));
  // Every word capitalised, but a joining word; the last a capitalised word of its own.
  const named = capital(last) && !stopwords.has(last.toLowerCase()) && tokens.every((w, i) => capital(w) || joining(w, i));
  // Four words are a name only with a joining word inside ("Il Quotidiano del Sud"); four capitalised
  // words alone are a menu run on one line ("Wiadomości Polska Świat Biznes").
  const joined = tokens.length < 4 || tokens.some(joining);
  return named && joined ? { value: name, line: l.n, kind: 'masthead', text: l.text, weight: 2 } : null;
}
