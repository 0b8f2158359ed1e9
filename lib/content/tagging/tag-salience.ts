/**
 * Orders an article's entities by how central they are to it: how often it is
 * mentioned, whether the headline names it, whether the first paragraph does,
 * whether a section heading does.
 */
import type { ArticleEntity, BodyBlock, Mention } from '../schema';

/** Weights added once per entity, on top of one point per mention. */
export const salienceWeights = { title: 3, firstParagraph: 2, heading: 1 } as const;

/**
 * Turns mentions into the article's entity list, most salient first. Ties go to
 * more mentions, then to the earlier first mention, then to the slug, so the
 * order is stable.
 */
export function rankEntities(mentions: readonly Mention[], body: readonly BodyBlock[]): ArticleEntity[] {
  const firstParagraph = body.findIndex((b) => b.kind === 'paragraph');
  const stats = new Map<string, { mentions: number; title: boolean; lead: boolean; heading: boolean; order: number }>();
  mentions.forEach((m, order) => {
    const s = stats.get(m.entity) ?? { mentions: 0, title: false, lead: false, heading: false, order };
    s.mentions += 1;
    if (m.block === -1) s.title = true;
    else if (m.block === firstParagraph) s.lead = true;
    else if (body[m.block]?.kind === 'heading') s.heading = true;
    stats.set(m.entity, s);
  });
  const ranked = [...stats].map(([slug, s]) => ({
    slug,
    mentions: s.mentions,
    salience:
      s.mentions +
      (s.title ? salienceWeights.title : 0) +
      (s.lead ? salienceWeights.firstParagraph : 0) +
      (s.heading ? salienceWeights.heading : 0),
    order: s.order,
  }));
  ranked.sort((a, b) => b.salience - a.salience || b.mentions - a.mentions || a.order - b.order || a.slug.localeCompare(b.slug));
  return ranked.map(({ slug, mentions: count, salience }) => ({ slug, mentions: count, salience }));
}
