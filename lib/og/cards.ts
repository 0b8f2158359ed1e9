/**
 * What each share card says, from the same facts the pages show: a story's
 * date at its real precision and its outlet, a tag's type and story count;
 * and the list of every card the site links to (written by scripts/postbuild/share-cards.ts).
 */
import type { ArchiveStore } from '@/lib/content';
import type { Article, Entity } from '@/lib/content/schema';
import { paths } from '@/lib/paths';
import { SITE_DESCRIPTION, SITE_NAME } from '@/lib/site';
import { dateInWords } from '@/lib/describe-date';
import { ENTITY_TYPE_LABEL } from '@/lib/seo/routes';
import type { ShareCard } from './share-card';

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

/** A share card and the URL path it is published at (the og:image the page names). */
export type PublishedCard = { path: string; card: ShareCard };

/** Every share card of the site: the site's own, one per story, one per tag. */
export function shareCards(store: Pick<ArchiveStore, 'articles' | 'entities'>): PublishedCard[] {
  return [
    { path: paths.siteImage(), card: siteCard() },
    ...store.articles.map((article) => ({ path: paths.articleImage(article.slug), card: articleCard(article) })),
    ...store.entities.map((entity) => ({ path: paths.tagImage(entity.slug), card: tagCard(entity, entity.articles.length) })),
  ];
}
