/**
 * How entity types are named and ordered on the page.
 */
import type { EntityType } from '@/lib/content/schema';

const LABELS: Record<EntityType, { one: string; many: string }> = {
  country: { one: 'Country', many: 'Countries' },
  person: { one: 'Person', many: 'People' },
  organisation: { one: 'Organisation', many: 'Organisations' },
  'weapon-system': { one: 'Weapon system', many: 'Weapon systems' },
  place: { one: 'Place', many: 'Places' },
  event: { one: 'Event', many: 'Events' },
  outlet: { one: 'News outlet', many: 'News outlets' },
};

/** Display order of the groups on the tag index. */
export const ENTITY_TYPE_ORDER: readonly EntityType[] = ['country', 'person', 'organisation', 'weapon-system', 'place', 'event', 'outlet'];

/** "Weapon system" / "Weapon systems". */
export function entityTypeLabel(type: EntityType, plural = false): string {
  return plural ? LABELS[type].many : LABELS[type].one;
}

/** Groups items by entity type in display order, leaving out empty groups. */
export function groupByType<T extends { type: EntityType }>(items: readonly T[]): { type: EntityType; items: T[] }[] {
  return ENTITY_TYPE_ORDER.map((type) => ({ type, items: items.filter((i) => i.type === type) })).filter((g) => g.items.length > 0);
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en');

/**
 * The tag index's order for a sort: by name, or by story count (most first, then by name).
 * Paging slices this whole list, so each page holds a contiguous run of it and the page's
 * groups by type are formed within the page.
 */
export function tagIndexOrder<T extends { name: string; articles: readonly unknown[] }>(entities: readonly T[], sort: 'name' | 'count'): T[] {
  const byCount = (a: T, b: T) => b.articles.length - a.articles.length || byName(a, b);
  return [...entities].sort(sort === 'name' ? byName : byCount);
}
