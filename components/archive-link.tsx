import NextLink from 'next/link';
import type { ComponentProps } from 'react';

/**
 * next/link without prefetching every link in view: a tag index or a 50-story list would
 * otherwise fetch dozens of page payloads on load. Hovering a link still prefetches it.
 */
export default function Link({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />;
}
