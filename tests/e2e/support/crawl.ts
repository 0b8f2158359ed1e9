/**
 * A small crawler over the served site: starts at `/`, follows every same-site link, and records
 * each URL's status, type and element ids, and where every link came from.
 */
import { parse } from 'node-html-parser';

export type Link = { from: string; href: string; target: string; fragment: string | null };
export type Fetched = { status: number; location: string | null; contentType: string; ids: Set<string>; html: string | null };
export type CrawlResult = { siteOrigin: string | null; resources: Map<string, Fetched>; links: Link[] };

/** Attributes that point at other resources of the site. */
const LINK_SELECTORS: [string, string][] = [
  ['a[href]', 'href'],
  ['link[href]', 'href'],
  ['img[src]', 'src'],
  ['script[src]', 'src'],
  ['meta[property="og:image"]', 'content'],
  ['meta[name="twitter:image"]', 'content'],
];

function refreshTarget(content: string): string | null {
  return /url=(.+)$/i.exec(content)?.[1]?.trim().replace(/^['"]|['"]$/g, '') ?? null;
}

/** Links found in one HTML document, resolved against its URL; the site's own absolute URLs map to the served origin. */
export function linksIn(html: string, pageUrl: URL, siteOrigin: string | null): Link[] {
  const root = parse(html);
  const raw: string[] = [];
  for (const [selector, attr] of LINK_SELECTORS) {
    for (const el of root.querySelectorAll(selector)) {
      if (selector === 'link[href]' && /\b(canonical|preconnect|dns-prefetch)\b/.test(el.getAttribute('rel') ?? '')) continue;
      raw.push(el.getAttribute(attr) ?? '');
    }
  }
  for (const el of root.querySelectorAll('meta[http-equiv="refresh"]')) raw.push(refreshTarget(el.getAttribute('content') ?? '') ?? '');
  return raw.flatMap((href) => {
    let url: URL;
    try {
      url = new URL(href, pageUrl);
    } catch {
      return [{ from: pageUrl.pathname, href, target: `invalid:${href}`, fragment: null }];
    }
    if (siteOrigin && url.origin === siteOrigin) url = new URL(url.pathname + url.search + url.hash, pageUrl.origin);
    if (url.origin !== pageUrl.origin) return [];
    return [{ from: pageUrl.pathname, href, target: url.pathname + url.search, fragment: url.hash ? decodeURIComponent(url.hash.slice(1)) : null }];
  });
}

async function fetchResource(url: URL): Promise<Fetched> {
  const response = await fetch(url, { redirect: 'manual' });
  const contentType = response.headers.get('content-type') ?? '';
  const html = contentType.startsWith('text/html') ? await response.text() : (await response.arrayBuffer(), null);
  const ids = new Set<string>();
  if (html) for (const el of parse(html).querySelectorAll('[id], a[name]')) ids.add(el.getAttribute('id') ?? el.getAttribute('name') ?? '');
  return { status: response.status, location: response.headers.get('location'), contentType, ids, html };
}

/** Crawls from `/` (plus any `extraStarts`, e.g. redirect stubs no page links to). */
export async function crawlSite(baseUrl: string, extraStarts: string[] = []): Promise<CrawlResult> {
  const home = await fetchResource(new URL('/', baseUrl));
  const canonical = home.html ? parse(home.html).querySelector('link[rel="canonical"]')?.getAttribute('href') : undefined;
  const siteOrigin = canonical ? new URL(canonical).origin : null;
  const resources = new Map<string, Fetched>([['/', home]]);
  const links: Link[] = [];
  const queue = ['/', ...extraStarts];
  while (queue.length > 0) {
    const target = queue.shift() ?? '/';
    let fetched = resources.get(target);
    if (!fetched) {
      fetched = target.startsWith('invalid:')
        ? { status: 0, location: null, contentType: '', ids: new Set<string>(), html: null }
        : await fetchResource(new URL(target, baseUrl));
      resources.set(target, fetched);
    }
    if (!fetched.html || fetched.status !== 200) continue;
    for (const link of linksIn(fetched.html, new URL(target, baseUrl), siteOrigin)) {
      links.push(link);
      if (!resources.has(link.target) && !queue.includes(link.target)) queue.push(link.target);
    }
  }
  return { siteOrigin, resources, links };
}
