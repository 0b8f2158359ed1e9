import type { ComponentProps } from 'react';

/**
 * The site's internal link: a plain `<a>`. Pages ship no client router (see README,
 * "Pages without a client runtime"), so next/link would only add a prefetch attribute nobody reads.
 */
export default function Link({ href, ...props }: ComponentProps<'a'> & { href: string }) {
  return <a href={href} {...props} />;
}
