/**
 * Reading the export the way an outside client does: absolute URLs on the
 * site's origin (learned from the home page's canonical link, so the tests
 * follow whatever SITE_URL the build used) mapped back to files in the export.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { exportRoot } from '../support/served';

/** The origin every absolute URL of this export starts with. */
export function siteOrigin(root: string = exportRoot()): string {
  const home = parse(readFileSync(path.join(root, 'index.html'), 'utf8'));
  const canonical = home.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (!canonical) throw new Error('the home page has no canonical link, so the site origin is unknown');
  return new URL(canonical).origin;
}

/** The export file an absolute URL on the site's origin names, or null for another origin. */
export function fileForUrl(url: string, root: string = exportRoot(), origin: string = siteOrigin(root)): string | null {
  const parsed = new URL(url);
  if (parsed.origin !== origin) return null;
  const pathname = decodeURIComponent(parsed.pathname);
  return path.join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
}

/** Whether an absolute URL on the site's origin resolves to a file in the export. */
export function resolvesInExport(url: string, root: string = exportRoot()): boolean {
  const file = fileForUrl(url, root);
  return file !== null && existsSync(file) && statSync(file).isFile();
}

/** A page's parsed document. */
export function documentOf(file: string): HTMLElement {
  return parse(readFileSync(file, 'utf8'));
}

/** The content of `<meta property|name="key">`, or '' when absent. */
export function metaContent(doc: HTMLElement, key: string): string {
  const el = doc.querySelector(`meta[property="${key}"]`) ?? doc.querySelector(`meta[name="${key}"]`);
  return el?.getAttribute('content') ?? '';
}

/** Every value of `<meta property|name="key">`. */
export function metaContents(doc: HTMLElement, key: string): string[] {
  return [...doc.querySelectorAll(`meta[property="${key}"]`), ...doc.querySelectorAll(`meta[name="${key}"]`)].map((m) => m.getAttribute('content') ?? '');
}

/** Width and height of a PNG, or null when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
