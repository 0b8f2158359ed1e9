import { serialiseJsonLd } from '@/lib/seo';
import type { JsonLd as JsonLdData } from '@/lib/seo/json-ld';

/**
 * Writes JSON-LD blocks. The only place the site sets inner HTML: the data is
 * JSON serialised by serialiseJsonLd, which escapes `<`, `>` and `&`, so article
 * text inside it can never close the script element. React would otherwise
 * entity-escape the quotes and break the JSON.
 */
export function JsonLd({ data }: { data: JsonLdData[] }) {
  return (
    <>
      {data.map((item, i) => (
        <script key={i} type="application/ld+json" dangerouslySetInnerHTML={{ __html: serialiseJsonLd(item) }} />
      ))}
    </>
  );
}
