/**
 * The page's own name in a notice to its reader: "Siga o Jornal do Norte no Google Notícias", "Подписывайтесь на
 * «360» в Дзене", "Follow Harbour Ledger on Telegram". A site asks to be followed under its own name, so a notice
 * (its words: `readerNotice`) in the lower part of the page (its place) that names one publication besides the
 * platform it points to names the page's outlet, worth two points.
 */
import type { SourceLine } from '../source/normalise';
import { readerNotice } from '../segment/reader-notice';
import { wordCount } from '../segment/text-shape';
import { isOutletName } from './name-shape';
import type { OutletFind } from './outlet-lines';
import { loneFirstLineMastheadFind } from './outlet-first-line';

/** A name the notice sets in quotes («360», „Glasul”, "Kuzey Postası"). */
const QUOTED = /[«„“"]([^«»„“”"]{1,40})[»”"]/gu;
/** A word of a name: a capital or a figure first; trailing punctuation is not part of it. */
const NAME_WORD = /^[\p{Lu}\p{N}][\p{L}\p{N}&'’.\-]*$/u;

const isPlatform = (name: string) => readerNotice(name) === 'platform';

/**
 * The capitalised runs after the notice's first word (its verb), a short lower-case particle kept between two of them
 * ("Jornal do Norte"), but not before a platform ("Jornal do Norte no Google Notícias" is two runs).
 */
function capitalisedRuns(text: string): string[] {
  const tokens = text.trim().split(/\s+/u).map((w) => w.replace(/[.,;:!?)]+$/u, ''));
  const runs: string[] = [];
  let run: string[] = [];
  for (let i = 1; i < tokens.length; i += 1) {
    const w = tokens[i]!;
    const particle = run.length > 0 && /^\p{Ll}{1,3}$/u.test(w) && NAME_WORD.test(tokens[i + 1] ?? '') && !isPlatform(tokens.slice(i + 1, i + 3).join(' '));
    if (NAME_WORD.test(w) || particle) run.push(w);
    else if (run.length > 0) runs.push(run.join(' ')), (run = []);
  }
  if (run.length > 0) runs.push(run.join(' '));
  return runs;
}

/**
 * The one publication a notice names besides the one platform it points to, or null when it names none or several.
 * A notice that names no platform is a rights or paywall line ("© Riproduzione riservata"); a list of them set apart
 * by bullets or bars is a share bar ("Share this: Facebook · X · Email").
 */
export function noticeName(text: string, stopwords: ReadonlySet<string>): string | null {
  if (/[·•|]/u.test(text)) return null;
  const runs = capitalisedRuns(text);
  if (runs.filter(isPlatform).length !== 1) return null;
  const quoted = [...text.matchAll(QUOTED)].map((m) => m[1]!.trim());
  // A figure in quotes is a name too («360»): the quotes set it apart as one.
  // A run may open with a capitalised pronoun or article ("Folgen Sie dem Ostkurier Morgen"): stopwords before the name go.
  // A capitalised article right before the name is the name's own ("Segui Il Tirreno su Facebook"), unless the
  // run opens with it and a lower-case stopword follows ("Folgen Sie dem Ostkurier": "Sie" is the reader).
  const trimmed = runs.map((r) => {
    const ws = r.split(' ');
    let first = ws.findIndex((w) => !stopwords.has(w.toLowerCase()));
    if (first < 0) return '';
    if (first === 1 && /^\p{Lu}/u.test(ws[0]!)) first = 0;
    return ws.slice(first).join(' ');
  });
  const named = quoted.length > 0 ? quoted.filter((n) => isOutletName(n, stopwords) || /^\p{N}{2,4}$/u.test(n)) : trimmed.filter((n) => n !== '' && !isPlatform(n) && isOutletName(n, stopwords));
  return named.length === 1 ? named[0]! : null;
}

/**
 * The site's own account in its footer, named without a verb: "Harbour Ledger on Facebook", "Jornal da Serra no
 * Instagram", "Naidheachdan na Mara air YouTube": a name of two to four words in a masthead's shape
 * (loneFirstLineMastheadFind), a short word joining it to one platform (a preposition of one to three letters, in
 * any language), the platform last. A single word there is the verb of a share link ("Share on Facebook", "Teilen
 * auf Facebook"), and stays unread.
 */
export function accountName(text: string, stopwords: ReadonlySet<string>): string | null {
  const tokens = text.trim().split(/\s+/u);
  if (tokens.length < 4 || tokens.length > 8) return null;
  // The platform: its last word, or two ("Google News").
  const cut = isPlatform(tokens.at(-1)!) ? 1 : tokens.length > 3 && isPlatform(tokens.slice(-2).join(' ')) ? 2 : 0;
  if (cut === 0) return null;
  // The joining word is required: a share bar runs words and platforms together ("Share Article Facebook").
  const rest = tokens.slice(0, -cut);
  if (rest.length < 3 || !/^\p{Ll}{1,3}$/u.test(rest.pop()!)) return null;
  const name = rest.join(' ');
  return loneFirstLineMastheadFind({ n: 0, text: name }, stopwords) ? name : null;
}

/** Notices in the last `end` non-empty lines (below the top three) that name the page. */
export function noticeFinds(filled: readonly SourceLine[], stopwords: ReadonlySet<string>, end = 12): OutletFind[] {
  return filled.flatMap((l, i) => {
    if (i < 3 || i < filled.length - end || wordCount(l.text) > 20) return [];
    const notice = readerNotice(l.text);
    const name = notice === 'strong' ? noticeName(l.text, stopwords) : notice === 'platform' ? accountName(l.text, stopwords) : null;
    return name ? [{ value: name, line: l.n, kind: 'reader notice' as const, text: l.text, weight: 2 }] : [];
  });
}
