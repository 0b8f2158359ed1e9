/**
 * A short title for a story that has no headline: the opening quotation or
 * first sentence, cut on a word boundary — never the whole first paragraph.
 */
import type { BodyBlock, TextFact } from '../schema';
import { words } from '../segment/text-shape';

export const DERIVED_TITLE_MAX_WORDS = 14;

function firstSentence(text: string): string {
  const m = text.match(/^.+?[.!?…](?:[”"’»]+)?(?=\s+[“"«‘\p{Lu}]|$)/u);
  return (m ? m[0] : text).trim();
}

/** Words up to the limit, cut on a word boundary with an ellipsis when the source is longer. */
export function clipWords(text: string, max: number): string {
  const tokens = text.split(/\s+/).filter(Boolean);
  if (words(text).length <= max) return text;
  let kept: string[] = [];
  for (const token of tokens) {
    if (words([...kept, token].join(' ')).length > max) break;
    kept = [...kept, token];
  }
  return `${kept.join(' ').replace(/[,;:–—-]+$/u, '')}…`;
}

/** Derives a title from the first paragraph; the fact records the line and how it was made. */
export function deriveTitle(body: BodyBlock[]): TextFact | null {
  const first = body.find((b) => b.kind === 'paragraph');
  if (!first) return null;
  const sentence = firstSentence(first.text);
  const opening = sentence.match(/^[“"«]([^”"»]{12,}?)[,.!?]?[”"»]/u);
  const core = (opening ? opening[1]! : sentence).replace(/[.,;:!?…]+$/u, '').trim();
  const value = clipWords(core, DERIVED_TITLE_MAX_WORDS);
  const how = opening ? 'opening quotation' : 'first sentence';
  return { value, source: 'derived', line: first.line, evidence: `no headline in the file; title made from the ${how} on line ${first.line}` };
}
