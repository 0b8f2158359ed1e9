import { beforeAll, describe, expect, it } from 'vitest';
import { baseUrl } from './support/browser';
import { crawlSite, type CrawlResult } from './support/crawl';
import { exportPages } from './support/export-pages';
import { exportRoot } from './support/served';

let crawl: CrawlResult;
const pages = exportPages(exportRoot());

beforeAll(async () => {
  crawl = await crawlSite(baseUrl(), pages.filter((p) => p.kind === 'redirect').map((p) => p.urlPath));
});

describe('links across the served export', () => {
  it('reach only URLs that answer 200 directly, without a redirect', () => {
    const broken = crawl.links
      .filter((l) => crawl.resources.get(l.target)?.status !== 200)
      .map((l) => `${l.from} → ${l.href} (${crawl.resources.get(l.target)?.status ?? 'not fetched'})`);
    expect([...new Set(broken)]).toEqual([]);
  });

  it('point every #fragment at an element id on the target page', () => {
    const missing = crawl.links
      .filter((l) => l.fragment && crawl.resources.get(l.target)?.html && !crawl.resources.get(l.target)?.ids.has(l.fragment))
      .map((l) => `${l.from} → ${l.href}`);
    expect([...new Set(missing)]).toEqual([]);
  });

  it('leave no page of the export unreachable from the home page', () => {
    const linked = new Set(crawl.links.map((l) => l.target));
    const orphans = pages.filter((p) => p.kind === 'page' && p.urlPath !== '/' && !linked.has(p.urlPath)).map((p) => p.urlPath);
    expect(orphans).toEqual([]);
  });

  it('crawls at least every content page of the export', () => {
    expect(crawl.resources.size).toBeGreaterThanOrEqual(pages.filter((p) => p.kind === 'page').length);
  });
});
