/**
 * "Where is this entity mentioned?": the sentence around each mention, cut from the
 * article's cleaned body and pointing at the paragraph it is in.
 */
import { blockAnchor } from '@/lib/block-anchors';
import type { Article } from '@/lib/content/schema';

export type MentionSnippet = {
  /** Fragment id of the block the mention is in (`p-3`), for `/articles/<slug>/#p-3`. */
  anchor: string;
  before: string;
  match: string;
  after: string;
};

/** Longest context kept on each side of a mention, in characters, when a sentence runs long. */
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
 * One snippet per mention of `entity` in the body (title mentions skipped), in body
 * order; at most `limit`. Mentions whose range does not fit their block are ignored.
 */
export function mentionSnippets(article: Pick<Article, 'body' | 'mentions'>, entity: string, limit = 3): MentionSnippet[] {
  const snippets: MentionSnippet[] = [];
  const mentions = article.mentions
    .filter((m) => m.entity === entity && m.block >= 0)
    .sort((a, b) => a.block - b.block || a.start - b.start);
  for (const m of mentions) {
    if (snippets.length >= limit) break;
    const text = article.body[m.block]?.text;
    const anchor = blockAnchor(article.body, m.block);
    if (text === undefined || anchor === undefined || m.end > text.length || m.start >= m.end) continue;
    const [s, e] = sentenceAround(text, m.start, m.end);
    snippets.push({
      anchor,
      before: clip(text.slice(s, m.start).trimStart(), 'before'),
      match: text.slice(m.start, m.end),
      after: clip(text.slice(m.end, e).trimEnd(), 'after'),
    });
  }
  return snippets;
}
