/**
 * URL slugs: readable ASCII from the title (non-Latin titles transliterated),
 * falling back to the id, and made unique across the archive deterministically.
 * slugify spells Latin, Cyrillic, Greek, Arabic and Georgian letters (so the slugs already
 * published keep their spelling); runs of letters it cannot spell (Chinese, Japanese, Korean,
 * Thai, Devanagari, Hebrew…) are spelt word by word by the tagger's transliteration
 * (any-ascii, lib/content/tagging/transliterate.ts), so no title leaves its slug empty.
 */
import slugify from '@sindresorhus/slugify';
import { slugPattern } from '../schema';
import { asciiWords } from '../tagging/transliterate';

export const MAX_SLUG_LENGTH = 80;

/**
 * Letters the slugify transliteration drops. Belarusian ў (short u) becomes `w`,
 * as in the BGN/PCGN romanisation of Belarusian (Ўладзімір → Wladzimir).
 */
const customReplacements: [string, string][] = [
  ['ў', 'w'],
  ['Ў', 'W'],
];

const spelledBySlugify = new Map<string, boolean>();
/** Whether slugify has a spelling for a letter (cached: titles repeat their letters). */
function slugifySpells(char: string): boolean {
  let known = spelledBySlugify.get(char);
  if (known === undefined) {
    known = slugify(char, { decamelize: false, customReplacements }) !== '';
    spelledBySlugify.set(char, known);
  }
  return known;
}

/** Text of ASCII characters only. */
const ASCII_ONLY = /^[\x00-\x7f]*$/u;

/** The title with every run of letters (and their marks) that slugify cannot spell replaced by its ASCII words. */
export function spellableTitle(title: string): string {
  // slugify spells every ASCII letter, so an ASCII title is returned as it is without reading its runs.
  if (ASCII_ONLY.test(title)) return title;
  return title.replace(/[\p{L}\p{M}\u200C\u200D]+/gu, (run) => {
    const chars = [...run];
    if (chars.every((c) => !/\p{L}/u.test(c) || slugifySpells(c))) return run;
    let out = '';
    let foreign = '';
    for (const c of chars) {
      if (/\p{L}/u.test(c) && slugifySpells(c)) {
        if (foreign) out += ` ${asciiWords(foreign)} `;
        foreign = '';
        out += c;
      } else foreign += c;
    }
    return foreign ? `${out} ${asciiWords(foreign)} ` : out;
  });
}

/** A slug from a title, cut on a hyphen boundary; the id's slug when the title yields nothing usable. */
export function slugFromTitle(title: string, id: string): string {
  let slug = slugify(spellableTitle(title), { decamelize: false, customReplacements });
  if (slug.length > MAX_SLUG_LENGTH) slug = slug.slice(0, MAX_SLUG_LENGTH).replace(/-[^-]*$/, '');
  if (!slugPattern.test(slug) || slug.length < 3) slug = slugify(id, { decamelize: false });
  return slugPattern.test(slug) ? slug : `article-${Buffer.from(id).toString('hex').slice(0, 16)}`;
}

/**
 * Makes slugs unique. Items keep their order of precedence (callers pass them sorted by id,
 * so an existing article keeps its URL when a newer file with the same title arrives);
 * a later duplicate gets a suffix from its id. Returns the new slugs and a note per change.
 */
export function uniqueSlugs(items: { id: string; slug: string; fixed: boolean }[]): { slugs: Map<string, string>; changed: { id: string; from: string; to: string }[] } {
  const taken = new Set(items.filter((i) => i.fixed).map((i) => i.slug));
  const slugs = new Map<string, string>();
  const changed: { id: string; from: string; to: string }[] = [];
  for (const item of items) {
    if (item.fixed) {
      slugs.set(item.id, item.slug);
      continue;
    }
    let candidate = item.slug;
    // The id's suffix is spelt only for a slug that is taken.
    let suffix: string | null = null;
    for (let n = 1; taken.has(candidate); n++) {
      suffix ??= slugify(item.id.replace(/^\d+_/, ''), { decamelize: false }) || 'x';
      candidate = `${item.slug}-${suffix}${n > 1 ? `-${n}` : ''}`;
    }
    taken.add(candidate);
    slugs.set(item.id, candidate);
    if (candidate !== item.slug) changed.push({ id: item.id, from: item.slug, to: candidate });
  }
  return { slugs, changed };
}
