import type { Metadata } from 'next';
import { TagIndex } from '@/components/tag-index';
import { getEntities } from '@/lib/content';

export const metadata: Metadata = { title: 'Tags by number of stories', description: 'Every entity in the archive, the most-covered first.' };

export default function TagsByCountPage() {
  return <TagIndex entities={getEntities()} sort="count" />;
}
