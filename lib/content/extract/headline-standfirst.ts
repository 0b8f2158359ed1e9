/**
 * A headline with its standfirst straight under it: the standfirst is the longer line, so it often scores better, and the
 * shorter line above it is the headline. Two shapes tell a standfirst: its length (twice the headline's words, or its
 * letters where words are long), or its words: it reads as running text (eight words or more, more function words than
 * the line above) and says the line above again (most of that line's content words come back in it). A teaser of
 * another story or a ticker item over a headline shares none of its words; a kicker is too short to say anything again.
 * Split from headline-score.ts.
 */
import { wordCount } from '../segment/text-shape';
import { lineEvidence, RUNNING_TEXT_STOP_SHARE } from '../segment/line-evidence';
import { contentStems } from '../segment/running-text';
import { letterCount } from './headline-neighbours';

/** Letters a standfirst has at least where words are long (Malayalam, Finnish): what twelve words have in English. */
const STANDFIRST_LETTERS = 60;

/**
 * Whether `lower` is a standfirst under the headline `upper` by length: twelve words or more, twice as many as the
 * headline. Where words are long and few (Kannada, Malayalam, Turkish write a phrase in one word) letters tell it too:
 * sixty letters or more, with marks, and twice the headline's.
 */
function isLongerStandfirst(lower: string, upper: string): boolean {
  const [n, m] = [wordCount(lower), wordCount(upper)];
  if (n >= 12 && n >= 2 * m) return true;
  const [l, k] = [letterCount(lower), letterCount(upper)];
  return l >= STANDFIRST_LETTERS && l >= 2 * k;
}

/**
 * Whether `lower` is a standfirst under the headline `upper` by its words: `lower` reads as running text (eight words or
 * more, running text's stopword share, more stopwords than `upper` and three words more), `upper` has four words or more
 * and no colon at its end (a label), and at least two of its content words, and half of them, come back in `lower`.
 */
function isStandfirstSayingAgain(lower: string, upper: string, stopwords: ReadonlySet<string>): boolean {
  const [below, above] = [lineEvidence(lower, stopwords), lineEvidence(upper, stopwords)];
  if (below.wordCount < 8 || below.wordCount < above.wordCount + 3 || above.wordCount < 4 || /[:：]\s*$/u.test(upper)) return false;
  if (below.stopShare < RUNNING_TEXT_STOP_SHARE || below.stopShare <= above.stopShare) return false;
  const own = contentStems(upper, stopwords);
  const again = contentStems(lower, stopwords);
  const shared = [...own].filter((w) => again.has(w)).length;
  return shared >= 2 && 2 * shared >= own.size;
}

/** Whether `lower` is the standfirst under the headline `upper` (see the module comment). */
export function isStandfirstOf(lower: string, upper: string, stopwords: ReadonlySet<string>): boolean {
  return isLongerStandfirst(lower, upper) || isStandfirstSayingAgain(lower, upper, stopwords);
}
