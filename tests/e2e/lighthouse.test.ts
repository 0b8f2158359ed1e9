import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl } from './support/browser';
import { exportPages } from './support/export-pages';
import { exportRoot } from './support/served';
import { auditMedian, launchChromeForLighthouse, type LighthouseChrome } from './support/lighthouse';
import { samplePageTypes } from './support/page-types';

let chrome: LighthouseChrome;
beforeAll(async () => {
  chrome = await launchChromeForLighthouse();
});
afterAll(() => chrome?.close());

// Performance is measured by `npm run bench:lighthouse`, not gated: it depends on this machine's CPU.
const GATED = ['accessibility', 'best-practices', 'seo'] as const;

describe('Lighthouse, mobile, median of 3 runs', () => {
  const sample = samplePageTypes(exportPages(exportRoot()));
  for (const [type, urlPath] of Object.entries(sample)) {
    it(`scores 100 for accessibility, best practices and SEO on the ${type} page (${urlPath})`, { timeout: 240_000 }, async () => {
      const audit = await auditMedian(new URL(urlPath, baseUrl()).href, chrome, 3);
      const below = GATED.filter((c) => audit.scores[c] < 100).map((c) => `${c} ${audit.scores[c]}: ${audit.failing[c].join(', ')}`);
      expect(below).toEqual([]);
    });
  }
});
