import type { Metadata } from 'next';
import { TagIndex } from '@/components/tag-index';
import { getEntities } from '@/lib/content';

export const metadata: Metadata = { title: 'Tags', description: 'Every country, person, organisation, weapon system and place in the archive, A–Z.' };

export default function TagsPage() {
  return <TagIndex entities={getEntities()} sort="name" />;
}
