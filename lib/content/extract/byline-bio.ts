/**
 * Where the writer's bio stands under the story with no name line over it: the last lines of the text open with the
 * name the byline above gave ("Ana Ribeiro is a reporter on the city desk.", "Ana Ribeiro é jornalista…"). The
 * byline's repetition, the bio's place at the text's end and its shortness agree; the story above never names the
 * writer, as a story does name the people it is about. (With a name line over the bio, author-box.ts decides.)
 */
import type { Block } from '../segment/segment';
import { matchBareName } from '../segment/byline';
import { isTextProse } from '../segment/running-text';
import { wordCount, words } from '../segment/text-shape';

/** A bio is short: at most this many words, in at most three sentences. */
const BIO_MAX_WORDS = 50;
const BIO_MAX_SENTENCES = 3;
/** One-line sentences under the bio (a "follow" line, a mail address) are at most this long. */
const UNDER_MAX_WORDS = 25;
/** The bio is one of the text's last blocks: at most this many above its last. */
const BIO_REACH = 2;

const isDate = (b: Block | undefined) => b?.mark?.kind === 'dateline' || b?.mark?.kind === 'stamp';

/**
 * The names the header gives as its writer's: a byline's or a dateline's author, or a bare name alone on its line
 * beside a date, where bylines stand (a bare name elsewhere in a header may be a tag naming someone the story is about).
 */
function headerNames(blocks: Block[], first: number): string[] {
  const out: string[] = [];
  for (let k = 0; k < first; k++) {
    const [b, m] = [blocks[k]!, blocks[k]!.mark];
    const bare = m === null && b.lines.length === 1 && (isDate(blocks[k - 1]) || isDate(blocks[k + 1]));
    const author = m?.kind === 'byline' ? m.byline.author : m?.kind === 'dateline' ? m.byline?.author : bare ? matchBareName(b.text)?.author : undefined;
    // A name is two words at least: one word ("Redação") names a desk, and a bio never opens with it.
    if (author !== undefined && /\s/u.test(author.trim())) out.push(author.trim());
  }
  return out;
}

/**
 * Whether `b` opens with `name` as its subject: the name, then a comma or a word in lower case ("is", "é", "ist"), or
 * any word in a script without case; the bio is one line of running text, short, in at most three sentences.
 */
function opensWithName(b: Block, name: string): boolean {
  const t = b.text.trim();
  if (!isTextProse(b) || b.lines.length !== 1 || !t.startsWith(name) || wordCount(t) > BIO_MAX_WORDS) return false;
  if (t.split(/(?<=\p{Sentence_Terminal})\s+/u).length > BIO_MAX_SENTENCES) return false;
  const rest = t.slice(name.length);
  return /^,\s/u.test(rest) || /^\s+(?:\p{Ll}|[^\p{Lu}\p{Lt}\p{Ll}\s\p{P}])/u.test(rest);
}

/**
 * The index of the bio under the story, or -1: one of the text's last blocks opens with a name the header gave, the
 * blocks under it to `last` are one-line lines of at most 25 words, and no block of the story above it (from `first`)
 * holds the name's last word. A story that names its writer is about them (an interview, a profile), so it keeps it.
 */
export function bylineBioAt(blocks: Block[], first: number, last: number): number {
  const names = headerNames(blocks, first);
  if (names.length === 0) return -1;
  for (let k = last; k > first && k >= last - BIO_REACH; k--) {
    const below = blocks.slice(k + 1, last + 1);
    if (below.some((b) => b.lines.length !== 1 || wordCount(b.text) > UNDER_MAX_WORDS)) return -1;
    const name = names.find((n) => opensWithName(blocks[k]!, n));
    if (name === undefined) continue;
    const surname = words(name).at(-1)?.toLocaleLowerCase() ?? '';
    const named = blocks.slice(first, k).some((b) => words(b.text).some((w) => w.toLocaleLowerCase() === surname));
    return surname.length > 1 && !named ? k : -1;
  }
  return -1;
}
