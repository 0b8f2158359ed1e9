/**
 * Tagging: finds the gazetteer's entities in an article's title and cleaned
 * body. It is given nothing else (no stripped boilerplate, no related-article
 * block, no byline), so a tag can only come from the article's own text.
 */
import type { ArticleEntity, BodyBlock, Mention } from '../schema';
import { findMatches, type Matcher } from './tag-matcher';
import { rankEntities } from './tag-salience';

export { compileMatcher, type Matcher } from './tag-matcher';

/** Block index used in a mention for the article's title. */
export const TITLE_BLOCK = -1;

/**
 * Tags one article in a single pass over its text. Returns every mention (title
 * first, then body blocks in order, each left to right) and the entities ranked
 * by salience. `language` (ISO 639-1, null when unknown) picks the inflection rules.
 */
export function tagArticle(
  matcher: Matcher,
  title: string,
  body: readonly BodyBlock[],
  language: string | null = null,
): { entities: ArticleEntity[]; mentions: Mention[] } {
  const blocks: [number, string][] = [[TITLE_BLOCK, title], ...body.map((b, i): [number, string] => [i, b.text])];
  const keyCache = new Map<string, string[]>();
  const mentions: Mention[] = blocks.flatMap(([block, text]) =>
    findMatches(matcher, text, language, keyCache).map((m) => ({ entity: m.entity, block, start: m.start, end: m.end, surface: m.surface })),
  );
  return { entities: rankEntities(mentions, body), mentions };
}
