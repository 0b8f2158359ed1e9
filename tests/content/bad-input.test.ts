import { describe, expect, it } from 'vitest';
import { compileArchive } from '@/lib/content/archive';
import type { SourceFile } from '@/lib/content/source/read-folder';
import { MAX_SOURCE_BYTES } from '@/lib/content/source/decode';

const enc = new TextEncoder();
const text = (path: string, body: string): SourceFile => ({ path, bytes: enc.encode(body) });
const GOOD = 'A good story survives its neighbours\n\nThe good story has a paragraph that is long enough to count as running prose for the ingest.\n';
const good = text('content/articles/good.txt', GOOD);

/** Compiles the bad file beside a good one, so each test also proves nothing else is lost. */
function withGood(...files: SourceFile[]) {
  const archive = compileArchive([good, ...files]);
  expect(archive.articles.map((a) => a.id)).toContain('good');
  return archive;
}

describe('bad input is rejected with a typed error naming the file, and loses nothing else', () => {
  it('rejects an empty file', () => {
    expect(withGood(text('content/articles/empty.txt', '')).rejected).toMatchObject([{ kind: 'empty', file: 'content/articles/empty.txt' }]);
  });
  it('rejects a file of white space only', () => {
    expect(withGood(text('content/articles/blank.txt', ' \n\t\n\u00a0\n')).rejected).toMatchObject([{ kind: 'empty' }]);
  });
  it('rejects binary data and names the line of the first NUL byte', () => {
    const bytes = enc.encode('Line one\nLine two \u0000 here\n');
    expect(withGood({ path: 'content/articles/bin.txt', bytes }).rejected).toMatchObject([{ kind: 'binary', line: 2 }]);
  });
  it('rejects invalid UTF-8 and names the line', () => {
    const bytes = new Uint8Array([...enc.encode('Headline\n\nText '), 0xc3, 0x28, ...enc.encode(' more\n')]);
    expect(withGood({ path: 'content/articles/latin1.txt', bytes }).rejected).toMatchObject([{ kind: 'encoding', line: 3 }]);
  });
  it('rejects a file over 1 MB', () => {
    const bytes = new Uint8Array(MAX_SOURCE_BYTES + 1).fill(0x61);
    expect(withGood({ path: 'content/articles/huge.txt', bytes }).rejected).toMatchObject([{ kind: 'size' }]);
  });
  it('rejects a file with no article text left after cleaning', () => {
    const rejected = withGood(text('content/articles/furniture.txt', 'All news\nShow more news\n• $ 87.25 -0.60\nPhoto: AP\n')).rejected;
    expect(rejected).toMatchObject([{ kind: 'empty', file: 'content/articles/furniture.txt', line: 1 }]);
  });
  it('lists a file that is neither an article nor a sidecar instead of ignoring it', () => {
    expect(withGood(text('content/articles/notes.md', '# notes')).rejected).toMatchObject([{ kind: 'read', file: 'content/articles/notes.md' }]);
  });
  it('gives two files with the same title two different URLs and says so', () => {
    const archive = withGood(text('content/articles/zz-copy.txt', GOOD));
    const slugs = archive.articles.map((a) => a.slug);
    expect(new Set(slugs).size).toBe(2);
    expect(archive.articles.find((a) => a.id === 'good')?.slug).toBe('a-good-story-survives-its-neighbours');
    const slugNotices = archive.notices.filter((n) => n.message.includes('slug'));
    expect(slugNotices).toHaveLength(1);
    expect(slugNotices[0]?.file).toBe('content/articles/zz-copy.txt');
  });
  it('collects every error at once rather than stopping at the first', () => {
    const archive = withGood(text('content/articles/a.txt', ''), text('content/articles/b.txt', '   '), { path: 'content/articles/c.txt', bytes: new Uint8Array([0]) });
    expect(archive.rejected.map((e) => e.file).sort()).toEqual(['content/articles/a.txt', 'content/articles/b.txt', 'content/articles/c.txt']);
  });
});

describe('sidecars', () => {
  const sidecar = (name: string, body: string) => text(`content/articles/${name}`, body);

  it('applies an editor’s date and keeps the evidence as the date’s source', () => {
    const archive = withGood(sidecar('good.meta.json', '{"datePublished": {"value": "2016-06", "evidence": "print edition of June 2016"}}'));
    const date = archive.articles[0]?.datePublished;
    expect(date).toMatchObject({ value: '2016-06', precision: 'month', source: 'sidecar', evidence: 'print edition of June 2016' });
    expect(archive.rejected).toEqual([]);
  });
  it('reads YAML sidecars too', () => {
    const archive = withGood(sidecar('good.meta.yaml', 'title:\n  value: A corrected title\n  evidence: the headline was cut off\n'));
    expect(archive.articles[0]?.title).toMatchObject({ value: 'A corrected title', source: 'sidecar' });
  });
  it('rejects invalid JSON with its line', () => {
    const rejected = withGood(sidecar('good.meta.json', '{\n  "title": {\n    "value": "x",\n  }\n}')).rejected;
    expect(rejected).toMatchObject([{ kind: 'parse', file: 'content/articles/good.meta.json' }]);
    expect(rejected[0]?.line).toBe(4);
  });
  it('rejects an unknown key, naming it and its line', () => {
    const rejected = withGood(sidecar('good.meta.json', '{\n  "titel": {"value": "x", "evidence": "typo"}\n}')).rejected;
    expect(rejected).toMatchObject([{ kind: 'validation', line: 2 }]);
    expect(rejected[0]?.message).toContain('titel');
  });
  it('rejects a date that is not a real date', () => {
    const rejected = withGood(sidecar('good.meta.json', '{"datePublished": {"value": "2017-02-30", "evidence": "typed by hand"}}')).rejected;
    expect(rejected).toMatchObject([{ kind: 'validation' }]);
  });
  it('rejects an override without evidence', () => {
    const rejected = withGood(sidecar('good.meta.json', '{"author": {"value": "Someone"}}')).rejected;
    expect(rejected).toMatchObject([{ kind: 'validation' }]);
  });
  it('rejects a sidecar with no matching article', () => {
    const rejected = withGood(sidecar('missing.meta.json', '{"notes": ["orphan"]}')).rejected;
    expect(rejected).toMatchObject([{ kind: 'orphan-sidecar', file: 'content/articles/missing.meta.json' }]);
  });
  it('keeps a previous slug so the old URL can redirect', () => {
    const archive = withGood(sidecar('good.meta.json', '{"previousSlugs": ["old-url"], "slug": {"value": "new-url", "evidence": "title corrected"}}'));
    expect(archive.articles[0]).toMatchObject({ slug: 'new-url', previousSlugs: ['old-url'] });
  });
});

describe('text that looks like markup stays text', () => {
  it('keeps <script>, *, _ and [a](javascript:x) as literal characters', () => {
    const body = 'Headline with *stars* and _underscores_\n\nThe scrape said <script>alert(1)</script> and [a](javascript:x) in one sentence of prose.\n';
    const archive = compileArchive([text('content/articles/markup.txt', body)]);
    expect(archive.articles[0]?.title.value).toBe('Headline with *stars* and _underscores_');
    expect(archive.articles[0]?.body[0]?.text).toBe('The scrape said <script>alert(1)</script> and [a](javascript:x) in one sentence of prose.');
  });
});
