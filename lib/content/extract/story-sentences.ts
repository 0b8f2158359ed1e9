/**
 * The story's own sentences under a cut: an end finder that reads the text's last lines by their place and shape alone
 * (a run of buttons over one or two sentences: footerSentencesAt in layout.ts) may find the story's closing section
 * there, set under an embed, an ad slot and a subheading. A footer's sentences speak of the page (a newsletter, a
 * tip line, the writer); the story's go on with its own words, under a subheading set with its label and colon. So
 * finished sentences under the cut, straight under such a subheading, that take up two
 * of the story's content words or more (running-text.ts: four letters or more, no stopword; the story's blocks above
 * the cut and its headline) are the story's, and footerSentencesAt makes no cut. The words of no language decide.
 */
import type { Block } from '../segment/segment';
import { labelAndRest } from '../segment/label-shape';
import { stemsUsed } from '../segment/running-text';
import { endsSentence, endsWithScriptStop, wordCount } from '../segment/text-shape';
import { storyStems } from './story-words';

/** Content words of the story the sentences under a cut take up, at least, to be the story's. */
const STORY_WORDS = 2;

/**
 * A subheading set with a label and its colon ("Próximos passos: 3 novos postos", "Quem paga a conta:"): one short line,
 * not a call to the reader. Its label may run to forty characters of anything (label-shape.ts), longer than a furniture
 * line's thirty (bare-last-sentence.ts): a subheading names a section in a phrase, a button or a tag list in a word.
 */
const isColonHeading = (b: Block) =>
  b.lines.length === 1 && (b.mark === null || (b.mark.kind === 'furniture' && b.mark.weak === true)) && labelAndRest(b.text.trim(), { chars: 40 }) !== null && wordCount(b.text) <= 8;

/** A finished sentence on an unmarked block: a terminal of any script ends it. */
const isFinishedSentence = (b: Block) => b.mark === null && (endsSentence(b.text) || endsWithScriptStop(b.text));

/**
 * Whether the finished sentences from `at` to `last` take up two or more of the content words the story uses above
 * `at` (its blocks from `first`, and its headline): the story's closing lines, not the page's.
 */
export function takesUpStory(blocks: Block[], first: number, at: number, last: number, stopwords: ReadonlySet<string>): boolean {
  const below = blocks.slice(at, last + 1);
  const opens = below.findIndex(isFinishedSentence);
  // The sentences stand under a subheading of the story's ("Next steps: three new clinics"), not under a box's heading.
  if (opens < 1 || !isColonHeading(below[opens - 1]!)) return false;
  const sentences = below.filter(isFinishedSentence);
  const used = storyStems(blocks, first, at - 1, stopwords);
  const taken = new Set(sentences.flatMap((b) => stemsUsed(b.text, used, stopwords)));
  return taken.size >= STORY_WORDS;
}
