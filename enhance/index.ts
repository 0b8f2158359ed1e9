/**
 * The site's one client script: progressive enhancement of server-rendered markup. Each
 * behaviour finds its elements by data attributes and does nothing on pages without them.
 * Bundled and content-hashed after `next build` by scripts/postbuild/enhance-bundle.ts and
 * loaded as a module (deferred, so the markup is parsed when it runs).
 */
import { enhanceParagraphLinks } from './paragraph-links';
import { enhanceQuoteLinks } from './quote-links';
import { enhanceSearch } from './search';
import { enhanceShareButtons } from './share-buttons';
import { enhanceThemeToggle } from './theme-toggle';
import { enhanceTimelineFilter } from './timeline-filter';

for (const enhance of [enhanceThemeToggle, enhanceShareButtons, enhanceParagraphLinks, enhanceQuoteLinks, enhanceTimelineFilter, enhanceSearch]) {
  enhance(document);
}
