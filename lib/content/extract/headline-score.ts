/**
 * The headline by evidence, not position. Every unmarked short line above the first body paragraph is scored
 * (headline-line-score.ts); the best qualifying line is then corrected by what the scores cannot see: the line the page's
 * title line names, the copy nearer the text, a short headline under a menu (headline-below-menu.ts), a headline over its
 * standfirst, and its place over the byline and date (headline-over-meta.ts). A title is derived only when no line qualifies.
 */
import type { Block } from '../segment/segment';
import { isTitleShaped, wordCount } from '../segment/text-shape';
import { stopwordsFor } from '../segment/line-evidence';
import { stripGluedLabel } from './glued-label';
import { headlineOfTitleLine } from './title-line';
import { headlineBelowMenu } from './headline-below-menu';
import { hasPageTitle, isPageTitleOf } from './page-title';
import { asidesOf, letterCount, signaturesOf } from './headline-neighbours';
import { HEADLINE_THRESHOLD, scoreHeadline } from './headline-line-score';
import { isRepeatOf, repeatKey } from './headline-repeat';
import { bestQualifying, placeOverMeta } from './headline-over-meta';
import { headlineOnTopic, isOffTopic, upperSaysOpeningMore } from './headline-topic';
import { headlineByTitleField } from './headline-field';
import { isStandfirstOf } from './headline-standfirst';
import { stripSectionName } from './headline-section';

/** The header's headline (null when none qualifies) and its page-title copies ("<headline> | Site"). */
export type HeadlinePick = { headline: Block | null; pageTitles: Block[]; text: string | null };

/** The copy of the headline at `at` printed again further down that qualifies too (the h1 under the title tag): the one nearer the text. */
function nearestCopy(header: Block[], at: number, scores: readonly number[]): number {
  const key = repeatKey(header[at]!.text);
  let nearest = at;
  for (let i = at + 1; i < header.length; i++) if (scores[i]! >= HEADLINE_THRESHOLD && isRepeatOf(header[i]!.text, header[at]!.text, key)) nearest = i;
  return nearest;
}

/**
 * The best-scoring header line that qualifies as the headline, and the header lines that repeat it with a site suffix.
 * Order on the page then corrects what the scores cannot see (see the module's opening comment).
 */
export function pickHeadline(header: Block[], others: readonly string[] = [], stopwords: ReadonlySet<string> = stopwordsFor('und')): HeadlinePick {
  const candidates = header.filter((b) => b.mark === null && isTitleShaped(b.text) && wordCount(b.text) >= 2);
  const texts = candidates.map((b) => b.text.trim());
  const pageTitles = candidates.filter((b) => texts.some((t) => isPageTitleOf(b.text.trim(), t)));
  const asides = asidesOf(header, others);
  const signatures = signaturesOf(header);
  const scores = header.map((block, i) =>
    candidates.includes(block) && !pageTitles.includes(block) && !asides.has(block) ? scoreHeadline(header, i, others, stopwords, asides, signatures) : -Infinity,
  );
  // The headline says the most of the short lines above the text: the candidate with the most letters (four words or more) gains a point.
  let longest = -1;
  header.forEach((b, i) => {
    if (scores[i] !== -Infinity && wordCount(b.text) >= 4 && (longest < 0 || letterCount(b.text) > letterCount(header[longest]!.text))) longest = i;
  });
  if (longest >= 0) scores[longest] = scores[longest]! + 1;
  // On a tie the later line wins: it is nearer the text.
  let at = bestQualifying(scores, 0, header.length);
  if (at < 0) return { headline: null, pageTitles, text: null };
  // The page names its headline (its title line, a breadcrumb's end, a share line): a qualifying line it names wins over
  // one it does not, however long (a caption, a teaser).
  if (!hasPageTitle(header[at]!.text.trim(), others)) {
    const named = header.findLastIndex((b, i) => scores[i]! >= HEADLINE_THRESHOLD && hasPageTitle(b.text.trim(), others));
    if (named >= 0) at = named;
    // The headline is about the story: a line sharing no word with its opening yields to one sharing most (headline-topic.ts).
    else at = headlineOnTopic(header, at, scores, others, stopwords);
  }
  at = headlineBelowMenu(header, nearestCopy(header, at, scores), others);
  // A headline with its standfirst under it: the block straight above the best one qualifies too and is shorter.
  const above = header[at - 1];
  // The upper line must qualify once the standfirst's weight on it (one more line before the text, a run of two) is taken
  // off, and be about the story: a teaser of another story over a long headline shares none of the opening's words.
  if (above && scores[at - 1]! + 1.25 >= HEADLINE_THRESHOLD && !isOffTopic(header, above, others, stopwords) && (isStandfirstOf(header[at]!.text, above.text, stopwords) || upperSaysOpeningMore(header, above, header[at]!, others, stopwords)) && !hasPageTitle(header[at]!.text.trim(), others)) at -= 1;
  // Placed over its byline and date (or under a masthead over them): headline-over-meta.ts.
  const placed = placeOverMeta(header, at, scores, others, stopwords);
  const headline = header[placed.at]!;
  if (placed.named) return { headline, pageTitles, text: headline.text };
  const text = stripGluedLabel(headlineOfTitleLine(headline.text, others), others, stopwords);
  // A site's or section's name glued on with no separator goes when the page's title line prints the headline without it.
  const fielded = headlineByTitleField(text, others);
  // Else a section's or site's name before or after it, printed alone elsewhere and not in the story (headline-section.ts).
  return { headline, pageTitles, text: fielded === text ? stripSectionName(text, others, stopwords) : fielded };
}
