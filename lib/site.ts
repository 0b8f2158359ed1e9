/**
 * Site-wide settings that every absolute URL depends on. The public origin comes
 * from `SITE_URL` at build time (see docs/sharing.md); a static export cannot
 * learn its own address, so canonical URLs, feed links and share images are
 * baked in with whatever this returns.
 */
import { z } from 'zod';

/** Used when SITE_URL is unset: the address `npm start` serves on. */
export const DEFAULT_SITE_URL = 'http://localhost:3000';

export const SITE_NAME = 'Belarus Defence Archive';
export const SITE_DESCRIPTION = 'A small archive of news and analysis on Belarus’s defence industry and its partners.';
export const SITE_LANGUAGE = 'en';

const siteUrlSchema = z
  .url({ protocol: /^https?$/, error: 'SITE_URL must be an http(s) URL such as https://archive.example.org' })
  .transform((raw) => new URL(raw))
  .refine((url) => url.pathname === '/' && !url.search && !url.hash, {
    error: 'SITE_URL must be an origin only (no path, query or fragment): the site is exported for the root of its host',
  })
  .transform((url) => url.origin);

/** The last SITE_URL read and its origin: a story page asks for it once per absolute URL (30-odd times). */
let lastRead: { raw: string; origin: string } | undefined;

/**
 * The public origin, without a trailing slash. Throws a readable error on a
 * malformed SITE_URL so a bad deploy setting fails the build instead of
 * publishing broken share links. The setting is read on every call; it is parsed
 * again only when it differs from the last one read.
 */
export function siteUrl(env: Record<string, string | undefined> = process.env): string {
  const raw = env.SITE_URL?.trim() || DEFAULT_SITE_URL;
  if (lastRead?.raw === raw) return lastRead.origin;
  const parsed = siteUrlSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`SITE_URL=${JSON.stringify(env.SITE_URL?.trim())}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  lastRead = { raw, origin: parsed.data };
  return parsed.data;
}

/** An absolute URL for a site path (`/articles/x/`); the path must start with `/`. */
export function absoluteUrl(path: string, origin: string = siteUrl()): string {
  if (!path.startsWith('/')) throw new Error(`absoluteUrl expects a site path starting with "/", got ${JSON.stringify(path)}`);
  return `${origin}${path}`;
}
