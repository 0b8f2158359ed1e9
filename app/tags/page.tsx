import type { Metadata } from 'next';
import { JsonLd } from '@/components/json-ld';
import { TagIndex } from '@/components/tag-index';
import { jsonLdFor, metadataFor } from '@/lib/seo';
import { getEntities } from '@/lib/content';

export const metadata: Metadata = metadataFor({ kind: 'tags' });

export default function TagsPage() {
  return (
    <>
      <JsonLd data={jsonLdFor({ kind: 'tags' })} />
      <TagIndex entities={getEntities()} sort="name" />
    </>
  );
}
