/**
 * Running text closed by a script's own sentence end that Unicode does not count as one: Tibetan and Dzongkha close
 * every clause with the shad (།, text-shape.ts endsWithScriptStop), a headline's as well as a paragraph's, so the end
 * alone cannot say "sentence" as a full stop does (isProse), and a short shad-closed paragraph would read as a label.
 * Here the page's place decides, not the words: a shad-closed line of six words or more (counted at the tsheg, so
 * syllables) in one clause at least counts as running text when it stands in a run with the story's prose (under the
 * prose, down to its last line that shares a content word with the story), or, on a page with no prose at all, with
 * another such line. The line that could be the headline never counts: the page's first such line above its prose, and
 * any such line with a date or a byline straight under it.
 */
import type { Block } from './segment';
import { contentStems, stemsUsed } from './running-text';
import { endsWithScriptStop, isProse, wordCount } from './text-shape';

/** Words (syllables, in Tibetan script) a shad-closed line has at least to count as running text; isProse asks as many of a sentence. */
const MIN_WORDS = 6;

/** A clause: the text between two script stops. */
const CLAUSE_STOP = /[\u0F0D-\u0F12]/u;

const isMeta = (b: Block | undefined) => b?.mark?.kind === 'dateline' || b?.mark?.kind === 'byline' || b?.mark?.kind === 'stamp';

/** A block of running prose by the text-shape rules alone. */
const isPlainProse = (b: Block | undefined) => b !== undefined && b.mark === null && isProse(b.text);

/** An unmarked line closed by a script stop, too short for isProse, long enough for a sentence. */
const isStopLine = (b: Block) => b.mark === null && endsWithScriptStop(b.text) && !isProse(b.text) && longestClause(b.text) >= MIN_WORDS;

/** The words of the line's longest clause: a menu of shad-closed labels ("གཙོ་ངོས། གསར་འགྱུར། …") has only short ones. */
const longestClause = (text: string) => Math.max(...text.split(CLAUSE_STOP).map(wordCount));

/**
 * The page's blocks, with `scriptStopText` set on every shad-closed line that counts as running text by its place (see
 * the module comment). Blocks without a script stop are returned as they are; a page with none costs one pass.
 */
export function markScriptStopText(blocks: Block[], stopwords: ReadonlySet<string>): Block[] {
  const candidate = blocks.map(isStopLine);
  const first = candidate.indexOf(true);
  if (first < 0) return blocks;
  // The headline stands above the story's prose: a first line under prose is the story's.
  if (!blocks.slice(0, first).some(isPlainProse)) candidate[first] = false;
  blocks.forEach((b, i) => {
    if (candidate[i] && isMeta(blocks[i + 1])) candidate[i] = false;
  });
  const prose = blocks.filter(isPlainProse);
  let story: Set<string> | null = null;
  // Under the prose a line goes on with the story when one of its content words is the prose's or the headline's: a call
  // to the reader ("join our website") or a slogan stands there too, in the same shape, and speaks of something else.
  const goesOn = (b: Block) => {
    const stems = (story ??= contentStems([blocks[first]!, ...prose].map((p) => p.text).join(' '), stopwords));
    return stemsUsed(b.text, stems, stopwords).length > 0;
  };
  const counted = new Set<number>();
  // Runs of adjacent candidates: counted when a block of prose stands at either end, or with no prose on the page, when two or more.
  for (let i = 0; i < blocks.length; i++) {
    if (!candidate[i]) continue;
    let j = i;
    while (candidate[j + 1]) j++;
    if (prose.length === 0 ? j > i : isPlainProse(blocks[j + 1])) for (let k = i; k <= j; k++) counted.add(k);
    else if (isPlainProse(blocks[i - 1])) {
      // The run goes on to its last line that says the story's words.
      let last = j;
      while (last >= i && !goesOn(blocks[last]!)) last--;
      for (let k = i; k <= last; k++) counted.add(k);
    }
    i = j;
  }
  return counted.size === 0 ? blocks : blocks.map((b, i) => (counted.has(i) ? { ...b, scriptStopText: true } : b));
}
