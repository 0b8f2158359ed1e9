/**
 * Builds a scrape case from lines written in a test, the way loadScrapeCase reads one from a folder:
 * the expectation goes through the real schema, so a test cannot hand the bench's describers a case
 * the corpus could not hold.
 */
import { scrapeExpectation, type ScrapeCase } from '../fixtures/scrapes/load';

/** A scrape case named "written-for-this-test" with the given input lines, expectation and body lines. */
export function scrapeCaseOf(lines: string[], expected: unknown, bodyLines: string[]): ScrapeCase {
  return {
    name: 'written-for-this-test',
    file: 'written-for-this-test/input.txt',
    bytes: new TextEncoder().encode(lines.join('\n')),
    lines,
    expected: scrapeExpectation.parse(expected),
    bodyLines,
  };
}
