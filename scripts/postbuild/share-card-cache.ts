/**
 * The share cards' cache: a rendered card kept under a hash of everything it draws from (the
 * card's words and language, the site's address, and the renderer: lib/og, the site and language
 * modules it reads, the locked dependency tree, which pins sharp (Pango) and the fonts, and Node's
 * zlib, which compresses the PNG), so a
 * rebuild renders only the cards whose inputs changed and copies the rest. The same inputs give
 * the same PNG bytes (the render is deterministic; check:determinism compares a warm build with
 * a cold one), so a cached card is byte-identical to one rendered afresh.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ShareCard } from '@/lib/og/cards';
import { siteUrl } from '@/lib/site';

/** Where `npm run build` keeps rendered cards between builds, beside the archive snapshot. */
export const CARD_CACHE_DIR = path.join('.next', 'cache', 'share-cards');

/** Files whose text decides how a card is drawn, besides the card itself. */
function rendererFiles(root: string): string[] {
  const og = path.join(root, 'lib', 'og');
  return [
    ...readdirSync(og)
      .filter((f) => /\.tsx?$/.test(f))
      .sort()
      .map((f) => path.join(og, f)),
    path.join(root, 'lib', 'site.ts'),
    path.join(root, 'lib', 'text-lang.ts'),
    path.join(root, 'package-lock.json'),
  ];
}

/** A hash of the renderer: its source files, the locked dependencies (sharp, the fonts) and Node's zlib (another version may deflate to other bytes). */
export function rendererFingerprint(root: string = process.cwd()): string {
  const hash = createHash('sha256').update(`zlib ${process.versions.zlib}\0`);
  for (const file of rendererFiles(root)) hash.update(`${path.relative(root, file)}\0`).update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

/** The cache key of one card drawn by the renderer `fingerprint` for the site at `origin`. */
export function cardKey(card: ShareCard, fingerprint: string, origin: string = siteUrl()): string {
  return createHash('sha256')
    .update(JSON.stringify([fingerprint, origin, card.kicker, card.title, card.footer, card.lang ?? null]))
    .digest('hex');
}
