/**
 * What tag pages need from mentions: an article's first mention of an entity
 * (to link it), the sentence around a mention (to quote it), and the entities
 * that share articles with an entity (to suggest neighbours).
 */
import type { Archive, Article, Mention } from './schema';

/** The first mention of `slug` in the article's body, or in its title if the body has none; undefined if neither. */
export function firstMention(article: Article, slug: string): Mention | undefined {
  const own = article.mentions.filter((m) => m.entity === slug);
  return own.find((m) => m.block >= 0) ?? own[0];
}

/** A quotable excerpt: the text before the mention, the mention as written, the text after. */
export type Quote = { before: string; surface: string; after: string };

const sentenceEnd = /[.!?][”"’')\]]*(?=\s|$)/gu;

/**
 * The sentence of `text` around `[start, end)`, split at the mention. A
 * sentence longer than `maxChars` is cut at word boundaries on both sides, with
 * an ellipsis where text was left out.
 */
export function quoteAround(text: string, start: number, end: number, maxChars = 240): Quote {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(sentenceEnd)) {
    const after = m.index + m[0].length;
    if (after <= start) from = after;
    else if (m.index >= end) {
      to = after;
      break;
    }
  }
  let before = text.slice(from, start).trimStart();
  let after = text.slice(end, to).trimEnd();
  const room = Math.max(0, maxChars - (end - start));
  if (before.length + after.length > room) {
    const half = Math.floor(room / 2);
    const keepBefore = Math.min(before.length, Math.max(half, room - after.length));
    const keepAfter = Math.min(after.length, room - keepBefore);
    if (keepBefore < before.length) before = `…${before.slice(before.length - keepBefore).replace(/^\S*\s/u, '')}`;
    if (keepAfter < after.length) after = `${after.slice(0, keepAfter).replace(/\s\S*$/u, '')}…`;
  }
  return { before, surface: text.slice(start, end), after };
}

/** The quote for a mention of an article (title or body block). */
export function quoteMention(article: Article, mention: Mention, maxChars?: number): Quote {
  const text = mention.block === -1 ? article.title.value : (article.body[mention.block]?.text ?? '');
  return quoteAround(text, mention.start, mention.end, maxChars);
}

/**
 * Entities that tag the same articles as `slug`, with the number of articles
 * they share, most shared first, then by slug.
 */
export function coOccurring(archive: Archive, slug: string): { slug: string; articles: number }[] {
  const counts = new Map<string, number>();
  for (const a of archive.articles) {
    if (!a.entities.some((e) => e.slug === slug)) continue;
    for (const e of a.entities) if (e.slug !== slug) counts.set(e.slug, (counts.get(e.slug) ?? 0) + 1);
  }
  return [...counts]
    .map(([other, articles]) => ({ slug: other, articles }))
    .sort((a, b) => b.articles - a.articles || a.slug.localeCompare(b.slug));
}
