/**
 * "Where is this entity mentioned?": the sentence around each mention, cut from the
 * article's cleaned body and pointing at the paragraph it is in. A sentence that
 * mentions the entity twice ("Polonez (Polonaise)") is one snippet with two marks.
 */
import { blockAnchor } from '@/lib/block-anchors';
import type { Article } from '@/lib/content/schema';

/** A run of snippet text; `mark` runs are the mention itself. */
export type SnippetPart = { text: string; mark: boolean };

export type MentionSnippet = {
  /** Fragment id of the block the mention is in (`p-3`), for `/articles/<slug>/#p-3`. */
  anchor: string;
  parts: SnippetPart[];
};

/** Longest context kept before the first and after the last mention, in characters, when a sentence runs long. */
export const SNIPPET_CONTEXT = 120;

const SENTENCE_END = /[.!?…]["”»’)]*(?=\s)/gu;

/** [start, end) of the sentence in `text` containing the range [from, to). */
export function sentenceAround(text: string, from: number, to: number): [number, number] {
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(SENTENCE_END)) {
    const stop = m.index + m[0].length;
    if (stop <= from) start = stop;
    else if (m.index >= to - 1) {
      end = stop;
      break;
    }
  }
  return [start, end];
}

function clip(text: string, side: 'before' | 'after'): string {
  if (text.length <= SNIPPET_CONTEXT) return text;
  return side === 'before' ? `…${text.slice(-SNIPPET_CONTEXT).replace(/^\S*\s/u, '')}` : `${text.slice(0, SNIPPET_CONTEXT).replace(/\s\S*$/u, '')}…`;
}

/**
 * One snippet per sentence mentioning `entity` in the body (title mentions skipped), in
 * body order; at most `limit`. Mentions whose range does not fit their block are ignored.
 */
export function mentionSnippets(article: Pick<Article, 'body' | 'mentions'>, entity: string, limit = 3): MentionSnippet[] {
  const groups: { block: number; start: number; end: number; ranges: [number, number][] }[] = [];
  const mentions = article.mentions
    .filter((m) => m.entity === entity && m.block >= 0)
    .sort((a, b) => a.block - b.block || a.start - b.start);
  for (const m of mentions) {
    const text = article.body[m.block]?.text;
    if (text === undefined || m.end > text.length || m.start >= m.end) continue;
    const [s, e] = sentenceAround(text, m.start, m.end);
    const last = groups.at(-1);
    if (last && last.block === m.block && last.start === s) {
      if (m.start >= (last.ranges.at(-1)?.[1] ?? 0)) last.ranges.push([m.start, m.end]);
      continue;
    }
    if (groups.length >= limit) break;
    groups.push({ block: m.block, start: s, end: e, ranges: [[m.start, m.end]] });
  }
  return groups.flatMap((g) => {
    const text = article.body[g.block]?.text ?? '';
    const anchor = blockAnchor(article.body, g.block);
    if (anchor === undefined) return [];
    const parts: SnippetPart[] = [];
    let at = g.start;
    g.ranges.forEach(([s, e], i) => {
      const between = text.slice(at, s);
      parts.push({ text: i === 0 ? clip(between.trimStart(), 'before') : between, mark: false }, { text: text.slice(s, e), mark: true });
      at = e;
    });
    parts.push({ text: clip(text.slice(at, g.end).trimEnd(), 'after'), mark: false });
    return [{ anchor, parts: parts.filter((p) => p.text !== '') }];
  });
}
