import type { Metadata } from 'next';
import { JsonLd } from '@/components/json-ld';
import { TagIndex } from '@/components/tag-index';
import { jsonLdFor, metadataFor } from '@/lib/seo';
import { getEntities } from '@/lib/content';

export const metadata: Metadata = metadataFor({ kind: 'tags', order: 'count' });

export default function TagsByCountPage() {
  return (
    <>
      <JsonLd data={jsonLdFor({ kind: 'tags', order: 'count' })} />
      <TagIndex entities={getEntities()} sort="count" />
    </>
  );
}
