/**
 * A zod reading of JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), the
 * parts we emit: no XML feed parser reads JSON Feed, so the tests check it
 * against the spec's shape instead.
 */
import { z } from 'zod';

const rfc3339 = z.iso.datetime({ offset: true });

export const jsonFeed = z.object({
  version: z.string().regex(/^https:\/\/jsonfeed\.org\/version\/1(\.1)?$/),
  title: z.string().min(1),
  home_page_url: z.url(),
  feed_url: z.url(),
  description: z.string().optional(),
  items: z.array(
    z.object({
      id: z.string().min(1),
      url: z.url(),
      title: z.string().min(1),
      content_html: z.string().min(1),
      summary: z.string().optional(),
      date_published: rfc3339.optional(),
      date_modified: rfc3339.optional(),
      tags: z.array(z.string()).optional(),
      author: z.object({ name: z.string() }).optional(),
    }),
  ),
});
