/**
 * What each share card says, from the same facts the pages show: a story's
 * date at its real precision and its outlet, a tag's type and story count;
 * and the list of every card the site links to, which the build's content check saves
 * (`writeCardList`) for the card renderer (scripts/postbuild/share-cards.ts) to read.
 */
import { writeFileAtomic } from '@/lib/write-atomic';
import path from 'node:path';
import { z } from 'zod';
import type { ArchiveStore } from '@/lib/content';
import type { Article, Entity } from '@/lib/content/schema';
import { paths } from '@/lib/paths';
import { SITE_DESCRIPTION, SITE_NAME } from '@/lib/site';
import { dateInWords } from '@/lib/describe-date';
import { ENTITY_TYPE_LABEL } from '@/lib/seo/routes';
import { readJsonFile } from '@/lib/json-file';

/** What a card says: a small label above, the title, and a footer line; `lang` (BCP 47) picks the font subsets. */
const shareCard = z.strictObject({ kicker: z.string(), title: z.string(), footer: z.string(), lang: z.string().optional() });
export type ShareCard = z.infer<typeof shareCard>;

/** A share card and the URL path it is published at (the og:image the page names). */
const publishedCard = z.strictObject({ path: z.string().startsWith('/'), card: shareCard });
export type PublishedCard = z.infer<typeof publishedCard>;

/** Where the build keeps the list of cards to render, beside the archive snapshot. */
export const CARD_LIST_FILE = path.join('.next', 'cache', 'share-cards.json');

/** The card for a story. */
export function articleCard(article: Article): ShareCard {
  const date = dateInWords(article.datePublished) ?? 'Date unknown';
  const byline = [article.outlet?.value, article.author?.value].filter(Boolean).join(' · ');
  return { kicker: `STORY · ${date}`, title: article.title.value, footer: byline || 'Source outlet unknown', lang: article.language.value };
}

/** The card for a tag page. */
export function tagCard(entity: Entity, storyCount: number): ShareCard {
  return {
    kicker: `TAG · ${ENTITY_TYPE_LABEL[entity.type]}`,
    title: entity.name,
    footer: `${storyCount} ${storyCount === 1 ? 'story' : 'stories'}`,
  };
}

/** The card for pages that are not about one story or tag. */
export function siteCard(): ShareCard {
  return { kicker: 'ARCHIVE', title: SITE_NAME, footer: SITE_DESCRIPTION };
}

/** Every share card of the site: the site's own, one per story, one per tag. */
export function shareCards(store: Pick<ArchiveStore, 'articles' | 'entities'>): PublishedCard[] {
  return [
    { path: paths.siteImage(), card: siteCard() },
    ...store.articles.map((article) => ({ path: paths.articleImage(article.slug), card: articleCard(article) })),
    ...store.entities.map((entity) => ({ path: paths.tagImage(entity.slug), card: tagCard(entity, entity.articles.length) })),
  ];
}

const cardMaps = new WeakMap<object, ReadonlyMap<string, ShareCard>>();

/** Every card of a store keyed by its URL path, built once per store: the dev server's card route looks cards up here. */
export function cardsByPath(store: Pick<ArchiveStore, 'articles' | 'entities'>): ReadonlyMap<string, ShareCard> {
  let map = cardMaps.get(store);
  if (!map) {
    map = new Map(shareCards(store).map((c) => [c.path, c.card]));
    cardMaps.set(store, map);
  }
  return map;
}

/** Saves `cards` for the card renderer (atomically: a reader sees the old list or the new one). */
export function writeCardList(cards: readonly PublishedCard[], file: string = CARD_LIST_FILE): void {
  writeFileAtomic(file, JSON.stringify(cards));
}

/** The cards saved by writeCardList; throws naming the file when it is not a card list. */
export function readCardList(file: string = CARD_LIST_FILE): PublishedCard[] {
  return readJsonFile(file, z.array(publishedCard), 'a list of share cards');
}
