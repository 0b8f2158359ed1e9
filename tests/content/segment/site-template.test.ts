import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileArchive } from '@/lib/content/archive';
import type { SourceFile } from '@/lib/content/source/read-folder';
import { findSiteTemplate, templateKey, topTemplateKey } from '@/lib/content/segment/site-template';
import { compileInWorkers } from '@/scripts/compile-in-workers';
import { compileArticle } from '../../support/compile-text';

const DIR = 'tests/fixtures/site-template/articles';
const names = readdirSync(DIR).filter((n) => n.endsWith('.txt')).sort();
const texts = names.map((n) => readFileSync(path.join(DIR, n), 'utf8'));
const files: SourceFile[] = names.map((n, i) => ({ path: `content/articles/${n}`, bytes: new TextEncoder().encode(texts[i]) }));
/** Files holding `line` exactly as one of their lines: the count the reason must name, found without the code under test. */
const filesWith = (line: string) => texts.filter((t) => t.split('\n').includes(line)).length;

const para = (words: string) => `${words} and the same long sentence is here only to make this line long enough to count.`;

describe('findSiteTemplate', () => {
  it('keeps a line found in three unrelated files, with its file count', () => {
    const t = findSiteTemplate(['Menu\nOne story.', 'Menu\nAnother story.', 'Menu\nA third story.']);
    expect(t.get('Menu')).toBe(3);
  });

  it('ignores a line found in only two files', () => {
    expect(findSiteTemplate(['Menu\nA.', 'Menu\nB.', 'Other\nC.']).has('Menu')).toBe(false);
  });

  it('masks digits, so a counter with changing figures is one line', () => {
    const t = findSiteTemplate(['Views: 12\nA.', 'Views: 340\nB.', 'Views: 7\nC.']);
    expect(t.get('Views: #')).toBe(3);
    expect(templateKey('  Views:   1 234 ')).toBe('Views: # #');
  });

  it('counts copies of one story as one file: a republished paragraph is not template', () => {
    const story = [para('First'), para('Second'), para('Third')].join('\n');
    const t = findSiteTemplate([story, `Header\n${story}`, `${story}\nFooter`]);
    expect(t.size).toBe(0);
  });
});

describe('findSiteTemplate at the top of files', () => {
  it('counts the files a template line stands among the first three non-empty lines of', () => {
    const t = findSiteTemplate(['Name\n\nMenu\nA.', 'Skip\nMore\nName\nB.', 'Name\nC.', 'One\nTwo\nThree\nName\nD.']);
    expect(t.get('Name')).toBe(4);
    expect(t.get(topTemplateKey('Name'))).toBe(3);
  });

  it('keeps no top count for a line at the top of only two files, or for copies of one story', () => {
    expect(findSiteTemplate(['Name\nA.', 'Name\nB.', 'x\ny\nz\nName\nC.']).has(topTemplateKey('Name'))).toBe(false);
    const story = [para('First'), para('Second'), para('Third')].join('\n');
    const copies = findSiteTemplate([`Name\n${story}`, `Name\n${story}`, `Name\n${story}`, `x\ny\nz\nName\nD.`]);
    expect(copies.get('Name')).toBe(undefined);
  });
});

describe('templateKey', () => {
  // The plain definition: invisible characters dropped, every run of digits of any script masked, spaces folded, trimmed.
  const plainKey = (line: string) => line.replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/gu, '').replace(/\p{Nd}+/gu, '#').replace(/\s+/gu, ' ').trim();

  it('gives the key of the plain definition, on lines that need no pass and on lines that need each one', () => {
    const lines = ['Home', ' Home', 'Home ', 'a  b', 'a\tb', 'a\u00a0b', 'x\u200by', '12 March', 'Новости ٢٠١٩', 'हिंदी २०१९ खबर', '東京 2024年', 'a\u2009b', 'soft\u00adhyphen', 'z\ufeff', '𝟙𝟚 math', 'Plain line of text, with punctuation!', 'العربية ٣ كلمات', '　wide space'];
    for (const line of lines) expect(templateKey(line), JSON.stringify(line)).toBe(plainKey(line));
  });
});

describe('site template across an archive of one made-up site', () => {
  const archive = compileArchive(files);
  const byId = new Map(archive.articles.map((a) => [a.id, a]));

  it('publishes every file', () => {
    expect(archive.rejected).toEqual([]);
    expect(archive.articles.length).toBe(names.length);
  });

  it('removes the short template line between paragraphs with "repeats in N files"', () => {
    for (const a of archive.articles) {
      expect(a.body.map((b) => b.text)).not.toContain('PARTNER CONTENT');
      const removed = a.removed.find((r) => r.text === 'PARTNER CONTENT');
      expect(removed?.reason).toBe('site-template');
      expect(removed?.detail).toBe(`repeats in ${filesWith('PARTNER CONTENT')} files`);
    }
  });

  it('removes the footer sentence the site repeats under every story', () => {
    const line = 'Comments are moderated and may take up to 24 hours to appear under this story.';
    for (const a of archive.articles) {
      expect(a.body.map((b) => b.text)).not.toContain(line);
      expect(a.removed.find((r) => r.text === line)?.detail).toBe(`repeats in ${filesWith(line)} files`);
    }
  });

  it('keeps a repeated sentence that sits between two paragraphs of the story', () => {
    const line = 'Northern Ledger is funded by its readers, and every subscription keeps our small newsroom independent.';
    for (const a of archive.articles) expect(a.body.map((b) => b.text)).toContain(line);
  });

  it('keeps every paragraph of a story republished in three files', () => {
    const paragraphs = [
      "Parliament passed next year's budget shortly after five in the morning, ending a debate that had run through the night.",
      'The opposition tabled more than two hundred amendments, most of them about school funding and rural roads in the north.',
      'Trade unions have called a rally for Saturday to protest against the freeze on public sector wages written into the budget.',
    ];
    for (const id of ['ledger-09', 'ledger-10', 'ledger-11']) {
      const a = byId.get(id);
      expect(a?.title.value).toBe('Parliament passes the budget after an all-night session');
      for (const p of paragraphs) expect(a?.body.map((b) => b.text)).toContain(p);
    }
  });

  it('needs the archive: one file compiled alone keeps the label in its body', () => {
    expect(compileArticle(texts[0]!)?.body.map((b) => b.text)).toContain('PARTNER CONTENT');
  });

  it('gives the same archive when compiled on two workers', async () => {
    expect(await compileInWorkers(files, null, { workers: 2, minSources: 1 })).toEqual(archive);
  }, 60_000);
});
