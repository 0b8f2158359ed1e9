import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { paramsKey } from '@/lib/render-set';
import { assetDifference, routeFile } from '@/scripts/incremental/merge';

/** A folder holding `files` (relative path → text). */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'merge-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

describe('routeFile', () => {
  it('names the file each kind of route is exported to', () => {
    expect(routeFile('articles', paramsKey({ slug: 'a-story' }))).toBe(path.join('articles', 'a-story', 'index.html'));
    expect(routeFile('tags', paramsKey({ path: ['belarus', 'page', '2'] }))).toBe(path.join('tags', 'belarus', 'page', '2', 'index.html'));
    expect(routeFile('timeline', paramsKey({ path: [] }))).toBe(path.join('timeline', 'index.html'));
    expect(routeFile('events', paramsKey({ path: ['page', '3'] }))).toBe(path.join('events', 'page', '3', 'index.html'));
    expect(routeFile('feeds/tags/rss.xml', paramsKey({ slug: 'china' }))).toBe(path.join('feeds', 'tags', 'china', 'rss.xml'));
  });
});

describe('assetDifference', () => {
  it('accepts two /_next/ folders with the same files and bytes', () => {
    const files = { 'static/css/a.css': 'body{}', 'static/media/f.woff2': 'font' };
    expect(assetDifference(folder(files), folder(files))).toBeNull();
  });

  it('names a file only one side has, or whose bytes differ', () => {
    expect(assetDifference(folder({ 'static/css/a.css': 'x' }), folder({ 'static/css/b.css': 'x' }))).toMatch(/static\/css\/a\.css is in one/);
    expect(assetDifference(folder({ 'static/css/a.css': 'x' }), folder({ 'static/css/a.css': 'y' }))).toMatch(/static\/css\/a\.css differs/);
  });
});
