/**
 * A © line the scrape broke in two: the mark with its years on a line of its own ("©", "© 2026", "Copyright ©
 * 2008–2026", "(c) 2026") and the name on the next line ("Quillby Tribune"), as a footer's `<span>© 2026</span>
 * <a>Quillby Tribune</a>` is scraped. Two signals agree: the mark says the next words are the rights holder's, and the
 * place, below the story's text, is the footer's. The name line must be a name and nothing more: two to four words (or
 * one word of a script without case), none of them but a joining particle inside a function word of the page's
 * language ("About us", "Contact us" are the footer's links), no word the page writes in lower case elsewhere (a link's
 * common words: "Terms", "Privacy"), no furniture, no home link. Two points: a © line's name a line apart says a little
 * less than one on the mark's own line.
 */
import type { SourceLine } from '../source/normalise';
import { endsSentence } from '../segment/text-shape';
import { classifyFurniture } from '../segment/line-rules';
import { isStoryText } from './outlet-credits';
import { copyrightFind } from './outlet-copyright';
import { isHomeLink } from './outlet-address';
import { isCased } from './name-shape';
import { writtenLower } from './outlet-footer-echo';
import type { OutletFind } from './outlet-lines';

/** The mark alone with its years: "©", "© 2026", "Copyright © 2008–2026", "(c) 2026", "ⓒ 2026.". */
const BARE_MARK = /^(?:[©ⓒⒸ]|\([cC]\)|Copyright|COPYRIGHT)(?:\s*(?:[©ⓒⒸ]|\([cC]\)|\d{4}(?:\s*[-–—]\s*\d{4})?))*[\s.,]*$/u;

/** Whether a line is a name alone, as the module comment reads it (`others`: the page's other lines). */
function nameAlone(text: string, others: readonly SourceLine[], stopwords: ReadonlySet<string>): boolean {
  const tokens = text.split(/\s+/u);
  if (tokens.length > 4 || (tokens.length < 2 && isCased(text)) || text.length > 40 || /\p{N}/u.test(text) || endsSentence(text) || isHomeLink(text) || classifyFurniture(text) !== null) return false;
  const particle = (w: string, i: number) => i > 0 && i < tokens.length - 1 && /^\p{Ll}{1,3}$/u.test(w);
  return tokens.every((w, i) => particle(w, i) || (!stopwords.has(w.toLowerCase()) && !writtenLower(w, others)));
}

/**
 * The names broken © lines give among the last `end` of `filled` (the page's non-empty lines): a copyright find on
 * the name's line, read as copyrightFind reads the two lines joined, when the joined line's name is the whole name line.
 */
export function splitCopyrightFinds(filled: readonly SourceLine[], stopwords: ReadonlySet<string>, end = 6): OutletFind[] {
  const finds: OutletFind[] = [];
  for (let i = Math.max(1, filled.length - end); i < filled.length - 1; i += 1) {
    const mark = filled[i]!;
    if (!BARE_MARK.test(mark.text.trim())) continue;
    // Below the story's text: some of it above the mark, none below.
    if (!filled.slice(0, i).some(isStoryText) || filled.slice(i + 1).some(isStoryText)) continue;
    const next = filled[i + 1]!;
    const name = next.text.trim();
    if (!nameAlone(name, filled.filter((o) => o.n !== next.n), stopwords)) continue;
    const joined = copyrightFind({ ...next, text: `${mark.text.trim()} ${name}` }, stopwords);
    if (joined?.value !== name) continue;
    finds.push({ value: name, line: next.n, kind: 'copyright line', text: `${mark.text.trim()} / ${name}`, weight: 2 });
  }
  return finds;
}
