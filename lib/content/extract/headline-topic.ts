/**
 * The headline is about the story. A line over the text that shares no word with the story's opening (a teaser of another
 * story, a site's promo line, a ticker item, a "read also" label) is furniture however well it scores, when another
 * qualifying line over the same text shares most of its words with that opening. Words are compared by meaning-bearing
 * shape, in any script: a page's stopwords (stopwords-iso) set aside, case and marks folded, and a word found in the
 * opening when a word there starts with its first five letters (inflected forms: "traghetto"/"traghetti" do not, but
 * "Marinha"/"Marinhas" do) or when the opening holds it whole inside a longer word (a prefixed form: Arabic "جيش" in
 * "والجيش", Korean "여객선" in "여객선을").
 */
import type { Block } from '../segment/segment';
import { hasCase, words } from '../segment/text-shape';
import { foldedLower } from '../fold-text';
import { HEADLINE_THRESHOLD } from './headline-line-score';

/** Characters of the story's opening read for its words: its first paragraph or two. */
const OPENING_CHARS = 800;
/** Letters a prefix match compares: enough to hold a stem in inflected languages, few enough to pass over endings. */
const STEM_LETTERS = 5;
/** Content words a line needs for its sharing none to mean anything: a short line may name its subject in other words. */
const MIN_CONTENT_WORDS = 3;

/** The story's opening: the lines after the header's `headerLines` lines, up to OPENING_CHARS, folded, with its word stems. */
type Opening = { text: string; stems: Set<string> };

function openingOf(others: readonly string[], headerLines: number): Opening | null {
  let text = '';
  for (let i = headerLines; i < others.length && text.length < OPENING_CHARS; i++) text += ` ${others[i]}`;
  if (text.trim() === '') return null;
  const folded = foldedLower(text);
  return { text: folded, stems: new Set(words(folded).map((w) => [...w].slice(0, STEM_LETTERS).join(''))) };
}

/**
 * Letters a word needs to carry meaning: three in a script with case; two without (a Korean, Chinese or Arabic word of two
 * letters is a whole noun).
 */
const leastLetters = (w: string) => (hasCase(w[0]!) ? 3 : 2);

/** A word that carries meaning: not a stopword, no figure, of leastLetters or more. */
function contentWords(text: string, stopwords: ReadonlySet<string>): string[] {
  return words(foldedLower(text)).filter((w) => !stopwords.has(w) && !/\p{N}/u.test(w) && [...w].length >= leastLetters(w));
}

/** How many of a line's content words (contentWords) the opening uses, of how many. */
function sharedWith(ws: readonly string[], opening: Opening): { shared: number; of: number } {
  // Inside a longer word: four letters or more in a script with case ("jour" is in "journée", but "port" in "report" too
  // would say little), any content word without case (Korean and Arabic glue particles and articles to the noun).
  const inside = (w: string) => (hasCase(w[0]!) ? [...w].length >= 4 : true) && opening.text.includes(w);
  const found = (w: string) => opening.stems.has([...w].slice(0, STEM_LETTERS).join('')) || inside(w);
  return { shared: ws.filter(found).length, of: ws.length };
}

/**
 * The headline at `at`, or, when the line at `at` shares none of its three or more content words with the story's opening,
 * the best-scoring other qualifying line that shares two words or more and at least half of its own (on a tie the later,
 * nearer the text). When no qualifying line does, the header's last unmarked line may, if it is a candidate at all (a
 * finite score): a short headline glued under a ticker of other stories loses its points as one of their run, and
 * stands straight over the text or its meta. `headerLines` is how many lines of `others` (every line of the file, in
 * order) the header holds.
 */
export function headlineOnTopic(header: Block[], at: number, scores: readonly number[], others: readonly string[], stopwords: ReadonlySet<string>): number {
  // A line of few content words says nothing by sharing none: it is tried before the opening is read.
  const best = contentWords(header[at]!.text, stopwords);
  if (best.length < MIN_CONTENT_WORDS) return at;
  const headerLines = header.reduce((n, b) => n + b.lines.length, 0);
  const opening = openingOf(others, headerLines);
  if (!opening || sharedWith(best, opening).shared > 0) return at;
  const onTopic = (b: Block) => {
    const s = sharedWith(contentWords(b.text, stopwords), opening);
    return s.shared >= 2 && 2 * s.shared >= s.of;
  };
  let found = -1;
  header.forEach((b, i) => {
    if (i === at || scores[i]! < HEADLINE_THRESHOLD || (found >= 0 && scores[i]! < scores[found]!)) return;
    if (onTopic(b)) found = i;
  });
  if (found >= 0) return found;
  const last = header.findLastIndex((b) => b.mark === null);
  return last > at && Number.isFinite(scores[last]) && onTopic(header[last]!) ? last : at;
}

/** Share of a line's content words the story's opening uses: the lower of how much it tells and at least MIN_CONTENT_WORDS words. */
const OPENING_SHARE = 0.8;
/** How much less of its words the lower line shares with the opening, for the upper line to say it more. */
const SHARE_MARGIN = 0.25;

/**
 * Whether the line `upper`, straight over the longer line `lower`, says the story's opening more: four words or more and
 * three content words or more, four fifths of them used in the opening, and `lower` using a quarter fewer of its own. A
 * headline names what the first paragraph tells; a caption, a standfirst or a teaser under it goes on to other words.
 * A kicker over a headline is too short to count. `headerLines` is read as in headlineOnTopic.
 */
export function upperSaysOpeningMore(header: Block[], upper: Block, lower: Block, others: readonly string[], stopwords: ReadonlySet<string>): boolean {
  const [up, low] = [contentWords(upper.text, stopwords), contentWords(lower.text, stopwords)];
  if (up.length < MIN_CONTENT_WORDS || words(upper.text).length < 4 || words(lower.text).length <= words(upper.text).length) return false;
  const opening = openingOf(others, header.reduce((n, b) => n + b.lines.length, 0));
  if (!opening) return false;
  const [a, b] = [sharedWith(up, opening), sharedWith(low, opening)];
  const [shareUp, shareLow] = [a.shared / a.of, b.shared / b.of];
  return shareUp >= OPENING_SHARE && shareLow + SHARE_MARGIN <= shareUp;
}

/** The most of its content words the line above the meta may find in the opening for it to read as another story's line. */
const OVER_META_SHARE = 1 / 3;

/**
 * Whether the line `lower`, under the story's date or byline, is the headline rather than the line `upper` above them: both
 * have three content words or more, `upper` finds a third of its own in the story's opening at most, and `lower` finds two
 * of its own or more there, and a quarter more of them than `upper` does. A headline names what the first paragraph
 * tells, though it may name a place or a person the opening leaves for later; a ticker item or a teaser of another story
 * printed over the date shares a word with it by chance at most. `headerLines` is read as in headlineOnTopic.
 */
export function lowerSaysOpeningOver(header: Block[], lower: Block, upper: Block, others: readonly string[], stopwords: ReadonlySet<string>): boolean {
  const [low, up] = [contentWords(lower.text, stopwords), contentWords(upper.text, stopwords)];
  if (low.length < MIN_CONTENT_WORDS || up.length < MIN_CONTENT_WORDS) return false;
  const opening = openingOf(others, header.reduce((n, b) => n + b.lines.length, 0));
  if (!opening) return false;
  const [a, b] = [sharedWith(low, opening), sharedWith(up, opening)];
  const [shareLow, shareUp] = [a.shared / a.of, b.shared / b.of];
  return a.shared >= 2 && shareUp <= OVER_META_SHARE && shareLow >= shareUp + SHARE_MARGIN;
}

/**
 * Whether a header line is off the story's topic: three content words or more, and the story's opening uses none of them
 * (a teaser of another story, a promo line). A short line may name its subject in other words, so it is never off topic.
 */
export function isOffTopic(header: Block[], block: Block, others: readonly string[], stopwords: ReadonlySet<string>): boolean {
  const own = contentWords(block.text, stopwords);
  if (own.length < MIN_CONTENT_WORDS) return false;
  const opening = openingOf(others, header.reduce((n, b) => n + b.lines.length, 0));
  return opening !== null && sharedWith(own, opening).shared === 0;
}

