/**
 * The story's footer: a name signed under the story is its byline when the page gave none, a date its dateline;
 * the rest is a trailing section. Split from extract-story.ts.
 */
import type { Block } from '../segment/segment';
import { matchBareName } from '../segment/byline';
import { matchNameWithTail } from '../segment/name-tail';
import { isCased } from './name-shape';
import { markBareSignature } from './bare-signature';
import { isDateMark, removeBlock, type StoryDraft, takeCommonMark, takeFact } from './story-draft';

/**
 * A name signed under the story: right beside a dateline ("10. března 2024 14:05" over "Jan Dvořák"), or the first
 * line straight after the last paragraph ("Ana Souza", "(Marco Rossi)", "Ana Souza, de São Paulo"), where many sites
 * sign. Two signals agree: the position and the shape of a name (with at most a short tail of role, place or agency).
 * After the last paragraph a third must too: the surname is not named in the story, as a tag naming one of its
 * people would be ("Pedro Sánchez" over "Congreso"). A bare name there signs only over its bio, a line opening with it.
 */
function markSignature(blocks: Block[], story: readonly string[]): Block[] {
  return blocks.map((b, i) => {
    const besideDate = isDateMark(blocks[i - 1]) || isDateMark(blocks[i + 1]);
    if (b.mark !== null || b.lines.length !== 1 || !(i === 0 || besideDate)) return b;
    const byline = matchNameWithTail(b.text);
    const surname = byline?.author.split(/\s+/u).at(-1)?.toLowerCase() ?? '';
    // A bare name is a signature when the line under it, its bio, opens with the same name ("Mari Tamm" over "Mari Tamm on …").
    const bio = i === 0 && (blocks[1]?.text.trim().startsWith(`${b.text.trim()} `) ?? false);
    const bare = matchBareName(b.text) !== null && !bio;
    if (!byline || (!besideDate && (bare || story.some((t) => t.toLowerCase().includes(surname))))) return b;
    return { ...b, mark: { kind: 'byline', byline } };
  });
}

/**
 * Reads the footer: a signature or a date the story lacks, and the trailing sections it removes. `cutBelow`: a
 * related-stories block printed under it was cut off first.
 */
export function takeFooter(draft: StoryDraft, rawFooter: Block[], cutBelow = false): void {
  const story = [draft.headline?.text ?? '', ...draft.body.map((b) => b.text)];
  // A byline of one word in a cased script ("Por Redação", "By Staff") names a desk, not a person: a signature may follow.
  const desk = draft.byline !== null && !/\s/u.test(draft.byline.byline.author.trim()) && isCased(draft.byline.byline.author);
  const signs = !draft.byline || desk;
  // A bare name alone under the story, which markSignature leaves: bare-signature.ts weighs the page's other lines.
  const lines = [...draft.removed.map((r) => r.text), ...story, ...rawFooter.flatMap((b) => b.lines.map((l) => l.text))];
  const footer = signs ? markBareSignature(markSignature(rawFooter, story), { story, lines, language: draft.language, cutBelow }) : rawFooter;
  if (desk && footer.some((b) => b.mark?.kind === 'byline')) draft.byline = null;
  for (const block of footer) {
    if (takeCommonMark(draft, block)) continue;
    const mark = block.mark;
    // A signature with its date straight under the story ("Jane Doe, 12.03.2024") names the writer when the page named none,
    // whatever its date repeats; lower down, a name over a date is a reader's comment as often.
    const signed = mark?.kind === 'dateline' && mark.byline !== null && !draft.byline && block === footer[0];
    const fresh = (mark?.kind === 'dateline' && (!draft.dateline || signed)) || (mark?.kind === 'byline' && !draft.byline);
    if (!fresh || !takeFact(draft, block, 'trailing-section')) removeBlock(draft, block, 'trailing-section');
  }
}
