import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileArchive } from '@/lib/content/archive';
import { readContentFiles, readGazetteerFile } from '@/lib/content/source/read-folder';

const STORY = (headline: string) =>
  `${headline}\n\n12 March 2021\n\nThe plant in the north of the country delivered its first batch of trucks to the army this spring, the ministry said.\n\nA second batch is due before the end of the year, according to the same statement.\n`;

const root = mkdtempSync(path.join(tmpdir(), 'read-folder-'));
const content = path.join(root, 'content');
const articles = path.join(content, 'articles');
const outside = path.join(root, 'outside.txt');
mkdirSync(articles, { recursive: true });
writeFileSync(path.join(articles, 'a-regular.txt'), STORY('A regular story is published'));
writeFileSync(outside, STORY('A story outside the content folder'));
symlinkSync(outside, path.join(articles, 'b-link-out.txt'));
symlinkSync(path.join(articles, 'a-regular.txt'), path.join(articles, 'c-link-in.txt'));
symlinkSync(path.join(root, 'nowhere.txt'), path.join(articles, 'd-dangling.txt'));
mkdirSync(path.join(articles, 'e-folder.txt'));
writeFileSync(path.join(articles, 'e-folder.txt', 'inner.txt'), STORY('A story inside a folder'));
execFileSync('mkfifo', [path.join(articles, 'f-pipe.txt')]);
writeFileSync(path.join(articles, '.hidden-editor-state'), 'x');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('reading the articles folder', () => {
  const files = readContentFiles(content);
  const kindOf = (name: string) => files.find((f) => path.basename(f.path) === name)?.entry;

  it('lists every entry but hidden files, with what each one is', () => {
    expect(files.map((f) => path.basename(f.path))).toEqual(['a-regular.txt', 'b-link-out.txt', 'c-link-in.txt', 'd-dangling.txt', 'e-folder.txt', 'f-pipe.txt']);
    expect(kindOf('a-regular.txt')).toBeUndefined();
    expect(kindOf('b-link-out.txt')).toBe('symbolic link');
    expect(kindOf('c-link-in.txt')).toBe('symbolic link');
    expect(kindOf('d-dangling.txt')).toBe('symbolic link');
    expect(kindOf('e-folder.txt')).toBe('directory');
    expect(kindOf('f-pipe.txt')).toBe('FIFO');
  });

  it('never reads through a link, into a folder or from a pipe (the read above would block on the FIFO)', () => {
    for (const f of files.filter((x) => x.entry !== undefined)) expect(f.bytes.byteLength).toBe(0);
  });

  it('accounts for every entry: published or rejected as unread with the reason', () => {
    const archive = compileArchive(files);
    expect(archive.articles.map((a) => a.sourceFile)).toEqual([path.join(articles, 'a-regular.txt')]);
    const rejected = archive.rejected.map((e) => [path.basename(e.file), e.kind]);
    expect(rejected.sort()).toEqual([
      ['b-link-out.txt', 'read'],
      ['c-link-in.txt', 'read'],
      ['d-dangling.txt', 'read'],
      ['e-folder.txt', 'read'],
      ['f-pipe.txt', 'read'],
    ]);
    const listed = new Set([...archive.articles.map((a) => a.sourceFile), ...archive.rejected.map((e) => e.file)]);
    for (const name of readdirSync(articles).filter((n) => !n.startsWith('.'))) expect(listed.has(path.join(articles, name))).toBe(true);
    expect(archive.rejected.find((e) => e.file.endsWith('b-link-out.txt'))?.message).toMatch(/symbolic link/);
    expect(archive.rejected.find((e) => e.file.endsWith('e-folder.txt'))?.message).toMatch(/directory/);
    // Nothing from outside content/ or inside the folder reached the archive.
    expect(JSON.stringify(archive)).not.toContain('outside the content folder');
    expect(JSON.stringify(archive)).not.toContain('inside a folder');
  });

  it('rejects a gazetteer that is a link instead of following it', () => {
    const other = path.join(root, 'linked-gazetteer');
    mkdirSync(path.join(other, 'articles'), { recursive: true });
    writeFileSync(path.join(root, 'real.yaml'), 'entities: []\n');
    symlinkSync(path.join(root, 'real.yaml'), path.join(other, 'entities.yaml'));
    const gazetteer = readGazetteerFile(other);
    expect(gazetteer?.entry).toBe('symbolic link');
    expect(compileArchive(files.slice(0, 1), gazetteer).rejected).toMatchObject([{ kind: 'gazetteer', file: path.join(other, 'entities.yaml') }]);
    expect(readGazetteerFile(path.join(root, 'no-such-folder'))).toBeNull();
  });
});
