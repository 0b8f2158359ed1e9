/**
 * How far a © line's name runs, by what the rest of the page prints. A © line's words past the name are a rights
 * phrase, a slogan or an address in a language whose notice no list holds ("© 2026 ნავსადგურის ამბები ყველა უფლება
 * დაცულია", "© 2026 ข่าวท่าเรือ ถนนสุขุมวิท"): in a script without capitals nothing in the line's shape says where
 * the name stops. The page says it: the name is the part of those words it prints again on its own, as a masthead or
 * beside a headline ("Headline | ნავსადგურის ამბები"). The © line's words are cut to the longest such run.
 */
import type { SourceLine } from '../source/normalise';
import { foldName, isHomeLink } from './outlet-address';
import type { OutletFind } from './outlet-lines';
import { COPYRIGHT_MARK } from './rights-notice';
import { isCased } from './name-shape';

/** Separators between the parts of a line: a title line's bar or dash, a tagline's dash, a field's colon, a list's bullet or comma. */
const PARTS = /\s*[|｜•·:：,،、]\s*|\s+[-–—]\s+|\s*[–—]\s*/u;

/** A one-letter prefix glued to a name in a script that writes its prepositions so ("لصحيفة المرفأ": "for the Marfa paper", "לחדשות הנמל"). */
const CLITIC = /^[\p{Script=Arabic}\p{Script=Hebrew}](?=[\p{Script=Arabic}\p{Script=Hebrew}]{2,})/u;

/** The parts of a line, folded: the whole line and each part between separators. */
const partsOf = (text: string) => [text.trim(), ...text.trim().split(PARTS)].map(foldName).filter((p) => p !== '');

/**
 * Where the page prints a run of words as a name of its own (`many`), and where a run of one word (`one`): only as a
 * part of a line with separators (a title line, a footer's row of links); alone on a line it is a menu's or a
 * section's word as often, on the first line too ("Ziņas" over "© Rīgas Ziņas").
 */
function printedRuns(filled: readonly SourceLine[], except: number): { many: Set<string>; one: Set<string> } {
  const many = new Set<string>();
  const one = new Set<string>();
  for (const l of filled) {
    if (l.n === except) continue;
    const parts = partsOf(l.text);
    const parted = parts.length > 2;
    for (const p of parts) {
      if (isHomeLink(p)) continue;
      many.add(p);
      if (parted) one.add(p);
    }
  }
  return { many, one };
}

/**
 * A © line's find, its name cut to the longest run of its words (from its start or to its end, after a glued one-letter
 * preposition at most) that the page prints elsewhere as a name of its own (printedRuns),
 * when the page never prints the whole name so. A name of one word, or one the page prints whole, stays.
 */
export function withPrintedExtent(find: OutletFind | null, filled: readonly SourceLine[]): OutletFind | null {
  if (find === null) return null;
  const tokens = find.value.trim().split(/\s+/u);
  const { many, one } = printedRuns(filled, find.line);
  if (many.has(foldName(find.value))) return find;
  // A name read short that the page prints whole with the words after it on the © line ("बंदरगाह" of "© 2026 बंदरगाह समाचार …").
  const after = find.text.slice(find.text.indexOf(find.value) + find.value.length).split(/\s+/u).filter((w) => w !== '');
  for (let k = Math.min(3, after.length); k >= 1 && find.text.includes(find.value); k -= 1) {
    const longer = `${find.value} ${after.slice(0, k).join(' ')}`.replace(/[.,;:]+$/u, '');
    if (many.has(foldName(longer))) return { ...find, value: longer };
  }
  // The name before the mark, where the words after it are the notice ("港灣日報 © 2026 版權所有"): the page's first line,
  // the masthead's place, is that name alone. A footer's links before the mark ("Contact us © 2026 …") are not.
  const before = find.text.split(COPYRIGHT_MARK)[0]!.split(PARTS).at(-1)!.replace(/[\s\d.,–—-]+$/u, '').trim();
  const head = filled[0] && filled[0].n !== find.line ? foldName(filled[0].text) : null;
  if (before !== '' && !find.value.includes(before) && foldName(before) === head) return { ...find, value: before };
  if (tokens.length < 2) return find;
  const printed = (run: string[]) => {
    const name = run.join(' ');
    if ([...name].length < 2) return false;
    // One word of a script with capitals is read by its case on the © line ("Radio Harbour Valley"), never cut so.
    // An address's spelling is left to infer-outlet.ts: a domain spells a name's head as often ("lavoce" of "La Voce del Porto").
    return run.length > 1 ? many.has(foldName(name)) : !isCased(name) && one.has(foldName(name));
  };
  const unglued = (run: string[]) => [run[0]!.replace(CLITIC, ''), ...run.slice(1)];
  for (let k = tokens.length - 1; k >= 1; k -= 1) {
    // A name's last word alone is a section's word as often as its own ("Ziņas" of "Rīgas Ziņas"): runs to the end take two words.
    for (const run of k > 1 ? [tokens.slice(0, k), tokens.slice(tokens.length - k)] : [tokens.slice(0, k)]) {
      const found = printed(run) ? run : CLITIC.test(run[0]!) && printed(unglued(run)) ? unglued(run) : null;
      if (found) return { ...find, value: found.join(' ') };
    }
  }
  // The whole name with its glued preposition gone ("لصحيفة المرفأ" where the page prints "صحيفة المرفأ").
  return CLITIC.test(tokens[0]!) && printed(unglued(tokens)) ? { ...find, value: unglued(tokens).join(' ') } : find;
}
