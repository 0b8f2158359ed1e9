/**
 * Two headlines of other stories set one under the other between two paragraphs: a run of links a site drops into a
 * paragraph break ("Lithuania recalls its envoy over spying claims" over "Riga opens a new ferry line to Stockholm").
 * A run of three or more short lines is a menu (story-body.ts: takeBody), and a short label over a subheading is the
 * first of a pair (labelsOverSubheading); a pair of whole headlines is neither. A heading with a deck under it has the
 * same shape, so the pair goes only when neither of its lines leads into the paragraph under it: a heading names what
 * its part says, and neither line says a word of that paragraph beyond the story's headline's (link-flow.ts: leadsInto).
 * No word table.
 */
import type { Block } from '../segment/segment';
import { endsSentence, isProse, isTitleShaped, startsLowercase } from '../segment/text-shape';
import { isWholeHeadline } from './link-apart';
import { labelGoesOnInLowerCase, leadsInto } from './link-flow';

/** A list item's bullet: two items of a list are not a run of links. Pointers (►, », →) are a link's own sign and stay in. */
const BULLET = /^\s*[•·∙◦‣⁃▪■□●○◆◇*+\-–—]/u;

/**
 * A colon anywhere in the line with lower-case words after it ("What the neighbours said: nobody wants more noise"): a
 * lead-in to running words, as a subheading has, whatever the length of what stands before the colon.
 */
const COLON_THEN_LOWER_CASE = /[:：]\s*\p{Ll}/u;

/**
 * One unmarked line, title-shaped, a whole headline (six words or more), not running text, not a list item, not going on
 * in lower case, neither at its start nor behind a label and a colon (labelGoesOnInLowerCase: "Word: what comes next"
 * is a subheading's shape) nor behind any colon (COLON_THEN_LOWER_CASE).
 */
function isWholeHeadlineLine(b: Block | undefined): b is Block {
  if (!b || b.mark !== null || b.lines.length !== 1) return false;
  const t = b.text;
  return isTitleShaped(t) && !isProse(t) && isWholeHeadline(t) && !startsLowercase(t) && !BULLET.test(t) && !labelGoesOnInLowerCase(t) && !COLON_THEN_LOWER_CASE.test(t);
}

/**
 * The pairs of whole headlines (isWholeHeadlineLine) among the story's `body` blocks (marked ones too) that stand between
 * a paragraph of running text ending a sentence and one starting a sentence, with no other line beside them, neither
 * leading into the paragraph under them (leadsInto: no word of it but the story's `headline`'s words). Both lines of each.
 */
export function headlineRuns(body: readonly Block[], stopwords: ReadonlySet<string>, headline: string | null): Set<Block> {
  const out = new Set<Block>();
  const text = body.filter((b) => b.mark?.kind !== 'furniture' && b.mark?.kind !== 'stamp');
  const prose = (b: Block | undefined) => !!b && b.mark === null && isProse(b.text);
  for (let i = 1; i + 2 < text.length; i++) {
    const [above, first, second, below] = [text[i - 1]!, text[i], text[i + 1], text[i + 2]!];
    if (!isWholeHeadlineLine(first) || !isWholeHeadlineLine(second) || !prose(above) || !prose(below)) continue;
    if (!endsSentence(above.text) || startsLowercase(below.text)) continue;
    if (leadsInto(first.text, below.text, headline, stopwords) || leadsInto(second.text, below.text, headline, stopwords)) continue;
    out.add(first).add(second);
  }
  return out;
}
