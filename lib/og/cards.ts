/**
 * What each share card says, from the same facts the pages show: a story's
 * date at its real precision and its outlet, a tag's type and story count.
 */
import type { Article, Entity } from '@/lib/content/schema';
import { SITE_DESCRIPTION, SITE_NAME } from '@/lib/site';
import { describeDate } from '@/lib/seo/dates';
import { ENTITY_TYPE_LABEL } from '@/lib/seo/routes';
import type { ShareCard } from './share-card';

/** The card for a story. */
export function articleCard(article: Article): ShareCard {
  const date = describeDate(article.datePublished) ?? 'Date unknown';
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
