import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { exportPages } from './support/export-pages';
import { exportRoot } from './support/served';

const htmlvalidate = new HtmlValidate(new FileSystemConfigLoader());

describe('the exported HTML', () => {
  it('passes html-validate (recommended rules, minus what Next itself breaks; see .htmlvalidate.mjs)', async () => {
    const pages = exportPages(exportRoot());
    expect(pages.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const page of pages) {
      const report = await htmlvalidate.validateFile(page.file);
      for (const result of report.results) {
        for (const m of result.messages) problems.push(`${page.urlPath}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
