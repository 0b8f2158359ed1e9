import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serialize } from 'node:v8';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compileArchive, loadArchive } from '@/lib/content/archive';
import { readContentFolder } from '@/lib/content/content-folder';
import { contentKey, readArchiveSnapshot, SNAPSHOT_FILE, writeArchiveSnapshot } from '@/lib/content/store/archive-snapshot';
import { SEED_CONTENT } from '../../support/fixtures';

const keyedFiles = (dir: string) => {
  const { files, gazetteer } = readContentFolder(dir);
  return gazetteer ? [...files, gazetteer] : files;
};

describe('archive snapshot', { timeout: 60_000 }, () => {
  let tmp: string;
  beforeEach(() => {
    tmp = mkdtempSync(path.join(tmpdir(), 'snapshot-'));
  });
  afterEach(() => {
    rmSync(tmp, { recursive: true, force: true });
  });

  it('gives back the archive it was written from', () => {
    const { files, gazetteer } = readContentFolder(SEED_CONTENT);
    const compiled = compileArchive(files, gazetteer);
    const file = path.join(tmp, 'snap.v8');
    writeArchiveSnapshot(compiled, keyedFiles(SEED_CONTENT), file);
    expect(compiled.articles.length).toBeGreaterThan(0);
    expect(readArchiveSnapshot(keyedFiles(SEED_CONTENT), file)).toEqual(compiled);
  });

  it('leaves the file untouched when it already holds the snapshot of the same files and compiler, and rewrites it otherwise', () => {
    const files = keyedFiles(SEED_CONTENT);
    const { files: sources, gazetteer } = readContentFolder(SEED_CONTENT);
    const compiled = compileArchive(sources, gazetteer);
    const file = path.join(tmp, 'snap.v8');
    const compiler = { path: '(compiler)', bytes: new TextEncoder().encode('compiler one') };
    expect(writeArchiveSnapshot(compiled, files, file, compiler)).toBe(true);
    // A marker the writer would replace (the last byte changed, the length kept): a second write of the same key must not touch the file.
    const written = readFileSync(file);
    written[written.length - 1] = (written[written.length - 1] ?? 0) ^ 1;
    writeFileSync(file, written);
    const marked = readFileSync(file);
    expect(writeArchiveSnapshot(compiled, files, file, compiler)).toBe(false);
    expect(readFileSync(file).equals(marked)).toBe(true);
    // Another compiler, or one more file: a new key, so the snapshot is written again.
    const other = { path: '(compiler)', bytes: new TextEncoder().encode('compiler two') };
    expect(writeArchiveSnapshot(compiled, files, file, other)).toBe(true);
    expect(readFileSync(file).equals(marked)).toBe(false);
    expect(readArchiveSnapshot(files, file, other)).toEqual(compiled);
    const more = [...files, { path: 'content/articles/new.txt', bytes: new Uint8Array([65]) }];
    expect(writeArchiveSnapshot(compiled, more, file, other)).toBe(true);
    expect(readArchiveSnapshot(more, file, other)).toEqual(compiled);
    // A torn file whose first bytes are not a whole header is rewritten.
    writeFileSync(file, 'archive-snapshot v8 1\nab');
    expect(writeArchiveSnapshot(compiled, more, file, other)).toBe(true);
    expect(readArchiveSnapshot(more, file, other)).toEqual(compiled);
  });

  it('is stale once any file changes, is added or is renamed', () => {
    const files = keyedFiles(SEED_CONTENT);
    const file = path.join(tmp, 'snap.v8');
    const { files: sources, gazetteer } = readContentFolder(SEED_CONTENT);
    writeArchiveSnapshot(compileArchive(sources, gazetteer), files, file);
    const [first, ...rest] = files;
    if (!first) throw new Error('content/ has no files');
    const edited = new Uint8Array(first.bytes);
    edited[edited.length - 1] = (edited[edited.length - 1] ?? 0) ^ 1;
    expect(readArchiveSnapshot([{ path: first.path, bytes: edited }, ...rest], file)).toBeNull();
    expect(readArchiveSnapshot([...files, { path: 'content/articles/new.txt', bytes: new Uint8Array([65]) }], file)).toBeNull();
    expect(readArchiveSnapshot([{ path: `${first.path}.renamed`, bytes: first.bytes }, ...rest], file)).toBeNull();
    // The key does not depend on the order the files were listed in.
    expect(contentKey([...files].reverse())).toBe(contentKey(files));
  });

  it('is stale once the compiler changes', () => {
    const { files, gazetteer } = readContentFolder(SEED_CONTENT);
    const compiled = compileArchive(files, gazetteer);
    const file = path.join(tmp, 'snap.v8');
    const compiler = (version: string) => ({ path: '(lib/content source)', bytes: new TextEncoder().encode(version) });
    writeArchiveSnapshot(compiled, keyedFiles(SEED_CONTENT), file, compiler('compiler-a'));
    expect(readArchiveSnapshot(keyedFiles(SEED_CONTENT), file, compiler('compiler-b'))).toBeNull();
    expect(readArchiveSnapshot(keyedFiles(SEED_CONTENT), file, compiler('compiler-a'))).toEqual(compiled);
  });

  /** A snapshot file laid out by hand as the format says: the format line, the key, the payload's length in 16 digits, then the payload. */
  const handMade = (key: string, payload: Buffer) => Buffer.concat([Buffer.from(`archive-snapshot v8 1\n${key}\n${String(payload.length).padStart(16, '0')}\n`), payload]);
  const standIn = { path: '(compiler)', bytes: new TextEncoder().encode('compiler one') };

  it('is laid out as a header naming the key and the payload length, then the archive in V8 format', () => {
    const files = keyedFiles(SEED_CONTENT);
    const { files: sources, gazetteer } = readContentFolder(SEED_CONTENT);
    const compiled = compileArchive(sources, gazetteer);
    const file = path.join(tmp, 'snap.v8');
    writeArchiveSnapshot(compiled, files, file, standIn);
    const key = contentKey([...files, standIn]);
    // Written here by hand from the same archive: the writer's bytes must be exactly these.
    expect(readFileSync(file).equals(handMade(key, serialize(compiled)))).toBe(true);
    // Written through a temporary file and a rename: nothing else is left in the folder.
    expect(readdirSync(tmp)).toEqual(['snap.v8']);
    // And a file made by hand in that layout is read back.
    writeFileSync(file, handMade(key, serialize(compiled)));
    expect(readArchiveSnapshot(files, file, standIn)).toEqual(compiled);
  });

  it('is not taken when torn, truncated or grown: its payload is not the length its header gives', () => {
    const files = keyedFiles(SEED_CONTENT);
    const { files: sources, gazetteer } = readContentFolder(SEED_CONTENT);
    const compiled = compileArchive(sources, gazetteer);
    const file = path.join(tmp, 'snap.v8');
    writeArchiveSnapshot(compiled, files, file, standIn);
    const whole = readFileSync(file);
    expect(readArchiveSnapshot(files, file, standIn)).toEqual(compiled);
    for (const torn of [whole.subarray(0, whole.length - 1), whole.subarray(0, Math.floor(whole.length / 2)), whole.subarray(0, 40), Buffer.concat([whole, Buffer.from([0])])]) {
      writeFileSync(file, torn);
      expect(readArchiveSnapshot(files, file, standIn)).toBeNull();
    }
    // A header whose length matches a payload that is not a V8 serialisation: null, not a crash.
    writeFileSync(file, handMade(contentKey([...files, standIn]), Buffer.from('not a v8 value at all')));
    expect(readArchiveSnapshot(files, file, standIn)).toBeNull();
    // A torn file is rewritten by the next write, whatever its key said.
    writeFileSync(file, whole.subarray(0, whole.length - 10));
    expect(writeArchiveSnapshot(compiled, files, file, standIn)).toBe(true);
    expect(readArchiveSnapshot(files, file, standIn)).toEqual(compiled);
  });

  it("is not taken when its key and length match but what it holds has not the archive's lists", () => {
    const files = keyedFiles(SEED_CONTENT);
    const file = path.join(tmp, 'snap.v8');
    const key = contentKey([...files, standIn]);
    writeFileSync(file, handMade(key, serialize({ articles: 'no', entities: [], republications: [], events: [], rejected: [], notices: [] })));
    expect(readArchiveSnapshot(files, file, standIn)).toBeNull();
    writeFileSync(file, handMade(key, serialize({ articles: [], entities: [] })));
    expect(readArchiveSnapshot(files, file, standIn)).toBeNull();
  });

  it('is ignored when missing, in the old JSON layout, or under another format line', () => {
    const files = keyedFiles(SEED_CONTENT);
    const { files: sources, gazetteer } = readContentFolder(SEED_CONTENT);
    const compiled = compileArchive(sources, gazetteer);
    const key = contentKey([...files, standIn]);
    expect(readArchiveSnapshot(files, path.join(tmp, 'none.v8'), standIn)).toBeNull();
    writeFileSync(path.join(tmp, 'old.json'), JSON.stringify({ key, archive: compiled }));
    expect(readArchiveSnapshot(files, path.join(tmp, 'old.json'), standIn)).toBeNull();
    const payload = serialize(compiled);
    writeFileSync(path.join(tmp, 'other.v8'), Buffer.concat([Buffer.from(`archive-snapshot v8 2\n${key}\n${String(payload.length).padStart(16, '0')}\n`), payload]));
    expect(readArchiveSnapshot(files, path.join(tmp, 'other.v8'), standIn)).toBeNull();
  });

  describe('loadArchive', () => {
    const cwd = process.cwd();
    afterEach(() => {
      process.chdir(cwd);
      vi.unstubAllEnvs();
    });

    /** A copy of the seed content as content/ in a scratch project folder, with a snapshot whose first title was changed (so a test can tell which was used). */
    function projectWithMarkedSnapshot(): string {
      cpSync(path.join(cwd, SEED_CONTENT), path.join(tmp, 'content'), { recursive: true });
      // The compiler's source (lib/content) is part of the snapshot's key, read from the working folder.
      symlinkSync(path.join(cwd, 'lib'), path.join(tmp, 'lib'));
      process.chdir(tmp);
      const { files, gazetteer } = readContentFolder('content');
      const compiled = compileArchive(files, gazetteer);
      const [first, ...rest] = compiled.articles;
      if (!first) throw new Error('content/ published nothing');
      const marked = { ...compiled, articles: [{ ...first, title: { ...first.title, value: 'Title from the snapshot' } }, ...rest] };
      writeArchiveSnapshot(marked, keyedFiles('content'));
      expect(readFileSync(SNAPSHOT_FILE).includes('Title from the snapshot')).toBe(true);
      return first.title.value;
    }

    it('reads the snapshot only when the build asks for it (ARCHIVE_SNAPSHOT=1)', () => {
      const realTitle = projectWithMarkedSnapshot();
      vi.stubEnv('ARCHIVE_SNAPSHOT', '');
      expect(loadArchive('content').articles[0]?.title.value).toBe(realTitle);
      vi.stubEnv('ARCHIVE_SNAPSHOT', '1');
      expect(loadArchive('content').articles[0]?.title.value).toBe('Title from the snapshot');
    });

    it('compiles the folder when a file changed after the snapshot was made', () => {
      const realTitle = projectWithMarkedSnapshot();
      vi.stubEnv('ARCHIVE_SNAPSHOT', '1');
      writeFileSync(path.join('content', 'articles', 'zz_added.txt'), 'A headline written for this test\n\nOne paragraph of body text that is long enough to be published as an article in the archive today.\n');
      const archive = loadArchive('content');
      expect(archive.articles.map((a) => a.title.value)).toContain(realTitle);
      expect(archive.articles.map((a) => a.title.value)).not.toContain('Title from the snapshot');
    });
  });
});
