import { describe, expect, it } from 'vitest';
import { compileArchive } from '@/lib/content/archive';
import { formatReportDate, formatReportTable, toReportJson } from '@/lib/content/report/archive-report';

const enc = new TextEncoder();
const archive = compileArchive([
  { path: 'content/articles/a.txt', bytes: enc.encode('A headline for the report test\n\nSeptember 18, 2017 10:50\n\nA paragraph long enough to count as the running prose of this small story.\n\nAll news\n') },
  { path: 'content/articles/b.txt', bytes: new Uint8Array() },
]);

describe('content:check --json', () => {
  const json = toReportJson(archive);
  it('carries the documented fields for each article', () => {
    expect(Object.keys(json.articles[0] ?? {})).toEqual(
      expect.arrayContaining(['id', 'sourceFile', 'slug', 'title', 'titleSource', 'datePublished', 'datePrecision', 'dateSource', 'dateModified', 'author', 'outlet', 'headings', 'paragraphs', 'removed', 'derivedFrom']),
    );
    expect(json.articles[0]).toMatchObject({ datePublished: '2017-09-18', datePrecision: 'day', dateSource: 'dateline', removed: [{ line: 7, text: 'All news', reason: 'site-prompt' }] });
  });
  it('lists every rejected file with kind, line and message', () => {
    expect(json.rejected).toEqual([{ file: 'content/articles/b.txt', kind: 'empty', line: null, message: 'file is empty' }]);
  });
  it('round-trips through JSON', () => expect(JSON.parse(JSON.stringify(json))).toEqual(json));
});

describe('the content:check table', () => {
  it('has a row per article and a line per error', () => {
    const table = formatReportTable(archive);
    expect(table).toContain('a-headline-for-the-report-test');
    expect(table).toContain('content/articles/b.txt: [empty] file is empty');
  });
  it('shows a yearless date as day and month only', () => {
    expect(formatReportDate({ value: null, precision: 'none', partial: { month: 4, day: 12 }, source: 'in-text', line: 1, evidence: '' })).toBe('--04-12 (none, in-text)');
  });
});
