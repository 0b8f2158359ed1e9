/**
 * A signature: a person's name with a short tail that is not part of it — a role, a place or an agency
 * ("Ana Ribeiro - Repórter", "Laura Gómez (EFE)", "Ana Souza, de São Paulo", "Erik Lund TT") — or a name
 * set in brackets or after a dash ("(Marco Rossi)", "— Jane Doe"). Shape only: callers use it where the
 * position already says "byline" (beside a date, under the headline, straight after the story's last paragraph),
 * because on its own "Inter Milano – Roma" has the same shape.
 */
import { type Byline, matchBareName } from './byline';
import { withoutAgencyInitials } from './name-capitals';
import { isCreditWord, isJobTitle } from './byline-labels';
import { endsSentence, wordCount } from './text-shape';

/** Where a tail starts: a spaced dash, bullet or bar, an opening bracket, a comma or a slash. */
const TAIL = /\s+[-–—·•|]\s+|\s*\(|\s*,\s+|\s*\/\s*/u;
/** A tail: one to four words, no figures (a date beside a name is a dateline's business), no sentence. */
const MAX_TAIL_WORDS = 4;

const isTail = (tail: string) => {
  const t = tail.replace(/\)\s*$/u, '').trim();
  return t !== '' && wordCount(t) <= MAX_TAIL_WORDS && !/\p{N}/u.test(t) && !endsSentence(t);
};

/** A name with a tail, or in brackets or after a dash (see the module comment); null when the head is no name. */
export function matchNameWithTail(text: string): Byline | null {
  const t = text
    .trim()
    .replace(/^[(［[]\s*(.+?)\s*[)\]］]$/u, '$1')
    .replace(/^[—–-]\s*/u, '')
    .trim();
  const bare = matchBareName(t);
  if (bare) {
    const name = withoutAgencyInitials(bare.author);
    return name === bare.author ? bare : { author: name, outlet: null };
  }
  // "Marco Rossi giornalista", "Ana Lima repórter da sucursal": a role in lower case straight after the name.
  const role = /^(\S+(?:\s+\S+){1,3}?)((?:\s+\p{Ll}[\p{L}\-]*){1,3})$/u.exec(t);
  const named = role ? matchBareName(role[1]!) : null;
  if (named && isTail(role![2]!)) return named;
  const sep = TAIL.exec(t);
  if (sep === null || sep.index === 0) return null;
  // "Chief Editor - Anna Berg", "Political Editor | Anna Berg": a job title before a dash or a bar, the name after it.
  const after = /^\s*[-–—·•|]\s*$/u.test(sep[0]) && isJobTitle(t.slice(0, sep.index)) ? matchBareName(t.slice(sep.index + sep[0].length)) : null;
  if (after !== null && !after.author.split(/\s+/u).some(isCreditWord)) return { author: withoutAgencyInitials(after.author), outlet: null };
  const head = matchBareName(t.slice(0, sep.index));
  return head && isTail(t.slice(sep.index + sep[0].length)) ? { author: withoutAgencyInitials(head.author), outlet: null } : null;
}
