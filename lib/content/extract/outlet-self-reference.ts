/**
 * The outlet from self-references in the body ("As EADaily reported earlier", "in an interview to EADaily"); a name
 * seen only once as an interlocutor ("told X") is not enough. Split from infer-outlet.ts, which weighs it with the
 * other finds.
 */
import type { BodyBlock, TextFact } from '../schema';

// Patterns carry no `i` flag: with it \p{Lu} also matches lower case and names would run on into the sentence.
const NAME = String.raw`(\p{Lu}[\p{L}\p{N}&.\-]*(?:\s\p{Lu}[\p{L}\p{N}&.\-]*){0,2})`;
/** A self-reference pattern, and words it cannot match without: a block without them (most blocks) is not scanned for names. */
type Pattern = { re: RegExp; needs: RegExp };
const STRONG: Pattern[] = [
  { re: new RegExp(String.raw`\bAs\s+${NAME}\s+(?:has\s+)?(?:reported|wrote|informed|has written)\b`, 'gu'), needs: /\bAs\s/u },
  { re: new RegExp(String.raw`\b[Ii]n an interview (?:to|with)\s+${NAME}`, 'gu'), needs: /n an interview (?:to|with)\s/u },
  { re: new RegExp(String.raw`\b${NAME}(?:’s|'s) correspondent\b`, 'gu'), needs: /s correspondent\b/u },
];
const WEAK: Pattern[] = [{ re: new RegExp(String.raw`\b(?:told|talking to|speaking to|said to)\s+${NAME}`, 'gu'), needs: /\b(?:told|talking to|speaking to|said to)\s/u }];
const WEIGHTED: [Pattern[], number][] = [
  [STRONG, 2],
  [WEAK, 1],
];

/** Infers the outlet from self-references in the body, with the evidence line; null when the text does not say. */
export function inferOutlet(body: BodyBlock[]): TextFact | null {
  const score = new Map<string, { points: number; line: number; phrase: string }>();
  const add = (name: string, points: number, line: number, phrase: string) => {
    const seen = score.get(name);
    score.set(name, seen ? { ...seen, points: seen.points + points } : { points, line, phrase });
  };
  for (const block of body) {
    for (const [patterns, points] of WEIGHTED) {
      for (const { re, needs } of patterns) if (needs.test(block.text)) for (const m of block.text.matchAll(re)) add(m[1]!, points, block.line, m[0]);
    }
  }
  const best = [...score.entries()].filter(([, s]) => s.points >= 2).sort((a, b) => b[1].points - a[1].points)[0];
  if (!best) return null;
  const [name, s] = best;
  return { value: name, source: 'inferred', line: s.line, evidence: `the text names it as its publisher, e.g. line ${s.line}: “${s.phrase}”` };
}
