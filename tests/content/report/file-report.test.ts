import { describe, expect, it } from 'vitest';
import { compileArchive } from '@/lib/content/archive';
import { formatFileReport, lineFates } from '@/lib/content/report/file-report';
import { encodeSingleByte } from '../../support/legacy-bytes';

// A scrape written for this test: a menu, headline, byline, dateline, a paragraph wrapped over three lines, a prompt.
const SCRAPE = [
  'Home',
  'News',
  'Politics',
  'Sport',
  '',
  'Ministry says new air defence systems will arrive this year',
  '',
  'By Anna Kowalska',
  '12 March 2019',
  '',
  'The defence ministry said the new systems would be delivered to',
  'the army before the end of the year, and that crews had already',
  'finished their training abroad.',
  '',
  'Officials did not say how many launchers the contract covers, but two battalions are expected to receive them first.',
  '',
  'Share this article',
].join('\n');

const compile = (text: string) => compileArchive([{ path: 'content/articles/probe.txt', bytes: new TextEncoder().encode(text) }]);

describe('lineFates', () => {
  const fates = lineFates(SCRAPE, compile(SCRAPE).articles).map((l) => l.fate);

  it('gives every source line a fate, in order', () => {
    expect(fates).toHaveLength(SCRAPE.split('\n').length);
  });
  it('names the headline, byline and date lines', () => {
    expect([fates[5], fates[7], fates[8]]).toEqual(['headline', 'byline', 'date']);
  });
  it('gives each line of a wrapped paragraph the paragraph it became', () => {
    expect(fates.slice(10, 13)).toEqual(['body ¶1', 'body ¶1', 'body ¶1']);
    expect(fates[14]).toBe('body ¶2');
  });
  it('shows removed lines with their reason, and blank lines as blank', () => {
    expect(fates.slice(0, 4).every((f) => f.startsWith('removed: '))).toBe(true);
    expect(fates[16]).toMatch(/^removed: /);
    expect(fates[4]).toBe('blank');
  });
});

describe('formatFileReport', () => {
  it('prints the language, encoding, date with precision and evidence, and author', () => {
    const archive = compile(SCRAPE);
    const report = formatFileReport('content/articles/probe.txt', SCRAPE, archive.articles, archive.rejected);
    expect(report).toMatch(/language\s+en\s+\[detected/);
    expect(report).toMatch(/encoding\s+utf-8/);
    expect(report).toMatch(/date\s+2019-03-12 \(day, dateline\)\s+\[.*line 9/);
    expect(report).toMatch(/author\s+Anna Kowalska/);
    expect(report).toMatch(/^\s+6\s+headline\s+│ Ministry says/m);
  });
  it('shows a legacy file as detected and its Russian language', () => {
    const ru = 'Армия получит новые системы\n\nМинистерство обороны сообщило во вторник, что новые системы противовоздушной обороны будут переданы армии до конца года.\n\nПоставки начнутся весной, сообщили в ведомстве, и продлятся до осени следующего года.\n';
    const archive = compileArchive([{ path: 'content/articles/ru.txt', bytes: encodeSingleByte(ru, 'windows-1251') }]);
    const report = formatFileReport('content/articles/ru.txt', ru, archive.articles, archive.rejected);
    expect(report).toMatch(/language\s+ru\s/);
    expect(report).toMatch(/encoding\s+windows-1251\s+\[detected: jschardet/);
  });
  it('lists a rejected file with its errors and no articles', () => {
    const archive = compileArchive([{ path: 'content/articles/bad.txt', bytes: new Uint8Array([0x41, 0x00]) }]);
    const report = formatFileReport('content/articles/bad.txt', null, archive.articles, archive.rejected);
    expect(report).toContain('[binary]');
    expect(report).toContain('rejected (1 error(s))');
  });
});
